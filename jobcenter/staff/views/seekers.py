"""Staff workspace: search job seekers, register, profile (scoped), SSN reveal, duplicate queue and merges.

Views only convert input and show findings; ``seekers.services`` / ``seekers.selectors`` decide.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
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
    StaffProfileForm,
    StaffRegistrationForm,
    StaffSearchForm,
)
from jobcenter.seekers.models import JobSeeker, MergeRequest


@require_http_methods(["GET", "POST"])
@capability_required("seekers.search")
def seeker_search(request):
    """Search statewide before registering (manual: Verifying Accounts). POST keeps SSNs out of URLs."""
    form = StaffSearchForm(request.POST or None)
    hits = None
    if request.method == "POST" and form.is_valid():
        try:
            hits = selectors.seeker_search(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for field, msgs in exc.message_dict.items():
                for m in msgs:
                    form.add_error(None if field == "__all__" else field, m)
    return render(request, "staff/seekers/search.html", {"form": form, "hits": hits})


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


def _detail_context(request, seeker: JobSeeker, **extra) -> dict:
    return {
        "seeker": seeker,
        "work": seeker.work_history.all(),
        "education": seeker.education.all(),
        "credentials": seeker.credentials.all(),
        "skills": seeker.skills.all(),
        "occupations": seeker.desired_occupations.all(),
        "can_reveal": user_can(request.user, "seekers.ssn.view_full"),
        "can_report": user_can(request.user, "dedupe.request_merge"),
        "can_edit": user_can(request.user, "seekers.edit"),
        "reveal_form": extra.pop("reveal_form", RevealSSNForm()),
        "report_form": extra.pop("report_form", ReportDuplicateForm()),
        "history": audit_trail(seeker)[:20],
        "identity_review_message": constants.IDENTITY_REVIEW_PENDING,
        **extra,
    }


@capability_required("seekers.view")
def seeker_detail(request, state_id: str):
    """The full profile and résumé, within the user's scope (404 outside it)."""
    seeker = selectors.seeker_get(user=request.user, state_id=state_id)
    return render(request, "staff/seekers/detail.html", _detail_context(request, seeker))


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
    response = render(
        request, "staff/seekers/detail.html", _detail_context(request, seeker, reveal_form=form, revealed_ssn=full)
    )
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
    return render(request, "staff/seekers/detail.html", _detail_context(request, seeker, report_form=form), status=400)


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
        if form.is_valid():
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
                        f"({done.moved_rows.count()} row(s) moved).",
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
    rows = [(label, getattr(a, attr), getattr(b, attr)) for label, attr in COMPARE_FIELDS]
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
            "moved_rows": merge_request.moved_rows.all()[:200],
            "history": audit_trail(merge_request)[:20],
        },
    )
