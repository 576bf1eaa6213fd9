"""Demo follow-up cases (idempotent): a few Kansas City participants who exited three quarters ago, selected for
this quarter's wage follow-up, one with a self-employment career goal and one with a federal path noted."""

from __future__ import annotations

import datetime as dt

from jobcenter.cases import services as case_services
from jobcenter.cases.models import Enrollment
from jobcenter.core import clock
from jobcenter.core.demo import DemoContext
from jobcenter.followup.choices import ExpectedPath
from jobcenter.followup.models import FollowupCase
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.selection import followup_select
from jobcenter.followup.services import alternate_contact_add, attempt_record, path_declare
from jobcenter.seekers.models import DesiredOccupation

N_PEOPLE = 6


def _no_wage_file(*, exiters, quarters_after_exit=(1, 2, 3, 4), engine="duckdb"):
    """No wage file loaded in the demo: nobody has a direct match."""
    return []


def _matcher():
    try:
        from jobcenter.analytics import match_wage_records
    except ImportError:
        return _no_wage_file

    def safe(**kwargs):
        try:
            return match_wage_records(**kwargs)
        except Exception:  # noqa: BLE001 - the demo has no wage files; treat as "no direct match"
            return []

    return safe


def seed(ctx: DemoContext) -> None:
    """Exit a few people three quarters ago and select them for this quarter's interviews."""
    if FollowupCase.objects.exists():
        return
    users = ctx.objects.get("users") or {}
    staff = users.get("staff")
    seekers = ctx.objects.get("seekers") or []
    if staff is None or not seekers:
        return
    today = clock.today()
    quarter = Quarter.of(today)
    exit_quarter = quarter - 3
    pool = [s for s in seekers if s.home_job_center_id == staff.job_center_id]
    people = [s for s in reversed(pool) if not Enrollment.objects.filter(seeker=s).exists()][:N_PEOPLE]
    for i, seeker in enumerate(people):
        exit_day = exit_quarter.first_day + dt.timedelta(days=10 + 7 * i)
        with clock.frozen(exit_day - dt.timedelta(days=14)):
            case_services.enrollment_create(actor=staff, seeker=seeker, case_manager=staff)
        with clock.frozen(exit_day):
            case_services.service_record(actor=staff, seeker=seeker, code="101")
    case_services.enrollments_apply_exits(as_of=today)
    if people:
        DesiredOccupation.objects.get_or_create(seeker=people[0], title="Carpenter", onet_soc_code="47-2031.01")
        alternate_contact_add(
            actor=staff, seeker=people[0], name="Lee Rivera", relationship="Sister", phone="816-555-0142"
        )
    if len(people) > 1:
        path_declare(actor=staff, seeker=people[1], path=ExpectedPath.FEDERAL, note="Applying to the VA hospital")
    followup_select(interview_quarter=quarter, actor=None, matcher=_matcher())
    _last_quarter(ctx, staff, pool, quarter)


def _last_quarter(ctx: DemoContext, staff, pool, quarter: Quarter) -> None:
    """Two people selected last quarter whose cases are now overdue, for the data-collection supervisor's
    dashboard: one already tried through the sister on file, one not yet contacted."""
    last = quarter - 1
    people = [s for s in pool if not Enrollment.objects.filter(seeker=s).exists()][:2]
    for i, seeker in enumerate(people):
        exit_day = (last - 3).first_day + dt.timedelta(days=12 + 7 * i)
        with clock.frozen(exit_day - dt.timedelta(days=14)):
            case_services.enrollment_create(actor=staff, seeker=seeker, case_manager=staff)
        with clock.frozen(exit_day):
            case_services.service_record(actor=staff, seeker=seeker, code="101")
    case_services.enrollments_apply_exits(as_of=clock.today())
    followup_select(interview_quarter=last, actor=None, matcher=_matcher())
    interviewer = (ctx.objects.get("users") or {}).get("interviewer")
    if people and interviewer is not None:
        sister = alternate_contact_add(
            actor=staff, seeker=people[0], name="Maria Lopez", relationship="Sister", phone="816-555-0177"
        )
        case = FollowupCase.objects.filter(seeker=people[0]).first()
        if case is not None:
            attempt_record(
                actor=interviewer, case=case, attempted_at=clock.now() - dt.timedelta(days=40), method="phone",
                contactee="alternate", alternate_contact=sister, outcome="message_left",
                notes="Left our number with her sister",
            )  # fmt: skip
