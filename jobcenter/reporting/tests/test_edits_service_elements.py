"""Edit checks of the reportable individual's record (918 = 2) and of PIRL 1005, 1107-1111, 1114, 1202, in WIPS
order (format, valid values, duplicates, logical). Each rule on both sides of its threshold or date."""

import pytest

from jobcenter.reporting import constants
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.tests.test_reader_and_edits import GOOD, failures

RI = {"p100": "MO0000000009", "p918": "2", "p1000": "20240105", "p1002": "20240301", "p1007": "20240301"}


def test_a_clean_reportable_individual_passes():
    assert edits.check_records([dict(RI)]) == []


def test_the_date_required_depends_on_the_kind_of_record():
    title_i = {**GOOD, "p100": "MO0000000003", "p918": "0", "p903": "1", "p900": ""}  # a partner system's record
    found = edits.check_records([{**GOOD, "p900": ""}, {**RI, "p1007": ""}, title_i])
    assert [(f.line, f.element, f.stage, f.rule, f.message) for f in found] == [
        (2, "p900", "format", "F1", constants.EDIT_ENTRY_REQUIRED),
        (3, "p1007", "format", "F1", constants.EDIT_CONTACT_REQUIRED),
        (4, "p900", "format", "F1", constants.EDIT_ENTRY_REQUIRED),
    ]


@pytest.mark.parametrize("column", ["p1005", "p1107", "p1108", "p1109", "p1110", "p1111", "p1202"])
def test_the_new_dates_are_real_yyyymmdd_dates(column):
    assert failures({**GOOD, column: "20240230"}) == [(2, column, "format", "F2")]


@pytest.mark.parametrize(("value", "ok"), [("0", True), ("4", True), ("5", False), ("9", False)])
def test_jvsg_referral_codes_are_0_to_4(value, ok):
    expected = [] if ok else [(2, "p1114", "valid values", "V1")]
    assert failures({**GOOD, "p300": "1", "p1114": value}) == expected


def test_one_reportable_record_per_person_and_last_contact():
    found = failures(dict(RI), dict(RI), {**RI, "p1000": "20240601", "p1002": "20240701", "p1007": "20240701"})
    assert found == [(3, "p100", "duplicates", "D1")]
    # a participant record of the same person with the same entry date as another's contact is no duplicate
    assert failures({**GOOD, "p100": RI["p100"], "p900": RI["p1007"], "p901": "20240410"}, dict(RI)) == []


@pytest.mark.parametrize(
    ("change", "element"),
    [({"p900": "20240105"}, "p900"), ({"p1004": "20240301"}, "p1004"), ({"p1202": "20240301"}, "p1202")],
)
def test_a_reportable_individual_has_no_participant_dates_or_services(change, element):
    assert failures({**RI, **change}) == [(2, element, "logical", "L9")]


@pytest.mark.parametrize(
    ("p1004", "p1005", "fails"),
    [("20240301", "20240301", False), ("20240301", "20240302", True), ("", "20240301", True)],
)
def test_a_dvop_career_service_is_never_after_the_most_recent_career_service(p1004, p1005, fails):
    row = {**GOOD, "p1004": p1004, "p1005": p1005}
    assert failures(row) == ([(2, "p1005", "logical", "L10")] if fails else [])


@pytest.mark.parametrize(("day", "fails"), [("20240410", False), ("20240411", True)])
@pytest.mark.parametrize("column", ["p1107", "p1108", "p1202"])
def test_services_are_never_after_the_date_of_exit(column, day, fails):
    row = {**GOOD, "p1004": "20240410", column: day}
    assert failures(row) == ([(2, column, "logical", "L11")] if fails else [])


def test_entering_a_federal_job_after_exit_is_no_service_and_passes():
    assert failures({**GOOD, "p1108": "20240401", "p1110": "20240520"}) == []


@pytest.mark.parametrize(
    ("person", "fails"),
    [
        ({"p300": "1", "p303": "1"}, False),
        ({"p300": "1", "p303": "2"}, False),
        ({"p300": "1", "p302": "1"}, False),
        ({"p300": "1", "p304": "20210302"}, False),  # separated 3 years less a day before 20240301
        ({"p300": "1", "p304": "20210301"}, True),  # separated 3 years before
        ({"p300": "1", "p303": "0", "p302": "0"}, True),
    ],
)
@pytest.mark.parametrize("column", ["p1109", "p1111"])
def test_federal_contractor_job_dates_only_for_covered_veterans(column, person, fails):
    row = {**GOOD, **person, "p1004": "20240301", column: "20240301"}
    assert failures(row) == ([(2, column, "logical", "L12")] if fails else [])


@pytest.mark.parametrize(("p305", "fails"), [("1", False), ("0", True), ("", True)])
def test_a_jvsg_referral_as_a_transitioning_service_member_needs_one(p305, fails):
    row = {**GOOD, "p300": "1", "p305": p305, "p1114": "2"}
    assert failures(row) == ([(2, "p1114", "logical", "L13")] if fails else [])


@pytest.mark.parametrize(("plan", "fails"), [("20240105", False), ("20240104", True)])
def test_the_employment_plan_is_not_dated_before_program_entry(plan, fails):
    assert failures({**GOOD, "p1202": plan}) == ([(2, "p1202", "logical", "L14")] if fails else [])


def test_the_rules_cite_their_sources():
    [f] = edits.check_records([{**GOOD, "p300": "1", "p1004": "20240301", "p1109": "20240301"}])
    assert "1108-1111" in f.citation and "PY2022 Q4" in f.citation
    [f] = edits.check_records([{**RI, "p900": "20240105"}])
    assert "20 CFR 677.150" in f.citation


@pytest.mark.parametrize(("column", "value", "ok"), [("p600", "1", True), ("p600", "9", False), ("p603", "0", True),
                                                      ("p603", "2", False), ("p602", "6", True), ("p602", "7", False),
                                                      ("p602", "0", True)])  # fmt: skip
def test_assistance_codes_are_the_layouts(column, value, ok):
    assert failures({**GOOD, column: value}) == ([] if ok else [(2, column, "valid values", "V1")])


@pytest.mark.parametrize(
    ("p410", "expected"),
    [
        ("20240410", []),  # the exit day itself
        ("20240411", [(2, "p410", "logical", "L15")]),  # after the exit
        ("19800102", []),
        ("19800101", [(2, "p410", "logical", "L15")]),  # on the date of birth
        ("20240231", [(2, "p410", "format", "F2")]),
    ],
)
def test_the_date_of_dislocation_is_after_birth_and_not_after_exit(p410, expected):
    assert failures({**GOOD, "p410": p410}) == expected


def test_the_date_of_dislocation_of_a_participant_still_served_is_not_checked_against_an_exit():
    open_period = {k: v for k, v in GOOD.items() if k in ("p100", "p200", "p201", "p300", "p900", "p918", "p923")}
    assert failures({**open_period, "p410": "20250101"}) == []


@pytest.mark.parametrize(
    ("column", "good", "bad"),
    [("p907", "6", "7"), ("p908", "9", "2"), ("p910", "9", "2"), ("p913", "2", "0"), ("p917", "3", "4"),
     ("p921", "0", "9"), ("p931", "9", "2"), ("p932", "2", "3")],
)  # fmt: skip
def test_other_program_codes_are_the_layouts(column, good, bad):
    assert failures({**GOOD, column: good}) == []
    assert failures({**GOOD, column: bad}) == [(2, column, "valid values", "V1")]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"p1300": "1", "p1800": "5", "p1801": "20240301"}, []),
        ({"p1300": "1", "p1800": "0"}, []),  # training, no credential
        ({"p1300": "0", "p1800": "5", "p1801": "20240301"}, [(2, "p1800", "logical", "L16")]),  # no training
        ({"p1300": "1", "p1800": "8", "p1801": "20240301"}, [(2, "p1800", "valid values", "V1")]),
        ({"p1300": "1", "p1800": "5"}, [(2, "p1801", "logical", "L16")]),  # no date
        ({"p1300": "1", "p1800": "0", "p1801": "20240301"}, [(2, "p1801", "logical", "L16")]),  # date, no type
        ({"p1300": "1", "p1800": "5", "p1801": "20240104"}, [(2, "p1801", "logical", "L16")]),  # before entry
        ({"p1300": "1", "p1800": "5", "p1801": "20240105"}, []),  # on entry
        ({"p1300": "1", "p1800": "5", "p1801": "20250410"}, []),  # a year after exit
        ({"p1300": "1", "p1800": "5", "p1801": "20250411"}, [(2, "p1801", "logical", "L16")]),  # a day more
    ],
)
def test_a_recognized_credential_is_a_trained_participants_within_a_year_of_exit(change, expected):
    assert failures({**GOOD, **change}) == expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"p1300": "1", "p1608": "1"}, []),  # trained, employed in the 2nd quarter (GOOD: 1602 = 1)
        ({"p1300": "1", "p1608": "0"}, []),
        ({"p1300": "1", "p1602": "2", "p1603": "4", "p1608": "1"}, []),  # employed by supplemental data
        ({"p1300": "1", "p1608": "2"}, [(2, "p1608", "valid values", "V1")]),  # 1 yes / 0 no only
        ({"p1300": "0", "p1608": "1"}, [(2, "p1608", "logical", "L17")]),  # no training
        ({"p1300": "1", "p1602": "0", "p1603": "0", "p1704": "0.00", "p1608": "0"}, [(2, "p1608", "logical", "L17")]),
        ({"p1300": "1", "p1602": "9", "p1603": "5", "p1704": "999999.99", "p1608": "1"}, [(2, "p1608", "logical", "L17")]),
        ({"p1300": "0", "p1608": ""}, []),  # blank when it does not apply
    ],
)  # fmt: skip
def test_employment_related_to_training_is_a_trained_participants_employed_in_the_2nd_quarter(change, expected):
    """PIRL 1608 (layout PY2022 Q4): recorded "if the participant received training services" (1300 = 1), about
    employment in the 2nd quarter after exit (1602 = 1-3)."""
    assert failures({**GOOD, **change}) == expected
