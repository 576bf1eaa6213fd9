"""Adapter to the wage store's direct match (contract C3: ``jobcenter.analytics.match_wage_records``).

Selection only needs, per exiter, whether a direct wage match (PIRL type of match 1 UI/SWIS, 2 federal,
3 military) exists for the 2nd or 4th quarter after exit, or whether that quarter's wages are not yet available
(5). This module is the one place that talks to the analytics engine, so the engine's result shape (DataFrame,
Arrow table, list of dicts) stays out of the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

DIRECT_CODES = frozenset({1, 2, 3})
NOT_YET_AVAILABLE = 5


@dataclass(frozen=True)
class Exiter:
    """One exiter as the wage match needs it (``ssn_hash`` is the project's keyed SSN hash, never the SSN)."""

    person_id: int
    ssn_hash: str
    exit_date: dt.date


Matcher = Callable[..., object]


def analytics_matcher() -> Matcher:
    """``jobcenter.analytics.match_wage_records`` (C3), imported lazily."""
    from jobcenter.analytics import match_wage_records

    return match_wage_records


def _records(result) -> list[dict]:
    if result is None:
        return []
    if hasattr(result, "to_pandas") and not hasattr(result, "to_dict"):
        result = result.to_pandas()
    if hasattr(result, "to_dict"):
        return result.to_dict("records")
    return [dict(r) if not isinstance(r, dict) else r for r in result]


def _rank(code: int) -> int:
    return 2 if code in DIRECT_CODES else 1 if code == NOT_YET_AVAILABLE else 0


def match_codes(*, exiters: Iterable[Exiter], q_after_exit: int, matcher: Matcher | None = None) -> dict[int, int]:
    """``{person_id: type-of-match code}`` for the quarter ``q_after_exit`` (missing people: no record, 0)."""
    exiters = list(exiters)
    if not exiters:
        return {}
    matcher = matcher or analytics_matcher()
    rows = matcher(
        exiters=[{"person_id": e.person_id, "ssn_hash": e.ssn_hash, "exit_date": e.exit_date} for e in exiters],
        quarters_after_exit=(q_after_exit,),
    )
    codes: dict[int, int] = {}
    for row in _records(rows):
        if int(row["q_after_exit"]) != q_after_exit:
            continue
        pid = int(row["person_id"])
        code = int(row["employed_code"]) if row.get("employed_code") is not None else 0
        # Several rows for one person: a direct match beats "not yet available", which beats none.
        if pid not in codes or _rank(code) > _rank(codes[pid]):
            codes[pid] = code
    return codes
