"""What the report page and the PDF show: formatted figures, negotiated levels and charts of a prepared report."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jobcenter.accounts.models import JobCenter
from jobcenter.core.presentation import format_date
from jobcenter.reporting import charts, constants, selectors
from jobcenter.reporting.indicators import INDICATORS
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.quarters import Quarter


def _dec(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def fmt_value(value, kind: str) -> str:
    """``57.6%`` / ``$7,584.00`` / ``No data``."""
    v = _dec(value)
    if v is None:
        return "No data"
    return f"${v:,.2f}" if kind == "median" else f"{v}%"


def _window(pair) -> str:
    from datetime import date

    first, last = (date.fromisoformat(d) for d in pair)
    return f"{format_date(first)} to {format_date(last)}"


@dataclass
class CenterFigure:
    code: str
    name: str
    numerator: int
    denominator: int
    value: str


@dataclass
class IndicatorView:
    key: str
    label: str
    kind: str
    numerator_label: str
    denominator_label: str
    numerator: int
    denominator: int
    value: str
    window: str
    level: str
    level_note: str
    level_citation: str
    trend_svg: str
    centers_svg: str
    centers: list[CenterFigure] = field(default_factory=list)


def report_view(report: QuarterlyReport) -> dict:
    """Everything the page and the PDF print for ``report``."""
    quarter = Quarter.parse(report.quarter)
    names = dict(JobCenter.objects.values_list("code", "name"))
    views = []
    for ind in INDICATORS:
        fig = report.figures["indicators"][ind.key]
        unit = "USD" if ind.kind == "median" else "percent"
        level = selectors.negotiated_level(ind.key, as_of=quarter.end)
        target = _dec(level.value) if level else None
        if level is None:
            level_text, note, citation = constants.NEGOTIATED_NONE, "", ""
        else:
            level_text = fmt_value(level.value, ind.kind)
            status = "unconfirmed" if level.status == "unconfirmed" else "confirmed"
            note = f"In force from {format_date(level.effective_from)}; {status}."
            if level.note:
                note += f" {level.note}"
            citation = level.citation
        trend = [(Quarter.parse(p["quarter"]).label, _dec(p["value"])) for p in report.figures["trend"][ind.key]]
        centers = [
            CenterFigure(code, names.get(code, code), f["numerator"], f["denominator"], fmt_value(f["value"], ind.kind))
            for code, f in sorted(report.figures["by_center"][ind.key].items(), key=lambda kv: names.get(kv[0], kv[0]))
        ]
        views.append(
            IndicatorView(
                key=ind.key,
                label=ind.label,
                kind=ind.kind,
                numerator_label=ind.numerator_label,
                denominator_label=ind.denominator_label,
                numerator=fig["numerator"],
                denominator=fig["denominator"],
                value=fmt_value(fig["value"], ind.kind),
                window=_window(fig["window"]),
                level=level_text,
                level_note=note,
                level_citation=citation,
                trend_svg=charts.trend_svg(
                    title=f"{ind.label}: trend by quarter", points=trend, unit=unit, target=target
                ),
                centers_svg=charts.bars_svg(
                    title=f"{ind.label}: by job center",
                    bars=[(c.name, _dec(report.figures["by_center"][ind.key][c.code]["value"])) for c in centers],
                    unit=unit,
                    target=target,
                ),
                centers=centers,
            )
        )
    ese = report.employer_measures
    activity = report.exchange_activity or {}
    return {
        "quarter": quarter,
        "exchange": {
            "state": activity.get("state"),
            "centers": [
                {"name": names.get(code, code), **counts}
                for code, counts in sorted(
                    activity.get("by_center", {}).items(), key=lambda kv: names.get(kv[0], kv[0])
                )
                if any(counts.values())
            ],
        },
        "indicators": views,
        "ese": {
            "window": _window(ese["window"]),
            "prior_window": _window(ese["prior_window"]),
            "repeat": ese["repeat_business_customers"],
            "repeat_value": fmt_value(ese["repeat_business_customers"]["value"], "rate"),
            "penetration": ese["employer_penetration"],
            "penetration_value": fmt_value(ese["employer_penetration"]["value"], "rate"),
        },
    }
