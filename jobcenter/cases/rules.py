"""Pure rules for participation, exit, reportable individuals, enrollment need, priority of service and late
entries. No ORM here: callers (``selectors.py``) pass lists of facts and an ``as_of`` date.

Sources:
* Participation and exit — TEGL 10-16 Change 3 (Section 8 and Att. VII Table A); 20 CFR 677.150;
  PIRL 900/901/918/923 (federal-specs 1.3, 2.1, 2.2).
* Enrollment required — Missouri WP & LE Manual (rev. Jan 2024), WP Enrollment.
* Priority of service — 38 U.S.C. 4215; 20 CFR part 1010; manual, Job Seekers - Service Policy.
* Late entries — manual, Case Notes & Services ("entered the day received").

How the 90-day line is counted (docs/adr/0015-participation-and-exit.md): with the last qualifying service on
day D, days D+1 ... D+90 are the 90 days without service. On D+90 a service can still be recorded, so the
person is still a participant; from D+91 on (``as_of - D > 90``) the exit is determined, dated D. A next
service more than 90 days after D therefore starts a new period of participation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from jobcenter.cases import constants
from jobcenter.cases.choices import OtherExitReason, PriorityTier, Program
from jobcenter.core.presentation import format_date

WP = Program.WAGNER_PEYSER.value


@dataclass(frozen=True)
class ServiceFact:
    """What the rules need to know about one service."""

    date: dt.date
    program: str = WP
    triggers_participation: bool = False
    counts_toward_exit: bool = False
    scheduled: bool = False  # scheduled and neither delivered nor cancelled


@dataclass(frozen=True)
class Period:
    """A period of participation: PIRL 900 (first triggering service) to PIRL 901 (exit, once determined)."""

    participation_date: dt.date
    last_service: dt.date
    exit_date: dt.date | None = None
    exit_determined_on: dt.date | None = None  # first day on which the exit was known
    scheduled_blocking: dt.date | None = None  # earliest scheduled qualifying service keeping the period open

    @property
    def is_open(self) -> bool:
        """True while the person is a participant (no exit determined as of the rule's date)."""
        return self.exit_date is None


@dataclass(frozen=True)
class ExitForecast:
    """What the case page shows: "exits on D unless a service is recorded"."""

    last_service: dt.date
    keep_by: dt.date | None  # the last day on which a qualifying service keeps the person in
    exits_on: dt.date | None  # the day the exit becomes final if nothing is recorded
    exit_date_would_be: dt.date  # retroactive exit date (= last qualifying service)
    scheduled_blocking: dt.date | None
    days_left: int | None

    @property
    def message(self) -> str:
        """A sentence for staff."""
        if self.scheduled_blocking:
            return (
                f"No exit while a service is scheduled (next on {format_date(self.scheduled_blocking)}); "
                f"last qualifying service {format_date(self.last_service)}."
            )
        days = f"{self.days_left} day{'' if self.days_left == 1 else 's'} left"
        return (
            f"Exits on {format_date(self.exits_on)} unless a qualifying service is recorded by "
            f"{format_date(self.keep_by)} ({days}). The exit is then dated back to the last qualifying service, "
            f"{format_date(self.exit_date_would_be)} (PIRL 901)."
        )


def _exit_set(program: str, common_exit_programs: Iterable[str] | None) -> frozenset[str]:
    programs = frozenset(common_exit_programs or ())
    # Under common exit the program itself always counts; H-1B is never part of common exit (federal-specs 2.2).
    return (programs | {program}) - {Program.H1B} if programs else frozenset({program})


def participation_periods(
    services: Iterable[ServiceFact],
    *,
    as_of: dt.date,
    exit_days: int,
    program: str = WP,
    common_exit_programs: Iterable[str] | None = None,
) -> list[Period]:
    """Periods of participation in ``program`` as known on ``as_of`` (TEGL 10-16 Chg 3; 20 CFR 677.150(a),(c)).

    * A period starts on the date of the first participation-triggering service of ``program`` (PIRL 900).
    * Services that are self-service, information-only, follow-up or supportive (``counts_toward_exit``
      false) neither start nor extend a period.
    * With common exit, qualifying services of any listed DOL program extend the period (20 CFR
      677.150(c)(3)); without it only ``program``'s own services do.
    * Exit (PIRL 901) = last qualifying service, once more than ``exit_days`` days have passed with none and
      none is scheduled; applied retroactively. Services dated after ``as_of`` are not yet known.
    """
    exit_set = _exit_set(program, common_exit_programs)
    delivered = sorted(
        (s for s in services if not s.scheduled and s.date <= as_of and s.counts_toward_exit and s.program in exit_set),
        key=lambda s: s.date,
    )
    periods: list[Period] = []
    start: dt.date | None = None
    last: dt.date | None = None
    for s in delivered:
        if start is not None and (s.date - last).days > exit_days:
            periods.append(Period(start, last, last, last + dt.timedelta(days=exit_days + 1)))
            start = last = None
        if start is None:
            if s.triggers_participation and s.program == program:
                start = last = s.date
            continue
        last = max(last, s.date)
    if start is not None:
        scheduled = sorted(
            s.date
            for s in services
            if s.scheduled and s.counts_toward_exit and s.program in exit_set and s.date >= as_of
        )
        blocking = scheduled[0] if scheduled else None
        if blocking is None and (as_of - last).days > exit_days:
            periods.append(Period(start, last, last, last + dt.timedelta(days=exit_days + 1)))
        else:
            periods.append(Period(start, last, None, None, blocking))
    return periods


def current_period(periods: list[Period]) -> Period | None:
    """The open period, if any."""
    return periods[-1] if periods and periods[-1].is_open else None


def exit_forecast(period: Period, *, as_of: dt.date, exit_days: int) -> ExitForecast | None:
    """For an open period: the day the exit becomes final unless a qualifying service is recorded."""
    if not period.is_open:
        return None
    if period.scheduled_blocking:
        return ExitForecast(period.last_service, None, None, period.last_service, period.scheduled_blocking, None)
    keep_by = period.last_service + dt.timedelta(days=exit_days)
    exits_on = keep_by + dt.timedelta(days=1)
    return ExitForecast(period.last_service, keep_by, exits_on, period.last_service, None, (keep_by - as_of).days)


def pirl_918(
    services: Iterable[ServiceFact],
    *,
    as_of: dt.date,
    registered_on: dt.date | None = None,
    served_or_participant: bool = False,
) -> int:
    """PIRL 918 Wagner-Peyser: 1 participant (any WP participation-triggering service), 2 reportable individual
    (only self-service / information-only), 0 none (20 CFR 677.150(a)-(b); federal-specs 2.1).

    A person who registered (gave identifying information) by ``as_of`` and was neither served in any program nor
    a participant by then is a reportable individual too (20 CFR 677.150(b)(1)(i); the PIRL's registrant records,
    ``reporting.pirl.reportable.registrant_rows``; ADR 0041, amendment "Registrants")."""
    all_services = list(services)
    seen = [s for s in all_services if not s.scheduled and s.date <= as_of and s.program == WP]
    if any(s.triggers_participation for s in seen):
        return 1
    if seen:
        return 2
    served_elsewhere = served_or_participant or any(not s.scheduled and s.date <= as_of for s in all_services)
    return 2 if registered_on is not None and registered_on <= as_of and not served_elsewhere else 0


@dataclass(frozen=True)
class ActivityPeriod:
    """A reportable individual's period of activity (first to last service, any kind)."""

    start: dt.date
    end: dt.date


def reportable_periods(services: Iterable[ServiceFact], *, as_of: dt.date, gap_days: int) -> list[ActivityPeriod]:
    """Periods of activity: a new one starts after more than ``gap_days`` consecutive days without any service
    or activity (TEGL 10-16 Chg 3, reportable individuals; federal-specs 2.1)."""
    dates = sorted({s.date for s in services if not s.scheduled and s.date <= as_of})
    out: list[ActivityPeriod] = []
    for d in dates:
        if out and (d - out[-1].end).days <= gap_days:
            out[-1] = ActivityPeriod(out[-1].start, d)
        else:
            out.append(ActivityPeriod(d, d))
    return out


# --- When a WP enrollment is required (manual: WP Enrollment) -------------------------------------------------

MANUAL_WP_ENROLLMENT = "Missouri WP & LE Manual (rev. Jan 2024), WP Enrollment"


@dataclass(frozen=True)
class EnrollmentReason:
    """One reason from the manual's list of cases where a WP enrollment IS required."""

    code: str
    label: str
    citation: str = MANUAL_WP_ENROLLMENT


@dataclass(frozen=True)
class EnrollmentContext:
    """The profile facts and the situation that decide whether a WP enrollment is required."""

    uc_status: str = "0"  # PIRL 401
    msfw: str = "0"  # PIRL 413
    staff_assisted_job_finding: bool = False
    title_i_referral: bool = False
    taa: bool = False  # co-enrolled in / served by Trade Adjustment Assistance
    reentry: bool = False  # Missouri Re-entry Process
    programs: frozenset[str] = field(default_factory=frozenset)  # open enrollments in other programs


def enrollment_required_reasons(ctx: EnrollmentContext) -> list[EnrollmentReason]:
    """Every reason the manual gives that applies; an empty list means enrollment is optional.

    PIRL 401 codes: 1 RESEA; 2 WPRS; 3 claimant; 4 exhaustee; 5 exempt from work search; 0 neither. Claimants
    coded 2 or 3 must register with the labor exchange to keep receiving benefits; RESEA (1) is its own reason;
    exhaustees and exempt claimants have no work-registration duty.
    """
    applies = {
        "staff_assisted": ctx.staff_assisted_job_finding,
        "title_i": ctx.title_i_referral,
        "resea": ctx.uc_status == "1",
        "taa": ctx.taa or Program.TAA in ctx.programs,
        "msfw": ctx.msfw in ("1", "2"),
        "reentry": ctx.reentry,
        "ui_work_registration": ctx.uc_status in ("2", "3"),
    }
    return [EnrollmentReason(code, label) for code, label in ENROLLMENT_REASON_LABELS.items() if applies[code]]


# The reasons' stored codes and how they read (Enrollment.required_reasons keeps the codes).
ENROLLMENT_REASON_LABELS: dict[str, str] = {
    "staff_assisted": "Needs staff-assisted services to find employment",
    "title_i": "Being referred to WIOA Title I employment or training services",
    "resea": "RESEA customer (PIRL 401 = 1)",
    "taa": "Trade Act (TAA) customer — record 145 Unemployment Compensation Assistance once co-enrolled",
    "msfw": "Migrant or seasonal farmworker (PIRL 413)",
    "reentry": "Missouri Re-entry Process",
    "ui_work_registration": "UI claimant required to register with the labor exchange",
}


def enrollment_reason_labels(codes) -> list[str]:
    """The stored reason codes of an enrollment as the sentences staff read."""
    return [ENROLLMENT_REASON_LABELS.get(code, code.replace("_", " ")) for code in codes or []]


# --- Other reasons for exit (PIRL 923) ----------------------------------------------------------------------------
# PIRL 923 "Other Reasons for Exit" (ETA-9172 PIRL; federal-specs 1.3): 01-07 exclude an exiter from the
# performance indicators (TEGL 10-16 Chg 3 Att. II Tables A-C; federal-specs 2.1), "00" is none. It is reported
# with the exit (PIRL 901): the PIRL file writes "00" for a period not yet exited (reporting/pirl/build.py).


def other_exit_reason_recorded(reason: str) -> bool:
    """Staff have recorded a PIRL 923 reason (01-07); "00 — None" is no reason."""
    return reason != OtherExitReason.NONE


def other_exit_reason_shown(*, exit_date: dt.date | None, reason: str) -> bool:
    """Whether PIRL 923 has a value to show: once the person has exited (PIRL 901 set) the reason reported with the
    exit, "00 — None" included; before the exit only a reason staff have already recorded (e.g. "03 — Deceased",
    entered before the 90 days without service have run out), so that it is never hidden."""
    return exit_date is not None or other_exit_reason_recorded(reason)


def other_exit_reason_text(*, exit_date: dt.date | None, reason: str) -> str:
    """PIRL 923 as staff read it: the code with its words ("00 — None", "03 — Deceased"), or "— (not exited)"
    while there is nothing to show (``other_exit_reason_shown``)."""
    if other_exit_reason_shown(exit_date=exit_date, reason=reason):
        return str(OtherExitReason(reason).label)
    return constants.OTHER_EXIT_REASON_NOT_EXITED


# --- Priority of service ----------------------------------------------------------------------------------------


def priority_tier(*, eligible_veteran: str, disabled_veteran: str) -> PriorityTier:
    """Priority of service (38 U.S.C. 4215; 20 CFR 1010.230; manual: "give disabled veterans priority over other
    veterans"): disabled veterans (PIRL 303 in {1, 2}) first, then covered persons — veterans and eligible
    spouses (PIRL 301 in {1, 2, 3}) — then everyone else."""
    if disabled_veteran in ("1", "2"):
        return PriorityTier.DISABLED_VETERAN
    if eligible_veteran in ("1", "2", "3"):
        return PriorityTier.COVERED_PERSON
    return PriorityTier.NONE


# --- Late entries -------------------------------------------------------------------------------------------------


def days_late(*, service_date: dt.date, recorded_on: dt.date, tolerance_days: int) -> int:
    """Days beyond the tolerance that a service was entered after the day it was received (0 = on time).

    Manual, Case Notes & Services: services "should be entered the day received"."""
    return max(0, (recorded_on - service_date).days - tolerance_days)
