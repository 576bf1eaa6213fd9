"""Reads for cases. Functions that list people take the acting user and filter through ``scoped()``.

``active_wp_enrollment``, ``priority_of_service`` and ``enrollment_required`` are published for other apps
(matching refuses referrals without an active WP enrollment; lists of people show priority of service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q

from jobcenter.accounts.scoping import scoped
from jobcenter.cases import rules
from jobcenter.cases.choices import EnrollmentStatus, PriorityTier, Program, ServiceStatus
from jobcenter.cases.models import CaseNote, Enrollment, Service, SurveyNotice
from jobcenter.core import clock
from jobcenter.core.parameters import param


def exit_days(*, as_of: dt.date) -> int:
    """Days without a qualifying service before exit (parameter ``cases.exit_days``)."""
    return int(param("cases.exit_days", as_of=as_of))


def common_exit_programs(*, as_of: dt.date, state: str | None = None) -> frozenset[str]:
    """Programs under the state's common exit policy (empty when the policy is off) — ``cases.common_exit``."""
    policy = param("cases.common_exit", as_of=as_of, state=state or settings.JOBCENTER_STATE)
    return frozenset(policy.get("programs") or ()) if policy.get("enabled") else frozenset()


def late_entry_tolerance(*, as_of: dt.date, state: str | None = None) -> int:
    """Days after the service date before an entry is late (parameter ``cases.late_entry_tolerance_days``)."""
    return int(param("cases.late_entry_tolerance_days", as_of=as_of, state=state or settings.JOBCENTER_STATE))


def service_facts(services) -> list[rules.ServiceFact]:
    """Rule facts from service rows (cancelled services are dropped)."""
    return [
        rules.ServiceFact(
            date=s.service_date,
            program=s.program,
            triggers_participation=s.triggers_participation,
            counts_toward_exit=s.counts_toward_exit,
            scheduled=s.status == ServiceStatus.SCHEDULED,
        )
        for s in services
        if s.status != ServiceStatus.CANCELLED
    ]


def enrollment_period(
    enrollment: Enrollment,
    *,
    as_of: dt.date | None = None,
    common_exit: frozenset[str] | None = None,
    services: list[Service] | None = None,
) -> rules.Period | None:
    """The period of participation this enrollment covers, as known on ``as_of`` (None while only registered).

    Uses the seeker's services since registration; with common exit, other DOL programs' services count too.
    ``services`` may be passed pre-fetched (all of the seeker's services) to save a query per row on lists.
    """
    as_of = as_of or clock.today()
    if common_exit is None:
        common_exit = common_exit_programs(as_of=as_of)
    if services is None:
        services = Service.objects.filter(seeker_id=enrollment.seeker_id, service_date__gte=enrollment.registered_on)
    else:
        services = [s for s in services if s.service_date >= enrollment.registered_on]
    periods = rules.participation_periods(
        service_facts(services),
        as_of=as_of,
        exit_days=exit_days(as_of=as_of),
        program=enrollment.program,
        common_exit_programs=common_exit,
    )
    return periods[0] if periods else None


def active_enrollment(seeker, *, program: str = Program.WAGNER_PEYSER, as_of: dt.date | None = None):
    """The seeker's open enrollment in ``program`` on ``as_of``: registered, or enrolled with no exit determined
    by the 90-day rule (even if the nightly exit job has not run yet). None if there is none."""
    as_of = as_of or clock.today()
    for enrollment in (
        Enrollment.objects.filter(
            seeker=seeker,
            program=program,
            registered_on__lte=as_of,
            status__in=[EnrollmentStatus.REGISTERED, EnrollmentStatus.ENROLLED],
        )
        .select_related("case_manager")
        .order_by("-registered_on", "-id")
    ):
        if enrollment.status == EnrollmentStatus.REGISTERED:
            return enrollment
        period = enrollment_period(enrollment, as_of=as_of)
        if period is None or period.is_open:
            return enrollment
    return None


def active_wp_enrollment(seeker, as_of: dt.date | None = None) -> Enrollment | None:
    """The seeker's active Wagner-Peyser enrollment on ``as_of`` (manual: Manage Labor Exchange Tools — "Job
    Seekers without an active WP enrollment cannot be issued a job order referral")."""
    return active_enrollment(seeker, program=Program.WAGNER_PEYSER, as_of=as_of)


def priority_of_service(seeker) -> PriorityTier:
    """Priority of service tier from the profile: disabled veterans (PIRL 303), then covered persons (PIRL 301 in
    {1,2,3}), then others (38 U.S.C. 4215; 20 CFR 1010; manual: Job Seekers - Service Policy)."""
    return rules.priority_tier(eligible_veteran=seeker.eligible_veteran, disabled_veteran=seeker.disabled_veteran)


def enrollment_required(
    seeker,
    *,
    staff_assisted_job_finding: bool = False,
    title_i_referral: bool = False,
    taa: bool = False,
    reentry: bool = False,
) -> list[rules.EnrollmentReason]:
    """Why this person must have a WP enrollment (empty list: not required). Profile facts (PIRL 401, 413,
    co-enrollments) plus the situation the caller knows (manual: WP Enrollment)."""
    programs = frozenset(
        Enrollment.objects.filter(seeker=seeker)
        .exclude(status=EnrollmentStatus.EXITED)
        .values_list("program", flat=True)
    )
    return rules.enrollment_required_reasons(
        rules.EnrollmentContext(
            uc_status=seeker.uc_status,
            msfw=seeker.msfw,
            staff_assisted_job_finding=staff_assisted_job_finding,
            title_i_referral=title_i_referral,
            taa=taa,
            reentry=reentry,
            programs=programs,
        )
    )


@dataclass
class PirlFacts:
    """Participation facts of one person as of a date."""

    participation_date: dt.date | None  # PIRL 900 (current or latest period)
    exit_date: dt.date | None  # PIRL 901 (latest period, once determined)
    wp_status: int  # PIRL 918
    other_exit_reason: str  # PIRL 923
    periods: list[rules.Period] = field(default_factory=list)
    forecast: rules.ExitForecast | None = None
    activity_periods: list[rules.ActivityPeriod] = field(default_factory=list)  # reportable-individual periods
    registered_on: dt.date | None = None  # the seeker record's creation day (a registrant's PIRL 1007)

    @property
    def other_exit_reason_text(self) -> str:
        """PIRL 923 as staff read it: "03 — Deceased", "00 — None" once exited, "— (not exited)" before an exit
        with no reason recorded (``rules.other_exit_reason_text``)."""
        return rules.other_exit_reason_text(exit_date=self.exit_date, reason=self.other_exit_reason)


def pirl_facts(seeker, *, as_of: dt.date | None = None) -> PirlFacts:
    """PIRL 900/901/918/923 and every period of participation of ``seeker`` in Wagner-Peyser on ``as_of``
    (TEGL 10-16 Chg 3; 20 CFR 677.150)."""
    as_of = as_of or clock.today()
    days = exit_days(as_of=as_of)
    facts = service_facts(Service.objects.filter(seeker=seeker))
    periods = rules.participation_periods(
        facts, as_of=as_of, exit_days=days, common_exit_programs=common_exit_programs(as_of=as_of)
    )
    latest = periods[-1] if periods else None
    last_enrollment = Enrollment.objects.filter(seeker=seeker, program=Program.WAGNER_PEYSER).first()
    registered_on = seeker.created_at.astimezone(clock.local_tz()).date() if seeker.created_at else None
    participant = (
        bool(periods)
        or Enrollment.objects.filter(
            seeker=seeker, participation_date__isnull=False, participation_date__lte=as_of
        ).exists()
    )
    return PirlFacts(
        participation_date=latest.participation_date if latest else None,
        exit_date=latest.exit_date if latest else None,
        wp_status=rules.pirl_918(facts, as_of=as_of, registered_on=registered_on, served_or_participant=participant),
        registered_on=registered_on,
        other_exit_reason=last_enrollment.other_exit_reason if last_enrollment else "00",
        periods=periods,
        forecast=rules.exit_forecast(latest, as_of=as_of, exit_days=days) if latest else None,
        activity_periods=rules.reportable_periods(
            [f for f in facts if f.program == Program.WAGNER_PEYSER],
            as_of=as_of,
            gap_days=int(param("cases.reportable_individual_period_days", as_of=as_of)),
        ),
    )


def case_timeline(*, user, seeker) -> list[dict]:
    """Enrollments, services and notes of one person, newest first, for the case page."""
    items = []
    for e in scoped(Enrollment.objects.filter(seeker=seeker), user).select_related("case_manager", "job_center"):
        items.append({"kind": "enrollment", "date": e.registered_on, "at": e.created_at, "obj": e})
    tz = clock.local_tz()
    for s in scoped(Service.objects.filter(seeker=seeker), user).select_related("recorded_by"):
        late = 0
        if s.status == ServiceStatus.DELIVERED:
            late = rules.days_late(
                service_date=s.service_date,
                recorded_on=s.recorded_at.astimezone(tz).date(),
                tolerance_days=late_entry_tolerance(as_of=s.service_date),
            )
        items.append({"kind": "service", "date": s.service_date, "at": s.recorded_at, "obj": s, "late": late})
    for n in scoped(CaseNote.objects.filter(seeker=seeker), user).select_related("addendum_to"):
        items.append(
            {"kind": "note", "date": n.created_at.astimezone(clock.local_tz()).date(), "at": n.created_at, "obj": n}
        )
    return sorted(items, key=lambda i: (i["date"], i["at"]), reverse=True)


@dataclass
class CaseloadRow:
    """One open enrollment on a caseload list."""

    enrollment: Enrollment
    priority: PriorityTier
    period: rules.Period | None
    forecast: rules.ExitForecast | None
    informed: bool


def caseload(*, user, as_of: dt.date | None = None, case_manager=None, q: str = "") -> list[CaseloadRow]:
    """Open WP enrollments the user may see, covered persons first (disabled veterans before other veterans),
    then by the nearest exit (manual: Job Seekers - Service Policy; 38 U.S.C. 4215)."""
    as_of = as_of or clock.today()
    qs = scoped(Enrollment.objects.exclude(status=EnrollmentStatus.EXITED), user).select_related(
        "seeker", "case_manager", "job_center"
    )
    if case_manager is not None:
        qs = qs.filter(case_manager=case_manager)
    if q:
        qs = qs.filter(Q(seeker__surname__icontains=q) | Q(seeker__given_name__icontains=q) | Q(seeker__state_id=q))
    qs = qs.annotate(
        informed=Exists(
            SurveyNotice.objects.filter(seeker=OuterRef("seeker"), informed_on__gte=OuterRef("registered_on"))
        )
    )
    common = common_exit_programs(as_of=as_of)
    days = exit_days(as_of=as_of)
    enrollments = list(qs[:500])
    by_seeker: dict[int, list[Service]] = {}
    for s in Service.objects.filter(seeker_id__in={e.seeker_id for e in enrollments}).only(
        "seeker_id", "service_date", "program", "triggers_participation", "category", "status"
    ):
        by_seeker.setdefault(s.seeker_id, []).append(s)
    rows = []
    for e in enrollments:
        period = enrollment_period(e, as_of=as_of, common_exit=common, services=by_seeker.get(e.seeker_id, []))
        forecast = rules.exit_forecast(period, as_of=as_of, exit_days=days) if period else None
        rows.append(CaseloadRow(e, priority_of_service(e.seeker), period, forecast, e.informed))
    far = dt.date.max
    return sorted(
        rows,
        key=lambda r: (r.priority, (r.forecast.exits_on or far) if r.forecast else far, r.enrollment.seeker.surname),
    )


def late_entries(*, user, since: dt.date, until: dt.date | None = None) -> list[tuple[Service, int]]:
    """Services recorded after the day received beyond the tolerance, with days late (manual: Case Notes &
    Services — services "should be entered the day received")."""
    until = until or clock.today()
    tz = clock.local_tz()
    out = []
    qs = scoped(
        Service.objects.filter(status=ServiceStatus.DELIVERED, service_date__gte=since, service_date__lte=until), user
    )
    for s in qs.select_related("seeker", "recorded_by"):
        late = rules.days_late(
            service_date=s.service_date,
            recorded_on=s.recorded_at.astimezone(tz).date(),
            tolerance_days=late_entry_tolerance(as_of=s.service_date),
        )
        if late:
            out.append((s, late))
    return sorted(out, key=lambda t: (-t[1], t[0].service_date))


def enrollments_missing_case_manager(*, user) -> list[Enrollment]:
    """Open enrollments whose case manager left, was deactivated, or works in another job center now (manual:
    WP Enrollment — "All WP participants require the assignment of case manager")."""
    qs = scoped(Enrollment.objects.exclude(status=EnrollmentStatus.EXITED), user).select_related(
        "seeker", "case_manager", "job_center"
    )
    return [
        e
        for e in qs
        if not e.case_manager.is_active
        or e.case_manager.job_center_id != e.job_center_id
        or "cases.record_service" not in e.case_manager.capabilities
    ]


def participants_not_informed(*, user, as_of: dt.date | None = None) -> list[Enrollment]:
    """Wagner-Peyser participants not yet told about the post-exit wage survey (Oklahoma supplemental wage
    policy A.1: "At program entry, program staff shall inform each participant")."""
    qs = scoped(
        Enrollment.objects.filter(program=Program.WAGNER_PEYSER, status=EnrollmentStatus.ENROLLED), user
    ).select_related("seeker", "case_manager", "job_center")
    qs = qs.annotate(
        informed=Exists(
            SurveyNotice.objects.filter(seeker=OuterRef("seeker"), informed_on__gte=OuterRef("registered_on"))
        )
    ).filter(informed=False)
    return list(qs.order_by("participation_date", "id"))
