"""Employment outcomes after exit (PIRL 1600-1607, 1614-1618, 1703-1706) from wage matches and supplemental data.

Rules (federal-specs 1.5 and 2; TEGL 10-16 Chg 3; TEGL 26-16; Oklahoma supplemental wage policy section B):

* Type of match: 1 UI wage data (in-state or SWIS), 2 federal employment records, 3 military records,
  4 supplemental (non-UI) verification, 5 information not yet available, 0 not employed.
* Direct wage records win over supplemental data: supplemental data is used only when no direct match shows
  earnings in that quarter. When several sources report earnings, the type of match is the source with the
  greatest earnings; quarterly wages are the total paid by every employer in the quarter.
* While no data has arrived, employment is 9 / type 5 / wages 999999.99 (not yet available); once the lag
  (dated parameter ``reporting.wage_lag_quarters``, two quarters) has passed with no data, it becomes
  0 / 0 / 0.00 for good and counts as not employed.
* Industry (1614-1617): the NAICS of the employer that paid the most in the quarter; for supplemental
  information, the sector on the accepted document; 999999 when the person was employed and the industry is not
  known; blank when not employed or not yet available (PIRL layout PY2022 Q4 1614-1617, federal-specs 1.5).
* Retention with the same employer (1618) = 1 when the Q2 and Q4 employers have the same identifier (FEIN or
  state UI account), 0 when not employed in Q2 or Q4 or the employer differs; blank while Q2 or Q4 is not yet
  available.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jobcenter.reporting.pirl.elements import NAICS_UNKNOWN, NOT_YET_AVAILABLE_WAGES
from jobcenter.reporting.quarters import Quarter

DIRECT_SOURCES = {1, 2, 3}
SUPPLEMENTAL = 4
NOT_YET_AVAILABLE = 5


@dataclass(frozen=True)
class WageMatch:
    """One direct match row for a person and a quarter after exit (C3 ``match_wage_records``)."""

    type_of_match: int  # 0..5
    wages_cents: int
    employer_id: str = ""
    naics: str = ""


@dataclass(frozen=True)
class SupplementalFact:
    """Supplemental wage information for a person and a calendar quarter (C5; acceptable source document)."""

    employed: bool
    earnings_cents: int | None
    employer_id: str = ""
    naics: str = ""  # the NAICS sector on the document (2 digits), when given
    onet_code: str = ""  # the O*NET-SOC code of the job on the document, when given (PIRL 1610-1613)


@dataclass(frozen=True)
class QuarterOutcome:
    """The PIRL values for one quarter after exit."""

    employed: str  # "1", "0", "9"
    type_of_match: str  # "0".."5"
    wages: str  # dollars "1234.56", "0.00" or "999999.99"
    naics: str = ""
    employer_id: str = ""
    wages_cents: int | None = None

    @property
    def is_employed(self) -> bool:
        return self.employed in {"1", "2", "3"}

    @property
    def available(self) -> bool:
        return self.employed != "9"


def dollars(cents: int) -> str:
    """Cents as dollars with two decimals (exact: no floats)."""
    return f"{Decimal(cents) / 100:.2f}"


def employer_key(value: str | None) -> str:
    """FEIN / UI account numbers compared without punctuation or case."""
    return re.sub(r"[^0-9A-Za-z]", "", value or "").upper()


NOT_AVAILABLE = QuarterOutcome("9", str(NOT_YET_AVAILABLE), NOT_YET_AVAILABLE_WAGES)
NOT_EMPLOYED = QuarterOutcome("0", "0", "0.00", wages_cents=0)


def quarter_outcome(
    *,
    direct: list[WageMatch],
    supplemental: SupplementalFact | None,
    target: Quarter,
    as_of: Quarter,
    lag_quarters: int,
    wage_data_loaded: bool = True,
) -> QuarterOutcome:
    """The outcome of one quarter after exit (see the module docstring for the rules and their sources)."""
    paid = [m for m in direct if m.type_of_match in DIRECT_SOURCES and m.wages_cents > 0]
    if paid:
        by_source: dict[int, int] = {}
        for m in paid:
            by_source[m.type_of_match] = by_source.get(m.type_of_match, 0) + m.wages_cents
        source = max(sorted(by_source), key=lambda s: by_source[s])
        top = max(paid, key=lambda m: m.wages_cents)
        total = sum(m.wages_cents for m in paid)
        naics = top.naics or NAICS_UNKNOWN
        return QuarterOutcome("1", str(source), dollars(total), naics, employer_key(top.employer_id), total)
    if supplemental is not None:
        if supplemental.employed:
            cents = supplemental.earnings_cents
            wages = dollars(cents) if cents is not None else NOT_YET_AVAILABLE_WAGES
            naics = supplemental.naics or NAICS_UNKNOWN
            return QuarterOutcome("1", str(SUPPLEMENTAL), wages, naics, employer_key(supplemental.employer_id), cents)
        return NOT_EMPLOYED
    if direct:  # the engine answered for this quarter: 5 while within the lag, 0 after it
        return NOT_AVAILABLE if any(m.type_of_match == NOT_YET_AVAILABLE for m in direct) else NOT_EMPLOYED
    if target > as_of or not wage_data_loaded:
        return NOT_AVAILABLE
    if as_of - target >= lag_quarters:
        return NOT_EMPLOYED
    return NOT_AVAILABLE


def retention_same_employer(q2: QuarterOutcome, q4: QuarterOutcome) -> str:
    """PIRL 1618 from the Q2 and Q4 outcomes ("" while either is not yet available)."""
    if not q2.available or not q4.available:
        return ""
    if q2.is_employed and q4.is_employed and q2.employer_id and q2.employer_id == q4.employer_id:
        return "1"
    return "0"
