"""Cases API: case summary, services, notes, caseload, supervision lists, events and the service catalogue.

Every endpoint checks the caller's capability and reads rows through ``scoped()``; out-of-scope people 404.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from jobcenter.accounts.models import JobCenter, User
from jobcenter.accounts.scoping import require, scoped
from jobcenter.api.schemas import In
from jobcenter.cases import selectors, services
from jobcenter.cases.catalogue import catalogue
from jobcenter.cases.models import Enrollment, Event, Service
from jobcenter.core import clock
from jobcenter.seekers.models import JobSeeker

router = Router(tags=["cases"])
PREFIX = "/cases"


class ErrorOut(Schema):
    """Why a request was refused."""

    detail: str
    errors: dict[str, list[str]] = {}


class ServiceOut(Schema):
    """A service as recorded."""

    id: int
    code: str
    code_is_placeholder: bool = False
    name: str
    pirl_element: int
    category: str
    triggers_participation: bool
    service_date: dt.date
    status: str
    recorded_at: dt.datetime

    @staticmethod
    def resolve_code_is_placeholder(obj) -> bool:
        """True when the code is a starter placeholder of the state's catalogue, not the state's own code."""
        from jobcenter.cases.catalogue import CatalogueError, is_placeholder_code

        try:
            return is_placeholder_code(obj.code if hasattr(obj, "code") else obj["code"])
        except CatalogueError:
            return False


class EnrollmentOut(Schema):
    """An enrollment."""

    id: int
    program: str
    status: str
    job_center: str
    case_manager: str
    registered_on: dt.date
    participation_date: dt.date | None
    exit_date: dt.date | None
    other_exit_reason: str


class ForecastOut(Schema):
    """The live exit forecast."""

    last_service: dt.date
    keep_by: dt.date | None
    exits_on: dt.date | None
    exit_date_would_be: dt.date
    scheduled_blocking: dt.date | None
    message: str


class CaseOut(Schema):
    """A person's case: PIRL facts, priority of service, enrollments, services."""

    seeker_id: int
    state_id: str
    participation_date: dt.date | None
    exit_date: dt.date | None
    wp_status: int
    other_exit_reason: str
    priority_of_service: int
    active_wp_enrollment: int | None
    enrollment_required: list[str]
    forecast: ForecastOut | None
    enrollments: list[EnrollmentOut]
    services: list[ServiceOut]


class ServiceIn(In):
    """Record (or schedule) a service."""

    code: str
    service_date: dt.date | None = None
    scheduled: bool = False
    remarks: str = ""


class EnrollmentIn(In):
    """Register a person in a program with a case manager (username); CSU must give the job center code."""

    case_manager: str
    job_center: str | None = None
    program: str = "wp"
    registered_on: dt.date | None = None


class AttendanceIn(In):
    """State IDs of the people who attended."""

    state_ids: list[str]


class AttendanceOut(Schema):
    """Services recorded and people not recorded (with the reason)."""

    recorded: list[int]
    problems: list[str]


class NoteIn(In):
    """A case note."""

    body: str
    kind: str = "general"


class NoteOut(Schema):
    """A saved note."""

    id: int
    kind: str
    created_at: dt.datetime


class CaseloadRowOut(Schema):
    """One open enrollment on the caseload."""

    seeker_id: int
    state_id: str
    name: str
    priority_of_service: int
    status: str
    case_manager: str
    exits_on: dt.date | None
    scheduled_blocking: dt.date | None
    informed: bool


class SupervisionOut(Schema):
    """What a supervisor follows up."""

    late_entries: list[dict]
    missing_case_manager: list[int]
    not_informed: list[int]


class EventOut(Schema):
    """An event."""

    id: int
    title: str
    kind: str
    service_code: str
    held_on: dt.date
    job_center: str


class CatalogueOut(Schema):
    """A catalogue entry in force today."""

    code: str
    name: str
    pirl: int
    category: str
    triggers_participation: bool
    counts_toward_exit: bool
    program: str
    effective_from: dt.date
    effective_to: dt.date | None
    placeholder: bool = False  # a starter code, not yet the state's own


def _enrollment_out(e: Enrollment) -> dict:
    return {
        "id": e.pk,
        "program": e.program,
        "status": e.status,
        "job_center": e.job_center.code,
        "case_manager": e.case_manager.username,
        "registered_on": e.registered_on,
        "participation_date": e.participation_date,
        "exit_date": e.exit_date,
        "other_exit_reason": e.other_exit_reason,
    }


def _seeker(request, seeker_id: int) -> JobSeeker:
    return get_object_or_404(scoped(JobSeeker.objects.all(), request.auth), pk=seeker_id)


def _error(exc: ValidationError) -> dict:
    errors = {k: list(v) for k, v in exc.message_dict.items()} if hasattr(exc, "error_dict") else {}
    return {"detail": " ".join(exc.messages), "errors": errors}


@router.get("/seekers/{seeker_id}", response=CaseOut, summary="A person's case")
def case_detail(request, seeker_id: int):
    """PIRL 900/901/918/923, priority of service, exit forecast, enrollments and services."""
    require(request.auth, "cases.view")
    seeker = _seeker(request, seeker_id)
    today = clock.today()
    facts = selectors.pirl_facts(seeker, as_of=today)
    active = selectors.active_wp_enrollment(seeker, today)
    f = facts.forecast
    return {
        "seeker_id": seeker.pk,
        "state_id": seeker.state_id,
        "participation_date": facts.participation_date,
        "exit_date": facts.exit_date,
        "wp_status": facts.wp_status,
        "other_exit_reason": facts.other_exit_reason,
        "priority_of_service": int(selectors.priority_of_service(seeker)),
        "active_wp_enrollment": active.pk if active else None,
        "enrollment_required": [r.code for r in selectors.enrollment_required(seeker)],
        "forecast": None if f is None else {**f.__dict__, "message": f.message},
        "enrollments": [
            _enrollment_out(e)
            for e in scoped(Enrollment.objects.filter(seeker=seeker), request.auth).select_related(
                "job_center", "case_manager"
            )
        ],
        "services": list(scoped(Service.objects.filter(seeker=seeker), request.auth)),
    }


@router.post(
    "/seekers/{seeker_id}/services", response={201: ServiceOut, 400: ErrorOut}, summary="Record or schedule a service"
)
def service_create(request, seeker_id: int, payload: ServiceIn):
    """Refused with 400 and the enrollment message if the person has no active WP enrollment."""
    require(request.auth, "cases.record_service")
    seeker = _seeker(request, seeker_id)
    try:
        if payload.scheduled:
            service = services.service_schedule(
                actor=request.auth,
                seeker=seeker,
                code=payload.code,
                service_date=payload.service_date or clock.today(),
                remarks=payload.remarks,
            )
        else:
            service = services.service_record(
                actor=request.auth,
                seeker=seeker,
                code=payload.code,
                service_date=payload.service_date,
                remarks=payload.remarks,
            )
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, service)


@router.post(
    "/seekers/{seeker_id}/enrollments", response={201: EnrollmentOut, 400: ErrorOut}, summary="Enroll (WP registration)"
)
def enrollment_create(request, seeker_id: int, payload: EnrollmentIn):
    """Register the person with a case manager; the first participation-triggering service completes it."""
    require(request.auth, "cases.enroll")
    seeker = _seeker(request, seeker_id)
    manager = User.objects.filter(username=payload.case_manager).select_related("job_center").first()
    center = JobCenter.objects.filter(code=payload.job_center).first() if payload.job_center else None
    try:
        enrollment = services.enrollment_create(
            actor=request.auth,
            seeker=seeker,
            case_manager=manager,
            job_center=center,
            program=payload.program,
            registered_on=payload.registered_on,
        )
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, _enrollment_out(enrollment))


@router.post("/events/{event_id}/attendance", response=AttendanceOut, summary="Record event attendance")
def event_attendance(request, event_id: int, payload: AttendanceIn):
    """Record a service for each attendee in the caller's scope (informational workshops: information-only)."""
    require(request.auth, "cases.record_service")
    event = get_object_or_404(scoped(Event.objects.all(), request.auth), pk=event_id)
    found = {s.state_id: s for s in scoped(JobSeeker.objects.filter(state_id__in=payload.state_ids), request.auth)}
    recorded, problems = services.event_record_attendance(
        actor=request.auth, event=event, seekers=[found[i] for i in payload.state_ids if i in found]
    )
    problems += [f"{i}: no such job seeker in your area." for i in payload.state_ids if i not in found]
    return {"recorded": [s.pk for s in recorded], "problems": problems}


@router.post("/seekers/{seeker_id}/notes", response={201: NoteOut, 400: ErrorOut}, summary="Add a case note")
def note_create(request, seeker_id: int, payload: NoteIn):
    """Append a note to the person's journal."""
    require(request.auth, "cases.note")
    seeker = _seeker(request, seeker_id)
    try:
        note = services.case_note_add(actor=request.auth, seeker=seeker, body=payload.body, kind=payload.kind)
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, note)


@router.get("/caseload", response=list[CaseloadRowOut], summary="Open enrollments, priority of service first")
def caseload(request, mine: bool = False):
    """The caller's area (or own) caseload."""
    require(request.auth, "cases.view")
    rows = selectors.caseload(user=request.auth, case_manager=request.auth if mine else None)
    return [
        {
            "seeker_id": r.enrollment.seeker_id,
            "state_id": r.enrollment.seeker.state_id,
            "name": r.enrollment.seeker.full_name,
            "priority_of_service": int(r.priority),
            "status": r.enrollment.status,
            "case_manager": r.enrollment.case_manager.username,
            "exits_on": r.forecast.exits_on if r.forecast else None,
            "scheduled_blocking": r.forecast.scheduled_blocking if r.forecast else None,
            "informed": r.informed,
        }
        for r in rows
    ]


@router.get("/supervision", response=SupervisionOut, summary="Late entries, missing case managers, not informed")
def supervision(request):
    """The supervisor dashboard lists as data."""
    require(request.auth, "cases.supervise")
    today = clock.today()
    late = selectors.late_entries(user=request.auth, since=today - dt.timedelta(days=30), until=today)
    return {
        "late_entries": [{"service_id": s.pk, "seeker_id": s.seeker_id, "days_late": n} for s, n in late],
        "missing_case_manager": [e.pk for e in selectors.enrollments_missing_case_manager(user=request.auth)],
        "not_informed": [e.pk for e in selectors.participants_not_informed(user=request.auth)],
    }


@router.get("/events", response=list[EventOut], summary="Events calendar")
def events(request):
    """Events the caller may see."""
    require(request.auth, "cases.view")
    return [
        {
            "id": e.pk,
            "title": e.title,
            "kind": e.kind,
            "service_code": e.service_code,
            "held_on": e.held_on,
            "job_center": e.job_center.code,
        }
        for e in scoped(Event.objects.select_related("job_center"), request.auth)[:200]
    ]


@router.get("/catalogue", response=list[CatalogueOut], summary="Service catalogue in force today")
def service_catalogue(request):
    """The state's service catalogue (codes, PIRL elements, participation and exit flags)."""
    require(request.auth, "cases.view")
    return [{**e.__dict__, "counts_toward_exit": e.counts_toward_exit} for e in catalogue(as_of=clock.today())]
