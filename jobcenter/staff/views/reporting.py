"""Staff pages of the quarterly performance report (analysts, supervisors): thin views over
``jobcenter.reporting`` selectors and services; figures are computed in a background job."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.models import JobCenter
from jobcenter.accounts.roles import user_can
from jobcenter.core import clock
from jobcenter.core.forms import style_form
from jobcenter.core.jobs import job_start
from jobcenter.core.models import BackgroundJob
from jobcenter.reporting import constants, selectors
from jobcenter.reporting.indicators import BY_KEY
from jobcenter.reporting.pdf import report_pdf as build_pdf
from jobcenter.reporting.presentation import report_view
from jobcenter.reporting.quarters import Quarter

JOB_KIND = "reporting.quarterly_report"
PART_LABELS = {"numerator": "Numerator", "denominator": "Denominator"}
MEASURE_LABELS = {
    "repeat_business_customers": "Repeat business customers",
    "employer_penetration": "Employer penetration",
}


def _quarter_choices():
    last = Quarter.of(clock.today()) - 1
    return [(str(q), q.label) for q in (last - n for n in range(8))]


class PrepareForm(forms.Form):
    """Which quarter to report."""

    quarter = forms.ChoiceField(label="Report quarter")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = _quarter_choices()


@capability_required("reports.view")
def report_list(request):
    """Prepared reports and the form to prepare one."""
    form = style_form(PrepareForm())
    return render(
        request, "staff/reporting/list.html", {"reports": selectors.reports_list(user=request.user)[:40], "form": form}
    )


@require_POST
@capability_required("reports.view")
def report_prepare(request):
    """Start preparing a report in the background and show its progress."""
    form = PrepareForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "staff/reporting/list.html",
            {"reports": selectors.reports_list(user=request.user)[:40], "form": style_form(form)},
            status=400,
        )
    row = job_start(
        kind=JOB_KIND, params={"quarter": form.cleaned_data["quarter"], "user_id": request.user.pk}, actor=request.user
    )
    return redirect("staff:report-progress", job_pk=row.pk)


@capability_required("reports.view")
def report_progress(request, job_pk: int):
    """Progress of the user's report job; once it succeeded, a link to the report."""
    job = get_object_or_404(BackgroundJob, pk=job_pk, kind=JOB_KIND)
    if job.created_by_id != request.user.pk:
        raise PermissionDenied("This report was started by someone else.")
    report_id = (job.result or {}).get("report_id") if job.status == BackgroundJob.Status.SUCCEEDED else None
    template = "staff/reporting/_progress.html" if request.htmx else "staff/reporting/progress.html"
    return render(request, template, {"job": job, "report_id": report_id})


@capability_required("reports.view")
def report_detail(request, pk: int):
    """The report: indicators with numerator, denominator, rate, negotiated level, charts, employer measures."""
    report = selectors.report_get(user=request.user, pk=pk)
    return render(request, "staff/reporting/detail.html", {"report": report, **report_view(report)})


@capability_required("reports.view")
def report_pdf(request, pk: int):
    """The same report as a PDF."""
    report = selectors.report_get(user=request.user, pk=pk)
    response = HttpResponse(build_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="performance-report-{report.quarter}.pdf"'
    return response


@capability_required("reports.view")
def report_people(request, pk: int, indicator: str, part: str):
    """The periods of participation behind a numerator or denominator (scoped, audited)."""
    report = selectors.report_get(user=request.user, pk=pk)
    center = (request.GET.get("center") or "")[:20]
    rows, hidden = selectors.report_people(
        user=request.user, report=report, indicator=indicator, part=part, center=center
    )
    center_name = JobCenter.objects.filter(code=center).values_list("name", flat=True).first() if center else ""
    ind = BY_KEY[indicator]
    return render(
        request,
        "staff/reporting/people.html",
        {
            "report": report,
            "indicator": ind,
            "part_label": ind.numerator_label if part == "numerator" else ind.denominator_label,
            "part": PART_LABELS[part],
            "rows": rows,
            "hidden_note": constants.DRILL_OUTSIDE_SCOPE.format(count=hidden) if hidden else "",
            "center_name": center_name,
            "quarter": Quarter.parse(report.quarter),
        },
    )


@capability_required("reports.view")
def report_employers(request, pk: int, measure: str, part: str):
    """The employers behind an employer measure (audited)."""
    report = selectors.report_get(user=request.user, pk=pk)
    if measure not in MEASURE_LABELS:
        raise Http404("No such measure.")
    rows, hidden = selectors.report_employers(user=request.user, report=report, measure=measure, part=part)
    return render(
        request,
        "staff/reporting/employers.html",
        {
            "report": report,
            "measure": MEASURE_LABELS[measure],
            "part": PART_LABELS[part],
            "rows": rows,
            "hidden_note": constants.DRILL_OUTSIDE_SCOPE.format(count=hidden) if hidden else "",
            "quarter": Quarter.parse(report.quarter),
            # The employer's case page needs both (staff.views.cases.employer_case): a name, not a link to a refusal.
            "can_open_employer": user_can(request.user, "cases.view") and user_can(request.user, "employers.view"),
        },
    )
