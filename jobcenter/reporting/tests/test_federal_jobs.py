"""PIRL 1108-1111: referrals to and hires into Federal jobs and Federal contractor jobs, from the exchange's
referrals to orders of employers staff marked as a Federal agency or contractor (DOL PIRL public-use layout
PY2022 Q4; federal-specs 1.4). 1109/1111 only for disabled, campaign or recently separated veterans."""

import datetime as dt

import pytest

from jobcenter.cases.tests.factories import enroll
from jobcenter.core import clock
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.referrals.services import referral_create_staff, referral_outcome_record
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.veterans import recently_separated
from jobcenter.reporting.quarters import Quarter
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db
REFERRED = dt.date(2026, 11, 2)
HIRED = dt.date(2026, 11, 9)


def at(day: dt.date):
    return clock.frozen(dt.datetime.combine(day, dt.time(10), tzinfo=clock.local_tz()))


@pytest.fixture
def refer(personas):
    """Refer a new enrolled forklift operator to an order of an employer with ``federal_status`` on REFERRED and
    (``hired``) record the hire on HIRED; returns the person's PIRL record for 2026 Q4."""
    load_occupations()

    def run(federal_status: str, *, hired: bool = True, **seeker_fields):
        with at(REFERRED):
            employer = make_employer(job_center=personas.center_a, federal_status=federal_status)
            order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT)
            seeker = coded_seeker(job_center=personas.center_a, months=24, **seeker_fields)
            enroll(seeker, case_manager=personas.staff_a)
            referral = referral_create_staff(actor=personas.staff_a, seeker=seeker, order=order, consent="present")
        if hired:
            with at(HIRED):
                referral_outcome_record(actor=personas.staff_a, referral=referral, outcome="hired", on=HIRED)
        with at(dt.date(2026, 11, 20)):
            [row] = [r for r in build_pirl(quarter=Quarter(2026, 4)) if r["p100"] == seeker.state_id]
        assert edits.check_records([row]) == []
        return row

    return run


def elements(row):
    return tuple(row[c] for c in ("p1108", "p1109", "p1110", "p1111"))


def test_a_referral_to_a_federal_agency_and_the_hire(refer):
    row = refer("federal_agency")
    assert elements(row) == ("20261102", "", "20261109", "")
    assert row["p1105"] == "20261102"  # also a referral to employment


def test_a_referral_without_a_hire_sets_only_the_referral_date(refer):
    assert elements(refer("federal_agency", hired=False)) == ("20261102", "", "", "")


def test_an_ordinary_employer_sets_none_of_them(refer):
    assert elements(refer("")) == ("", "", "", "")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"veteran": "1", "disabled_veteran": "1"}, ("", "20261102", "", "20261109")),
        ({"veteran": "1", "campaign_veteran": True}, ("", "20261102", "", "20261109")),
        # Recently separated on the referral day (3 years less a day), no longer on the hire day a week later.
        ({"veteran": "1", "military_separation_date": dt.date(2023, 11, 3)}, ("", "20261102", "", "")),
        ({"veteran": "1", "military_separation_date": dt.date(2023, 11, 10)}, ("", "20261102", "", "20261109")),
        ({"veteran": "1", "military_separation_date": dt.date(2023, 11, 2)}, ("", "", "", "")),
        ({"veteran": "0"}, ("", "", "", "")),
    ],
    ids=["disabled", "campaign", "separated-edge", "separated-later", "separated-3-years-ago", "not-a-veteran"],
)
def test_federal_contractor_jobs_only_for_disabled_campaign_or_recently_separated_veterans(refer, fields, expected):
    assert elements(refer("federal_contractor", **fields)) == expected


def test_recently_separated_turns_at_the_third_anniversary_of_separation():
    # Dated parameter reporting.recently_separated_veteran_years (3, unconfirmed; 41 CFR 60-300.2).
    separated = dt.date(2022, 5, 10)
    assert recently_separated(separated, on=separated)
    assert recently_separated(separated, on=dt.date(2025, 5, 9))
    assert not recently_separated(separated, on=dt.date(2025, 5, 10))
    assert not recently_separated(separated, on=dt.date(2022, 5, 9))  # before the separation
    assert recently_separated(dt.date(2024, 2, 29), on=dt.date(2027, 2, 28))
    assert not recently_separated(dt.date(2024, 2, 29), on=dt.date(2027, 3, 1))


def test_a_referral_to_a_usajobs_posting_recorded_as_a_service_sets_1108(personas):
    from jobcenter.cases.services import service_record
    from jobcenter.reporting.tests.factories import participant

    e = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 1, 6), exit=False)
    with at(dt.date(2025, 2, 3)):
        service_record(actor=personas.staff_a, seeker=e.seeker, code="112")
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert (row["p1108"], row["p1105"], row["p1004"]) == ("20250203", "", "20250203")
    assert edits.check_records([row]) == []
