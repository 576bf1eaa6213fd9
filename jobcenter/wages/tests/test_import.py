"""Wage record import: CSV, ICESA fixed-width and Parquet; line-numbered errors; all-or-nothing; idempotent."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from django.core.management import CommandError, call_command

from jobcenter.core.models import AuditEntry
from jobcenter.seekers.services import ssn_hash
from jobcenter.wages import constants, selectors, store
from jobcenter.wages.formats import icesa_records
from jobcenter.wages.services import WageImportError, wage_file_import

pytestmark = pytest.mark.django_db

HEADER = "ssn,employer_fein,ui_account,naics,state,year,quarter,wages\n"
GOOD = HEADER + (
    "123-45-6789,431234567,,561320,MO,2024,3,4200.50\n"
    '234567890,,MO0001234,,MO,2024,4,"1,250.00"\n'
    "123456789,431234567,,561320,KS,2024,4,0\n"
)


def stored_rows(root=None):
    glob = store.parquet_glob(root)
    if glob is None:
        return []
    files = sorted(Path(glob).parent.parent.glob("*/*.parquet"))
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_csv_file_is_stored_with_hashed_ssns_and_its_source(wage_dir, tmp_path):
    path = write(tmp_path, "mo_2024.csv", GOOD)

    result = wage_file_import(path=path, source="ui")

    assert result.rows == 3 and result.quarters == ["2024Q3", "2024Q4"]
    rows = sorted(stored_rows(), key=lambda r: (r["year"], r["quarter"], r["wages_cents"]))
    assert [(r["year"], r["quarter"], r["wages_cents"]) for r in rows] == [
        (2024, 3, 420050),
        (2024, 4, 0),
        (2024, 4, 125000),
    ]
    assert rows[0]["ssn_hash"] == ssn_hash("123456789")
    assert rows[0]["employer_fein"] == "431234567" and rows[0]["naics"] == "561320"
    assert rows[2]["ui_account"] == "MO0001234" and rows[2]["employer_fein"] is None
    assert {r["source"] for r in rows} == {"ui"} and {r["file_id"] for r in rows} == {result.file_id}
    assert AuditEntry.objects.filter(action="wages.file.imported").count() == 1


def test_no_ssn_is_written_anywhere_in_the_store(wage_dir, tmp_path):
    wage_file_import(path=write(tmp_path, "a.csv", GOOD), source="ui")

    for f in Path(wage_dir).rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            assert b"123456789" not in data and b"123-45-6789" not in data and b"234567890" not in data


def test_reimporting_the_same_file_adds_nothing(wage_dir, tmp_path):
    path = write(tmp_path, "a.csv", GOOD)
    first = wage_file_import(path=path, source="ui")
    copy = write(tmp_path, "renamed.csv", GOOD)

    again = wage_file_import(path=copy, source="ui")

    assert again.already_imported and again.rows == 0 and again.file_id == first.file_id
    assert len(stored_rows()) == 3
    assert len(selectors.wage_files_list()) == 1


def test_a_file_with_errors_is_rejected_whole_with_line_numbers(wage_dir, tmp_path):
    text = HEADER + (
        "123456789,431234567,,,MO,2024,3,100.00\n"  # line 2 fine
        "000123456,431234567,,,MO,2024,3,100.00\n"  # line 3: area 000
        "123456789,43123,,,MO,2024,3,100.00\n"  # line 4: short FEIN
        "123456789,,,,MO,2024,3,100.00\n"  # line 5: no employer
        "123456789,431234567,,,XX,2024,3,100.00\n"  # line 6: state
        "123456789,431234567,,,MO,2024,5,100.00\n"  # line 7: quarter
        "123456789,431234567,,,MO,1890,3,100.00\n"  # line 8: year
        "123456789,431234567,,,MO,2024,3,12.345\n"  # line 9: wages
        "123456789,431234567,,ABC,MO,2024,3,1.00\n"  # line 10: NAICS
        "123456789,431234567,,,MO,2024,3,-5\n"  # line 11: negative wages
    )
    with pytest.raises(WageImportError) as err:
        wage_file_import(path=write(tmp_path, "bad.csv", text), source="ui")

    assert err.value.errors == [
        (3, constants.SSN_INVALID),
        (4, constants.FEIN_INVALID),
        (5, constants.EMPLOYER_MISSING),
        (6, constants.STATE_INVALID),
        (7, constants.QUARTER_INVALID),
        (8, constants.YEAR_INVALID.format(low=1990, high=2100)),
        (9, constants.WAGES_INVALID),
        (10, constants.NAICS_INVALID),
        (11, constants.WAGES_INVALID),
    ]
    assert "123456789" not in err.value.summary()
    assert stored_rows() == [] and selectors.wage_files_list() == []
    assert not any((Path(wage_dir) / "staging").glob("*"))


def test_a_csv_without_required_columns_is_rejected(wage_dir, tmp_path):
    with pytest.raises(WageImportError) as err:
        wage_file_import(path=write(tmp_path, "x.csv", "ssn,year\n123456789,2024\n"), source="ui")
    assert err.value.errors == [(None, constants.MISSING_COLUMNS.format(columns="state, quarter, wages"))]


def icesa_file(tmp_path, name="mo.icesa", extra=""):
    employee_rows = [
        {"ssn": "123456789", "wages_cents": 420050, "year": 2024, "quarter": 3},
        {"ssn": "234567890", "wages_cents": 99, "year": 2024, "quarter": 3, "state_fips": "20"},
    ]
    text = icesa_records(
        employee_rows, fein="431234567", ui_account="MO0001234", state_fips="29", year=2024, naics="722511"
    )
    path = tmp_path / name
    path.write_text(text + extra)
    return path


def test_an_icesa_file_takes_the_employer_from_its_e_record(wage_dir, tmp_path):
    result = wage_file_import(path=icesa_file(tmp_path), source="ui")

    assert result.rows == 2
    rows = sorted(stored_rows(), key=lambda r: r["wages_cents"])
    assert [(r["state"], r["year"], r["quarter"], r["wages_cents"]) for r in rows] == [
        ("KS", 2024, 3, 99),
        ("MO", 2024, 3, 420050),
    ]
    assert {(r["employer_fein"], r["ui_account"], r["naics"]) for r in rows} == {("431234567", "MO0001234", "722511")}
    assert rows[1]["ssn_hash"] == ssn_hash("123456789")


def test_icesa_byte_positions_are_the_documented_ones(tmp_path):
    text = icesa_file(tmp_path).read_text().splitlines()
    e, s = text[0], text[1]
    assert len(e) == len(s) == 275
    assert e[0] == "E" and e[1:5] == "2024" and e[5:14] == "431234567" and e[173:175] == "29"
    assert e[175:190].strip() == "MO0001234" and e[190:196] == "722511"
    assert s[0] == "S" and s[1:10] == "123456789" and s[43:45] == "29"
    assert s[59:73] == "00000000420050" and s[163:169] == "092024"


def test_a_short_icesa_record_is_reported_by_line(wage_dir, tmp_path):
    path = icesa_file(tmp_path, extra="S123456789 too short\n")
    with pytest.raises(WageImportError) as err:
        wage_file_import(path=path, source="ui")
    assert err.value.errors == [(6, constants.ICESA_LENGTH.format(length=20))]
    assert stored_rows() == []


def test_a_parquet_file_is_imported_and_federal_and_military_sources_are_recorded(wage_dir, tmp_path):
    import pyarrow as pa

    table = pa.table(
        {
            "ssn": ["123456789", "234567890"],
            "employer_fein": ["", ""],
            "ui_account": ["OPM", "DOD-ARMY"],
            "naics": [None, "928110"],
            "state": ["DC", "TX"],
            "year": [2024, 2024],
            "quarter": [1, 1],
            "wages": ["1000.00", "2000.00"],
        }
    )
    pq.write_table(table, tmp_path / "fed.parquet")
    wage_file_import(path=tmp_path / "fed.parquet", source="federal")
    write(tmp_path, "mil.csv", HEADER + "234567890,,DODARMY,928110,TX,2024,2,3000\n")
    wage_file_import(path=tmp_path / "mil.csv", source="military")

    rows = sorted(stored_rows(), key=lambda r: r["wages_cents"])
    assert [(r["source"], r["ui_account"], r["wages_cents"]) for r in rows] == [
        ("federal", "OPM", 100000),
        ("federal", "DODARMY", 200000),
        ("military", "DODARMY", 300000),
    ]
    assert {m["source"] for m in selectors.wage_files_list()} == {"federal", "military"}


def test_the_command_imports_files_and_reports_rejections(wage_dir, tmp_path, capsys):
    good = write(tmp_path, "good.csv", GOOD)
    bad = write(tmp_path, "bad.csv", HEADER + "123456789,431234567,,,MO,2024,9,1\n")

    with pytest.raises(CommandError):
        call_command("wages_import", str(good), str(bad), "--source", "swis")

    out = capsys.readouterr()
    assert "imported 3 wage records" in out.out
    assert f"line 2: {constants.QUARTER_INVALID}" in out.err
    call_command("wages_import", str(good), "--source", "swis")
    assert "already imported" in capsys.readouterr().out
    assert {r["source"] for r in stored_rows()} == {"swis"} and len(stored_rows()) == 3
