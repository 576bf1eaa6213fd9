"""Staff pages of the supplemental wage follow-up: the interviewer's work queue, the case page, contact
attempts, identity check, introduction and interview. Documents, links, the supervisor's dashboard and reports
are in ``followup_documents``. Views are thin: rules and messages come from ``jobcenter.followup``."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core import clock
from jobcenter.core.forms import submit_form
from jobcenter.followup import assign, constants, selectors, services
from jobcenter.followup.choices import OPEN_STATUSES, Respondent
from jobcenter.followup.models import AlternateContact, FollowupCase
from jobcenter.followup.quarters import Quarter
from jobcenter.seekers.models import JobSeeker
from jobcenter.staff.views.followup_forms import (
    AlternateContactForm,
    AssignForm,
    AttemptForm,
    IdentityForm,
    InterviewForm,
    IntroductionForm,
    PathForm,
)

WORKERS = ("followup.interview", "followup.supervise")


def require_any(user, *capabilities: str) -> None:
    """Refuse unless the user has one of ``capabilities``."""
    if not any(user_can(user, c) for c in capabilities):
        raise PermissionDenied("Your role cannot use the follow-up workspace.")


def get_case(request, pk: int) -> FollowupCase:
    """A case the user may see (others 404 like missing ones)."""
    require_any(request.user, *WORKERS)
    return get_scoped_or_404(FollowupCase.objects.select_related("seeker", "assigned_to"), request.user, pk=pk)


def _form_page(request, case, form, title, intro=None):
    return render(request, "staff/followup/form.html", {"case": case, "form": form, "title": title, "intro": intro})


@capability_required("followup.interview")
def queue(request):
    """The work queue of an interview quarter, by due date (default: the current quarter)."""
    today = clock.today()
    try:
        quarter = Quarter.parse(request.GET["quarter"]) if request.GET.get("quarter") else Quarter.of(today)
    except ValueError:
        raise Http404 from None
    mine = request.GET.get("mine") == "1"
    rows = selectors.work_queue(user=request.user, interview_quarter=quarter, mine=mine)
    quarters = selectors.interview_quarters(user=request.user)
    if quarter not in quarters:
        quarters = sorted([*quarters, quarter], reverse=True)
    context = {"rows": rows, "quarter": quarter, "quarters": quarters, "mine": mine, "today": today}
    return render(request, "staff/followup/queue.html", context)


def case_detail(request, pk: int):
    """Everything to work one case: why selected, dates, contact sources, attempts, steps, documents."""
    case = get_case(request, pk)
    can_work = user_can(request.user, "followup.interview") and case.status in OPEN_STATUSES
    context = {
        "case": case,
        "contacts": selectors.contact_sources(user=request.user, case=case),
        "attempts": case.attempts.select_related("recorded_by", "alternate_contact"),
        "interview": getattr(case, "interview", None),
        "documents": case.documents.all(),
        "links": case.upload_links.all()[:5],
        "employer_problem": services.employer_contact_problem(case),
        "identity_questions": selectors.identity_questions_text(case.seeker),
        "can_work": can_work,
        "can_supervise": user_can(request.user, "followup.supervise"),
        "is_open": case.status in OPEN_STATUSES,
        "today": clock.today(),
    }
    return render(request, "staff/followup/case.html", context)


@require_POST
@capability_required("followup.interview")
def take(request, pk: int):
    """Take the case from the queue."""
    case = get_case(request, pk)
    try:
        services.case_take(actor=request.user, case=case)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, constants.CASE_TAKEN)
    return redirect("staff:followup-case", pk=case.pk)


@capability_required("followup.interview")
def attempt_new(request, pk: int):
    """Log a contact attempt."""
    case = get_case(request, pk)
    initial = {"attempted_at": timezone.localtime(clock.now()).strftime("%Y-%m-%dT%H:%M")}  # the input's format
    alternates = scoped(AlternateContact.objects.filter(seeker=case.seeker), request.user)
    form = AttemptForm(request.POST or None, initial=initial, alternates=alternates)
    if submit_form(request, form, lambda d: services.attempt_record(actor=request.user, case=case, **d)):
        messages.success(request, "Attempt logged.")
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(request, case, form, "Log a contact attempt")


@capability_required("followup.interview")
def identity(request, pk: int):
    """Verify identity first (policy A.3 (d)): record only the question and pass or fail."""
    case = get_case(request, pk)
    questions = selectors.identity_questions(case.seeker)
    form = IdentityForm(request.POST or None, questions=questions)

    def call(d):
        services.identity_record(actor=request.user, case=case, question=d["question"], passed=d["result"] == "pass")

    if submit_form(request, form, call):
        if case.identity_verified:
            messages.success(request, "Identity verified.")
        else:
            messages.error(request, constants.IDENTITY_FAILED)
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(request, case, form, "Verify identity")


@capability_required("followup.interview")
def introduction(request, pk: int):
    """The six-point introduction (policy A.3 (f))."""
    case = get_case(request, pk)
    form = IntroductionForm(request.POST or None)

    def call(d):
        services.introduction_record(actor=request.user, case=case, points_given=[d[f"point_{i}"] for i in range(1, 7)])

    if submit_form(request, form, call):
        messages.success(request, "Introduction given.")
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(request, case, form, "Give the introduction", intro="Tick each point as you give it.")


@capability_required("followup.interview")
def interview(request, pk: int):
    """The collection form, question by question in the form's order."""
    case = get_case(request, pk)
    respondent = Respondent.PARTICIPANT if case.identity_verified else None
    form = InterviewForm(request.POST or None, initial={"respondent": respondent, "wages_actually_paid": False})
    if submit_form(request, form, lambda _d: services.interview_complete(
        actor=request.user, case=case, answers=form.answers())
    ):  # fmt: skip
        messages.success(request, "Interview saved.")
        return redirect("staff:followup-case", pk=case.pk)
    intro = f"Reference quarter: {case.reference_quarter.label}. Ask each question in order."
    return _form_page(request, case, form, "Interview", intro=intro)


@capability_required("followup.supervise")
def assign_case(request, pk: int):
    """The data-collection supervisor gives the case to an interviewer of the participant's region."""
    case = get_case(request, pk)
    people = assign.assignable_interviewers(user=request.user, case=case)
    form = AssignForm(request.POST or None, people=people, initial={"assignee": case.assigned_to_id})

    def call(d):
        assign.case_assign(actor=request.user, case=case, assignee=form.people.get(d["assignee"]))

    if submit_form(request, form, call):
        messages.success(request, f"Case assigned to {case.assigned_to.display_name}.")
        return redirect("staff:followup-case", pk=case.pk)
    current = case.assigned_to.display_name if case.assigned_to else "nobody yet"
    return _form_page(request, case, form, "Assign the case", intro=f"Now assigned to {current}.")


@require_POST
@capability_required("followup.interview")
def close(request, pk: int):
    """Close an open case as no response or refused."""
    case = get_case(request, pk)
    reason = request.POST.get("reason", "")
    if reason not in ("refused", "no_response"):
        messages.error(request, constants.CLOSE_REASON_NEEDED)
        return redirect("staff:followup-case", pk=case.pk)
    try:
        services.case_close(actor=request.user, case=case, reason=reason)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "Case closed.")
    return redirect("staff:followup-case", pk=case.pk)


@capability_required("followup.interview")
def alternate_new(request, pk: int):
    """Add an alternate contact for the participant."""
    case = get_case(request, pk)
    form = AlternateContactForm(request.POST or None)
    if submit_form(
        request, form, lambda d: services.alternate_contact_add(actor=request.user, seeker=case.seeker, **d)
    ):
        messages.success(request, "Alternate contact added.")
        return redirect("staff:followup-case", pk=case.pk)
    return _form_page(request, case, form, "Add an alternate contact")


@capability_required("cases.note")
def path_new(request, pk: int):
    """Record that a person's training plan or career goal likely leads to employment without UI wage records
    (policy A.2 (b)-(d)); reached from the case page of the cases area."""
    seeker = get_scoped_or_404(JobSeeker.objects.all(), request.user, pk=pk)
    form = PathForm(request.POST or None)
    if submit_form(request, form, lambda d: services.path_declare(actor=request.user, seeker=seeker, **d)):
        messages.success(request, "Noted for the wage follow-up survey.")
        return redirect("staff:case-detail", pk=seeker.pk)
    return render(
        request,
        "staff/followup/form.html",
        {
            "seeker": seeker,
            "form": form,
            "title": "Note a path to self-employment, non-covered, federal or military work",
        },
    )
