"""Wagner-Peyser indicators of the quarterly report, per PIRL record, so every figure can be traced to people.

For each indicator a record is in the denominator, the numerator, or neither; the report stores the periods of
participation behind each so analysts can drill down. Definitions (federal-specs 2 and 2.3; TEGL 10-16 Change 3;
20 CFR 677.155):

* Cohorts (rolling four quarters, report quarter ending E): ER Q2 and median Q2 use exits in the four quarters
  ending E - 12 months; ER Q4 and retention with the same employer use exits in the four quarters ending
  E - 18 months.
* Wagner-Peyser participants only (PIRL 918 = 1). Exits for the 923 reasons of Attachment II Tables A and C
  that apply to Wagner-Peyser (01-04, 07) are left out of numerator and denominator.
* Records whose outcome is not yet available (1602/1606 = 9) are left out until the data arrive.
* Median earnings Q2: exiters employed in Q2 with 0 < 1704 < 999999.99; the median of an even count is the mean
  of the two middle values.
* Retention with the same employer: denominator = employed in Q2 with Q4 known; numerator = 1618 = 1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from jobcenter.reporting.pirl.elements import NOT_YET_AVAILABLE_WAGES
from jobcenter.reporting.quarters import Quarter, Window, rolling_window

EXCLUDED_923 = frozenset({"01", "02", "03", "04", "07"})
EMPLOYED = frozenset({"1", "2", "3"})
CITATION = "20 CFR 677.155; TEGL 10-16 Change 3 (Attachment II); federal-specs 2 and 2.3"


@dataclass(frozen=True)
class Indicator:
    """One indicator of the report."""

    key: str
    label: str
    kind: str  # "rate" or "median"
    lag_quarters: int
    numerator_label: str
    denominator_label: str


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "employment_rate_q2",
        "Employment rate, 2nd quarter after exit",
        "rate",
        4,
        "Employed in the 2nd quarter after exit",
        "Exiters in the cohort",
    ),
    Indicator(
        "employment_rate_q4",
        "Employment rate, 4th quarter after exit",
        "rate",
        6,
        "Employed in the 4th quarter after exit",
        "Exiters in the cohort",
    ),
    Indicator(
        "median_earnings_q2",
        "Median earnings, 2nd quarter after exit",
        "median",
        4,
        "Median quarterly earnings",
        "Exiters employed with earnings",
    ),
    Indicator(
        "retention_with_same_employer",
        "Retention with the same employer (2nd and 4th quarters)",
        "rate",
        6,
        "Same employer in the 2nd and 4th quarters",
        "Exiters employed in the 2nd quarter",
    ),
)
BY_KEY = {i.key: i for i in INDICATORS}


def _exit(row: dict) -> dt.date | None:
    value = row.get("p901", "")
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date() if value else None
    except ValueError:
        return None


def _wages(row: dict, column: str) -> Decimal | None:
    try:
        value = Decimal(row.get(column) or "")
    except ArithmeticError:
        return None
    return value if Decimal(0) < value < Decimal(NOT_YET_AVAILABLE_WAGES) else None


def _in_cohort(row: dict, window: Window) -> bool:
    return row.get("p918") == "1" and _exit(row) in window and row.get("p923", "").zfill(2) not in EXCLUDED_923


def classify(indicator: Indicator, row: dict, window: Window) -> tuple[bool, bool, Decimal | None]:
    """(in denominator, in numerator, earnings for the median) of one record for ``indicator``."""
    if not _in_cohort(row, window):
        return False, False, None
    q2, q4 = row.get("p1602", ""), row.get("p1606", "")
    if indicator.key == "employment_rate_q2":
        return (q2 in EMPLOYED | {"0"}), q2 in EMPLOYED, None
    if indicator.key == "employment_rate_q4":
        return (q4 in EMPLOYED | {"0"}), q4 in EMPLOYED, None
    if indicator.key == "median_earnings_q2":
        earnings = _wages(row, "p1704") if q2 in EMPLOYED else None
        return earnings is not None, earnings is not None, earnings
    if indicator.key == "retention_with_same_employer":
        den = q2 in EMPLOYED and q4 in EMPLOYED | {"0"}
        return den, den and row.get("p1618") == "1", None
    raise KeyError(indicator.key)


def median(values: list[Decimal]) -> Decimal | None:
    """Middle value; mean of the two middle values for an even count (cents, half up)."""
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    m = s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
    return m.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def rate(numerator: int, denominator: int, *, places: int = 1) -> Decimal | None:
    """Percentage with ``places`` decimals (half up), or None for an empty denominator."""
    if not denominator:
        return None
    return (Decimal(100) * numerator / denominator).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def compute(rows: list[dict], indicator: Indicator, report: Quarter) -> dict:
    """Figure of one indicator for ``report`` with the periods (``_enrollment_id``) behind it."""
    window = rolling_window(report, lag_quarters=indicator.lag_quarters)
    den_ids, num_ids, earnings = [], [], []
    for row in rows:
        in_den, in_num, value = classify(indicator, row, window)
        if in_den:
            den_ids.append(row["_enrollment_id"])
        if in_num:
            num_ids.append(row["_enrollment_id"])
        if value is not None:
            earnings.append(value)
    figure = {
        "key": indicator.key,
        "window": [window.first.isoformat(), window.last.isoformat()],
        "denominator": len(den_ids),
        "numerator": len(num_ids),
        "members": {"denominator": den_ids, "numerator": num_ids},
    }
    if indicator.kind == "median":
        m = median(earnings)
        figure["value"] = str(m) if m is not None else None
    else:
        r = rate(len(num_ids), len(den_ids))
        figure["value"] = str(r) if r is not None else None
    return figure


def compute_all(rows: list[dict], report: Quarter, *, trend_quarters: int = 5) -> dict:
    """Figures for the report quarter, the trend (previous quarters) and per job center."""
    out: dict = {"indicators": {}, "trend": {}, "by_center": {}}
    centers = sorted({r.get("job_center", "") for r in rows if r.get("job_center")})
    for ind in INDICATORS:
        out["indicators"][ind.key] = compute(rows, ind, report)
        out["trend"][ind.key] = [
            {"quarter": str(q), **_without_members(compute(rows, ind, q))}
            for q in (report - n for n in range(trend_quarters - 1, -1, -1))
        ]
        out["by_center"][ind.key] = {
            c: compute([r for r in rows if r.get("job_center") == c], ind, report) for c in centers
        }
    return out


def _without_members(figure: dict) -> dict:
    return {k: v for k, v in figure.items() if k != "members"}
