"""Edit checks on PIRL records before export, in the WIPS order: format, valid values, duplicates, logical rules.

Each failure names the record (line of the file, PIRL 100), the element, the rule and its citation. The
export is refused while any failure remains (``export_allowed``). The rules follow the element definitions of
federal-specs section 1 (PIRL public-use layout PY2022 Q4) and the outcome rules of section 2.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jobcenter.reporting import constants
from jobcenter.reporting.pirl.elements import BY_COLUMN, NOT_YET_AVAILABLE_WAGES, OUTCOME_ELEMENTS

FORMAT, VALID_VALUES, DUPLICATES, LOGICAL = "format", "valid values", "duplicates", "logical"
STAGES = (FORMAT, VALID_VALUES, DUPLICATES, LOGICAL)
REQUIRED = ("p100", "p900", "p918")
_SSN_SHAPED = re.compile(r"^\d{3}-?\d{2}-?\d{4}$")
_INT = re.compile(r"^\d+$")
_DEC = re.compile(r"^\d{1,6}(\.\d{1,2})?$")
EMPLOYED_CODES = {"1", "2", "3"}
FED_SPECS_15 = "federal-specs 1.5 (PIRL 1600-1618, 1703-1706); TEGL 10-16 Change 3"


@dataclass(frozen=True)
class EditFailure:
    """One failed check: which record, which element, which rule, why, and the rule's source."""

    line: int  # line in the CSV file (the header is line 1)
    record_id: str  # PIRL 100
    element: str  # e.g. "p901"
    stage: str
    rule: str
    message: str
    citation: str

    @property
    def element_label(self) -> str:
        """``PIRL 901`` for pages and reports."""
        return "PIRL " + self.element.removeprefix("p").upper()


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def _format(value: str, column: str) -> str | None:
    el = BY_COLUMN[column]
    if el.kind == "DT":
        if not (len(value) == 8 and _INT.match(value) and _date(value)):
            return constants.EDIT_DATE_FORMAT
    elif el.kind == "IN":
        if not _INT.match(value) or len(value) > el.width:
            return constants.EDIT_INTEGER_FORMAT.format(width=el.width)
    elif el.kind == "DEC":
        if not _DEC.match(value):
            return constants.EDIT_WAGES_FORMAT
    elif len(value) > el.width:
        return constants.EDIT_TEXT_FORMAT.format(width=el.width)
    return None


def check_records(rows: list[dict[str, str]]) -> list[EditFailure]:
    """All failures of ``rows`` in WIPS order (format, valid values, duplicates, logical), by line within each."""
    failures: list[EditFailure] = []

    def fail(i, row, column, stage, rule, message, citation=None):
        el = BY_COLUMN.get(column)
        failures.append(
            EditFailure(
                i + 2, row.get("p100", ""), column, stage, rule, message, citation or (el.citation if el else "")
            )
        )

    bad_format: set[tuple[int, str]] = set()
    # 1. Format
    for i, row in enumerate(rows):
        for column in REQUIRED:
            if not row.get(column):
                fail(i, row, column, FORMAT, "F1", constants.EDIT_REQUIRED)
                bad_format.add((i, column))
        for column, value in row.items():
            if column in BY_COLUMN and value and (msg := _format(value, column)):
                fail(i, row, column, FORMAT, "F2", msg)
                bad_format.add((i, column))
        p100 = row.get("p100", "")
        if p100 and _SSN_SHAPED.match(p100):
            fail(
                i,
                row,
                "p100",
                FORMAT,
                "F3",
                constants.EDIT_ID_IS_SSN,
                BY_COLUMN["p100"].citation + "; TEGL 10-16 Chg 3",
            )
            bad_format.add((i, "p100"))
    # 2. Valid values
    for i, row in enumerate(rows):
        for column, value in row.items():
            el = BY_COLUMN.get(column)
            if el and el.codes is not None and value and (i, column) not in bad_format:
                normal = value.zfill(2) if column == "p923" else value
                if normal not in el.codes:
                    fail(
                        i,
                        row,
                        column,
                        VALID_VALUES,
                        "V1",
                        constants.EDIT_INVALID_CODE.format(
                            value=value, codes=", ".join(sorted(el.codes, key=lambda c: (len(c), c)))
                        ),
                    )
        for _k, (_, _, wage_col, _) in OUTCOME_ELEMENTS.items():
            value = row.get(wage_col, "")
            if value and (i, wage_col) not in bad_format and Decimal(value) > Decimal(NOT_YET_AVAILABLE_WAGES):
                fail(i, row, wage_col, VALID_VALUES, "V2", constants.EDIT_WAGES_RANGE)
    # 3. Duplicates: one record per person and period of participation (same 100 and 900).
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows):
        key = (row.get("p100", ""), row.get("p900", ""))
        if not all(key):
            continue
        if key in seen:
            fail(
                i,
                row,
                "p100",
                DUPLICATES,
                "D1",
                constants.EDIT_DUPLICATE.format(line=seen[key] + 2),
                "TEGL 10-16 Chg 3 (each period of participation counted once); federal-specs 2",
            )
        else:
            seen[key] = i
    # 4. Logical rules
    for i, row in enumerate(rows):
        _logical(i, row, fail)
    return failures


def _logical(i: int, row: dict[str, str], fail) -> None:
    entry, exit_ = _date(row.get("p900", "")), _date(row.get("p901", ""))
    birth = _date(row.get("p200", ""))
    if entry and exit_ and exit_ < entry:
        fail(i, row, "p901", LOGICAL, "L1", constants.EDIT_EXIT_BEFORE_ENTRY)
    if birth and entry and birth >= entry:
        fail(i, row, "p200", LOGICAL, "L2", constants.EDIT_BIRTH_AFTER_ENTRY)
    if row.get("p918") == "1" and not row.get("p900"):
        pass  # reported by F1
    if row.get("p300") != "1":
        for column in ("p301", "p303"):
            if row.get(column, "0") not in ("", "0"):
                fail(i, row, column, LOGICAL, "L3", constants.EDIT_VETERAN_DETAIL_WITHOUT_VETERAN)
        if row.get("p304"):
            fail(i, row, "p304", LOGICAL, "L3", constants.EDIT_VETERAN_DETAIL_WITHOUT_VETERAN)
    if row.get("p923", "").zfill(2) == "05" and row.get("p905", "0") not in {"1", "2", "3"}:
        fail(i, row, "p923", LOGICAL, "L4", constants.EDIT_FOSTER_CARE_YOUTH_ONLY)
    if row.get("p923", "").zfill(2) == "06":
        fail(i, row, "p923", LOGICAL, "L4", constants.EDIT_INELIGIBLE_VR_ONLY)
    outcome_cols = [c for cols in OUTCOME_ELEMENTS.values() for c in cols] + ["p1618"]
    if not exit_:
        for column in outcome_cols:
            if row.get(column):
                fail(i, row, column, LOGICAL, "L5", constants.EDIT_OUTCOME_WITHOUT_EXIT, FED_SPECS_15)
        return
    for _k, (emp, typ, wages, _) in OUTCOME_ELEMENTS.items():
        e, t, w = row.get(emp, ""), row.get(typ, ""), row.get(wages, "")
        expected = {"0": {"0"}, "9": {"5"}}.get(e, {"1", "2", "3", "4"})
        if e and t and t not in expected:
            fail(i, row, typ, LOGICAL, "L6", constants.EDIT_MATCH_DISAGREES.format(employed=e, match=t), FED_SPECS_15)
        if e and not t:
            fail(i, row, typ, LOGICAL, "L6", constants.EDIT_MATCH_MISSING, FED_SPECS_15)
        try:
            amount = Decimal(w) if w else None
        except InvalidOperation:
            continue
        if e == "0" and amount not in (None, Decimal(0)):
            fail(i, row, wages, LOGICAL, "L7", constants.EDIT_WAGES_WHEN_NOT_EMPLOYED, FED_SPECS_15)
        if e == "9" and w and amount != Decimal(NOT_YET_AVAILABLE_WAGES):
            fail(i, row, wages, LOGICAL, "L7", constants.EDIT_WAGES_WHEN_NOT_AVAILABLE, FED_SPECS_15)
        if e in EMPLOYED_CODES and t in {"1", "2", "3"} and (amount is None or amount <= 0):
            fail(i, row, wages, LOGICAL, "L7", constants.EDIT_NO_WAGES_WHEN_MATCHED, FED_SPECS_15)
    if row.get("p1618") == "1" and not (row.get("p1602") in EMPLOYED_CODES and row.get("p1606") in EMPLOYED_CODES):
        fail(i, row, "p1618", LOGICAL, "L8", constants.EDIT_RETENTION_WITHOUT_EMPLOYMENT, FED_SPECS_15)


def export_allowed(failures: list[EditFailure]) -> bool:
    """The file may be exported only when no edit check fails."""
    return not failures


def summary(failures: list[EditFailure]) -> dict[str, int]:
    """Failures per stage, in WIPS order."""
    counts: dict[str, int] = defaultdict(int)
    for f in failures:
        counts[f.stage] += 1
    return {stage: counts.get(stage, 0) for stage in STAGES}
