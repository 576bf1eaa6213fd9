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

from jobcenter.core.clock import one_year_after
from jobcenter.reporting import constants
from jobcenter.reporting.pirl.elements import (
    BY_COLUMN,
    INDUSTRY,
    NAICS_SECTORS,
    NAICS_UNKNOWN,
    NOT_YET_AVAILABLE_WAGES,
    OCCUPATION,
    OUTCOME_ELEMENTS,
    PRIOR_ELEMENTS,
    SOC_MAJOR_GROUPS,
)
from jobcenter.reporting.pirl.veterans import CITATION as FEDERAL_JOBS
from jobcenter.reporting.pirl.veterans import protected_veteran

FORMAT, VALID_VALUES, DUPLICATES, LOGICAL = "format", "valid values", "duplicates", "logical"
STAGES = (FORMAT, VALID_VALUES, DUPLICATES, LOGICAL)
REQUIRED = ("p100", "p918")
# Required by the kind of record (PIRL 918): a Wagner-Peyser reportable individual (2) has a date of most recent
# contact (1007) and no date of program entry; every other record, a participant's of any program (partner
# systems' Title I records carry 918 = 0), has its date of program entry (900) (PIRL layout PY2022 Q4;
# federal-specs 1.3-1.4 and 2.1).
REPORTABLE_REQUIRED = ("p1007", constants.EDIT_CONTACT_REQUIRED)
PARTICIPANT_REQUIRED = ("p900", constants.EDIT_ENTRY_REQUIRED)
FED_SPECS_21 = "federal-specs 2.1 (reportable individual vs participant); 20 CFR 677.150(a)-(b); TEGL 10-16 Chg 3"
# Services that make a person a participant (TEGL 10-16 Chg 3 Att. VII Table A; federal-specs 1.4): a reportable
# individual's record never holds them, and each is on or before the exit date (901 is the last such service).
PARTICIPANT_SERVICE_DATES = tuple(
    f"p{n}" for n in (1001, 1003, 1004, 1005, 1102, 1104, 1105, 1106, 1107, 1108, 1109, 1112, 1113, 1115, 1116)
) + ("p1200", "p1201", "p1202")
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


def _classification(value: str, kind: str) -> str | None:
    """V3: an occupational code is 2-8 digits of O*NET-SOC starting with a SOC major group; an industry code is
    2-6 digits of NAICS starting with a sector (4-6 in the layout; wage records may carry the 2-digit sector), or
    999999 (PIRL layout PY2022 Q4 403, 404-406, 1610-1617; wage store NAICS rule, jobcenter.wages)."""
    if kind == OCCUPATION and not (2 <= len(value) <= 8 and value[:2] in SOC_MAJOR_GROUPS):
        return constants.EDIT_INVALID_OCCUPATION.format(value=value)
    if kind == INDUSTRY and value != NAICS_UNKNOWN and not (2 <= len(value) <= 6 and value[:2] in NAICS_SECTORS):
        return constants.EDIT_INVALID_INDUSTRY.format(value=value)
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
        needed = REPORTABLE_REQUIRED if row.get("p918") == "2" else PARTICIPANT_REQUIRED
        if not row.get(needed[0]):
            fail(i, row, needed[0], FORMAT, "F1", needed[1])
            bad_format.add((i, needed[0]))
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
                # 923's codes are two digits ("05"); other two-digit codes are numbers ("6" or "06" for 1303).
                normal = value.zfill(2) if column == "p923" else (value.lstrip("0") or "0") if el.width > 1 else value
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
            usable = el and el.classification and value and (i, column) not in bad_format
            if usable and (msg := _classification(value, el.classification)):
                fail(i, row, column, VALID_VALUES, "V3", msg)
        wage_cols = [cols[2] for cols in OUTCOME_ELEMENTS.values()] + [cols[0] for cols in PRIOR_ELEMENTS.values()]
        for wage_col in wage_cols:
            value = row.get(wage_col, "")
            if value and (i, wage_col) not in bad_format and Decimal(value) > Decimal(NOT_YET_AVAILABLE_WAGES):
                fail(i, row, wage_col, VALID_VALUES, "V2", constants.EDIT_WAGES_RANGE)
    # 3. Duplicates: one record per person and period of participation (same 100 and 900); for reportable
    # individuals one per person and period of activity (same 100 and most recent contact 1007).
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows):
        if row.get("p918") == "2":
            key = (row.get("p100", ""), "contact " + row["p1007"] if row.get("p1007") else "")
        else:
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
    # L15: 410 is "the last day of employment at the dislocation job" (PIRL layout PY2022 Q4, 410): a day worked,
    # so after birth, and not after the exit (901), the last service of a period the dislocation led to.
    dislocated = _date(row.get("p410", ""))
    if dislocated and birth and dislocated <= birth:
        fail(i, row, "p410", LOGICAL, "L15", constants.EDIT_DISLOCATION_BEFORE_BIRTH)
    if dislocated and exit_ and dislocated > exit_:
        fail(i, row, "p410", LOGICAL, "L15", constants.EDIT_DISLOCATION_AFTER_EXIT)
    _logical_services(i, row, fail, entry, exit_)
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
    _logical_credential(i, row, fail, entry, exit_)
    # L17: 1608 is recorded "if the participant received training services" and is about "employment" in the 2nd
    # quarter after exit (PIRL layout PY2022 Q4, 1608): only with 1300 = 1 and 1602 = 1-3.
    if row.get("p1608") and row.get("p1300") != "1":
        fail(i, row, "p1608", LOGICAL, "L17", constants.EDIT_RELATED_WITHOUT_TRAINING)
    if row.get("p1608") and row.get("p1602") not in EMPLOYED_CODES:
        fail(i, row, "p1608", LOGICAL, "L17", constants.EDIT_RELATED_WITHOUT_EMPLOYMENT)
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


def _logical_services(i: int, row: dict[str, str], fail, entry: dt.date | None, exit_: dt.date | None) -> None:
    """Rules on the service elements (federal-specs 1.4, 2.1-2.2; DOL PIRL public-use layout PY2022 Q4)."""
    if row.get("p918") == "2":
        # L9: a reportable individual has no participant dates and no participation-triggering services.
        for column in ("p900", "p901"):
            if row.get(column):
                fail(i, row, column, LOGICAL, "L9", constants.EDIT_REPORTABLE_HAS_PARTICIPANT_DATE, FED_SPECS_21)
        for column in PARTICIPANT_SERVICE_DATES:
            if row.get(column):
                fail(i, row, column, LOGICAL, "L9", constants.EDIT_REPORTABLE_HAS_PARTICIPANT_SERVICE, FED_SPECS_21)
    # L10: 1005 is a career service, so never after 1004, the most recent career service (PIRL layout 1004/1005).
    dvop, career = _date(row.get("p1005", "")), _date(row.get("p1004", ""))
    if dvop and (career is None or dvop > career):
        fail(i, row, "p1005", LOGICAL, "L10", constants.EDIT_DVOP_WITHOUT_CAREER_SERVICE)
    # L11: the exit date is the last date of a service that counts (PIRL 901; federal-specs 2.2).
    if exit_:
        for column in PARTICIPANT_SERVICE_DATES:
            day = _date(row.get(column, ""))
            if day and day > exit_:
                fail(i, row, column, LOGICAL, "L11", constants.EDIT_SERVICE_AFTER_EXIT, BY_COLUMN["p901"].citation)
    # L12: 1109 / 1111 only for disabled, campaign or recently separated veterans (PIRL layout 1109/1111; the
    # length of "recently separated" is the unconfirmed dated parameter reporting.recently_separated_veteran_years).
    for column in ("p1109", "p1111"):
        day = _date(row.get(column, ""))
        if day and not protected_veteran(
            disabled=row.get("p303", ""),
            campaign=row.get("p302", ""),
            separated=_date(row.get("p304", "")),
            on=day,
        ):
            fail(i, row, column, LOGICAL, "L12", constants.EDIT_FEDERAL_CONTRACTOR_NOT_COVERED, FEDERAL_JOBS)
    # L13: 1114 code 2 is a referral "due to TSM identified as in need of individualized career services" (305).
    if row.get("p1114") == "2" and row.get("p305") != "1":
        fail(i, row, "p1114", LOGICAL, "L13", constants.EDIT_JVSG_TSM_NOT_TSM)
    # L14: an employment plan is a participant's ("leave blank ... if the individual is not a participant").
    plan = _date(row.get("p1202", ""))
    if plan and entry and plan < entry:
        fail(i, row, "p1202", LOGICAL, "L14", constants.EDIT_PLAN_BEFORE_ENTRY)


def _logical_credential(i: int, row: dict[str, str], fail, entry: dt.date | None, exit_: dt.date | None) -> None:
    """L16, PIRL 1800/1801 (layout PY2022 Q4): the type applies to a participant who received education or
    training (1300 = 1); a date goes with a credential type 1-7 and the reverse; the credential is attained
    during participation or within one year of exit."""
    kind, attained = row.get("p1800", ""), _date(row.get("p1801", ""))
    if kind and row.get("p1300") != "1":
        fail(i, row, "p1800", LOGICAL, "L16", constants.EDIT_CREDENTIAL_WITHOUT_TRAINING)
    if kind not in ("", "0") and not row.get("p1801"):
        fail(i, row, "p1801", LOGICAL, "L16", constants.EDIT_CREDENTIAL_DATE_MISSING)
    if row.get("p1801") and kind in ("", "0"):
        fail(i, row, "p1801", LOGICAL, "L16", constants.EDIT_CREDENTIAL_DATE_WITHOUT_TYPE)
    if attained and entry and attained < entry:
        fail(i, row, "p1801", LOGICAL, "L16", constants.EDIT_CREDENTIAL_BEFORE_ENTRY)
    if attained and exit_ and attained > one_year_after(exit_):
        fail(i, row, "p1801", LOGICAL, "L16", constants.EDIT_CREDENTIAL_TOO_LATE)


def export_allowed(failures: list[EditFailure]) -> bool:
    """The file may be exported only when no edit check fails."""
    return not failures


def summary(failures: list[EditFailure]) -> dict[str, int]:
    """Failures per stage, in WIPS order."""
    counts: dict[str, int] = defaultdict(int)
    for f in failures:
        counts[f.stage] += 1
    return {stage: counts.get(stage, 0) for stage in STAGES}
