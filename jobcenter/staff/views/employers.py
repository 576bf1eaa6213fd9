"""Staff pages for employers: search, detail, staff-assisted registration, CSU verification queue, worksites,
contacts, and the discontinuation-of-services cases of the State Monitor Advocate (20 CFR 658.501-504).

Views collect input and show results; ``jobcenter.employers.services`` decides.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.models import JobCenter
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core.audit import audit_trail
from jobcenter.core.forms import submit_form
from jobcenter.employers import constants, forms, selectors, services
from jobcenter.employers.choices import EmployerStatus
from jobcenter.employers.models import DiscontinuationCase, Employer, ReinstatementRequest
from jobcenter.employers.notice import notice_pdf


def _employer(request, pk: int) -> Employer:
    return get_scoped_or_404(Employer.objects.select_related("job_center"), request.user, pk=pk)


def _case(request, pk: int) -> DiscontinuationCase:
    return get_scoped_or_404(DiscontinuationCase.objects.select_related("employer"), request.user, pk=pk)


def _back(request, pk: int):
    """Back to the page the action came from (the CSU queue) if it is ours, else the employer."""
    nxt = request.POST.get("next", "")
    if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        return redirect(nxt)
    return redirect("staff:employer-detail", pk=pk)


def _can_refer(user) -> bool:
    return user_can(user, "employers.edit") or user_can(user, "employers.discontinue")


@capability_required("employers.view")
def employer_list(request):
    """Statewide employer search (employers are not personal data)."""
    q = request.GET.get("q", "")
    status = request.GET.get("status", "")
    if status not in EmployerStatus.values:
        status = ""
    page = Paginator(selectors.employer_search(user=request.user, q=q, status=status), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "staff/employers/list.html",
        {
            "page": page,
            "q": q,
            "status": status,
            "statuses": EmployerStatus.choices,
            "can_register": user_can(request.user, "employers.register"),
            "can_verify": user_can(request.user, "employers.verify"),
            "is_sma": user_can(request.user, "employers.discontinue"),
        },
    )


@capability_required("employers.view")
def employer_suggest(request):
    """htmx: <option>s of at most ten employers matching what was typed in an employer box (name, DBA, FEIN or
    city), in the user's scope; confidential employers are marked (staff may see them, applicants never)."""
    typed = next((v for v in request.GET.values() if v.strip()), "")[:100]
    rows = selectors.employer_suggestions(user=request.user, q=typed)
    return render(
        request,
        "includes/employer_options.html",
        {"options": [(selectors.employer_pick_label(e), e) for e in rows]},
    )


@capability_required("employers.view")
def employer_detail(request, pk: int):
    """Status, worksites, contacts, users, terms acceptance, discontinuation history, audit trail."""
    employer = _employer(request, pk)
    user = request.user
    return render(
        request,
        "staff/employers/detail.html",
        {
            "e": employer,
            "worksites": employer.worksites.filter(is_active=True),
            "contacts": employer.contacts.all(),
            "memberships": selectors.memberships_for(employer=employer, user=user),
            "acceptances": selectors.terms_acceptances_for(employer=employer, user=user),
            "current_terms": selectors.terms_current(),
            "has_current_terms": selectors.employer_has_accepted_current_terms(employer),
            "cases": scoped(employer.discontinuation_cases.all(), user),
            "trail": audit_trail(employer)[:50],
            "notes": scoped(employer.case_notes.select_related("job_order"), user)[:20],
            "can_see_case": user_can(user, "cases.view"),
            "can_verify": user_can(user, "employers.verify") and employer.status == EmployerStatus.PENDING_VERIFICATION,
            "can_edit": user_can(user, "employers.edit"),
            "can_refer": _can_refer(user) and employer.status == EmployerStatus.ACTIVE,
            "deny_form": forms.DenyForm(),
            "job_centers": JobCenter.objects.all(),
        },
    )


@require_http_methods(["GET", "POST"])
@capability_required("employers.register")
def employer_register(request):
    """Staff-assisted registration: pending verification, CSU notified."""
    form = forms.StaffRegisterEmployerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        attests = data.pop("attests_open_position")
        try:
            employer = services.employer_register(actor=request.user, attests_open_position=attests, **data)
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(
                request, f"{employer.legal_name} is registered and pending verification; CSU has been notified."
            )
            return redirect("staff:employer-detail", pk=employer.pk)
    return render(request, "staff/employers/register.html", {"form": form})


@require_http_methods(["GET", "POST"])
@capability_required("employers.edit")
def employer_edit(request, pk: int):
    """Edit the company profile (status changes only through verification and discontinuation)."""
    employer = _employer(request, pk)
    form = forms.StaffCompanyForm(request.POST or None, instance=employer)
    if submit_form(request, form, lambda data: services.employer_update(employer=employer, actor=request.user, **data)):
        messages.success(request, "Employer profile saved.")
        return redirect("staff:employer-detail", pk=pk)
    return render(request, "staff/employers/simple_form.html", {"form": form, "e": employer, "title": "Edit employer"})


@capability_required("employers.verify")
def verification_queue(request):
    """CSU queue: pending employers, oldest first, age in hours against the 48-hour target."""
    rows = selectors.verification_queue(user=request.user)
    return render(
        request,
        "staff/employers/verification_queue.html",
        {
            "rows": rows,
            "target": rows[0].target_hours if rows else None,
            "deny_form": forms.DenyForm(),
            "job_centers": JobCenter.objects.all(),
        },
    )


@require_POST
@capability_required("employers.verify")
def employer_verify(request, pk: int):
    """CSU verifies the employer and confirms (or changes) its serving job center."""
    employer = _employer(request, pk)
    chosen = request.POST.get("job_center", "")
    job_center = JobCenter.objects.filter(pk=chosen).first() if chosen.isdigit() else None
    if job_center is None and employer.job_center is None:
        messages.error(request, constants.JOB_CENTER_REQUIRED)
        return _back(request, pk)
    try:
        services.employer_verify(employer=employer, actor=request.user, job_center=job_center)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            f"{employer.legal_name} is verified and served by {employer.job_center}; its job orders can go online.",
        )
    return _back(request, pk)


@require_POST
@capability_required("employers.verify")
def employer_deny(request, pk: int):
    """CSU could not verify the employer."""
    employer = _employer(request, pk)
    try:
        services.employer_deny(employer=employer, actor=request.user, reason=request.POST.get("reason", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{employer.legal_name} was denied.")
    return _back(request, pk)


@require_http_methods(["GET", "POST"])
@capability_required("employers.edit")
def worksite_add(request, pk: int):
    """Add a worksite to an employer."""
    employer = _employer(request, pk)
    form = forms.WorksiteForm(request.POST or None)
    if submit_form(request, form, lambda data: services.worksite_create(employer=employer, actor=request.user, **data)):
        messages.success(request, "Worksite added.")
        return redirect("staff:employer-detail", pk=pk)
    return render(request, "staff/employers/simple_form.html", {"form": form, "e": employer, "title": "Add a worksite"})


@require_http_methods(["GET", "POST"])
@capability_required("employers.edit")
def contact_add(request, pk: int):
    """Add a contact person to an employer."""
    employer = _employer(request, pk)
    form = forms.ContactForm(request.POST or None)
    if submit_form(request, form, lambda data: services.contact_create(employer=employer, actor=request.user, **data)):
        messages.success(request, "Contact added.")
        return redirect("staff:employer-detail", pk=pk)
    return render(request, "staff/employers/simple_form.html", {"form": form, "e": employer, "title": "Add a contact"})


@require_http_methods(["GET", "POST"])
@capability_required("employers.edit")
def worksite_edit(request, pk: int, site: int):
    """Change a worksite's name or address."""
    employer = _employer(request, pk)
    worksite = get_object_or_404(employer.worksites.filter(is_active=True), pk=site)
    form = forms.WorksiteForm(request.POST or None, instance=worksite)
    if submit_form(request, form, lambda data: services.worksite_update(worksite=worksite, actor=request.user, **data)):
        messages.success(request, "Worksite saved.")
        return redirect("staff:employer-detail", pk=pk)
    return render(request, "staff/employers/simple_form.html", {"form": form, "e": employer, "title": "Edit worksite"})


@require_POST
@capability_required("employers.edit")
def worksite_remove(request, pk: int, site: int):
    """Take a worksite off the employer's list."""
    employer = _employer(request, pk)
    worksite = get_object_or_404(employer.worksites.filter(is_active=True), pk=site)
    services.worksite_remove(worksite=worksite, actor=request.user)
    messages.success(request, constants.WORKSITE_REMOVED)
    return redirect("staff:employer-detail", pk=pk)


@require_http_methods(["GET", "POST"])
@capability_required("employers.edit")
def contact_edit(request, pk: int, contact: int):
    """Change a contact person's details."""
    employer = _employer(request, pk)
    row = get_object_or_404(employer.contacts.all(), pk=contact)
    form = forms.ContactForm(request.POST or None, instance=row)
    if submit_form(request, form, lambda data: services.contact_update(contact=row, actor=request.user, **data)):
        messages.success(request, "Contact saved.")
        return redirect("staff:employer-detail", pk=pk)
    return render(request, "staff/employers/simple_form.html", {"form": form, "e": employer, "title": "Edit contact"})


@require_POST
@capability_required("employers.edit")
def contact_remove(request, pk: int, contact: int):
    """Remove a contact person."""
    employer = _employer(request, pk)
    row = get_object_or_404(employer.contacts.all(), pk=contact)
    services.contact_remove(contact=row, actor=request.user)
    messages.success(request, constants.CONTACT_REMOVED)
    return redirect("staff:employer-detail", pk=pk)


# --- discontinuation of services -------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@capability_required("employers.view")
def discontinuation_initiate(request, pk: int):
    """Staff, supervisors or the SMA refer an employer to the State Monitor Advocate."""
    if not _can_refer(request.user):
        raise PermissionDenied("Your role cannot refer employers for discontinuation.")
    employer = _employer(request, pk)
    form = forms.InitiateDiscontinuationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case = services.discontinuation_initiate(employer=employer, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, "Referred to the State Monitor Advocate.")
            return redirect("staff:discontinuation-detail", pk=case.pk)
    return render(
        request,
        "staff/employers/simple_form.html",
        {"form": form, "e": employer, "title": "Refer for discontinuation of services"},
    )


@capability_required("employers.discontinue")
def discontinuation_list(request):
    """SMA queue: open cases oldest first, pending reinstatement requests, then closed cases."""
    user = request.user
    return render(
        request,
        "staff/employers/discontinuation_list.html",
        {
            "open_cases": selectors.discontinuation_cases(user=user, open_only=True),
            "reinstatements": selectors.pending_reinstatements(user=user),
            "all_cases": selectors.discontinuation_cases(user=user)[:100],
        },
    )


@capability_required("employers.view")
def discontinuation_detail(request, pk: int):
    """A case: reasons, notice, response, decision, reinstatement requests; SMA actions."""
    case = _case(request, pk)
    is_sma = user_can(request.user, "employers.discontinue")
    return render(
        request,
        "staff/employers/discontinuation_detail.html",
        {
            "case": case,
            "e": case.employer,
            "is_sma": is_sma,
            "can_record_reinstatement": _can_refer(request.user),
            "requests": scoped(case.reinstatement_requests.all(), request.user),
            "response_form": forms.ResponseForm(),
            "decision_form": forms.DecisionForm(),
            "reinstatement_form": forms.ReinstatementRequestForm(),
            "reinstatement_decision_form": forms.ReinstatementDecisionForm(),
        },
    )


@capability_required("employers.view")
def discontinuation_notice(request, pk: int):
    """The written notice of intent (PDF, generated on demand from the case)."""
    case = _case(request, pk)
    if case.notice_date is None:
        raise Http404("No notice has been issued for this case yet.")
    response = HttpResponse(notice_pdf(case), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="notice-of-intent-{case.pk}.pdf"'
    return response


def _run(request, pk: int, fn, success: str):
    try:
        fn()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)
    return redirect("staff:discontinuation-detail", pk=pk)


@require_POST
@capability_required("employers.discontinue")
def discontinuation_issue_notice(request, pk: int):
    """SMA issues the written notice of intent."""
    case = _case(request, pk)
    return _run(
        request,
        pk,
        lambda: services.discontinuation_issue_notice(case=case, actor=request.user),
        "Notice of intent issued; the employer has 20 working days to respond.",
    )


@require_POST
@capability_required("employers.discontinue")
def discontinuation_response(request, pk: int):
    """SMA records the employer's response."""
    case = _case(request, pk)
    form = forms.ResponseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Enter the employer's response (and a valid date, if given).")
        return redirect("staff:discontinuation-detail", pk=pk)
    return _run(
        request,
        pk,
        lambda: services.discontinuation_record_response(case=case, actor=request.user, **form.cleaned_data),
        "Response recorded.",
    )


@require_POST
@capability_required("employers.discontinue")
def discontinuation_decide(request, pk: int):
    """SMA decides: discontinue or withdraw."""
    case = _case(request, pk)
    decision, notes = request.POST.get("decision", ""), request.POST.get("notes", "")
    return _run(
        request,
        pk,
        lambda: services.discontinuation_decide(case=case, actor=request.user, decision=decision, notes=notes),
        "Decision recorded.",
    )


@require_POST
@capability_required("employers.view")
def reinstatement_request(request, pk: int):
    """Record the employer's written reinstatement request (decision due in 20 working days)."""
    if not _can_refer(request.user):
        raise PermissionDenied("Your role cannot record reinstatement requests.")
    case = _case(request, pk)
    form = forms.ReinstatementRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Enter a valid date.")
        return redirect("staff:discontinuation-detail", pk=pk)
    return _run(
        request,
        pk,
        lambda: services.reinstatement_request_record(case=case, actor=request.user, **form.cleaned_data),
        "Reinstatement request recorded; the State Monitor Advocate has been notified.",
    )


@require_POST
@capability_required("employers.discontinue")
def reinstatement_decide(request, pk: int):
    """SMA grants or refuses a reinstatement request."""
    req = get_scoped_or_404(ReinstatementRequest.objects.select_related("case"), request.user, pk=pk)
    grant = request.POST.get("grant") == "yes"
    notes = request.POST.get("notes", "")
    return _run(
        request,
        req.case_id,
        lambda: services.reinstatement_decide(request=req, actor=request.user, grant=grant, notes=notes),
        "Services reinstated." if grant else "Reinstatement refused.",
    )
