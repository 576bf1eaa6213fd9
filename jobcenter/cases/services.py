"""Writes for cases: enrollments, services, events, case notes, survey notices, exits.

Every function is keyword-only, validates with ``full_clean()`` before saving and audits what people do.
Rules (participation, exit) live in ``rules.py``; the facts they need are read by ``selectors.py``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.accounts.choices import Role
from jobcenter.cases import constants, rules, selectors
from jobcenter.cases.catalogue import CatalogueError, service_type
from jobcenter.cases.choices import (
    CAREER_SERVICE_CATEGORIES,
    ContactMethod,
    EmployerServiceCode,
    EnrollmentStatus,
    EventKind,
    NoteKind,
    OtherExitReason,
    Program,
    ServiceCategory,
    ServiceStatus,
)
from jobcenter.cases.models import (
    CaseNote,
    EmployerCaseNote,
    EmployerService,
    Enrollment,
    Event,
    EventAttendance,
    NoteTemplate,
    Service,
    SurveyMessageTemplate,
    SurveyNotice,
)
from jobcenter.core import clock
from jobcenter.core.audit import audit_log


@transaction.atomic
def case_note_add(
    *,
    actor,
    seeker=None,
    employer=None,
    body: str,
    kind: str = NoteKind.GENERAL,
    template: NoteTemplate | None = None,
    addendum_to: CaseNote | EmployerCaseNote | None = None,
    job_order=None,
    event: str = "",
) -> CaseNote | EmployerCaseNote:
    """Append a case note to a job seeker's or an employer's journal (manual: Case Notes & Services, Employer
    Case Notes & Services — "enter case notes ... upon interaction").

    Notes are never edited or deleted; a correction is a new note with ``addendum_to`` set to the note it
    corrects (kind ``addendum``). Returns a ``CaseNote`` (seeker) or ``EmployerCaseNote`` (employer); employer notes
    written by job order events carry the ``job_order`` and the ``event`` code.
    """
    if (seeker is None) == (employer is None):
        raise ValidationError(constants.NOTE_TARGET)
    body = (body or "").strip()
    if not body and template is not None:
        body = template.body.strip()
    if not body:
        raise ValidationError({"body": constants.NOTE_EMPTY})
    if addendum_to is not None:
        same = (seeker is not None and isinstance(addendum_to, CaseNote) and addendum_to.seeker_id == seeker.pk) or (
            employer is not None
            and isinstance(addendum_to, EmployerCaseNote)
            and addendum_to.employer_id == employer.pk
        )
        if not same:
            raise ValidationError(constants.ADDENDUM_TARGET)
        kind = NoteKind.ADDENDUM
    common = {
        "kind": kind,
        "body": body,
        "template": template,
        "author": actor if getattr(actor, "pk", None) else None,
        "author_label": getattr(actor, "display_name", None) or "system",
        "created_at": clock.now(),
        "addendum_to": addendum_to,
    }
    if seeker is not None:
        if job_order is not None or event:
            raise ValidationError(constants.NOTE_TARGET)
        note = CaseNote(seeker=seeker, **common)
    else:
        note = EmployerCaseNote(employer=employer, job_order=job_order, event=event, **common)
    note.full_clean()
    note.save()
    audit_log(
        action="cases.note.created" if seeker is not None else "cases.employer_note.created",
        actor=actor,
        obj=note,
        data={"kind": kind, "addendum_to": addendum_to.pk if addendum_to else None},
    )
    return note


# --- Enrollment ---------------------------------------------------------------------------------------------------


def _apply_exit_if_due(enrollment: Enrollment, *, as_of: dt.date) -> Enrollment:
    """Exit an enrolled period whose 90 days have passed (retroactive exit date)."""
    if enrollment.status != EnrollmentStatus.ENROLLED:
        return enrollment
    period = selectors.enrollment_period(enrollment, as_of=as_of)
    if period is not None and not period.is_open:
        enrollment.exit(exit_date=period.exit_date)
        enrollment.full_clean(exclude=["status"])
        enrollment.save()
        audit_log(
            action="cases.enrollment.exited",
            actor=None,
            obj=enrollment,
            data={"exit_date": period.exit_date, "determined_on": as_of},
        )
    return enrollment


@transaction.atomic
def enrollment_create(
    *,
    actor,
    seeker,
    case_manager,
    job_center=None,
    program: str = Program.WAGNER_PEYSER,
    registered_on: dt.date | None = None,
    situations: dict[str, bool] | None = None,
    jvsg_referral_reason: str = "",
) -> Enrollment:
    """Register a person in a program with a case manager (manual: WP Enrollment).

    ``situations`` are what staff know beyond the profile (``staff_assisted_job_finding``, ``title_i_referral``,
    ``taa``, ``reentry``); with the profile facts they give the manual's reasons this enrollment is required,
    recorded on the enrollment and in the audit log.

    "All WP participants require the assignment of case manager during the enrollment process. Any WP
    participant enrolled through the Customer Service Unit (CSU) must receive the assignment for a case manager
    within the job center of the participant's choosing." The enrollment is *complete* when the first
    participation-triggering service is recorded (``service_record``).

    A JVSG enrollment is the referral to JVSG services and records why (``jvsg_referral_reason``, PIRL 1114
    codes 1-4; DOL PIRL public-use layout PY2022 Q4; federal-specs 1.4); other programs take no reason.
    """
    today = clock.today()
    registered_on = registered_on or today
    via_csu = getattr(actor, "role", None) == Role.CSU
    if case_manager is None:
        raise ValidationError({"case_manager": constants.CASE_MANAGER_REQUIRED})
    if program == Program.JVSG and not jvsg_referral_reason:
        raise ValidationError({"jvsg_referral_reason": constants.JVSG_REASON_REQUIRED})
    if program != Program.JVSG and jvsg_referral_reason:
        raise ValidationError({"jvsg_referral_reason": constants.JVSG_REASON_NOT_JVSG})
    if via_csu and job_center is None:
        raise ValidationError({"job_center": constants.CSU_CENTER_REQUIRED})
    job_center = job_center or case_manager.job_center
    if not case_manager.is_active or "cases.record_service" not in case_manager.capabilities:
        raise ValidationError({"case_manager": constants.CASE_MANAGER_NOT_STAFF})
    if job_center is None or case_manager.job_center_id != job_center.pk:
        raise ValidationError({"case_manager": constants.CASE_MANAGER_WRONG_CENTER})
    for existing in (
        Enrollment.objects.select_for_update()
        .filter(seeker=seeker, program=program)
        .exclude(status=EnrollmentStatus.EXITED)
    ):
        _apply_exit_if_due(existing, as_of=today)
        if existing.is_open:
            raise ValidationError(
                constants.ALREADY_ENROLLED.format(program=existing.get_program_display(), since=existing.registered_on)
            )
    from jobcenter.cases.selectors import enrollment_required

    reasons = [r.code for r in enrollment_required(seeker, **(situations or {}))]
    enrollment = Enrollment(
        seeker=seeker,
        required_reasons=reasons,
        program=program,
        job_center=job_center,
        case_manager=case_manager,
        registered_on=registered_on,
        jvsg_referral_reason=jvsg_referral_reason,
        via_csu=via_csu,
        created_by=actor if getattr(actor, "pk", None) else None,
        created_at=clock.now(),
    )
    enrollment.full_clean(exclude=["status"])
    enrollment.save()
    if seeker.home_job_center_id is None:
        # The person's chosen job center becomes their home center, so its staff can see the case.
        type(seeker).objects.filter(pk=seeker.pk).update(home_job_center=job_center)
        seeker.home_job_center = job_center
    audit_log(
        action="cases.enrollment.created",
        actor=actor,
        obj=enrollment,
        data={
            "program": program,
            "job_center": job_center.code,
            "case_manager": case_manager.username,
            "csu": via_csu,
            "required_reasons": reasons,
        },
    )
    return enrollment


def require_active_enrollment(
    seeker, *, program: str = Program.WAGNER_PEYSER, as_of: dt.date | None = None
) -> Enrollment:
    """The seeker's active enrollment, or ``ValidationError(ENROLLMENT_REQUIRED)``.

    Manual, WP Enrollment: "Staff must complete a WP enrollment before recording any staff-assisted
    services"; Manage Labor Exchange Tools: "Job Seekers without an active WP enrollment cannot be issued a job
    order referral until the WP enrollment has been completed." Referral code calls this before referring.
    """
    as_of = as_of or clock.today()
    enrollment = selectors.active_enrollment(seeker, program=program, as_of=as_of)
    if enrollment is None:
        for stale in Enrollment.objects.filter(seeker=seeker, program=program, status=EnrollmentStatus.ENROLLED):
            _apply_exit_if_due(stale, as_of=as_of)
        if program == Program.WAGNER_PEYSER:
            raise ValidationError(constants.ENROLLMENT_REQUIRED, code="enrollment_required")
        raise ValidationError(
            constants.PROGRAM_ENROLLMENT_REQUIRED.format(program=Program(program).label), code="enrollment_required"
        )
    return enrollment


@transaction.atomic
def enrollment_record_other_exit_reason(*, actor, enrollment: Enrollment, reason: str, on: dt.date) -> Enrollment:
    """Record a PIRL 923 other reason for exit (01-07): the person left for a reason that excludes them from
    performance indicators (TEGL 10-16 Chg 3; federal-specs 1.3)."""
    if reason not in OtherExitReason.values or reason == OtherExitReason.NONE:
        raise ValidationError({"reason": constants.EXIT_REASON_NOT_NONE})
    if on > clock.today():
        raise ValidationError({"on": constants.EXIT_REASON_DATE_FUTURE})
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    enrollment.other_exit_reason = reason
    enrollment.other_exit_reason_on = on
    enrollment.full_clean(exclude=["status"])
    enrollment.save(update_fields=["other_exit_reason", "other_exit_reason_on"])
    audit_log(
        action="cases.enrollment.exit_reason_recorded", actor=actor, obj=enrollment, data={"reason": reason, "on": on}
    )
    return enrollment


def enrollments_apply_exits(*, as_of: dt.date | None = None) -> int:
    """Nightly job: exit every enrolled period whose 90 days have passed with nothing scheduled (TEGL 10-16
    Chg 3; 20 CFR 677.150(c)). Returns how many exited. Idempotent."""
    as_of = as_of or clock.today()
    n = 0
    for enrollment in Enrollment.objects.filter(status=EnrollmentStatus.ENROLLED).iterator():
        with transaction.atomic():
            _apply_exit_if_due(enrollment, as_of=as_of)
            n += enrollment.status == EnrollmentStatus.EXITED
    return n


# --- Services -----------------------------------------------------------------------------------------------------


def _catalogue_entry(code: str, day: dt.date):
    try:
        return service_type(code, as_of=day)
    except CatalogueError:
        raise ValidationError({"code": constants.UNKNOWN_SERVICE.format(code=code, date=day)}) from None


def _enrollment_for(seeker, st, *, day: dt.date) -> Enrollment | None:
    """The enrollment a service belongs to, enforcing who may receive it.

    * self-service / information-only: no enrollment needed (manual: WP Enrollment);
    * follow-up: after participation, usually after exit — any enrollment that reached participation
      (federal-specs 1.4: 1503 follow-up; it never extends exit);
    * supportive services: only for a current participant (federal-specs 1.4: "must already be participant");
    * everything else: an active enrollment (manual: WP Enrollment).
    """
    if not st.requires_enrollment:
        return selectors.active_enrollment(seeker, program=st.program)
    if st.category == ServiceCategory.FOLLOW_UP:
        enrollment = (
            Enrollment.objects.filter(seeker=seeker, program=st.program, participation_date__isnull=False)
            .order_by("-registered_on", "-id")
            .first()
        )
        if enrollment is None:
            raise ValidationError({"code": constants.FOLLOW_UP_NEEDS_PARTICIPANT})
        return enrollment
    enrollment = require_active_enrollment(seeker, program=st.program)
    if st.category == ServiceCategory.SUPPORTIVE and enrollment.status != EnrollmentStatus.ENROLLED:
        raise ValidationError({"code": constants.SUPPORTIVE_NEEDS_PARTICIPANT})
    if day < enrollment.registered_on:
        raise ValidationError(
            {"service_date": constants.SERVICE_BEFORE_REGISTRATION.format(registered=enrollment.registered_on)}
        )
    return enrollment


def _check_dvop(st, dvop_specialist: bool) -> None:
    """PIRL 1005 is "any career service provided by a DVOP specialist" (DOL PIRL public-use layout PY2022 Q4;
    federal-specs 1.4): the mark fits staff-assisted and individualized career services only."""
    if dvop_specialist and st.category not in CAREER_SERVICE_CATEGORIES:
        raise ValidationError({"dvop_specialist": constants.DVOP_NOT_CAREER_SERVICE})


def _complete_enrollment(enrollment: Enrollment | None, service: Service) -> None:
    """The first participation-triggering service completes the enrollment (PIRL 900 = its date)."""
    if enrollment is None or not service.triggers_participation or service.status != ServiceStatus.DELIVERED:
        return
    if enrollment.status == EnrollmentStatus.REGISTERED:
        enrollment.complete(participation_date=service.service_date)
        enrollment.full_clean(exclude=["status"])
        enrollment.save()
        audit_log(
            action="cases.enrollment.completed",
            actor=service.recorded_by,
            obj=enrollment,
            data={"participation_date": service.service_date, "service": service.code},
        )
    elif enrollment.participation_date and service.service_date < enrollment.participation_date:
        # A late entry for an earlier day moves the date of participation back.
        enrollment.participation_date = service.service_date
        enrollment.save(update_fields=["participation_date"])


@transaction.atomic
def service_record(
    *,
    actor,
    seeker,
    code: str,
    service_date: dt.date | None = None,
    remarks: str = "",
    event: Event | None = None,
    job_center=None,
    dvop_specialist: bool = False,
) -> Service:
    """Record a service the person received on ``service_date`` (default today; manual: Case Notes &
    Services — "entered the day received"; later entries are reported as late).

    Staff-assisted, individualized, training, follow-up and supportive services need an active enrollment in the
    service's program (manual: WP Enrollment); self-service and information-only services do not. The first
    participation-triggering service completes the enrollment. ``dvop_specialist`` marks a career service a DVOP
    specialist provided (PIRL 1005).
    """
    today = clock.today()
    service_date = service_date or today
    if service_date > today:
        raise ValidationError({"service_date": constants.SERVICE_DATE_FUTURE})
    service, st = _service_save(
        actor=actor,
        seeker=seeker,
        code=code,
        service_date=service_date,
        dvop_specialist=dvop_specialist,
        remarks=remarks,
        job_center=job_center,
        event=event,
    )
    _complete_enrollment(service.enrollment, service)
    late = rules.days_late(
        service_date=service_date,
        recorded_on=today,
        tolerance_days=selectors.late_entry_tolerance(as_of=service_date),
    )
    audit_log(
        action="cases.service.recorded",
        actor=actor,
        obj=service,
        data={"code": st.code, "pirl": st.pirl, "service_date": service_date, "days_late": late},
    )
    return service


@transaction.atomic
def service_schedule(
    *, actor, seeker, code: str, service_date: dt.date, remarks: str = "", dvop_specialist: bool = False
) -> Service:
    """Schedule a future service. While scheduled it keeps the person from exiting (federal-specs 2.2: exit only
    when "no future services scheduled"); it completes an enrollment only once delivered."""
    today = clock.today()
    if service_date <= today:
        raise ValidationError({"service_date": constants.SCHEDULE_DATE_PAST})
    service, st = _service_save(
        actor=actor,
        seeker=seeker,
        code=code,
        service_date=service_date,
        dvop_specialist=dvop_specialist,
        remarks=remarks,
        status=ServiceStatus.SCHEDULED,
    )
    audit_log(action="cases.service.scheduled", actor=actor, obj=service, data={"code": st.code, "date": service_date})
    return service


def _service_save(
    *, actor, seeker, code: str, service_date: dt.date, dvop_specialist: bool, remarks: str, job_center=None, **fields
):
    """A validated, saved service of the catalogue entry ``code`` on ``service_date``, attached to the enrollment
    it needs (refused without one), entered by ``actor`` now; ``fields``: status, event. Returns it and the entry."""
    st = _catalogue_entry(code, service_date)
    _check_dvop(st, dvop_specialist)
    enrollment = _enrollment_for(seeker, st, day=service_date)
    service = Service(
        seeker=seeker,
        enrollment=enrollment,
        program=st.program,
        code=st.code,
        name=st.name,
        pirl_element=st.pirl,
        category=st.category,
        triggers_participation=st.triggers_participation,
        dvop_specialist=dvop_specialist,
        service_date=service_date,
        job_center=job_center or getattr(actor, "job_center", None) or (enrollment.job_center if enrollment else None),
        remarks=remarks,
        recorded_by=actor if getattr(actor, "pk", None) else None,
        recorded_at=clock.now(),
        **fields,
    )
    service.full_clean(exclude=["status"])
    service.save()
    return service, st


@transaction.atomic
def service_deliver(*, actor, service: Service, on: dt.date | None = None) -> Service:
    """A scheduled service took place on ``on`` (default its scheduled day, never a future day)."""
    today = clock.today()
    on = on or min(service.service_date, today)
    if on > today:
        raise ValidationError({"service_date": constants.SERVICE_DATE_FUTURE})
    service.deliver(on=on, recorded_at=clock.now(), by=actor)
    service.full_clean(exclude=["status"])
    service.save()
    enrollment = service.enrollment
    if enrollment is not None:
        enrollment.refresh_from_db()
    _complete_enrollment(enrollment, service)
    audit_log(action="cases.service.delivered", actor=actor, obj=service, data={"code": service.code, "on": on})
    return service


@transaction.atomic
def service_cancel(*, actor, service: Service) -> Service:
    """A scheduled service will not happen; it stops blocking exit."""
    service.cancel()
    service.save()
    audit_log(action="cases.service.cancelled", actor=actor, obj=service, data={"code": service.code})
    return service


# --- Events and employer services ---------------------------------------------------------------------------------


@transaction.atomic
def event_create(
    *,
    actor,
    title: str,
    kind: str,
    service_code: str,
    job_center,
    held_on: dt.date,
    employer=None,
    location: str = "",
) -> Event:
    """Put an event on the Events Calendar. Informational workshops must record an information-only code; other
    events a participation-triggering code (manual: WP Enrollment — "tracked services using the Events Calendar,
    with the exception of informational workshops"). A hiring event with an employer is an employer service."""
    st = _catalogue_entry(service_code, held_on)
    if kind == EventKind.INFORMATIONAL and st.category != ServiceCategory.INFORMATION_ONLY:
        raise ValidationError({"service_code": constants.EVENT_SERVICE_INFORMATIONAL})
    if kind != EventKind.INFORMATIONAL and not st.triggers_participation:
        raise ValidationError({"service_code": constants.EVENT_SERVICE_NOT_INFORMATIONAL})
    event = Event(
        title=title,
        kind=kind,
        service_code=st.code,
        job_center=job_center,
        employer=employer,
        held_on=held_on,
        location=location,
        created_by=actor if getattr(actor, "pk", None) else None,
        created_at=clock.now(),
    )
    event.full_clean()
    event.save()
    audit_log(action="cases.event.created", actor=actor, obj=event, data={"kind": kind, "code": st.code})
    if employer is not None and kind == EventKind.HIRING_EVENT:
        employer_service_record(
            actor=actor, employer=employer, code=EmployerServiceCode.HIRING_EVENT, service_date=held_on, event=event
        )
    return event


def event_record_attendance(*, actor, event: Event, seekers) -> tuple[list[Service], list[str]]:
    """Record a service for each attendee. Attendees of a staff-assisted event who have no active WP enrollment
    are not recorded (each gets a message); informational workshops record information-only services, which
    need no enrollment and never trigger participation."""
    recorded, problems = [], []
    for seeker in seekers:
        if EventAttendance.objects.filter(event=event, seeker=seeker).exists():
            problems.append(constants.ATTENDEE_ALREADY.format(name=seeker.full_name))
            continue
        try:
            with transaction.atomic():
                service = service_record(
                    actor=actor,
                    seeker=seeker,
                    code=event.service_code,
                    service_date=event.held_on,
                    event=event,
                    job_center=event.job_center,
                )
                EventAttendance.objects.create(event=event, seeker=seeker, service=service, recorded_at=clock.now())
        except ValidationError as exc:
            if getattr(exc, "code", None) == "enrollment_required":
                problems.append(constants.ATTENDEE_NOT_ENROLLED.format(name=seeker.full_name))
                continue
            problems.append(f"{seeker.full_name}: {' '.join(exc.messages)}")
            continue
        recorded.append(service)
    return recorded, problems


@transaction.atomic
def employer_service_record(
    *, actor, employer, code: str, service_date: dt.date | None = None, remarks: str = "", event: Event | None = None
) -> EmployerService:
    """Record a service to an employer for employer reporting (manual: Employer Case Notes & Services)."""
    today = clock.today()
    service_date = service_date or today
    row = EmployerService(
        employer=employer,
        code=code,
        service_date=service_date,
        job_center=getattr(actor, "job_center", None) or employer.job_center,
        event=event,
        remarks=remarks,
        recorded_by=actor if getattr(actor, "pk", None) else None,
        recorded_at=clock.now(),
    )
    row.full_clean()
    row.save()
    audit_log(action="cases.employer_service.recorded", actor=actor, obj=row, data={"code": code, "date": service_date})
    return row


# --- Wage survey notice -------------------------------------------------------------------------------------------


def survey_template_default() -> SurveyMessageTemplate:
    """The active survey message (the policy A.1 wording seeded by migration, editable by administrators)."""
    return SurveyMessageTemplate.objects.filter(is_active=True).order_by("id").first()


@transaction.atomic
def survey_notice_record(
    *,
    actor,
    seeker,
    method: str,
    template: SurveyMessageTemplate | None = None,
    informed_on: dt.date | None = None,
) -> SurveyNotice:
    """Record that staff told the participant at program entry about the post-exit wage follow-up survey, and
    how (Oklahoma supplemental wage policy A.1: in person, phone or voice message, email/text/social media).
    The message must state participant expectations, required documentation and the collection timeframe."""
    informed_on = informed_on or clock.today()
    if informed_on > clock.today():
        raise ValidationError({"informed_on": constants.SURVEY_DATE_FUTURE})
    if method not in ContactMethod.values:
        raise ValidationError({"method": constants.SURVEY_METHOD})
    enrollment = Enrollment.objects.filter(seeker=seeker, program=Program.WAGNER_PEYSER).first()
    if enrollment is None:
        raise ValidationError(constants.SURVEY_NOT_PARTICIPANT)
    template = template or survey_template_default()
    if template is None:
        raise ValidationError(constants.SURVEY_TEMPLATE_PARTS)
    template.full_clean()  # the three required parts
    notice = SurveyNotice(
        seeker=seeker,
        enrollment=enrollment,
        method=method,
        template=template,
        message=template.full_text,
        informed_on=informed_on,
        recorded_by=actor if getattr(actor, "pk", None) else None,
        recorded_at=clock.now(),
    )
    notice.full_clean()
    notice.save()
    audit_log(action="cases.survey_notice.recorded", actor=actor, obj=notice, data={"method": method})
    return notice
