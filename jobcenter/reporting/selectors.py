"""Reads of the reporting app: prepared reports, negotiated levels, and the people behind a figure (scoped)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.http import Http404

from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.cases.models import Enrollment
from jobcenter.core.audit import audit_log
from jobcenter.core.parameters import ParameterError, param_entry
from jobcenter.employers.models import Employer
from jobcenter.reporting.indicators import BY_KEY
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.pirl.elements import NOT_YET_AVAILABLE_WAGES

PARTS = ("numerator", "denominator")
EMPLOYER_MEASURES = {"repeat_business_customers", "employer_penetration"}


def reports_list(*, user):
    """Prepared reports the user may read, newest quarter first."""
    return scoped(QuarterlyReport.objects.select_related("prepared_by"), user)


def report_get(*, user, pk: int) -> QuarterlyReport:
    """One report (404 when missing or outside the user's scope)."""
    return get_scoped_or_404(QuarterlyReport.objects.all(), user, pk=pk)


@dataclass(frozen=True)
class NegotiatedLevel:
    """A negotiated level with its provenance, for display beside the actual figure."""

    value: object
    status: str
    effective_from: dt.date
    note: str | None
    citation: str


def negotiated_level(indicator: str, *, as_of: dt.date) -> NegotiatedLevel | None:
    """The Wagner-Peyser negotiated level in force on ``as_of`` for the installation's state (None if none)."""
    name = f"reporting.negotiated.wp_{indicator}"
    try:
        entry = param_entry(name, as_of=as_of, state=settings.JOBCENTER_STATE)
    except ParameterError:
        return None
    from jobcenter.core.parameters import get_parameter

    refs = get_parameter(name).references
    return NegotiatedLevel(entry.value, entry.status, entry.effective_from, entry.note, refs[0]["title"])


@dataclass
class PeopleRow:
    """One period of participation behind a figure, as shown on the drill-down page."""

    enrollment: Enrollment
    outcome: dict

    @property
    def earnings_q2(self) -> str:
        """Earnings in the 2nd quarter after exit in plain words: ``$6,100.00``, ``$0.00`` or not yet available."""
        value = self.outcome.get("p1704") or ""
        if not value or value == NOT_YET_AVAILABLE_WAGES:
            return "Not yet available"
        return f"${Decimal(value):,.2f}"


def report_people(*, user, report: QuarterlyReport, indicator: str, part: str, center: str = ""):
    """Periods of participation behind ``part`` of ``indicator`` (optionally one job center), narrowed to the
    user's scope; returns (rows, hidden_count). Each look is audited."""
    if indicator not in BY_KEY or part not in PARTS:
        raise Http404("No such figure.")
    figures = report.figures.get("by_center", {}).get(indicator, {}).get(center) if center else None
    if center and figures is None:
        raise Http404("No such job center in this report.")
    figure = figures or report.figures["indicators"][indicator]
    ids = figure["members"][part]
    qs = scoped(Enrollment.objects.filter(pk__in=ids), user).select_related("seeker", "job_center")
    rows = [PeopleRow(e, report.outcomes.get(str(e.pk), {})) for e in qs.order_by("seeker__surname", "id")]
    audit_log(
        action="reporting.drilldown.viewed",
        actor=user,
        obj=report,
        data={"indicator": indicator, "part": part, "center": center, "shown": len(rows), "total": len(ids)},
    )
    return rows, len(ids) - len(rows)


def report_employers(*, user, report: QuarterlyReport, measure: str, part: str):
    """Employers behind an employer measure (employers are visible to staff statewide); audited."""
    if measure not in EMPLOYER_MEASURES or part not in PARTS:
        raise Http404("No such figure.")
    ids = report.employer_measures.get(measure, {}).get("members", {}).get(part, [])
    rows = list(scoped(Employer.objects.filter(pk__in=ids), user).order_by("legal_name"))
    audit_log(
        action="reporting.drilldown.viewed",
        actor=user,
        obj=report,
        data={"measure": measure, "part": part, "shown": len(rows), "total": len(ids)},
    )
    return rows, len(ids) - len(rows)
