"""Adapters to the two wage sources: direct wage matches (C3, ``jobcenter.analytics.match_wage_records``) and
supplemental wage facts (C5, ``jobcenter.followup.selectors.supplemental_wage_facts``).

Both are optional at import time: until an engine is installed, ``direct_matches`` reports that no wage data is
loaded (outcomes stay "not yet available" instead of turning into false zeros).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from jobcenter.reporting.pirl.outcomes import SupplementalFact, WageMatch
from jobcenter.reporting.quarters import Quarter


@dataclass
class DirectMatches:
    """Direct matches by (person id, quarter after exit); ``loaded`` is False when no wage engine exists."""

    loaded: bool
    rows: dict[tuple[str, int], list[WageMatch]] = field(default_factory=dict)

    def get(self, person_id: str, k: int) -> list[WageMatch]:
        return self.rows.get((person_id, k), [])


def _records(result) -> list[dict]:
    """Rows of whatever table-like value the engine returns (list of dicts, pandas or pyarrow)."""
    if result is None:
        return []
    if hasattr(result, "to_dict") and hasattr(result, "columns"):
        return result.to_dict(orient="records")
    if hasattr(result, "to_pylist"):
        return result.to_pylist()
    return [dict(r) for r in result]


def _int(value, default: int = 0) -> int:
    try:
        return int(value) if value is not None and value == value else default  # NaN != NaN
    except (TypeError, ValueError):
        return default


def direct_matches(exiters: list[dict], *, as_of: dt.date, quarters_after_exit=(1, 2, 3, 4)) -> DirectMatches:
    """Call C3 for ``exiters`` (dicts with person_id, ssn_hash, exit_date) and index the result. ``as_of`` is the
    day the report is made (the day after the report quarter), which decides the two-quarter lag."""
    try:
        from jobcenter.analytics import match_wage_records
    except ImportError:
        return DirectMatches(loaded=False)
    with_ssn = [e for e in exiters if e.get("ssn_hash")]
    out = DirectMatches(loaded=True)
    if not with_ssn:
        return out
    result = match_wage_records(exiters=with_ssn, quarters_after_exit=tuple(quarters_after_exit), as_of=as_of)
    index: dict[tuple[str, int], list[WageMatch]] = defaultdict(list)
    for r in _records(result):
        k = _int(r.get("q_after_exit"))
        index[(str(r.get("person_id")), k)].append(
            WageMatch(
                type_of_match=_int(r.get("employed_code")),
                wages_cents=_int(r.get("wages_cents")),
                employer_id=str(r.get("employer_id") or ""),
                naics=str(r.get("naics") or ""),
            )
        )
    out.rows = dict(index)
    return out


def supplemental_facts() -> dict[tuple[int, Quarter], SupplementalFact]:
    """C5 facts by (seeker id, calendar quarter). When several documents cover a quarter, the greatest earnings."""
    try:
        from jobcenter.followup.selectors import supplemental_wage_facts
    except ImportError:
        return {}
    facts: dict[tuple[int, Quarter], SupplementalFact] = {}
    for f in supplemental_wage_facts():
        key = (int(f["seeker_id"]), Quarter(int(f["year"]), int(f["quarter"])))
        new = SupplementalFact(
            employed=bool(f.get("employed")),
            earnings_cents=f.get("earnings_cents"),
            employer_id=f.get("employer_fein") or "",
            naics=f.get("naics2") or "",
            onet_code=f.get("onet_code") or "",
        )
        old = facts.get(key)
        if (
            old is None
            or (new.employed and (new.earnings_cents or 0) > (old.earnings_cents or 0))
            or (new.employed and not old.employed)
        ):
            facts[key] = new
    return facts
