"""One staff record of a person: profile, résumé, enrollments, services, notes, referrals, timeline and history
on one page, with the actions that fit the person's state (Enroll when not enrolled, Record a service when
enrolled, ...). The seeker page (``staff:seeker-detail``) and the case page (``staff:case-detail``) both render
it; staff also edit the résumé and (with ``seekers.ssn.change``) change the SSN here.

Other areas add a section by registering a template in ``RECORD_SECTIONS`` (see ``record_section``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.core import clock
from jobcenter.core.audit import audit_trail
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.seekers import constants as seeker_constants
from jobcenter.seekers import selectors as seeker_selectors
from jobcenter.seekers import services as seeker_services
from jobcenter.seekers.forms import RESUME_FORMS, RESUME_TITLES, ReportDuplicateForm, RevealSSNForm
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.ssn_change import seeker_change_ssn


@dataclass(frozen=True)
class RecordSection:
    """An extra section of the person record: a template given the record's context, shown when the user has
    ``capability``; ``context(request, seeker) -> dict`` adds what the template needs."""

    template: str
    capability: str
    order: int = 100
    context: Callable | None = None


RECORD_SECTIONS: list[RecordSection] = []


def record_section(template: str, *, capability: str, order: int = 100, context: Callable | None = None) -> None:
    """Register an extra section (e.g. referrals) on the person record."""
    if not any(s.template == template for s in RECORD_SECTIONS):
        RECORD_SECTIONS.append(RecordSection(template, capability, order, context))
        RECORD_SECTIONS.sort(key=lambda s: s.order)


def occupations_context(request, seeker: JobSeeker) -> dict:
    """The Occupations (O*NET) section: each code of the person with the area wages of its occupation (who set it
    and the wages read with the list, not per code)."""
    from jobcenter.occupations.wages import area_wages_for

    rows = list(seeker.occupation_codes.select_related("set_by"))
    wages = area_wages_for(soc_codes=[row.code for row in rows], state=seeker.state)
    return {"occupation_rows": [(row, wages.get(row.code)) for row in rows]}


def _case_context(request, seeker: JobSeeker) -> dict:
    from jobcenter.cases import selectors as case_selectors
    from jobcenter.cases.choices import ServiceStatus
    from jobcenter.cases.models import Enrollment, Service

    today = clock.today()
    active = case_selectors.active_wp_enrollment(seeker, today)
    return {
        "facts": case_selectors.pirl_facts(seeker, as_of=today),
        "active": active,
        "enrollments": scoped(Enrollment.objects.filter(seeker=seeker), request.user).select_related(
            "case_manager", "job_center"
        ),
        "scheduled": scoped(Service.objects.filter(seeker=seeker, status=ServiceStatus.SCHEDULED), request.user),
        "timeline": case_selectors.case_timeline(user=request.user, seeker=seeker),
        "priority": case_selectors.priority_of_service(seeker),
        "reasons": case_selectors.enrollment_required(seeker),
        "informed": seeker.survey_notices.exists(),
        "recognized_credentials": seeker.recognized_credentials.all(),
    }


def record_context(request, seeker: JobSeeker, **extra) -> dict:
    """Everything the person record shows, limited to what the user's role may see and do."""
    user = request.user
    can_profile = user_can(user, "seekers.view")
    can_case = user_can(user, "cases.view")
    context = {
        "seeker": seeker,
        "can_profile": can_profile,
        "can_case": can_case,
        "can_edit": can_profile and user_can(user, "seekers.edit") and seeker.is_active,
        "can_reveal": can_profile and user_can(user, "seekers.ssn.view_full"),
        "can_change_ssn": can_profile and user_can(user, "seekers.ssn.change") and seeker.is_active,
        "can_report": can_profile and user_can(user, "dedupe.request_merge") and seeker.is_active,
        "can_enroll": can_case and user_can(user, "cases.enroll") and seeker.is_active,
        "can_record": can_case and user_can(user, "cases.record_service") and seeker.is_active,
        "can_note": can_case and user_can(user, "cases.note") and seeker.is_active,
        "reveal_form": extra.pop("reveal_form", RevealSSNForm()),
        "report_form": extra.pop("report_form", ReportDuplicateForm()),
        "sections": [s for s in RECORD_SECTIONS if user_can(user, s.capability)],
        "identity_review_message": seeker_constants.IDENTITY_REVIEW_PENDING,
        "can_match": can_profile and user_can(user, "joborders.view") and seeker.is_active,
        "can_complain": can_profile and user_can(user, "complaints.take") and seeker.is_active,
    }
    if can_profile:
        context.update(
            {
                "work": seeker.work_history.all(),
                "education": seeker.education.all(),
                "credentials": seeker.credentials.all(),
                "skills": seeker.skills.all(),
                "occupations": seeker.desired_occupations.all(),
                "history": audit_trail(seeker)[:20],
            }
        )
    if can_case:
        context.update(_case_context(request, seeker))
    for section in context["sections"]:
        if section.context is not None:
            context.update(section.context(request, seeker))
    context.update(extra)
    return context


def render_record(request, seeker: JobSeeker, *, status: int = 200, **extra):
    """The person record page."""
    return render(request, "staff/people/record.html", record_context(request, seeker, **extra), status=status)


def _active_seeker(request, state_id: str) -> JobSeeker:
    seeker = seeker_selectors.seeker_get(user=request.user, state_id=state_id)
    if not seeker.is_active:
        raise Http404("Merged records cannot be changed; change the primary record.")
    return seeker


@require_http_methods(["GET", "POST"])
@capability_required("seekers.view", "seekers.edit")
def resume_edit(request, state_id: str):
    """Staff add or remove résumé entries of a person in their scope (audited like the person's own changes)."""
    seeker = _active_seeker(request, state_id)
    kind = request.POST.get("kind", "")
    entry_forms = {k: cls(prefix=k) for k, cls in RESUME_FORMS.items()}
    if request.method == "POST":
        if kind not in RESUME_FORMS:
            messages.error(request, "Choose a part of the résumé to change.")
            return redirect("staff:seeker-resume", state_id=seeker.state_id)
        if "remove" in request.POST:
            try:
                entry_id = int(request.POST["remove"])
            except ValueError:
                raise Http404 from None
            seeker_services.resume_entry_remove(seeker=seeker, actor=request.user, section=kind, entry_id=entry_id)
            messages.success(request, "Removed from the résumé.")
            return redirect("staff:seeker-resume", state_id=seeker.state_id)
        form = RESUME_FORMS[kind](request.POST, prefix=kind)
        entry_forms[kind] = form
        if form.is_valid():
            try:
                seeker_services.resume_entry_add(seeker=seeker, actor=request.user, section=kind, **form.cleaned_data)
            except ValidationError as exc:
                form.add_service_errors(exc)
            else:
                messages.success(request, f"Added to {STAFF_RESUME_TITLES[kind].lower()}.")
                return redirect("staff:seeker-resume", state_id=seeker.state_id)
    sections = [
        (k, STAFF_RESUME_TITLES[k], entry_forms[k], getattr(seeker, rel).all())
        for k, rel in (
            ("work", "work_history"),
            ("education", "education"),
            ("credential", "credentials"),
            ("skill", "skills"),
            ("occupation", "desired_occupations"),
        )
    ]
    return render(request, "staff/people/resume_edit.html", {"seeker": seeker, "sections": sections})


STAFF_RESUME_TITLES = {**RESUME_TITLES, "occupation": "Occupations wanted"}


class ChangeSSNForm(UswdsFormMixin, forms.Form):
    """The new number and why it changes (the number is never shown back)."""

    ssn = forms.CharField(
        label="New Social Security number",
        max_length=11,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text="Nine digits; it is stored encrypted and only the last four are shown",
    )
    reason = forms.CharField(
        label="Why it changes",
        required=False,  # the service says why it is needed
        max_length=200,
        help_text="For example: the card was checked and the number was mistyped at registration",
    )


@require_http_methods(["GET", "POST"])
@capability_required("seekers.view", "seekers.ssn.change")
def ssn_change(request, state_id: str):
    """Change a person's SSN (audited with the reason, never with the number)."""
    seeker = _active_seeker(request, state_id)
    form = ChangeSSNForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            seeker_change_ssn(seeker=seeker, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, seeker_constants.SSN_CHANGED)
            return redirect("staff:seeker-detail", state_id=seeker.state_id)
    response = render(request, "staff/people/ssn_change.html", {"seeker": seeker, "form": form})
    response["Cache-Control"] = "no-store"
    return response
