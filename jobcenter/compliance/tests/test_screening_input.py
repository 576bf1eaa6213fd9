"""Input validation: every bad field is reported by its path with a clear message; good input is normalized."""

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter.compliance.screening import DECISIONS, ScreeningInputError, screen_job_order, validate_input
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import DELETE, make_order

BAD = [
    ("a missing title is required", {"title": DELETE}, "title", C.INPUT_REQUIRED),
    ("a blank title is required", {"title": "   "}, "title", C.INPUT_REQUIRED),
    ("a missing received time is required", {"received_at": DELETE}, "received_at", C.INPUT_REQUIRED),
    (
        "a received time that is not ISO is refused",
        {"received_at": "March 2, 2026"},
        "received_at",
        C.INPUT_BAD_DATETIME,
    ),
    (
        "an unknown employer status is refused",
        {"employer.status": "closed"},
        "employer.status",
        C.INPUT_BAD_CHOICE.format(choices="active, pending_verification, discontinued"),
    ),
    ("a missing employer status is required", {"employer.status": DELETE}, "employer.status", C.INPUT_REQUIRED),
    (
        "an unknown labor dispute value is refused",
        {"employer.labor_dispute": "strike"},
        "employer.labor_dispute",
        C.INPUT_BAD_CHOICE.format(choices="none, position_at_issue, position_not_at_issue"),
    ),
    (
        "a negative employee count is refused",
        {"employer.employees": -1},
        "employer.employees",
        C.INPUT_OUT_OF_RANGE.format(minimum=0, maximum="—"),
    ),
    ("a FEIN with letters is refused", {"employer.fein": "AB-1234567"}, "employer.fein", C.INPUT_BAD_FEIN),
    ("a three-letter worksite state is refused", {"worksite.state": "MOO"}, "worksite.state", C.INPUT_BAD_STATE),
    ("a bad ZIP code is refused", {"worksite.zip": "6520"}, "worksite.zip", C.INPUT_BAD_ZIP),
    ("a missing worksite is required", {"worksite": DELETE}, "worksite", C.INPUT_REQUIRED),
    ("a wage that is not a number is refused", {"wage.min": "fifteen"}, "wage.min", C.INPUT_NOT_NUMBER),
    ("a negative wage is refused", {"wage.min": -1}, "wage.min", C.INPUT_NOT_NUMBER),
    (
        "an unknown wage unit is refused",
        {"wage.unit": "fortnight"},
        "wage.unit",
        C.INPUT_BAD_CHOICE.format(choices="hour, week, biweek, month, year, piece, commission"),
    ),
    ("a highest wage below the lowest is refused", {"wage.max": 10}, "wage.max", C.INPUT_WAGE_MAX_BELOW_MIN),
    (
        "a weekly wage needs hours per week",
        {"wage": {"min": 600, "unit": "week"}, "hours_per_week": None},
        "hours_per_week",
        C.INPUT_HOURS_NEEDED.format(unit="week"),
    ),
    ("more than 168 hours a week is refused", {"hours_per_week": 169}, "hours_per_week", C.INPUT_BAD_HOURS),
    ("a malformed SOC code is refused", {"soc_code": "352014"}, "soc_code", C.INPUT_BAD_SOC),
    ("a malformed NAICS code is refused", {"naics": "72-25"}, "naics", C.INPUT_BAD_NAICS),
    (
        "an unknown visa program is refused",
        {"visa_program": "H-1B"},
        "visa_program",
        C.INPUT_BAD_CHOICE.format(choices="null, H-2A, H-2B"),
    ),
    ("zero openings is refused", {"openings": 0}, "openings", C.INPUT_OUT_OF_RANGE.format(minimum=1, maximum="—")),
    (
        "an unknown employment type is refused",
        {"employment_type": "gig"},
        "employment_type",
        C.INPUT_BAD_CHOICE.format(choices="full_time, part_time, seasonal, temporary, independent_contractor"),
    ),
    ("a boolean given as text is refused", {"tipped": "yes"}, "tipped", C.INPUT_NOT_BOOLEAN),
    (
        "a special categories value that is not a list is refused",
        {"special_categories": "AES"},
        "special_categories",
        C.INPUT_NOT_LIST,
    ),
    (
        "an unknown hiring requirement is refused",
        {"hiring_requirements": ["blood_test"]},
        "hiring_requirements[0]",
        C.INPUT_BAD_CHOICE.format(
            choices="background_check, drug_screen, license, physical, driving_record, credit_check, safety_equipment"
        ),
    ),
    ("a misspelled field is refused", {"titel": "Cook"}, "titel", C.INPUT_UNKNOWN_FIELD),
    (
        "a misspelled employer field is refused",
        {"employer.confidental": True},
        "employer.confidental",
        C.INPUT_UNKNOWN_FIELD,
    ),
    (
        "a minimum age over 120 is refused",
        {"minimum_age": 121},
        "minimum_age",
        C.INPUT_OUT_OF_RANGE.format(minimum=0, maximum=120),
    ),
]


@pytest.mark.parametrize(("changes", "path", "message"), [pytest.param(c, p, m, id=n) for n, c, p, m in BAD])
def test_bad_input_is_reported_by_field(changes, path, message):
    with pytest.raises(ScreeningInputError) as exc:
        validate_input(make_order(changes))
    assert exc.value.errors[path] == message


def test_an_unknown_special_category_is_an_input_error_naming_the_states_categories():
    with pytest.raises(ScreeningInputError) as exc:
        screen_job_order(make_order({"special_categories": ["Green Job", "Rural Jobs"]}))
    message = exc.value.errors["special_categories[1]"]
    assert message.startswith("'Rural Jobs' is not a special category in MO.")
    assert "Show Me Heroes" in message and "Federal Contract Job Listings" in message
    assert "special_categories[0]" not in exc.value.errors


def test_all_errors_are_reported_at_once():
    with pytest.raises(ScreeningInputError) as exc:
        validate_input(make_order({"title": DELETE, "wage.min": "x", "worksite.state": "Missouri"}))
    assert set(exc.value.errors) == {"title", "wage.min", "worksite.state"}


def test_input_that_is_not_an_object_is_refused():
    with pytest.raises(ScreeningInputError) as exc:
        validate_input(["not", "an", "order"])
    assert exc.value.errors == {"": C.INPUT_NOT_OBJECT}


def test_every_missouri_special_category_is_accepted_by_label_code_or_alias():
    labels = [
        "Summer Youth Program",
        "Summer Job League",
        "On-the-Job Training",
        "Green Job",
        "Show Me Heroes",
        "Alien Labor Certification",
        "Agricultural Employment Services (AES)",
        "AES",  # the same category by its old label (an alias): counted once
        "Federal Contract Job Listings",
        "FCJL",
        "on_the_job_training",
    ]
    order = validate_input(make_order({"special_categories": labels}))
    assert order["special_categories"] == [
        "summer_youth_program",
        "summer_job_league",
        "on_the_job_training",
        "green_job",
        "show_me_heroes",
        "alien_labor_certification",
        "aes",
        "federal_contract_job_listings",
    ]


def test_good_input_is_normalized_with_defaults():
    order = validate_input(
        make_order(
            {
                "employer.labor_dispute": DELETE,
                "employment_type": DELETE,
                "openings": DELETE,
                "wage.min": "15.50",
                "visa_program": "h2a",
            }
        )
    )
    assert order["employer"]["labor_dispute"] == "none"
    assert order["employment_type"] == "full_time"
    assert order["openings"] == 1
    assert order["wage"]["min"] == Decimal("15.50")
    assert order["visa_program"] == "H-2A"
    assert order["as_of"] == dt.date(2026, 3, 2)


def test_a_naive_received_time_is_read_as_local_time():
    order = validate_input(make_order({"received_at": "2026-01-01T00:30:00"}))
    assert order["as_of"] == dt.date(2026, 1, 1)


def test_the_decision_order_is_the_documented_one():
    assert DECISIONS == (
        "reject",
        "route_flc",
        "refer_supervisor",
        "hold",
        "not_entered",
        "fix_required",
        "accept_with_notice",
        "accept",
    )
