"""Demo cases (idempotent): enrollments and services for many demo seekers — some exited, some near the 90-day
line, some with scheduled future services, some only registered — notes, survey notices, one event, and an
employer note and service. Dates are relative to today so the exit forecasts always look alive."""

from __future__ import annotations

import datetime as dt

from jobcenter.cases import services
from jobcenter.cases.choices import EmployerServiceCode, EventKind
from jobcenter.cases.models import EmployerCaseNote, Enrollment, Event
from jobcenter.core import clock
from jobcenter.core.demo import DemoContext

N_CASES = 72


def _on(day: dt.date):
    return clock.frozen(day)


def seed(ctx: DemoContext) -> None:
    """Create the demo cases once; a second run finds them and changes nothing."""
    users = ctx.objects.get("users") or {}
    centers = ctx.objects.get("centers") or {}
    seekers = ctx.objects.get("seekers") or []
    managers = {c.pk: u for u in (users.get("staff"), users.get("staff2")) if u and (c := u.job_center)}
    if not managers or not seekers:
        return
    today = clock.today()
    rng = ctx.rng("cases")
    chosen = [s for s in seekers if s.home_job_center_id in managers][:N_CASES]
    workshop_people = []
    per_center: dict[int, int] = {}
    for seeker in chosen:
        # Each job center gets every kind of case: number its people separately.
        n = per_center[seeker.home_job_center_id] = per_center.get(seeker.home_job_center_id, -1) + 1
        if Enrollment.objects.filter(seeker=seeker).exists():
            continue
        cm = managers[seeker.home_job_center_id]
        group = n % 6
        start = today - dt.timedelta(days=rng.randint(100, 220) if group == 0 else rng.randint(20, 60))
        if group == 1:
            start = today - dt.timedelta(days=85 + rng.randint(0, 4))
        with _on(start):
            services.enrollment_create(actor=cm, seeker=seeker, case_manager=cm)
        if group == 3:
            continue  # registered, awaiting the first participation-triggering service
        with _on(start):
            services.service_record(actor=cm, seeker=seeker, code="101")
            services.case_note_add(
                actor=cm, seeker=seeker, body="Initial assessment done; interested in warehouse and driving jobs."
            )
        if group == 0:
            with _on(start + dt.timedelta(days=12)):
                services.service_record(actor=cm, seeker=seeker, code="102")
            with _on(start + dt.timedelta(days=40)):
                services.service_record(actor=cm, seeker=seeker, code="500")  # follow-up: does not delay exit
        elif group == 2:
            with _on(today - dt.timedelta(days=10)):
                services.service_record(actor=cm, seeker=seeker, code="106")
                services.service_schedule(
                    actor=cm, seeker=seeker, code="300", service_date=today + dt.timedelta(days=rng.randint(7, 120))
                )
        elif group == 4:
            with _on(today - dt.timedelta(days=5)):
                services.survey_notice_record(
                    actor=cm, seeker=seeker, method=rng.choice(["in_person", "phone", "email"])
                )
            workshop_people.append(seeker)
        elif group == 5:
            with _on(today - dt.timedelta(days=7)):  # entered three days after the service: a late entry
                services.service_record(actor=cm, seeker=seeker, code="145", service_date=today - dt.timedelta(days=10))
    services.enrollments_apply_exits(as_of=today)

    kc = centers.get("KC-DT")
    staff = users.get("staff")
    if (
        kc is not None
        and staff is not None
        and not Event.objects.filter(title="Resume and interview workshop").exists()
    ):
        held_on = today - dt.timedelta(days=3)
        with _on(held_on):
            event = services.event_create(
                actor=staff,
                title="Resume and interview workshop",
                kind=EventKind.WORKSHOP,
                service_code="120",
                job_center=kc,
                held_on=held_on,
                location="Room B",
            )
            services.event_record_attendance(
                actor=staff, event=event, seekers=[s for s in workshop_people if s.home_job_center_id == kc.pk]
            )

    employers = ctx.objects.get("employers") or []
    employer = employers[0] if employers else None
    if employer is not None and staff is not None and not EmployerCaseNote.objects.filter(employer=employer).exists():
        with _on(today - dt.timedelta(days=2)):
            services.case_note_add(
                actor=staff, employer=employer, body="Discussed upcoming seasonal hiring needs.", kind="contact"
            )
            services.employer_service_record(actor=staff, employer=employer, code=EmployerServiceCode.RECRUITMENT)
