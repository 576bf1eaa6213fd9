"""``jobcenter people dedupe``: real CSV files in tmp_path, real DuckDB, exit codes as a shell sees them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jobcenter.cli import main
from jobcenter.seekers.linkage import constants as c

HEADER = (
    "record_id,given_name,surname,date_of_birth,ssn,street_number,address_1,address_2,city,state,postcode,phone,email"
)
PEOPLE = [
    # Margaret and a re-registration with a typo in her given name
    "m1,Margaret,Thompson,1975-06-14,,12,Oak St,,Kansas City,MO,64106,8165550101,mthompson@example.com",
    "m2,Margret,Thompson,1975-06-14,,12,Oak Street,,Kansas City,MO,64106,(816) 555-0101,",
    # Robert, then Robert with the day digits of his birth date swapped and a new phone
    "r1,Robert,Kowalski,1982-03-12,,400,Elm Ave,,Springfield,MO,65806,4175550199,",
    "r2,ROBERT,Kowalski,1982-03-21,,400,Elm Ave,Apt 2,Springfield,MO,65806,4175550123,",
    # the same SSN under a different name (manual: the SSN identifies the primary account)
    "j1,Jennifer,Lopez,1990-01-02,123-45-6789,7,Walnut St,,St. Louis,MO,63101,,",
    "j2,Maria,Garcia,1991-05-30,123456789,88,Cherry Ln,,Columbia,MO,65201,,maria@example.com",
    # two different people who share a common name
    "b1,Michael,Brown,1990-01-01,,5,Maple Dr,,Joplin,MO,64801,4175550001,",
    "b2,Michael,Brown,1964-09-30,,77,Cedar Ct,,St. Joseph,MO,64501,8165550002,",
    # a distinct person with nothing in common
    "a1,Alicia,Nguyen,2001-11-23,212-12-3456,9,Pine Rd,,Rolla,MO,65401,5735550003,alicia@example.com",
]


def write(tmp_path: Path, lines: list[str], name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> int:
    """Run the console script in-process; return its exit code."""
    try:
        main(["jobcenter", "people", "dedupe", *args])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def clusters(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as fh:
        return {row["record_id"]: row for row in csv.DictReader(fh)}


def test_known_duplicates_are_clustered_and_distinct_people_kept_apart(tmp_path, capsys):
    src, out = write(tmp_path, [HEADER, *PEOPLE]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out)) == 0
    rows = clusters(out)
    assert list(rows) == [line.split(",")[0] for line in PEOPLE]  # one row per record, input order
    assert out.read_bytes().startswith(b"record_id,cluster_id,match_probability\n")
    assert b"\r" not in out.read_bytes()
    cid = {rid: row["cluster_id"] for rid, row in rows.items()}
    assert cid["m1"] == cid["m2"] == "m1"  # typo in the given name
    assert cid["r1"] == cid["r2"] == "r1"  # transposed birth date digits
    assert cid["j1"] == cid["j2"] == "j1"  # same SSN, different name
    assert rows["j2"]["match_probability"] == "1.0"
    assert len({cid["b1"], cid["b2"], cid["a1"], cid["m1"], cid["r1"], cid["j1"]}) == 6
    # A record that matched nobody is its own cluster with an empty probability.
    assert rows["a1"] == {"record_id": "a1", "cluster_id": "a1", "match_probability": ""}
    assert 0.5 <= float(rows["m2"]["match_probability"]) <= 1.0
    err = capsys.readouterr().err
    assert "9 records, 6 people" in err
    assert "6789" not in err and "3456" not in err


def test_a_pair_links_at_a_threshold_just_below_its_probability_and_not_just_above(tmp_path):
    weak = ["r1,Robert,Kowalski,1982-03-12,,,,,,,,,", "r2,Robert,Kowalski,1982-03-21,,,,,,,,,", PEOPLE[4], PEOPLE[5]]
    src, out = write(tmp_path, [HEADER, *weak]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 0
    p = float(clusters(out)["r2"]["match_probability"])
    assert 0.5 < p < 0.99  # names equal, birth date transposed, nothing else known
    below = str(p - 1e-6)  # the file rounds to six decimals
    assert run("--input", str(src), "--output", str(out), "--threshold", below, "--no-progress") == 0
    assert clusters(out)["r2"]["cluster_id"] == "r1"
    above = str(p + 1e-6)
    assert run("--input", str(src), "--output", str(out), "--threshold", above, "--no-progress") == 0
    cid = {rid: row["cluster_id"] for rid, row in clusters(out).items()}
    assert cid["r2"] == "r2"
    assert cid["j1"] == cid["j2"]  # the same SSN links at any threshold


def test_progress_is_shown_on_stderr_and_never_on_stdout(tmp_path, capsys):
    src, out = write(tmp_path, [HEADER, *PEOPLE]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out)) == 0
    captured = capsys.readouterr()
    assert "checking" in captured.err and "matching" in captured.err
    assert captured.out == ""


def test_help_describes_input_output_and_threshold(capsys):
    assert run("--help") == 0
    text = capsys.readouterr().out
    assert "--threshold" in text and "record_id,given_name,surname" in text and "cluster_id" in text


BAD = [
    ("a missing column is named", [HEADER.replace(",email", ""), "x1,A,B,,,,,,,,,,"], "email"),
    ("an unknown column is named", [HEADER + ",nickname", "x1,A,B,,,,,,,,,,,Bo"], "nickname"),
    ("an empty record_id names its line", [HEADER, PEOPLE[0], ",A,B,,,,,,,,,,"], "Line 3, record_id: is empty"),
    (
        "a duplicate record_id names both lines",
        [HEADER, PEOPLE[0], PEOPLE[1], PEOPLE[0].replace("Margaret", "Marge")],
        "Line 4, record_id: 'm1' is already used on line 2",
    ),
    (
        "a date that is not YYYY-MM-DD is named",
        [HEADER, "x1,A,B,06/14/1975,,,,,,,,,"],
        "Line 2, date_of_birth: '06/14/1975'",
    ),
    ("an impossible date is named", [HEADER, "x1,A,B,1975-02-30,,,,,,,,,"], "Line 2, date_of_birth: '1975-02-30'"),
    ("a row with too few fields is named", [HEADER, "x1,A,B"], "Line 2: expected 13 fields, found 3"),
    ("an empty file", [""], c.NO_HEADER),
    ("a header without records", [HEADER], c.NO_ROWS),
]


@pytest.mark.parametrize(("case", "lines", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_exits_2_names_the_problem_and_writes_nothing(tmp_path, capsys, case, lines, message):
    src, out = write(tmp_path, lines), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]  # no temp file left behind either


@pytest.mark.parametrize(
    ("case", "ssn"),
    [
        ("area 000", "000-12-3456"),
        ("area 666", "666-12-3456"),
        ("area 9xx", "912-12-3456"),
        ("group 00", "123-00-4567"),
        ("serial 0000", "123-45-0000"),
        ("eight digits", "12345678"),
    ],
)
def test_an_invalid_ssn_exits_2_naming_line_and_field_but_never_the_number(tmp_path, capsys, case, ssn):
    src, out = write(tmp_path, [HEADER, PEOPLE[0], f"x1,A,B,,{ssn},,,,,,,,"]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 2
    err = capsys.readouterr().err
    assert "Line 3, ssn: not a valid Social Security number" in err, case
    assert ssn not in err and ssn.replace("-", "") not in err
    assert ssn[-4:] == "0000" or ssn[-4:] not in err
    assert not out.exists()


def test_a_valid_ssn_on_the_edge_of_each_rule_is_accepted(tmp_path):
    edge = ["001-01-0001", "665-99-9999", "667-01-0001", "899-99-9999"]
    lines = [HEADER, *(f"e{i},A{i},B{i},,{s},,,,,,,," for i, s in enumerate(edge))]
    src, out = write(tmp_path, lines), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 0
    assert len(clusters(out)) == 4


def test_a_failed_batch_leaves_an_existing_output_file_untouched(tmp_path):
    out = tmp_path / "clusters.csv"
    out.write_text("previous results\n")
    src = write(tmp_path, [HEADER, ",A,B,,,,,,,,,,"])
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 2
    assert out.read_text() == "previous results\n"


@pytest.mark.parametrize("threshold", ["0", "1", "1.5", "-0.1"])
def test_a_threshold_outside_zero_to_one_is_refused(tmp_path, capsys, threshold):
    src, out = write(tmp_path, [HEADER, *PEOPLE]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--threshold", threshold) == 2
    assert c.BAD_THRESHOLD in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_input_file_exits_2(tmp_path, capsys):
    assert run("--input", str(tmp_path / "nope.csv"), "--output", str(tmp_path / "o.csv")) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_quoted_fields_and_a_byte_order_mark_are_read_as_csv(tmp_path):
    lines = [HEADER, '"q1","Mary Ann","O\'Neil","1970-01-01","","1","Main St, Suite 2","","X","MO","64106","",""']
    src = tmp_path / "people.csv"
    src.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 0
    assert clusters(out)["q1"]["cluster_id"] == "q1"


def test_columns_may_come_in_any_order(tmp_path):
    names = HEADER.split(",")
    order = list(reversed(range(len(names))))
    lines = [",".join(names[i] for i in order)] + [",".join(row.split(",")[i] for i in order) for row in PEOPLE]
    src, out = write(tmp_path, lines), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 0
    cid = {rid: row["cluster_id"] for rid, row in clusters(out).items()}
    assert cid["m1"] == cid["m2"] and cid["j1"] == cid["j2"] and cid["b1"] != cid["b2"]


def test_quoted_quotes_and_line_breaks_inside_fields_are_read(tmp_path):
    lines = [HEADER, 'n1,"Mary ""May""",Smith,,,,"1 Main St\nRear",,,,,,', PEOPLE[0], PEOPLE[1]]
    src, out = write(tmp_path, lines), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out), "--no-progress") == 0
    rows = clusters(out)
    assert list(rows) == ["n1", "m1", "m2"] and rows["m2"]["cluster_id"] == "m1"


def test_an_output_in_a_missing_folder_or_naming_a_folder_is_refused_before_any_work(tmp_path, capsys):
    src = write(tmp_path, [HEADER, *PEOPLE])
    assert run("--input", str(src), "--output", str(tmp_path / "nope" / "c.csv"), "--no-progress") == 2
    assert c.OUTPUT_DIR_MISSING.format(path=tmp_path / "nope") in capsys.readouterr().err
    assert run("--input", str(src), "--output", str(tmp_path), "--no-progress") == 2
    assert c.OUTPUT_IS_DIR.format(path=tmp_path) in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [src]


def test_ssns_appear_in_no_log_record_even_at_debug_level(tmp_path, capsys, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    src, out = write(tmp_path, [HEADER, *PEOPLE]), tmp_path / "clusters.csv"
    assert run("--input", str(src), "--output", str(out)) == 0
    captured = capsys.readouterr()
    for number in ("123-45-6789", "123456789", "212-12-3456", "212123456"):
        assert number not in caplog.text and number not in captured.err and number not in captured.out
        assert number not in out.read_text()
