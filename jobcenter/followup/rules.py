"""How supplemental wage information is used for the employment and earnings indicators (contract C4/C5).

Policy B (OWDI 07-2018 as quoted in the COWIB policy) and federal-specs 2 / 2.4:

1. Direct wage records are used whenever available, even when supplemental information exists (type of match
   1 UI/SWIS, 2 federal, 3 military).
2. Otherwise a documented supplemental case gives the quarter's status: employed -> type of match 4 (non-UI
   verification) with its earnings; not employed -> 0. If supplemental information decided 2nd-quarter
   employment, it also gives the 2nd-quarter earnings for the median.
3. No wage match and no supplemental information: not employed (0) for the employment rate — unless the
   quarter's wage data is still "not yet available" (5).
4. Only people employed in the 2nd quarter with earnings above $0 enter median earnings.
5. A case without an accepted source document never counts (``supplemental_wage_facts`` omits it).
"""

from __future__ import annotations

from dataclasses import dataclass

DIRECT = frozenset({1, 2, 3})
SUPPLEMENTAL = 4
NOT_YET_AVAILABLE = 5
NOT_EMPLOYED = 0


@dataclass(frozen=True)
class QuarterOutcome:
    """PIRL employed-in-quarter (1600-1606), type of match (1601-1607) and wages (1703-1706) for one quarter."""

    employed: bool | None  # None = not yet available
    type_of_match: int
    earnings_cents: int | None


def quarter_outcome(*, direct_code: int | None, direct_wages_cents: int | None, fact: dict | None) -> QuarterOutcome:
    """The outcome of one quarter after exit from the direct match and the supplemental fact (C5 dict or None)."""
    if direct_code in DIRECT:
        return QuarterOutcome(True, int(direct_code), int(direct_wages_cents or 0))
    if fact is not None:
        if fact["employed"]:
            return QuarterOutcome(True, SUPPLEMENTAL, fact["earnings_cents"])
        return QuarterOutcome(False, NOT_EMPLOYED, 0)
    if direct_code == NOT_YET_AVAILABLE:
        return QuarterOutcome(None, NOT_YET_AVAILABLE, None)
    return QuarterOutcome(False, NOT_EMPLOYED, 0)


def in_median(q2: QuarterOutcome) -> bool:
    """Median earnings count only people employed in the 2nd quarter after exit with earnings above $0."""
    return bool(q2.employed) and (q2.earnings_cents or 0) > 0
