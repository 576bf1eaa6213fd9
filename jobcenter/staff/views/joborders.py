"""Staff pages for job orders: list, entry form (with the screening check beside each field), detail with the
allowed transitions, overdue-entry report, labor disputes, suspected-violation queue, fraud queue and
self-employment postings. Views collect input and show what services decide."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.models import JobCenter
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core import clock
from jobcenter.core.audit import audit_trail
from jobcenter.employers.models import Employer
from jobcenter.joborders import constants, selectors, services
from jobcenter.joborders.choices import JobOrderStatus, ScreeningDecision, VisaProgram
from jobcenter.joborders.constants import EDIT_NOT_ALLOWED, NOT_HOLDING_CENTER, SELF_EMPLOYMENT_NOTICE
from jobcenter.joborders.forms import (
    DisputeEndForm,
    DisputeReportForm,
    DisputeVerifyForm,
    FraudCloseForm,
    FraudReportForm,
    InitialsForm,
    QuestionForm,
    SelfEmploymentForm,
    StaffJobOrderForm,
    ViolationCloseForm,
)
from jobcenter.joborders.models import (
    FraudInvestigation,
    JobOrder,
    LaborDispute,
    SelfEmploymentPosting,
    ViolationCase,
)
from jobcenter.joborders.pdf import violation_referral_letter
from jobcenter.joborders.selectors import employer_end_summary, user_holds_order


def field_rows(form, findings: list[dict]) -> tuple[list[tuple], list[dict]]:
    """Pair each visible field with the screening findings about it; findings about no field come back apart."""
    grouped = services.findings_by_field(findings or [])
    rows = [(f, grouped.pop(f.name, [])) for f in form.visible_fields()]
    general = [x for rest in grouped.values() for x in rest]
    return rows, general


def decision_label(decision: str) -> str:
    """Human label of a screening decision code."""
    return ScreeningDecision(decision).label if decision in ScreeningDecision.values else decision


def preview_screening(form, *, employer, received_at) -> tuple[dict | None, str]:
    """Run the screening engine on the unsaved form (the "Check" button). Returns (result, error)."""
    order = form.save(commit=False)
    order.employer = employer
    order.received_at = received_at or clock.now()
    order.job_center_id = order.job_center_id or None
    order.special_categories = form.cleaned_data.get("special_categories") or []
    order.hiring_requirements = form.cleaned_data.get("hiring_requirements") or []
    try:
        return services.screen_data(services.job_order_screening_input(order), as_of=clock.today()), ""
    except ValidationError as exc:
        form.add_service_errors(exc)
        return None, ""
    except ImportError:
        return None, "The screening engine is not installed yet."


def _employers(user):
    return scoped(Employer.objects.all(), user)


# --- job orders -----------------------------------------------------------------------------------------------


VISA_SHORT = {VisaProgram.H2A: "H-2A", VisaProgram.H2B: "H-2B"}


@capability_required("joborders.view")
def joborder_list(request):
    """Job orders with filters: status, job center, visa program (H-2A/H-2B), overdue."""
    status = request.GET.get("status", "")
    center = request.GET.get("job_center", "")
    overdue = request.GET.get("overdue") == "1"
    visa = request.GET.get("visa_program", "")
    visa = visa if visa in (VisaProgram.H2A, VisaProgram.H2B) else ""
    centers = JobCenter.objects.all()
    job_center = centers.filter(pk=center).first() if center.isdigit() else None
    orders = selectors.job_order_list(
        user=request.user,
        status=status,
        job_center=job_center,
        overdue=overdue,
        q=request.GET.get("q", ""),
        visa_program=visa,
    )[:300]
    # Orders found because their text names the program (visa field empty): say so on the row.
    text_named = selectors.orders_naming_visa_program(visa) if visa else set()
    return render(
        request,
        "staff/joborders/list.html",
        {
            "orders": orders,
            "statuses": JobOrderStatus.choices,
            "centers": centers,
            "visa_programs": [(v, lbl) for v, lbl in VisaProgram.choices if v != VisaProgram.NONE],
            "text_named": text_named,
            "text_named_tag": f"{VISA_SHORT.get(visa, '')} named in the order text",
            "filters": {
                "status": status,
                "job_center": center,
                "overdue": overdue,
                "q": request.GET.get("q", ""),
                "visa_program": visa,
            },
            "now": clock.now(),
            "can_edit": user_can(request.user, "joborders.edit"),
        },
    )


def _form_page(request, form, *, order=None, findings=None, notices=None, decision="", engine_error=""):
    rows, general = field_rows(form, findings or [])
    return render(
        request,
        "staff/joborders/form.html",
        {
            "form": form,
            "order": order,
            "rows": rows,
            "general_findings": general,
            "notices": notices or [],
            "decision": decision,
            "decision_label": decision_label(decision),
            "engine_error": engine_error,
        },
    )


@capability_required("joborders.edit")
def joborder_new(request):
    """Enter a job order. "Save draft" stores it; "Submit" stores it and runs screening."""
    employers = _employers(request.user)
    initial = {}
    if request.GET.get("employer", "").isdigit():
        initial["employer"] = request.GET["employer"]
    form = StaffJobOrderForm(request.POST or None, employers=employers, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        # Orders belong to the entering job center (chosen on the form, the staff member's by default);
        # statewide staff (e.g. the FLC coordinator) enter them for the job center that serves the employer.
        job_center = (
            form.cleaned_data.get("job_center") or request.user.job_center or form.cleaned_data["employer"].job_center
        )
        if job_center is None:
            form.add_error("job_center", "Choose the job center entering this order.")
            return _form_page(request, form)
        try:
            order = services.job_order_create(
                actor=request.user,
                employer=form.cleaned_data["employer"],
                job_center=job_center,
                received_at=form.cleaned_data["received_at"],
                **form.service_fields(),
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
            return _form_page(request, form)
        if request.POST.get("action") == "submit":
            return _submit(request, order)
        messages.success(request, f"Draft {order.number} saved.")
        return redirect("staff:joborder-detail", order.pk)
    return _form_page(request, form)


def _submit(request, order):
    try:
        outcome = services.job_order_submit(order=order, actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("staff:joborder-edit", order.pk)
    except ImportError:
        messages.error(request, "The screening engine is not installed yet; the order stays a draft.")
        return redirect("staff:joborder-detail", order.pk)
    order = JobOrder.objects.get(pk=order.pk)
    if order.status == JobOrderStatus.DRAFT:
        messages.warning(request, outcome.message)
        return redirect("staff:joborder-edit", order.pk)
    messages.info(request, outcome.message)
    return redirect("staff:joborder-detail", order.pk)


@require_POST
@capability_required("staff.workspace", "joborders.screen")
def joborder_check(request):
    """htmx: run the screening engine on the form as it is and re-render the fields with findings beside them."""
    form = StaffJobOrderForm(request.POST, employers=_employers(request.user))
    result, error = (None, "")
    if form.is_valid():
        result, error = preview_screening(
            form, employer=form.cleaned_data["employer"], received_at=form.cleaned_data["received_at"]
        )
    rows, general = field_rows(form, (result or {}).get("findings", []))
    return render(
        request,
        "staff/joborders/_fields.html",
        {
            "form": form,
            "rows": rows,
            "general_findings": general,
            "notices": (result or {}).get("notices", []),
            "decision": (result or {}).get("decision", ""),
            "decision_label": decision_label((result or {}).get("decision", "")),
            "engine_error": error,
            "checked": True,
        },
    )


@capability_required("joborders.edit")
def joborder_edit(request, pk: int):
    """Change a draft order (e.g. after screening returned it for fixes) and submit it again."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    if not user_holds_order(request.user, order):
        raise PermissionDenied(NOT_HOLDING_CENTER.format(job_center=order.job_center.name))
    if order.status not in (JobOrderStatus.DRAFT, *services.EDITABLE_AFTER_ENTRY):
        messages.error(request, EDIT_NOT_ALLOWED.format(status=order.get_status_display().lower()))
        return redirect("staff:joborder-detail", order.pk)
    last = order.screenings.first()
    form = StaffJobOrderForm(
        request.POST or None,
        instance=order,
        employers=_employers(request.user).filter(pk=order.employer_id),
        initial={"employer": order.employer_id, "received_at": order.received_at.astimezone(clock.local_tz())},
    )
    form.fields["employer"].disabled = True
    form.fields["received_at"].disabled = True
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        order = JobOrder.objects.get(pk=order.pk)
        if order.status != JobOrderStatus.DRAFT:
            # An entered order: versioned, audited and screened again; off line if the change fails screening.
            try:
                outcome = services.job_order_edit(order=order, actor=request.user, **fields)
            except ValidationError as exc:
                form.add_service_errors(exc)
                return _form_page(request, form, order=order)
            (messages.success if outcome.online or outcome.version is None else messages.warning)(
                request, outcome.message
            )
            return redirect("staff:joborder-detail", order.pk)
        try:
            services.job_order_update(order=order, actor=request.user, **fields)
        except ValidationError as exc:
            form.add_service_errors(exc)
            return _form_page(request, form, order=order)
        if request.POST.get("action") == "submit":
            return _submit(request, order)
        messages.success(request, "Changes saved.")
        return redirect("staff:joborder-detail", order.pk)
    return _form_page(
        request,
        form,
        order=order,
        findings=last.findings if last else [],
        notices=last.notices if last else [],
        decision=last.decision if last else "",
    )


@capability_required("joborders.view")
def joborder_detail(request, pk: int):
    """One order: details, status history, screening findings and notices, the actions this user may take."""
    order = get_scoped_or_404(
        JobOrder.objects.select_related("employer", "job_center", "region", "responsible_staff"), request.user, pk=pk
    )
    from jobcenter.staff.views.referrals import order_history

    return render(
        request,
        "staff/joborders/detail.html",
        {
            **order_history(request, order),
            "order": order,
            "screenings": order.screenings.all()[:10],
            "versions": order.versions.select_related("changed_by")[:20],
            "holds_order": user_holds_order(request.user, order),
            "employer_ended": employer_end_summary(order),
            "can_edit": user_can(request.user, "joborders.edit")
            and user_holds_order(request.user, order)
            and order.status in (JobOrderStatus.DRAFT, *services.EDITABLE_AFTER_ENTRY),
            "last_screening": order.screenings.first(),
            "history": audit_trail(order)[:50],
            "notes": order.employer_notes.all()[:50],
            "actions": services.job_order_actions_for(order=order, user=request.user),
            "flc_actions": services.job_order_flc_actions_for(order=order, user=request.user),
            # The candidates page needs both (staff.views.matching.order_candidates): no link to a refusal.
            "can_see_candidates": user_can(request.user, "joborders.view") and user_can(request.user, "seekers.view"),
            "can_report_fraud": user_can(request.user, "joborders.hold")
            and order.status in (JobOrderStatus.OPEN, JobOrderStatus.SCREENING),
            "fraud_form": FraudReportForm(),
            "violations": order.violation_cases.all(),
            "fraud_cases": order.fraud_cases.all(),
            "is_overdue": order.entry_due_at < (order.entered_at or clock.now()),
        },
    )


@require_POST
@capability_required("joborders.view")
def joborder_action(request, pk: int, action: str):
    """Run a workflow action; the service checks the capability and the status."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer"), request.user, pk=pk)
    if action == "submit":
        if not user_can(request.user, "joborders.edit"):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied("Your role cannot do this (joborders.edit).")
        return _submit(request, order)
    if action in services.FLC_ACTIONS:
        try:
            outcome = services.job_order_flc_act(
                order=order, action=action, actor=request.user, note=request.POST.get("note", "")
            )
            messages.success(request, f"{order.number}: {order.get_status_display()}. {outcome.message}".strip())
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("staff:joborder-detail", order.pk)
    try:
        services.job_order_act(order=order, action=action, actor=request.user, note=request.POST.get("note", ""))
        messages.success(request, f"{order.number}: {order.get_status_display()}.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("staff:joborder-detail", order.pk)


@require_POST
@capability_required("joborders.hold")
def joborder_fraud(request, pk: int):
    """Put a suspicious order on hold and open a CSU investigation."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer"), request.user, pk=pk)
    form = FraudReportForm(request.POST)
    if form.is_valid():
        services.job_order_report_fraud(order=order, actor=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, "The order is on hold and CSU was asked to investigate.")
    else:
        messages.error(request, "Say why the order looks fraudulent.")
    return redirect("staff:joborder-detail", order.pk)


@capability_required("joborders.view")
def joborder_overdue(request):
    """Orders received but not entered by the deadline, and orders entered late, per job center."""
    center = request.GET.get("job_center", "")
    job_center = JobCenter.objects.filter(pk=center).first() if center.isdigit() else None
    report = selectors.overdue_report(user=request.user, job_center=job_center)
    return render(
        request,
        "staff/joborders/overdue.html",
        {"report": report, "centers": JobCenter.objects.all(), "center": center},
    )


# --- labor disputes -------------------------------------------------------------------------------------------


@capability_required("joborders.view")
def dispute_list(request):
    """The labor dispute registry; staff report a dispute here."""
    form = DisputeReportForm(request.POST or None, employers=_employers(request.user))
    if request.method == "POST":
        if not user_can(request.user, "joborders.edit"):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied("Your role cannot do this (joborders.edit).")
        if form.is_valid():
            d = form.cleaned_data
            job_center = request.user.job_center or d["employer"].job_center
            if job_center is None:
                form.add_error("employer", "This employer has no job center; ask the CSU to assign one.")
            else:
                dispute = services.labor_dispute_report(
                    actor=request.user,
                    employer=d["employer"],
                    establishment=d["establishment"],
                    description=d["description"],
                    job_center=job_center,
                )
                messages.success(request, "Reported. The regional manager was asked to verify it.")
                return redirect("staff:dispute-detail", dispute.pk)
    return render(
        request,
        "staff/joborders/disputes.html",
        {
            "disputes": selectors.labor_dispute_list(user=request.user),
            "form": form,
            "can_report": user_can(request.user, "joborders.edit"),
        },
    )


@capability_required("joborders.view")
def dispute_detail(request, pk: int):
    """One dispute; the regional manager verifies or ends it here."""
    dispute = get_scoped_or_404(LaborDispute.objects.select_related("employer", "region"), request.user, pk=pk)
    can_manage = user_can(request.user, "disputes.manage")
    verify_form = DisputeVerifyForm(request.POST or None if request.POST.get("step") == "verify" else None)
    end_form = DisputeEndForm(request.POST or None if request.POST.get("step") == "end" else None)
    if request.method == "POST":
        if not can_manage:
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied("Your role cannot do this (disputes.manage).")
        step = request.POST.get("step")
        try:
            if step == "verify" and verify_form.is_valid():
                positions = (
                    request.POST.getlist("position") or verify_form.cleaned_data["positions_at_issue"].splitlines()
                )
                positions = [p.strip() for p in positions if p.strip()]
                all_positions = verify_form.cleaned_data["all_positions"]
                if request.POST.get("confirm") != "1":
                    # First the regional manager sees the orders the positions match (occupation code or
                    # normalised title) and confirms which are at issue.
                    if not positions and not all_positions:
                        raise ValidationError({"positions_at_issue": constants.DISPUTE_NEEDS_POSITIONS})
                    candidates = services.labor_dispute_candidate_orders(
                        dispute=dispute, positions=positions, all_positions=all_positions
                    )
                    return render(
                        request,
                        "staff/joborders/dispute_confirm.html",
                        {
                            "dispute": dispute,
                            "positions": positions,
                            "all_positions": all_positions,
                            "candidates": candidates,
                        },
                    )
                confirmed = [int(x) for x in request.POST.getlist("order") if x.isdigit()]
                held = services.labor_dispute_verify(
                    dispute=dispute,
                    actor=request.user,
                    positions_at_issue=positions,
                    all_positions=all_positions,
                    confirmed_order_ids=confirmed,
                )
                messages.success(request, f"Verified. {len(held)} job order(s) on hold; staff notified.")
                return redirect("staff:dispute-detail", dispute.pk)
            if step == "end" and end_form.is_valid():
                restored = services.labor_dispute_end(dispute=dispute, actor=request.user, **end_form.cleaned_data)
                messages.success(request, f"Ended. {len(restored)} order(s) back online; everyone notified.")
                return redirect("staff:dispute-detail", dispute.pk)
            if step == "reject":
                services.labor_dispute_reject(
                    dispute=dispute, actor=request.user, reason=request.POST.get("reason", "")
                )
                return redirect("staff:dispute-detail", dispute.pk)
        except ValidationError as exc:
            target = verify_form if step == "verify" else end_form
            if hasattr(exc, "error_dict"):
                for name, errs in exc.message_dict.items():
                    target.add_error(name if name in target.fields else None, errs)
            else:
                target.add_error(None, exc.messages)
    return render(
        request,
        "staff/joborders/dispute_detail.html",
        {
            "dispute": dispute,
            "can_manage": can_manage,
            "verify_form": verify_form,
            "end_form": end_form,
            "held_orders": dispute.held_orders.all(),
        },
    )


# --- suspected violations ---------------------------------------------------------------------------------------


@capability_required("violations.review")
def violation_queue(request):
    """Suspected violations awaiting the supervisor."""
    return render(request, "staff/joborders/violations.html", {"cases": selectors.violation_queue(user=request.user)})


@capability_required("violations.review")
def violation_detail(request, pk: int):
    """One case: findings, the 12-month rule's route, the decision form, the letter and questions to the SMA."""
    case = get_scoped_or_404(ViolationCase.objects.select_related("job_order", "employer"), request.user, pk=pk)
    form = ViolationCloseForm(request.POST or None if request.POST.get("step") == "close" else None)
    qform = QuestionForm(request.POST or None if request.POST.get("step") == "ask" else None)
    # The State Monitor Advocate is the one asked: they are not offered a form to ask themselves.
    asks_the_sma = request.user.role != "monitor_advocate"
    if request.method == "POST":
        if request.POST.get("step") == "close" and form.is_valid():
            try:
                services.violation_case_close(case=case, actor=request.user, **form.cleaned_data)
                messages.success(request, f"Case closed: {case.get_status_display()}.")
                return redirect("staff:violation-detail", case.pk)
            except ValidationError as exc:
                case = ViolationCase.objects.select_related("job_order", "employer").get(pk=case.pk)  # rolled back
                errors = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
                for name, errs in errors.items():
                    form.add_error(name if name in form.fields else None, errs)
        if request.POST.get("step") == "ask" and qform.is_valid() and asks_the_sma:
            services.violation_question_ask(case=case, actor=request.user, question=qform.cleaned_data["question"])
            messages.success(request, "Your question was sent to the State Monitor Advocate.")
            return redirect("staff:violation-detail", case.pk)
    context = {"case": case, "form": form, "qform": qform, "asks_the_sma": asks_the_sma}
    return render(request, "staff/joborders/violation_detail.html", context)


@capability_required("violations.review")
def violation_letter(request, pk: int):
    """The written referral letter (PDF)."""
    case = get_scoped_or_404(ViolationCase.objects.select_related("job_order", "employer"), request.user, pk=pk)
    agency = request.GET.get("agency") or case.agency or "the appropriate enforcement agency"
    response = HttpResponse(violation_referral_letter(case=case, agency=agency), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="referral-{case.job_order.number}.pdf"'
    from jobcenter.core.audit import audit_log

    audit_log(action="joborders.violation.letter_printed", actor=request.user, obj=case, data={"agency": agency})
    return response


# --- fraud ------------------------------------------------------------------------------------------------------


@capability_required("joborders.investigate")
def fraud_queue(request):
    """Open fraud investigations for CSU."""
    return render(
        request,
        "staff/joborders/fraud.html",
        {"cases": selectors.fraud_queue(user=request.user), "form": FraudCloseForm()},
    )


@require_POST
@capability_required("joborders.investigate")
def fraud_close(request, pk: int):
    """CSU records its finding."""
    case = get_scoped_or_404(FraudInvestigation.objects.select_related("job_order"), request.user, pk=pk)
    form = FraudCloseForm(request.POST)
    if form.is_valid():
        services.fraud_investigation_close(case=case, actor=request.user, **form.cleaned_data)
        messages.success(request, f"Investigation of {case.job_order.number} closed.")
    else:
        messages.error(request, "Choose a finding and describe it.")
    return redirect("staff:fraud-queue")


# --- self-employment --------------------------------------------------------------------------------------------


@capability_required("joborders.view")
def selfemp_list(request):
    """Self-employment postings; staff record new ones, supervisors initial them."""
    form = SelfEmploymentForm(request.POST or None)
    if request.method == "POST":
        if not (user_can(request.user, "joborders.edit") and request.user.job_center_id):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied("Only job center staff record self-employment postings.")
        if form.is_valid():
            try:
                services.self_employment_posting_create(actor=request.user, **form.cleaned_data)
                messages.success(request, "Recorded. A supervisor must initial and date it before it is posted.")
                return redirect("staff:selfemp-list")
            except ValidationError as exc:
                errors = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
                for name, errs in errors.items():
                    form.add_error(name if name in form.fields else None, errs)
    return render(
        request,
        "staff/joborders/selfemp.html",
        {
            "postings": selectors.self_employment_list(user=request.user),
            "form": form,
            "initials_form": InitialsForm(),
            "can_initial": user_can(request.user, "joborders.approve_notice"),
            "notice": SELF_EMPLOYMENT_NOTICE,
            "can_create": user_can(request.user, "joborders.edit") and bool(request.user.job_center_id),
        },
    )


@require_POST
@capability_required("joborders.approve_notice")
def selfemp_initial(request, pk: int):
    """A supervisor initials and dates the notice; the posting goes up."""
    posting = get_scoped_or_404(SelfEmploymentPosting.objects.all(), request.user, pk=pk)
    form = InitialsForm(request.POST)
    try:
        services.self_employment_posting_initial(
            posting=posting, actor=request.user, initials=request.POST.get("initials", "") if form.is_valid() else ""
        )
        messages.success(request, "Initialed, dated and posted.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("staff:selfemp-list")


@require_POST
@capability_required("joborders.edit")
def selfemp_interest(request, pk: int):
    """Record that an applicant asked for the firm's contact (never a referral)."""
    posting = get_scoped_or_404(SelfEmploymentPosting.objects.all(), request.user, pk=pk)
    services.self_employment_interest_record(posting=posting, actor=request.user)
    messages.info(request, "Noted as a public service (not a referral).")
    return redirect("staff:selfemp-list")
