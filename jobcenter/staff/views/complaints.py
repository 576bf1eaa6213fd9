"""Staff pages of the Employment Service complaint system (20 CFR 658 Subpart E; ADR 0045): take a complaint, the
central complaint log (658.410(c)) with its CSV export, and the complaint page with its history, referral (658.422),
resolution and closing. Views collect input and show results; ``jobcenter.complaints.services`` decides."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import job_centers_in_scope
from jobcenter.complaints import constants, forms, selectors, services, timelimit
from jobcenter.complaints.choices import ComplaintStatus
from jobcenter.core import clock
from jobcenter.core.forms import submit_form
from jobcenter.core.presentation import format_date

TAKE, MANAGE = services.TAKE, services.MANAGE
MSFW_FILTER = [("", "Everyone"), ("yes", "Farmworkers (MSFW) only"), ("no", "Not farmworkers")]


def _filters(request) -> dict:
    """The log's filters, bounded to known values (anything else is ignored)."""
    status = request.GET.get("status", "")
    msfw = request.GET.get("msfw", "")
    try:
        center = int(request.GET.get("center", "") or 0)
    except ValueError:
        center = 0
    return {
        "status": status if status in ComplaintStatus.values else "",
        "msfw": msfw if msfw in ("yes", "no") else "",
        "job_center_id": center if center > 0 else None,
        # the State Monitor Advocate's and administrator's review of the local-office time limit (658.411)
        "past_limit": request.GET.get("past_limit") == "1" and user_can(request.user, MANAGE),
    }


@capability_required(TAKE)
def complaint_list(request):
    """The central complaint log (658.410(c)), in the user's scope, filtered by status, MSFW and center."""
    chosen = _filters(request)
    rows = selectors.complaint_log(user=request.user, **chosen)
    page = Paginator(rows, constants.LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "staff/complaints/list.html",
        {
            "page": page,
            "chosen": chosen,
            "statuses": ComplaintStatus.choices,
            "msfw_choices": MSFW_FILTER,
            "centers": job_centers_in_scope(request.user).order_by("name"),
            "can_export": user_can(request.user, MANAGE),
            "can_filter_limit": user_can(request.user, MANAGE),
            "limit_days": timelimit.local_time_limit(clock.today()),
            "query": query.urlencode(),
            "procedure": constants.PROCEDURE,
        },
    )


@capability_required(MANAGE)
def complaint_export(request):
    """CSV of the log as filtered, for the State Monitor Advocate: bounded rows, audited."""
    chosen = _filters(request)
    rows = list(selectors.complaint_log(user=request.user, **chosen)[: constants.EXPORT_MAX_ROWS])
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="complaint-log.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            "Complaint",
            "Job center",
            "Complainant",
            "Respondent",
            "Date filed",
            "Resolve at the local level by",
            "Farmworker (MSFW)",
            "About",
            "Taken in writing",
            "Status",
            "Referred to",
            "Date referred",
            "Actions taken",
            "Resolution",
            "Date resolved",
        ]
    )
    for c in rows:
        actions = "; ".join(f"{format_date(a.on)}: {a.text}" for a in c.actions.all())
        writer.writerow(
            [
                c.pk,
                c.job_center.name,
                _safe(c.complainant_label),
                _safe(c.respondent_label),
                format_date(c.filed_on),
                format_date(c.local_limit.resolve_by) if c.local_limit else "",
                "Yes" if c.msfw else "No",
                c.get_kind_display(),
                "Yes" if c.in_writing else "No",
                c.get_status_display(),
                _safe(c.referral_agency),
                format_date(c.referred_on) if c.referred_on else "",
                _safe(actions),
                _safe(c.resolution),
                format_date(c.resolved_on) if c.resolved_on else "",
            ]
        )
    filters = {k: v for k, v in chosen.items() if v}
    services.complaint_log_exported(actor=request.user, rows=len(rows), filters=filters)
    return response


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_http_methods(["GET", "POST"])
@capability_required(TAKE)
def complaint_new(request):
    """Take a complaint. ``?seeker=<State ID>`` (the "Take a complaint" button of a person's record) links it to
    that record, found in the user's scope (404 outside it)."""
    seeker = None
    state_id = (request.GET.get("seeker") or "")[:20]
    if state_id:
        from jobcenter.seekers.selectors import seeker_get

        seeker = seeker_get(user=request.user, state_id=state_id)
    form = forms.TakeComplaintForm(request.POST or None, user=request.user, seeker=seeker)
    made = {}

    def take(data):
        made["complaint"] = services.complaint_take(actor=request.user, seeker=seeker, **data)

    if submit_form(request, form, take):
        complaint = made["complaint"]
        if complaint.awaiting_referral:
            messages.success(request, "Complaint taken. Now record its referral to the enforcement agency.")
        else:
            messages.success(request, "Complaint taken and entered in the complaint log.")
        return redirect("staff:complaint-detail", pk=complaint.pk)
    return render(
        request,
        "staff/complaints/new.html",
        {"form": form, "seeker": seeker, "procedure": constants.PROCEDURE},
        status=400 if request.method == "POST" else 200,
    )


@capability_required(TAKE)
def complaint_detail(request, pk: int):
    """A complaint: what it is, its history, and the steps the user may take now."""
    complaint = selectors.complaint_get(user=request.user, pk=pk)
    can_manage = user_can(request.user, MANAGE)
    return render(
        request,
        "staff/complaints/detail.html",
        {
            "c": complaint,
            "history": selectors.complaint_history(complaint=complaint, user=request.user),
            "can_manage": can_manage,
            "is_open": complaint.status in (ComplaintStatus.OPEN, ComplaintStatus.REFERRED),
            "can_refer": complaint.status == ComplaintStatus.OPEN,
            "can_resolve": can_manage
            and complaint.status in (ComplaintStatus.OPEN, ComplaintStatus.REFERRED)
            and not complaint.awaiting_referral,
            "can_close": can_manage and complaint.status == ComplaintStatus.RESOLVED,
            "action_form": forms.dated(forms.ActionForm),
            "refer_form": forms.dated(forms.ReferForm),
            "resolve_form": forms.dated(forms.ResolveForm),
            "close_form": forms.CloseForm(),
            "procedure": constants.PROCEDURE,
        },
    )


def _post(request, pk: int, form_cls, call, success: str, *caps: str):
    """Run one step posted from the complaint page; mistakes are shown at the top of the page."""
    if not any(user_can(request.user, cap) for cap in caps):
        raise PermissionDenied(f"Your role cannot do this ({' or '.join(caps)}).")
    complaint = selectors.complaint_get(user=request.user, pk=pk)
    form = form_cls(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
        return redirect("staff:complaint-detail", pk=complaint.pk)
    try:
        call(complaint, form.cleaned_data)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)
    return redirect("staff:complaint-detail", pk=complaint.pk)


@require_POST
@capability_required(TAKE)
def complaint_action(request, pk: int):
    """Record an action taken (date and text)."""
    return _post(
        request,
        pk,
        forms.ActionForm,
        lambda c, d: services.complaint_add_action(complaint=c, actor=request.user, **d),
        "Action recorded.",
        TAKE,
    )


@require_POST
@capability_required(TAKE)
def complaint_refer(request, pk: int):
    """Record the referral to the enforcement agency (658.422)."""
    return _post(
        request,
        pk,
        forms.ReferForm,
        lambda c, d: services.complaint_refer(complaint=c, actor=request.user, **d),
        "Referral recorded.",
        TAKE,
    )


@require_POST
@capability_required(MANAGE)
def complaint_resolve(request, pk: int):
    """The State Monitor Advocate records the resolution."""
    return _post(
        request,
        pk,
        forms.ResolveForm,
        lambda c, d: services.complaint_resolve(complaint=c, actor=request.user, **d),
        "Resolution recorded.",
        MANAGE,
    )


@require_POST
@capability_required(MANAGE)
def complaint_close(request, pk: int):
    """The State Monitor Advocate closes a resolved complaint."""
    return _post(
        request,
        pk,
        forms.CloseForm,
        lambda c, d: services.complaint_close(complaint=c, actor=request.user, **d),
        "Complaint closed.",
        MANAGE,
    )
