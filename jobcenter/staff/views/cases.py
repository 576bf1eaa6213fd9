"""Staff pages for cases: caseload, case page, enrollment, recording services, notes, wage-survey notice,
supervisor dashboard, events with attendance, employer notes and services.

Views are thin: they check capabilities, fetch rows through ``scoped()`` and call ``cases.services``; the
rules (participation, exit, priority of service) and their messages come from the cases app.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_fsm import TransitionNotAllowed

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.models import JobCenter, User
from jobcenter.accounts.roles import ROLE_CAPABILITIES, user_can
from jobcenter.accounts.scoping import get_scoped_or_404, job_centers_in_scope, scoped
from jobcenter.cases import constants as case_constants
from jobcenter.cases import credentials, other_programs, selectors, services
from jobcenter.cases.catalogue import catalogue
from jobcenter.cases.choices import (
    ContactMethod,
    EmployerServiceCode,
    EventKind,
    JvsgReferralReason,
    NoteKind,
    OtherExitReason,
    Program,
    RecognizedCredentialType,
)
from jobcenter.cases.models import (
    CaseNote,
    EmployerCaseNote,
    EmployerService,
    Enrollment,
    Event,
    NoteTemplate,
    Service,
    SurveyMessageTemplate,
)
from jobcenter.core import clock
from jobcenter.core.forms import apply_service_errors, style_form, submit_form
from jobcenter.core.presentation import format_date
from jobcenter.employers.models import Employer
from jobcenter.seekers.models import JobSeeker
from jobcenter.staff.views.people import render_record

DATE_WIDGET = forms.DateInput(attrs={"type": "date", "class": "usa-input"})
CASE_MANAGER_ROLES = [r for r, caps in ROLE_CAPABILITIES.items() if "cases.record_service" in caps]


def _seeker(request, pk: int) -> JobSeeker:
    return get_scoped_or_404(JobSeeker.objects.all(), request.user, pk=pk)


# --- forms --------------------------------------------------------------------------------------------------------


class EnrollmentForm(forms.Form):
    """WP registration with a case manager; CSU staff choose the person's job center."""

    job_center = forms.ModelChoiceField(
        queryset=JobCenter.objects.all(), required=False, help_text="The job center the person chooses"
    )
    case_manager = forms.ModelChoiceField(
        queryset=User.objects.none(), required=False, help_text="Required: staff member in that job center"
    )
    program = forms.ChoiceField(choices=Program.choices, initial=Program.WAGNER_PEYSER)
    jvsg_referral_reason = forms.ChoiceField(
        choices=[("", "—"), *JvsgReferralReason.choices],
        required=False,
        label="Reason referred to Jobs for Veterans State Grants",
        help_text="Jobs for Veterans State Grants enrollments only",
    )
    registered_on = forms.DateField(widget=DATE_WIDGET, required=False, help_text="Defaults to today")
    # Situations that make a WP enrollment required (manual: WP Enrollment); profile facts are added by the service.
    staff_assisted_job_finding = forms.BooleanField(
        required=False, label="Needs staff-assisted services to find employment"
    )
    title_i_referral = forms.BooleanField(
        required=False, label="Being referred to WIOA Title I employment or training services"
    )
    taa = forms.BooleanField(required=False, label="Trade Act (TAA) customer")
    reentry = forms.BooleanField(required=False, label="In the Missouri Re-entry Process")

    SITUATIONS = ("staff_assisted_job_finding", "title_i_referral", "taa", "reentry")

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = User.objects.filter(is_active=True, role__in=CASE_MANAGER_ROLES, job_center__isnull=False)
        if user is not None:  # centers (and their case managers) within the user's scope; their own center first
            centers = job_centers_in_scope(user)
            self.fields["job_center"].queryset = centers
            qs = qs.filter(job_center__in=centers)
            if user.job_center_id and centers.filter(pk=user.job_center_id).exists():
                self.fields["job_center"].initial = user.job_center_id
                if user.role in CASE_MANAGER_ROLES:
                    self.fields["case_manager"].initial = user.pk
        self.fields["case_manager"].queryset = qs.select_related("job_center")
        self.fields["case_manager"].label_from_instance = lambda u: f"{u.display_name} — {u.job_center}"


class ServiceForm(forms.Form):
    """Record a service received (default today) or schedule a future one."""

    WHEN = [("received", "Received"), ("scheduled", "Scheduled for a future date")]

    code = forms.ChoiceField(label="Service", error_messages={"required": "Choose the service the person received."})
    when = forms.ChoiceField(choices=WHEN, initial="received", widget=forms.RadioSelect, label="Status")
    service_date = forms.DateField(widget=DATE_WIDGET, help_text="The day the service was (or will be) received")
    dvop_specialist = forms.BooleanField(
        required=False,
        label="Provided by a Disabled Veterans' Outreach Program (DVOP) specialist",
        help_text="Staff-assisted and individualized career services only",
    )
    remarks = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, as_of: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        # A blank first choice: a form saved untouched must not record the catalogue's first service.
        self.fields["code"].choices = [("", "- Select -")] + [
            (
                e.code,
                f"{e.label} (PIRL {e.pirl}{', triggers participation' if e.triggers_participation else ''})",
            )
            for e in catalogue(as_of=as_of)
        ]
        self.fields["service_date"].initial = as_of


class NoteForm(forms.Form):
    """A case note, optionally from a template; an addendum corrects an earlier note."""

    kind = forms.ChoiceField(choices=[c for c in NoteKind.choices if c[0] != NoteKind.ADDENDUM])
    template = forms.ModelChoiceField(queryset=NoteTemplate.objects.none(), required=False)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False, label="Note")

    def __init__(self, *args, for_employers: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = NoteTemplate.objects.filter(is_active=True, for_employers=for_employers)
        self.fields["template"].help_text = "Leave the note empty to use the template's wording"


class SurveyNoticeForm(forms.Form):
    """How and when the participant was told about the post-exit wage survey (policy A.1)."""

    method = forms.ChoiceField(choices=ContactMethod.choices, widget=forms.RadioSelect, label="How")
    template = forms.ModelChoiceField(queryset=SurveyMessageTemplate.objects.filter(is_active=True), label="Message")
    informed_on = forms.DateField(widget=DATE_WIDGET)


class ExitReasonForm(forms.Form):
    """PIRL 923 other reason for exit."""

    reason = forms.ChoiceField(choices=[c for c in OtherExitReason.choices if c[0] != OtherExitReason.NONE])
    on = forms.DateField(widget=DATE_WIDGET, label="Date")


class OtherProgramsForm(forms.Form):
    """Other programs the person took part in during the period (PIRL 907-932); blank = not recorded."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in other_programs.FIELDS:
            field = Enrollment._meta.get_field(name)
            self.fields[name] = forms.ChoiceField(
                label=str(field.verbose_name)[:1].upper() + str(field.verbose_name)[1:],
                choices=[("", "Not recorded"), *field.choices],
                required=False,
            )


class CredentialForm(forms.Form):
    """A recognized diploma, degree, licence or certificate staff verified (PIRL 1800/1801)."""

    kind = forms.ChoiceField(choices=RecognizedCredentialType.choices, label="Type of credential")
    name = forms.CharField(
        max_length=200, required=False, label="Name of the credential", help_text="For example: CDL Class A"
    )
    attained_on = forms.DateField(widget=DATE_WIDGET, label="Date attained")


class EventForm(forms.Form):
    """A workshop, informational workshop or hiring event on the Events Calendar."""

    title = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=EventKind.choices)
    service_code = forms.ChoiceField(label="Service recorded for each attendee")
    job_center = forms.ModelChoiceField(queryset=JobCenter.objects.all())
    held_on = forms.DateField(widget=DATE_WIDGET)
    location = forms.CharField(max_length=200, required=False)

    def __init__(self, *args, as_of: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service_code"].choices = [(e.code, e.label) for e in catalogue(as_of=as_of)]


class AttendanceForm(forms.Form):
    """State IDs of attendees, one per line or separated by commas."""

    state_ids = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Attendees' State IDs")


class EmployerServiceForm(forms.Form):
    """A service to an employer."""

    code = forms.ChoiceField(choices=EmployerServiceCode.choices, label="Service")
    service_date = forms.DateField(widget=DATE_WIDGET)
    remarks = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


# --- caseload and case page ---------------------------------------------------------------------------------------


@capability_required("cases.view")
def caseload(request):
    """Open enrollments, covered persons first (disabled veterans before other veterans), then nearest exit."""
    mine = request.GET.get("mine") == "1"
    q = request.GET.get("q", "").strip()
    rows = selectors.caseload(user=request.user, case_manager=request.user if mine else None, q=q)
    return render(request, "staff/cases/caseload.html", {"rows": rows, "mine": mine, "q": q, "today": clock.today()})


@capability_required("cases.view")
def case_detail(request, pk: int):
    """The person record seen from the case side: PIRL facts, live exit forecast, enrollments, timeline of
    services and notes (the same page as the seeker record)."""
    seeker = get_scoped_or_404(JobSeeker.objects.select_related("home_job_center", "merged_into"), request.user, pk=pk)
    return render_record(request, seeker)


@capability_required("cases.enroll")
def enroll(request, pk: int):
    """WP registration: choose the case manager (and, for CSU, the job center the person chooses)."""
    seeker = _seeker(request, pk)
    form = style_form(EnrollmentForm(request.POST or None, user=request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.enrollment_create(
                actor=request.user,
                seeker=seeker,
                case_manager=form.cleaned_data["case_manager"],
                job_center=form.cleaned_data["job_center"],
                program=form.cleaned_data["program"],
                registered_on=form.cleaned_data["registered_on"],
                jvsg_referral_reason=form.cleaned_data["jvsg_referral_reason"],
                situations={name: form.cleaned_data[name] for name in EnrollmentForm.SITUATIONS},
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, "Enrollment registered. Record the first service to complete it.")
            return redirect("staff:case-detail", pk=seeker.pk)
    return render(request, "staff/cases/form.html", {"seeker": seeker, "form": form, "title": "Enroll in a program"})


@capability_required("cases.record_service")
def service_new(request, pk: int):
    """Record a service received, or schedule one."""
    seeker = _seeker(request, pk)
    today = clock.today()
    form = style_form(ServiceForm(request.POST or None, as_of=today))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["when"] == "scheduled":
                services.service_schedule(
                    actor=request.user,
                    seeker=seeker,
                    code=data["code"],
                    service_date=data["service_date"],
                    remarks=data["remarks"],
                    dvop_specialist=data["dvop_specialist"],
                )
            else:
                services.service_record(
                    actor=request.user,
                    seeker=seeker,
                    code=data["code"],
                    service_date=data["service_date"],
                    remarks=data["remarks"],
                    dvop_specialist=data["dvop_specialist"],
                )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, "Service saved.")
            return redirect("staff:case-detail", pk=seeker.pk)
    return render(request, "staff/cases/form.html", {"seeker": seeker, "form": form, "title": "Record a service"})


@require_POST
@capability_required("cases.record_service")
def service_change(request, pk: int, action: str):
    """Mark a scheduled service delivered or cancelled."""
    service = get_scoped_or_404(Service.objects.select_related("seeker"), request.user, pk=pk)
    try:
        if action == "deliver":
            services.service_deliver(actor=request.user, service=service)
        elif action == "cancel":
            services.service_cancel(actor=request.user, service=service)
        else:
            raise Http404
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except TransitionNotAllowed:
        messages.error(request, "This service is no longer scheduled.")
    return redirect("staff:case-detail", pk=service.seeker_id)


@capability_required("cases.note")
def note_new(request, pk: int):
    """Add a case note (or an addendum correcting one)."""
    seeker = _seeker(request, pk)
    addendum_to = None
    if request.GET.get("addendum_to") or request.POST.get("addendum_to"):
        addendum_to = get_scoped_or_404(
            CaseNote.objects.filter(seeker=seeker),
            request.user,
            pk=request.GET.get("addendum_to") or request.POST.get("addendum_to"),
        )
    form = style_form(NoteForm(request.POST or None))
    if request.method == "POST" and form.is_valid():
        try:
            services.case_note_add(
                actor=request.user,
                seeker=seeker,
                body=form.cleaned_data["body"],
                kind=form.cleaned_data["kind"],
                template=form.cleaned_data["template"],
                addendum_to=addendum_to,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, "Note added.")
            return redirect("staff:case-detail", pk=seeker.pk)
    title = "Add an addendum" if addendum_to else "Add a case note"
    return render(
        request, "staff/cases/form.html", {"seeker": seeker, "form": form, "title": title, "addendum_to": addendum_to}
    )


@capability_required("cases.record_service")
def survey_notice(request, pk: int):
    """Record that the participant was told about the post-exit wage survey (policy A.1)."""
    seeker = _seeker(request, pk)
    template = services.survey_template_default()
    form = style_form(
        SurveyNoticeForm(request.POST or None, initial={"template": template, "informed_on": clock.today()})
    )
    if submit_form(
        request, form, lambda data: services.survey_notice_record(actor=request.user, seeker=seeker, **data)
    ):
        messages.success(request, "Recorded: the participant was informed about the follow-up survey.")
        return redirect("staff:case-detail", pk=seeker.pk)
    return render(
        request,
        "staff/cases/form.html",
        {
            "seeker": seeker,
            "form": form,
            "title": "Wage follow-up survey: informed at program entry",
            "template": template,
        },
    )


@capability_required("cases.enroll")
def exit_reason(request, pk: int):
    """Record a PIRL 923 other reason for exit on an enrollment."""
    enrollment = get_scoped_or_404(Enrollment.objects.select_related("seeker"), request.user, pk=pk)
    form = style_form(ExitReasonForm(request.POST or None, initial={"on": clock.today()}))
    record = lambda data: services.enrollment_record_other_exit_reason(  # noqa: E731
        actor=request.user, enrollment=enrollment, **data
    )
    if submit_form(request, form, record):
        messages.success(request, "Other reason for exit recorded.")
        return redirect("staff:case-detail", pk=enrollment.seeker_id)
    context = {
        "seeker": enrollment.seeker,
        "form": form,
        "title": "Other reason for exit",
        "procedure": case_constants.OTHER_EXIT_REASON_PROCEDURE,
        "citation": case_constants.OTHER_EXIT_REASON_CITATION,
    }
    return render(request, "staff/cases/form.html", context)


@capability_required("cases.enroll")
def other_programs_edit(request, pk: int):
    """Record the other programs of a Wagner-Peyser period (PIRL 907-932, ``cases.other_programs``)."""
    enrollment = get_scoped_or_404(
        Enrollment.objects.select_related("seeker").filter(program=Program.WAGNER_PEYSER), request.user, pk=pk
    )
    initial = {f: getattr(enrollment, f) for f in other_programs.FIELDS}
    form = style_form(OtherProgramsForm(request.POST or None, initial=initial))
    record = lambda data: other_programs.enrollment_record_other_programs(  # noqa: E731
        actor=request.user, enrollment=enrollment, **data
    )
    if submit_form(request, form, record):
        messages.success(request, "Other programs recorded.")
        return redirect("staff:case-detail", pk=enrollment.seeker_id)
    title = f"Other programs during the Wagner-Peyser enrollment from {format_date(enrollment.registered_on)}"
    return render(request, "staff/cases/form.html", {"seeker": enrollment.seeker, "form": form, "title": title})


@capability_required("cases.record_service")
def credential_new(request, pk: int):
    """Record a recognized credential the person attained (PIRL 1800/1801, ``cases.credentials``)."""
    seeker = _seeker(request, pk)
    form = style_form(CredentialForm(request.POST or None))
    record = lambda data: credentials.credential_record(actor=request.user, seeker=seeker, **data)  # noqa: E731
    if submit_form(request, form, record):
        messages.success(request, "Recognized credential recorded.")
        return redirect("staff:case-detail", pk=seeker.pk)
    return render(
        request, "staff/cases/form.html", {"seeker": seeker, "form": form, "title": "Record a recognized credential"}
    )


# --- supervisor dashboard -----------------------------------------------------------------------------------------


@capability_required("cases.supervise")
def supervision(request):
    """Late entries (last 30 days), enrollments without a working case manager, participants not informed."""
    today = clock.today()
    context = {
        "late": selectors.late_entries(user=request.user, since=today - dt.timedelta(days=30), until=today),
        "missing": selectors.enrollments_missing_case_manager(user=request.user),
        "uninformed": selectors.participants_not_informed(user=request.user),
        "today": today,
    }
    return render(request, "staff/cases/supervision.html", context)


# --- events -------------------------------------------------------------------------------------------------------


@capability_required("cases.view")
def event_list(request):
    """Events Calendar: upcoming and recent events; staff who record services can add one."""
    today = clock.today()
    form = None
    if user_can(request.user, "cases.record_service"):
        form = style_form(
            EventForm(
                request.POST or None,
                as_of=today,
                initial={"job_center": request.user.job_center_id, "held_on": today},
            )
        )
        if request.method == "POST" and form.is_valid():
            try:
                event = services.event_create(actor=request.user, **form.cleaned_data)
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, "Event added.")
                return redirect("staff:case-event", pk=event.pk)
    elif request.method == "POST":
        raise PermissionDenied("Your role cannot do this (cases.record_service).")
    events = scoped(Event.objects.select_related("job_center"), request.user)[:100]
    return render(request, "staff/cases/events.html", {"events": events, "form": form})


@capability_required("cases.view")
def event_detail(request, pk: int):
    """An event and its attendance; recording attendance records a service for each attendee."""
    event = get_scoped_or_404(Event.objects.select_related("job_center"), request.user, pk=pk)
    form = style_form(AttendanceForm(request.POST or None)) if user_can(request.user, "cases.record_service") else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied("Your role cannot do this (cases.record_service).")
        if form.is_valid():
            ids = [s.strip() for s in form.cleaned_data["state_ids"].replace(",", "\n").splitlines() if s.strip()]
            found = {s.state_id: s for s in scoped(JobSeeker.objects.filter(state_id__in=ids), request.user)}
            unknown = [i for i in ids if i not in found]
            recorded, problems = services.event_record_attendance(
                actor=request.user, event=event, seekers=[found[i] for i in ids if i in found]
            )
            for i in unknown:
                problems.append(f"{i}: no such job seeker in your area.")
            if recorded:
                messages.success(request, f"Attendance recorded for {len(recorded)} person(s).")
            for p in problems:
                messages.warning(request, p)
            return redirect("staff:case-event", pk=event.pk)
    attendance = scoped(event.attendance.select_related("seeker", "service"), request.user)
    return render(request, "staff/cases/event_detail.html", {"event": event, "attendance": attendance, "form": form})


# --- employers ----------------------------------------------------------------------------------------------------


@capability_required("cases.view", "employers.view")
def employer_case(request, pk: int):
    """An employer's case notes and services; add either here."""
    employer = get_scoped_or_404(Employer.objects.all(), request.user, pk=pk)
    today = clock.today()
    note_form = style_form(NoteForm(prefix="note", for_employers=True))
    service_form = style_form(EmployerServiceForm(prefix="svc", initial={"service_date": today}))
    if request.method == "POST":
        kind = request.POST.get("form")
        capability = "cases.note" if kind == "note" else "cases.record_service"
        if not user_can(request.user, capability):
            raise PermissionDenied(f"Your role cannot do this ({capability}).")
        try:
            if kind == "note":
                note_form = style_form(NoteForm(request.POST, prefix="note", for_employers=True))
                if note_form.is_valid():
                    services.case_note_add(
                        actor=request.user,
                        employer=employer,
                        body=note_form.cleaned_data["body"],
                        kind=note_form.cleaned_data["kind"],
                        template=note_form.cleaned_data["template"],
                    )
                    messages.success(request, "Note added.")
                    return redirect("staff:case-employer", pk=employer.pk)
            else:
                service_form = style_form(EmployerServiceForm(request.POST, prefix="svc"))
                if service_form.is_valid():
                    services.employer_service_record(actor=request.user, employer=employer, **service_form.cleaned_data)
                    messages.success(request, "Employer service recorded.")
                    return redirect("staff:case-employer", pk=employer.pk)
        except ValidationError as exc:
            apply_service_errors(note_form if kind == "note" else service_form, exc)
    context = {
        "employer": employer,
        "notes": scoped(EmployerCaseNote.objects.filter(employer=employer), request.user),
        "services": scoped(EmployerService.objects.filter(employer=employer), request.user),
        "note_form": note_form,
        "service_form": service_form,
        "can_note": user_can(request.user, "cases.note"),
        "can_record": user_can(request.user, "cases.record_service"),
    }
    return render(request, "staff/cases/employer.html", context)


def case_url(seeker) -> str:
    """The case page of a job seeker (for other areas' links)."""
    return reverse("staff:case-detail", kwargs={"pk": seeker.pk})
