"""Staff workspace: search job seekers, register, profile (scoped), SSN reveal, duplicate queue and merges.

Views only convert input and show findings; ``seekers.services`` / ``seekers.selectors`` decide.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.core.audit import audit_trail
from jobcenter.seekers import choices, constants, selectors, services
from jobcenter.seekers.forms import (
    MergeDecisionForm,
    ReportDuplicateForm,
    RevealSSNForm,
    StaffFindForm,
    StaffProfileForm,
    StaffRegistrationForm,
    StaffSearchForm,
    StaffSSNSearchForm,
)
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.staff.views.people import render_record


@require_http_methods(["GET", "POST"])
@capability_required("seekers.search")
def seeker_search(request):
    """Search statewide before registering (manual: Verifying Accounts). Names, dates of birth, State IDs,
    phones and emails are searched by GET (bookmarkable, Back works); SSNs only by POST, never in a URL."""
    find_form = StaffFindForm(request.GET if _has_keys(request.GET, StaffFindForm) else None)
    ssn_form = StaffSSNSearchForm(request.POST if request.method == "POST" and "ssn_search" in request.POST else None)
    hits = None
    if request.method == "POST" and "ssn_search" not in request.POST:
        # A post of the whole form (older clients and tests): every key at once.
        legacy = StaffSearchForm(request.POST)
        find_form = legacy  # its errors (too long, nothing to search by) are shown on the page
        if legacy.is_valid():
            hits = _search(request, legacy, **legacy.cleaned_data)
    elif ssn_form.is_bound and ssn_form.is_valid():
        hits = _search(request, ssn_form, **ssn_form.search_keys())
    elif find_form.is_bound and find_form.is_valid():
        hits = _search(request, find_form, **find_form.cleaned_data)
    return render(
        request,
        "staff/seekers/search.html",
        {"form": find_form, "ssn_form": ssn_form, "hits": hits, "searched": hits is not None},
    )


def _has_keys(data, form_class) -> bool:
    return any((data.get(name) or "").strip() for name in form_class.base_fields)


def _search(request, form, **keys):
    try:
        return selectors.seeker_search(user=request.user, **keys)
    except ValidationError as exc:
        for field, msgs in exc.message_dict.items():
            for m in msgs:
                form.add_error(field if field in form.fields else None, m)
        return None


@require_http_methods(["GET", "POST"])
@capability_required("seekers.register")
def seeker_register(request):
    """Staff-assisted registration: duplicate check first; staff may proceed with a reason (audited)."""
    initial = {"home_job_center": request.user.job_center_id, "state": "MO"}
    form = StaffRegistrationForm(request.POST or None, initial=initial)
    candidates = None
    if request.method == "POST" and form.is_valid():
        try:
            seeker = services.seeker_register(
                actor=request.user,
                ssn=form.cleaned_data.get("ssn") or None,
                proceed_reason=form.cleaned_data.get("proceed_reason", ""),
                **form.profile_data(),
            )
        except services.DuplicatesFound as exc:
            candidates = [c.for_user(request.user) for c in exc.candidates]
            messages.warning(request, constants.DUPLICATES_FOUND)
        except ValidationError as exc:
            form.apply_errors(exc)
        else:
            messages.success(request, f"Registered {seeker.full_name} with State ID {seeker.state_id}.")
            if seeker.identity_review_pending:
                messages.warning(request, constants.REGISTERED_PENDING_REVIEW)
            if scoped(JobSeeker.objects.filter(pk=seeker.pk), request.user).exists():
                return redirect("staff:seeker-detail", state_id=seeker.state_id)
            return redirect("staff:seeker-search")
    return render(request, "staff/seekers/register.html", {"form": form, "candidates": candidates})


@capability_required("seekers.view")
def seeker_detail(request, state_id: str):
    """The person record (profile, résumé, enrollments, services, notes, timeline), within the user's scope
    (404 outside it)."""
    seeker = selectors.seeker_get(user=request.user, state_id=state_id)
    return render_record(request, seeker)


@require_http_methods(["GET", "POST"])
@capability_required("seekers.view", "seekers.edit")
def seeker_edit(request, state_id: str):
    """Staff update the PIRL profile of a seeker in their scope; validated like registration and audited."""
    seeker = selectors.seeker_get(user=request.user, state_id=state_id)
    if not seeker.is_active:
        raise Http404("Merged records cannot be edited; edit the primary record.")
    initial = {f: getattr(seeker, f) for f in StaffProfileForm.base_fields if hasattr(seeker, f)}
    form = StaffProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.seeker_update_profile(seeker=seeker, actor=request.user, **form.profile_data())
        except ValidationError as exc:
            form.apply_errors(exc)
        else:
            messages.success(request, "Profile saved.")
            return redirect("staff:seeker-detail", state_id=seeker.state_id)
    return render(request, "staff/seekers/edit.html", {"form": form, "seeker": seeker})


@require_POST
@capability_required("seekers.view", "seekers.ssn.view_full")
def seeker_reveal_ssn(request, state_id: str):
    """Show the full SSN once, on this response only; needs a reason; audited (``seekers.ssn.viewed``)."""
    seeker = selectors.seeker_get(user=request.user, state_id=state_id)
    form = RevealSSNForm(request.POST)
    full = None
    if form.is_valid():
        try:
            full = services.seeker_reveal_ssn(
                seeker=seeker,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                detail=form.cleaned_data["detail"],
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
    else:
        if "reason" in form.errors:
            form.errors["reason"] = form.error_class([constants.REVEAL_REASON_CHOICE])
        if "detail" in form.errors:
            form.errors["detail"] = form.error_class([constants.REVEAL_DETAIL_TOO_SHORT])
    response = render_record(request, seeker, reveal_form=form, revealed_ssn=full)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@capability_required("seekers.view", "dedupe.request_merge")
def seeker_report_duplicate(request, state_id: str):
    """Staff report a duplicate pair by State ID; it goes to the CSU review queue."""
    seeker = selectors.seeker_get(user=request.user, state_id=state_id)
    form = ReportDuplicateForm(request.POST)
    if form.is_valid():
        state_id = form.cleaned_data["other_state_id"].strip()
        other = scoped(JobSeeker.objects.filter(state_id__iexact=state_id, is_active=True), request.user).first()
        if other is None:
            # Outside the user's scope (or unknown): the report is passed on without saying whether the State ID
            # exists, so the form cannot be used to probe for accounts (issue #10).
            services.merge_request_report_by_state_id(
                actor=request.user, seeker=seeker, other_state_id=state_id, note=form.cleaned_data["note"]
            )
            messages.success(request, constants.DUPLICATE_REPORT_PASSED_ON)
            return redirect("staff:seeker-detail", state_id=seeker.state_id)
        try:
            services.merge_request_create(
                actor=request.user,
                seeker_a=seeker,
                seeker_b=other,
                source=choices.MergeRequestSource.STAFF,
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            form.add_error("other_state_id", exc.messages[0])
        else:
            messages.success(request, "Thank you. The Customer Support Unit will review the two accounts.")
            return redirect("staff:seeker-detail", state_id=seeker.state_id)
    return render_record(request, seeker, report_form=form, status=400)


@require_http_methods(["GET", "POST"])
@capability_required("dedupe.review")
def duplicate_queue(request):
    """Pending duplicate pairs (from the duplicate model, staff reports and registrations). POST checks the newest
    200 registrations at once, or (``scope=registry``) starts the registry-wide scan as a background job and
    shows its progress bar."""
    if request.method == "POST" and request.POST.get("scope") == "registry":
        from jobcenter.core.jobs import job_start

        scan = job_start(kind="seekers.registry.scan", params={}, actor=request.user)
        return redirect("staff:job-detail", pk=scan.pk)
    if request.method == "POST":
        opened = services.merge_requests_from_linkage(
            seekers=JobSeeker.objects.filter(is_active=True).order_by("-created_at")[:200]
        )
        messages.info(request, f"{opened} new possible duplicate pair(s) added to the queue.")
        return redirect("staff:duplicates")
    status = request.GET.get("status") or choices.MergeRequestStatus.PENDING
    if status not in choices.MergeRequestStatus.values:
        status = choices.MergeRequestStatus.PENDING
    requests = selectors.merge_queue(user=request.user, status=status)[:200]
    return render(
        request,
        "staff/seekers/duplicates.html",
        {"requests": requests, "status": status, "statuses": choices.MergeRequestStatus.choices},
    )


COMPARE_FIELDS = [
    ("State ID", "state_id"),
    ("Name", "full_name"),
    ("Date of birth", "date_of_birth"),
    ("SSN", "ssn_masked"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Address", "address_1"),
    ("City", "city"),
    ("ZIP code", "postcode"),
    ("Home job center", "home_job_center"),
    ("Portal user", "user"),
    ("Active", "is_active"),
    ("Created", "created_at"),
]


def _shown(value) -> str:
    """A compared value as people read it (Yes/No, dates in the one format, national phones)."""
    import datetime as dt

    from django.utils import formats

    from jobcenter.core.presentation import format_phone, yes_no

    if isinstance(value, bool) or value is None:
        return yes_no(value)
    if isinstance(value, dt.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return formats.date_format(value, "DATE_FORMAT")
    text = str(value)
    return format_phone(text) if text.startswith("+") else text


@require_http_methods(["GET", "POST"])
@capability_required("dedupe.review")
def merge_detail(request, pk: int):
    """Side-by-side comparison with merge, dismiss and undo actions (``dedupe.merge``)."""
    merge_request = get_object_or_404(
        scoped(MergeRequest.objects.select_related("seeker_a", "seeker_b"), request.user), pk=pk
    )
    form = MergeDecisionForm(request.POST or None, request=merge_request)
    if request.method == "POST":
        if not user_can(request.user, "dedupe.merge"):
            raise PermissionDenied("Your role cannot do this (dedupe.merge).")
        action = request.POST.get("action")
        if action not in ("merge", "dismiss", "undo"):
            raise Http404
        if form.is_valid() and (action != "merge" or form.check_merge()):
            data = form.cleaned_data
            try:
                if action == "merge":
                    primary = {
                        merge_request.seeker_a.state_id: merge_request.seeker_a,
                        merge_request.seeker_b.state_id: merge_request.seeker_b,
                    }.get(data["primary"])
                    done = services.seeker_merge(
                        merge_request=merge_request,
                        actor=request.user,
                        primary=primary,
                        confirm_different_ssns=data["confirm_different_ssns"],
                        note=data["note"],
                    )
                    messages.success(
                        request,
                        f"Merged: {done.duplicate.state_id} now points to {done.primary.state_id} "
                        f"({done.moved_rows.count()} record(s) moved).",
                    )
                elif action == "dismiss":
                    services.merge_request_dismiss(merge_request=merge_request, actor=request.user, note=data["note"])
                    messages.success(request, "Marked as different people.")
                else:
                    services.seeker_unmerge(merge_request=merge_request, actor=request.user)
                    messages.success(request, "The merge was undone; both accounts are active again.")
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    for field, msgs in exc.message_dict.items():
                        for m in msgs:
                            form.add_error(field if field in form.fields else None, m)
                else:
                    form.add_error(None, " ".join(exc.messages))
            else:
                return redirect("staff:merge-detail", pk=merge_request.pk)
    merge_request.refresh_from_db()
    a, b = merge_request.seeker_a, merge_request.seeker_b
    rows = [(label, _shown(getattr(a, attr)), _shown(getattr(b, attr))) for label, attr in COMPARE_FIELDS]
    related = [
        (
            model._meta.verbose_name_plural.capitalize(),
            model._base_manager.filter(**{f: a}).count(),
            model._base_manager.filter(**{f: b}).count(),
        )
        for model, f, _ in services.seeker_relations()
    ]
    return render(
        request,
        "staff/seekers/merge_detail.html",
        {
            "mr": merge_request,
            "a": a,
            "b": b,
            "rows": rows,
            "related": related,
            "form": form,
            "can_merge": user_can(request.user, "dedupe.merge"),
            "moved": _moved_summary(merge_request),
            "history": audit_trail(merge_request)[:20],
        },
    )


def _moved_summary(merge_request) -> list[tuple[str, int]]:
    """What the merge moved, by kind of record in words ("Services", 3), never the internal model labels."""
    from django.apps import apps
    from django.db.models import Count

    out = []
    for row in merge_request.moved_rows.values("model_label").annotate(n=Count("pk")).order_by("model_label"):
        try:
            name = apps.get_model(row["model_label"])._meta.verbose_name_plural.capitalize()
        except LookupError:
            name = "Other records"
        out.append((name, row["n"]))
    return sorted(out)
