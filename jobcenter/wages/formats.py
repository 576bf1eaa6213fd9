"""Readers for wage files: each yields ``(line_number, raw_fields)`` with raw text values, nothing validated.

CSV and Parquet columns: ``ssn, employer_fein, ui_account, naics, state, year, quarter, wages`` (wages in dollars,
e.g. ``1234.56``); ``employer_fein``/``ui_account``/``naics`` may be empty. Parquet "line numbers" are row numbers
(first row = 1); CSV line numbers count the header as line 1.

ICESA fixed-width (NASWA/ICESA magnetic media standard, 275-byte records; byte positions 1-based, inclusive).
Only the fields below are read; names and other amounts are skipped and never stored.

    E  employer record
        1       record identifier "E"
        2-5     payment year (YYYY)
        6-14    employer FEIN (9 digits)
        15-23   blank
        24-73   employer name (not stored)
        74-173  address (not read)
        174-175 state FIPS code (2 digits)
        176-190 state UI employer account number (up to 15, left-justified)
        191-196 NAICS code (jobcenter extension of the standard's filler; may be blank)
        197-275 not read
    S  employee wage record (one per employee per employer per quarter)
        1       record identifier "S"
        2-10    SSN (9 digits)
        11-43   employee last name, first name, middle initial (not read, never stored)
        44-45   state FIPS code (2 digits)
        46-59   blank
        60-73   state quarterly total gross wages, in cents, right-justified, zero-filled (14 digits)
        74-148  UI total/excess/taxable wages, tips, weeks and hours worked (not read)
        149-163 state UI employer account number (blank: the E record's)
        164-169 reporting period MMYYYY, the last month of the quarter (03, 06, 09, 12)
        170-275 not read
    A, B, T, F  transmitter, authorization, totals and final records: checked for type and length only.

Line endings (LF or CRLF) are not part of the 275 bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from jobcenter.wages import constants
from jobcenter.wages.choices import WageFormat

COLUMNS = ("ssn", "employer_fein", "ui_account", "naics", "state", "year", "quarter", "wages")
REQUIRED = ("ssn", "state", "year", "quarter", "wages")
ICESA_LENGTH = 275


class FileLevelError(Exception):
    """A problem with the file as a whole (no line to point at)."""


class LineError(Exception):
    """A problem with one line; ``line`` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return WageFormat.CSV
    if suffix in {".parquet", ".pq"}:
        return WageFormat.PARQUET
    if suffix in {".icesa", ".dat", ".txt"}:
        return WageFormat.ICESA
    raise FileLevelError(constants.UNKNOWN_FORMAT)


def read_rows(path: Path, fmt: str) -> Iterator[tuple[int, dict | LineError]]:
    """Rows of ``path`` in ``fmt``; a malformed line yields a ``LineError`` in place of its fields."""
    if fmt == WageFormat.CSV:
        return _read_csv(path)
    if fmt == WageFormat.PARQUET:
        return _read_parquet(path)
    if fmt == WageFormat.ICESA:
        return _read_icesa(path)
    raise FileLevelError(constants.UNKNOWN_FORMAT)


def _check_columns(names) -> None:
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise FileLevelError(constants.MISSING_COLUMNS.format(columns=", ".join(missing)))


def _read_csv(path: Path) -> Iterator[tuple[int, dict]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            raise FileLevelError(constants.EMPTY_FILE)
        names = [h.strip().lower() for h in header]
        _check_columns(names)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            yield reader.line_num, {n: (row[i].strip() if i < len(row) else "") for i, n in enumerate(names)}


def _read_parquet(path: Path) -> Iterator[tuple[int, dict]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = [n.lower() for n in pf.schema_arrow.names]
    _check_columns(names)
    line = 0
    for batch in pf.iter_batches(batch_size=65536):
        columns = {n.lower(): batch.column(i).to_pylist() for i, n in enumerate(batch.schema.names)}
        for i in range(batch.num_rows):
            line += 1
            yield line, {n: ("" if v[i] is None else str(v[i]).strip()) for n, v in columns.items()}


def _read_icesa(path: Path) -> Iterator[tuple[int, dict | LineError]]:
    employer: dict | None = None
    with open(path, "rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            record = raw.rstrip(b"\r\n").decode("latin-1")
            if not record.strip():
                continue
            if len(record) != ICESA_LENGTH:
                yield line_no, LineError(line_no, constants.ICESA_LENGTH.format(length=len(record)))
                continue
            kind = record[0]
            if kind == "E":
                employer = {
                    "employer_fein": record[5:14].strip(),
                    "state_fips": record[173:175].strip(),
                    "ui_account": record[175:190].strip(),
                    "naics": record[190:196].strip(),
                }
            elif kind == "S":
                if employer is None:
                    yield line_no, LineError(line_no, constants.ICESA_NO_EMPLOYER)
                    continue
                yield line_no, _icesa_employee(line_no, record, employer)
            elif kind not in "ABTF":
                yield line_no, LineError(line_no, constants.ICESA_RECORD_TYPE.format(kind=kind))


def _icesa_employee(line_no: int, record: str, employer: dict) -> dict | LineError:
    from jobcenter.wages.states import FIPS_TO_USPS

    fips = record[43:45].strip() or employer["state_fips"]
    if fips not in FIPS_TO_USPS:
        return LineError(line_no, constants.ICESA_STATE_INVALID)
    period = record[163:169]
    month, year = period[:2], period[2:]
    if not (period.isdigit() and month in {"03", "06", "09", "12"}):
        return LineError(line_no, constants.ICESA_PERIOD_INVALID)
    cents = record[59:73].strip()
    wages = f"{int(cents) // 100}.{int(cents) % 100:02d}" if cents.isdigit() else cents
    return {
        "ssn": record[1:10].strip(),
        "employer_fein": employer["employer_fein"],
        "ui_account": record[148:163].strip() or employer["ui_account"],
        "naics": employer["naics"],
        "state": FIPS_TO_USPS[fips],
        "year": year,
        "quarter": str(int(month) // 3),
        "wages": wages,
    }


def icesa_records(rows: list[dict], *, fein: str, ui_account: str, state_fips: str, year: int, naics: str = "") -> str:
    """Write ICESA E/S/T/F records for one employer (used by tests, the demo and the benchmark generator)."""
    out = io.StringIO()
    e = ["E", f"{year:04d}", f"{fein:<9}", " " * 9, f"{'EMPLOYER':<50}", " " * 100, f"{state_fips:<2}"]
    e += [f"{ui_account:<15}", f"{naics:<6}"]
    out.write(_pad("".join(e)) + "\n")
    total = 0
    for row in rows:
        cents = int(row["wages_cents"])
        total += cents
        month = int(row["quarter"]) * 3
        s = ["S", f"{row['ssn']:<9}", " " * 33, f"{row.get('state_fips', state_fips):<2}", " " * 14]
        s += [f"{cents:014d}", " " * 75, f"{row.get('ui_account', ''):<15}", f"{month:02d}{int(row['year']):04d}"]
        out.write(_pad("".join(s)) + "\n")
    out.write(_pad(f"T{len(rows):07d}{total:014d}") + "\n")
    out.write(_pad("F") + "\n")
    return out.getvalue()


def _pad(record: str) -> str:
    assert len(record) <= ICESA_LENGTH, len(record)
    return record.ljust(ICESA_LENGTH)
