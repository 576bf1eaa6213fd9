"""Staff pages of the supplemental wage follow-up: source documents, upload links, signed consent, the
printable form, and the data-collection supervisor's dashboard, reports and quarterly selection."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import get_scoped_or_404
from jobcenter.core import clock
from jobcenter.core.forms import submit_form
from jobcenter.followup import selectors, services
from jobcenter.followup.choices import DocumentStatus
from jobcenter.followup.models import SourceDocument
from jobcenter.followup.pdf import collection_form_pdf
from jobcenter.staff.views.followup import WORKERS, _form_page, get_case, require_any
from jobcenter.staff.views.followup_forms import ConsentForm, DocumentForm, LinkForm, ReviewForm, SelectForm


def _initial_fields(case) -> dict:
    """Prefill the document fields from the interview, with the coder's O*NET suggestion for the job title."""
    interview = getattr(case, "interview", None)
    if interview is None:
        return {}
    employed = interview.employed_in_reference
    return {
        "employed": "yes" if employed else "no",
        "onet_code": selectors.suggest_onet(interview.employment_type) if employed else "",
        "employer_fein": interview.employer_fein,
        "employer_name": interview.employer_name or ("Self Employed" if interview.self_employed else ""),
        "employer_city": interview.employer_city,
        "employer_state": interview.employer_state,
        "total_earnings": interview.quarterly_earnings,
    }


@capability_required("followup.interview")
def document_new(request, pk: int):
    """Record a source document the interviewer received, or the completed collection form, and accept it."""
    case = get_case(request, pk)
    form = DocumentForm(request.POST or None, request.FILES or None, initial=_initial_fields(case))

    def call(d):
        # Received and accepted together: a document the accept refuses is not left behind to review.
        with transaction.atomic():
            doc = services.document_receive(
                actor=request.user, case=case, kind=d["kind"], upload=d.get("file"), stub_count=d.get("stub_count")
            )
            services.document_accept(actor=request.user, document=doc, fields=form.fields_dict())

    if submit_form(request, form, call):
        messages.success(request, "Source document accepted. The case now counts for reporting.")
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(
        request, case, form, "Record the source document", intro=f"Reference quarter: {case.reference_quarter.label}."
    )


@capability_required("followup.interview")
def document_review(request, pk: int):
    """Accept a document that came through an upload link (with its fields), or reject it."""
    doc = get_scoped_or_404(SourceDocument.objects.select_related("case__seeker"), request.user, pk=pk)
    case = doc.case
    initial = {**_initial_fields(case), "stub_count": doc.stub_count, "decision": "accept"}
    form = ReviewForm(request.POST or None, initial=initial)

    def call(d):
        if d["decision"] == "reject":
            services.document_reject(actor=request.user, document=doc, note=d["note"])
        else:
            services.document_accept(actor=request.user, document=doc, fields=form.fields_dict())

    if doc.status == DocumentStatus.RECEIVED and submit_form(request, form, call):
        messages.success(request, "Document reviewed.")
        return redirect("staff:followup-case", pk=case.pk)
    return render(request, "staff/followup/review.html", {"case": case, "doc": doc, "form": form})


@capability_required("followup.interview")
def document_file(request, pk: int):
    """The stored file of a document (served through the storage API, never from a public URL)."""
    doc = get_scoped_or_404(SourceDocument.objects.all(), request.user, pk=pk)
    if not doc.file:
        from django.http import Http404

        raise Http404
    with doc.file.open("rb") as fh:
        body = fh.read()
    response = HttpResponse(body, content_type=doc.content_type or "application/octet-stream")
    response["Content-Disposition"] = f'inline; filename="document-{doc.pk}.{doc.file.name.rsplit(".", 1)[-1]}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@capability_required("followup.interview")
def link_new(request, pk: int):
    """Create a one-time upload link; the page shows it once to send by email, text or mail."""
    case = get_case(request, pk)
    form = LinkForm(request.POST or None)
    made = {}

    def call(d):
        made["link"], made["token"] = services.upload_link_create(actor=request.user, case=case, **d)

    if submit_form(request, form, call):
        url = request.build_absolute_uri(reverse("portal:followup-upload", args=[made["token"]]))
        return render(request, "staff/followup/link.html", {"case": case, "link": made["link"], "url": url})
    return _form_page(request, case, form, "Send an upload link")


@capability_required("followup.interview")
def consent(request, pk: int):
    """Put the participant's signed consent to contact the employer on file."""
    case = get_case(request, pk)
    form = ConsentForm(request.POST or None, request.FILES or None)
    if submit_form(request, form, lambda d: services.consent_record(actor=request.user, case=case, **d)):
        messages.success(request, "Signed consent on file.")
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(request, case, form, "Signed consent to contact the employer")


def form_pdf(request, pk: int):
    """The printable mail-in collection form for this case."""
    case = get_case(request, pk)
    response = HttpResponse(collection_form_pdf(case), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="wage-followup-form-{case.pk}.pdf"'
    return response


@capability_required("followup.supervise")
def dashboard(request):
    """The data-collection supervisor's dashboard: cases by state, overdue cases, response rate."""
    data = selectors.dashboard(user=request.user, as_of=clock.today())
    return render(request, "staff/followup/dashboard.html", {"data": data, "form": SelectForm()})


def reports(request):
    """Response rate, attempts per case, outcomes and indicator records completed by supplemental data."""
    require_any(request.user, "followup.supervise", "reports.view")
    return render(request, "staff/followup/reports.html", {"r": selectors.report(user=request.user)})


@capability_required("followup.supervise")
def select_run(request):
    """Run the quarter's selection after the wage match (also `jobcenter followup select`)."""
    from jobcenter.followup.selection import followup_select

    form = SelectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = followup_select(interview_quarter=form.cleaned_data["quarter"], actor=request.user)
        except (ImportError, ValidationError, OSError) as exc:
            messages.error(request, f"The wage match could not run: {exc}")
        else:
            messages.success(
                request,
                f"{result.interview_quarter.label}: {len(result.created)} selected, {result.direct_matches} with a "
                f"direct wage match, {len(result.closed)} closed by a direct match.",
            )
    elif request.method == "POST":
        messages.error(request, "Nothing was selected: choose the interview quarter from the list.")
    return redirect("staff:followup-dashboard")


__all__ = ["WORKERS"]
