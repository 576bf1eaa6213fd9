"""Reading PIRL files from other systems and the edit checks in WIPS order (federal-specs 1; TEGL 10-16 Chg 3)."""

import pytest

from jobcenter.reporting import constants
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.reader import PirlFormatError, normalize_header, read_pirl_text


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("p100", "p100"),
        ("P1602", "p1602"),
        ("100", "p100"),
        ("PIRL 901", "p901"),
        ("108-A", "p108a"),
        ("Region", "region"),
    ],
)
def test_headers_from_other_systems_are_normalised(header, column):
    assert normalize_header(header) == column


def test_a_file_with_bare_element_numbers_is_read():
    rows = read_pirl_text("100,900,918\nMO0000000001,20250102,1\n\n")
    assert rows == [{"p100": "MO0000000001", "p900": "20250102", "p918": "1"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("100,p100\n1,2\n", "twice"), ("100,900\nA\n", "Line 2 has 1 fields")],
)
def test_unreadable_files_are_refused_with_the_line(text, message):
    with pytest.raises(PirlFormatError, match=message):
        read_pirl_text(text)


GOOD = {
    "p100": "MO0000000001",
    "p200": "19800101",
    "p201": "2",
    "p300": "0",
    "p900": "20240105",
    "p901": "20240410",
    "p918": "1",
    "p923": "00",
    "p1602": "1",
    "p1603": "1",
    "p1704": "4500.50",
    "p1606": "0",
    "p1607": "0",
    "p1706": "0.00",
    "p1618": "0",
}


def failures(*rows):
    return [(f.line, f.element, f.stage, f.rule) for f in edits.check_records(list(rows))]


def test_a_clean_record_passes_and_may_be_exported():
    assert edits.check_records([dict(GOOD)]) == []
    assert edits.export_allowed([])


def test_format_checks_dates_numbers_and_required_elements():
    bad = {**GOOD, "p900": "2024-01-05", "p1704": "45.505", "p918": ""}
    assert failures(bad) == [
        (2, "p918", "format", "F1"),
        (2, "p900", "format", "F2"),
        (2, "p1704", "format", "F2"),
    ]


def test_an_ssn_as_the_identifier_is_refused():
    found = edits.check_records([{**GOOD, "p100": "123-45-6789"}])
    assert [(f.element, f.rule, f.message) for f in found] == [("p100", "F3", constants.EDIT_ID_IS_SSN)]


def test_valid_values_come_after_format_and_name_the_codes():
    found = edits.check_records([{**GOOD, "p201": "3", "p923": "8"}])
    assert [(f.element, f.stage) for f in found] == [("p201", "valid values"), ("p923", "valid values")]
    assert "valid: 1, 2, 9" in found[0].message
    assert "PIRL element 201" in found[0].citation


def test_the_same_person_and_entry_date_twice_is_a_duplicate():
    found = edits.check_records([dict(GOOD), {**GOOD}])
    assert [(f.line, f.stage, f.message) for f in found] == [(3, "duplicates", constants.EDIT_DUPLICATE.format(line=2))]


@pytest.mark.parametrize(
    ("change", "element", "rule"),
    [
        ({"p901": "20240101"}, "p901", "L1"),
        ({"p200": "20240105"}, "p200", "L2"),
        ({"p301": "2"}, "p301", "L3"),
        ({"p923": "05"}, "p923", "L4"),
        ({"p1603": "0"}, "p1603", "L6"),
        ({"p1706": "10.00"}, "p1706", "L7"),
        ({"p1602": "9", "p1603": "5", "p1704": "0.00"}, "p1704", "L7"),
        ({"p1704": "0.00"}, "p1704", "L7"),
        ({"p1618": "1"}, "p1618", "L8"),
    ],
)
def test_each_logical_rule(change, element, rule):
    assert failures({**GOOD, **change}) == [(2, element, "logical", rule)]


def test_outcomes_without_an_exit_are_flagged():
    row = {**GOOD, "p901": ""}
    assert {f[1] for f in failures(row)} == {"p1602", "p1603", "p1704", "p1606", "p1607", "p1706", "p1618"}


def test_failures_come_in_wips_order_whatever_the_line():
    rows = [{**GOOD, "p901": "20230101"}, {**GOOD, "p100": "MO0000000002", "p201": "7"}, {**GOOD, "p900": "x"}]
    stages = [f.stage for f in edits.check_records(rows)]
    assert stages == sorted(stages, key=edits.STAGES.index)
    assert edits.summary(edits.check_records(rows)) == {"format": 1, "valid values": 1, "duplicates": 0, "logical": 1}


@pytest.mark.parametrize(
    ("column", "value", "rule"),
    [
        ("p403", "53705100", None),  # O*NET-SOC 53-7051.00
        ("p403", "537051", None),  # as many digits as are available
        ("p403", "12705100", "V3"),  # 12 is not a SOC major group
        ("p1612", "5", "V3"),  # one digit names no occupation
        ("p1613", "29114100", None),
        ("p404", "493110", None),
        ("p404", "999999", None),  # wages exist, industry not known
        ("p405", "561", None),
        ("p406", "193110", "V3"),  # 19 is not a NAICS sector
        ("p1614", "6", "V3"),
        ("p402", "1", None),
        ("p402", "2", "V1"),
        ("p935", "1", None),
        ("p935", "4", "V1"),
        ("p1303", "06", None),  # a partner system's Title I record: read and checked like ours
        ("p1303", "13", "V1"),
        ("p1702", "999999.99", None),
        ("p1702", "1000000.00", "F2"),  # at most six digits of dollars
        ("p108b", "29020", None),
        ("p108c", "2902A", "F2"),
    ],
)
def test_valid_values_of_the_occupation_industry_and_entry_elements(column, value, rule):
    got = [f[3] for f in failures({**GOOD, column: value}) if f[1] == column]
    assert got == ([rule] if rule else [])


def test_108b_and_108c_headers_are_read():
    assert (normalize_header("108-B"), normalize_header("108 C")) == ("p108b", "p108c")
