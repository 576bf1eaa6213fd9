"""Participation and exit rules (TEGL 10-16 Chg 3 Section 8, Att. VII Table A; 20 CFR 677.150; federal-specs
1.3, 2.1, 2.2), enrollment need (manual: WP Enrollment), priority of service (38 U.S.C. 4215) and late entries.

Counting: last qualifying service on day D; D+1..D+90 are the 90 service-free days; the exit is final from
D+91 and dated D (docs/adr/0015-participation-and-exit.md).
"""

import datetime as dt

import pytest

from jobcenter.cases import constants
from jobcenter.cases.choices import OtherExitReason, PriorityTier
from jobcenter.cases.rules import (
    EnrollmentContext,
    ServiceFact,
    current_period,
    days_late,
    enrollment_required_reasons,
    exit_forecast,
    other_exit_reason_recorded,
    other_exit_reason_text,
    participation_periods,
    pirl_918,
    priority_tier,
    reportable_periods,
)

D = dt.date(2026, 1, 5)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def staff(n, program="wp"):
    """A staff-assisted, participation-triggering service on day n."""
    return ServiceFact(day(n), program=program, triggers_participation=True, counts_toward_exit=True)


def non_counting(n):
    """Self-service, information-only, follow-up or supportive: neither triggers nor counts."""
    return ServiceFact(day(n), triggers_participation=False, counts_toward_exit=False)


def scheduled(n, program="wp"):
    return ServiceFact(day(n), program=program, triggers_participation=True, counts_toward_exit=True, scheduled=True)


def periods(services, as_of, common=None):
    return participation_periods(services, as_of=as_of, exit_days=90, common_exit_programs=common)


@pytest.mark.parametrize(
    ("as_of_day", "exited"),
    [(89, False), (90, False), (91, True), (200, True)],
    ids=[
        "day 89 after the last service the person is still a participant",
        "day 90 is the last day a service keeps the person in",
        "day 91 the exit is determined",
        "long after, the exit is still dated on the last service",
    ],
)
def test_the_90_day_line(as_of_day, exited):
    result = periods([staff(0)], day(as_of_day))
    assert len(result) == 1
    assert result[0].participation_date == D
    assert (result[0].exit_date == D) is exited
    assert result[0].is_open is not exited


def test_the_exit_date_is_applied_retroactively_to_the_last_qualifying_service():
    result = periods([staff(0), staff(30), staff(60)], day(151))
    assert result[0].exit_date == day(60)  # not day 151, the day it became known
    assert result[0].exit_determined_on == day(151)
    assert periods([staff(0), staff(30), staff(60)], day(150))[0].is_open


def test_a_service_recorded_late_for_a_day_inside_the_window_keeps_the_person_in():
    # as known on day 95: the day-90 service (entered late) keeps the period open until day 181
    result = periods([staff(0), staff(90)], day(95))
    assert result[0].is_open and result[0].last_service == day(90)


@pytest.mark.parametrize(
    ("sched_day", "as_of_day", "open_"),
    [(100, 91, True), (200, 150, True), (95, 96, False)],
    ids=[
        "a future scheduled service blocks the exit",
        "a service scheduled more than 90 days out still blocks the exit",
        "a scheduled service whose day has passed no longer blocks the exit",
    ],
)
def test_scheduled_services(sched_day, as_of_day, open_):
    result = periods([staff(0), scheduled(sched_day)], day(as_of_day))
    assert result[-1].is_open is open_
    if open_:
        assert result[-1].scheduled_blocking == day(sched_day)


@pytest.mark.parametrize(
    "kind",
    ["self-service", "information-only", "follow-up", "supportive"],
)
def test_non_counting_services_do_not_delay_exit(kind):
    # a non-counting service on day 80 does not move the 90-day line from day 0
    result = periods([staff(0), non_counting(80)], day(91))
    assert result[0].exit_date == D, kind


def test_non_counting_services_alone_never_make_a_participant():
    assert periods([non_counting(0), non_counting(10)], day(20)) == []
    assert pirl_918([non_counting(0)], as_of=day(1)) == 2


@pytest.mark.parametrize(
    ("services", "expected"),
    [
        ([], 0),
        ([non_counting(0)], 2),
        ([non_counting(0), staff(3)], 1),
        ([staff(0, program="adult")], 0),
    ],
    ids=[
        "no services: not in Wagner-Peyser (918 = 0)",
        "only self-service or information-only: reportable individual (918 = 2)",
        "a staff-assisted service makes a participant (918 = 1)",
        "a Title I service alone does not make a WP participant",
    ],
)
def test_reportable_individual_vs_participant(services, expected):
    assert pirl_918(services, as_of=day(10)) == expected


def test_a_future_dated_service_is_not_yet_known():
    assert pirl_918([staff(5)], as_of=day(4)) == 0


@pytest.mark.parametrize(
    ("common", "exit_date"),
    [(None, D), (["wp", "adult", "dw", "youth"], day(60))],
    ids=["without common exit a Title I service does not delay the WP exit", "with common exit it does"],
)
def test_co_enrollment_and_common_exit(common, exit_date):
    services = [staff(0), staff(60, program="adult")]
    as_of = day(151)
    assert periods(services, as_of, common)[0].exit_date == exit_date


def test_common_exit_blocks_on_another_programs_scheduled_service():
    services = [staff(0), scheduled(120, program="adult")]
    assert periods(services, day(91), ["wp", "adult"])[0].is_open
    assert not periods(services, day(91))[0].is_open


def test_h1b_services_never_count_under_common_exit():
    services = [staff(0), staff(60, program="h1b")]
    assert periods(services, day(151), ["wp", "adult", "h1b"])[0].exit_date == D


def test_a_service_of_another_program_does_not_start_a_wp_period():
    assert periods([staff(0, program="adult")], day(10), ["wp", "adult"]) == []


@pytest.mark.parametrize(
    ("second_day", "n_periods"),
    [(90, 1), (91, 2)],
    ids=["a service on day 90 continues the period", "a service on day 91 starts a new period"],
)
def test_new_period_after_exit(second_day, n_periods):
    result = periods([staff(0), staff(second_day)], day(second_day + 1))
    assert len(result) == n_periods
    if n_periods == 2:
        assert result[0].exit_date == D
        assert result[1].participation_date == day(second_day)
        assert result[1].is_open


def test_a_non_triggering_service_after_an_exit_does_not_start_a_new_period():
    result = periods([staff(0), non_counting(120)], day(121))
    assert len(result) == 1 and result[0].exit_date == D


def test_the_exit_forecast_names_the_day_and_the_days_left():
    period = current_period(periods([staff(0)], day(80)))
    forecast = exit_forecast(period, as_of=day(80), exit_days=90)
    assert forecast.keep_by == day(90)
    assert forecast.exits_on == day(91)
    assert forecast.exit_date_would_be == D
    assert forecast.days_left == 10
    assert "Exits on Apr 6, 2026" in forecast.message


def test_the_exit_forecast_with_a_scheduled_service_says_no_exit():
    period = current_period(periods([staff(0), scheduled(100)], day(80)))
    forecast = exit_forecast(period, as_of=day(80), exit_days=90)
    assert forecast.exits_on is None
    assert "No exit while a service is scheduled" in forecast.message


@pytest.mark.parametrize(
    ("second_day", "n"),
    [(90, 1), (91, 2)],
    ids=["activity within 90 days continues the reportable period", "more than 90 days apart starts a new one"],
)
def test_reportable_individual_periods(second_day, n):
    result = reportable_periods([non_counting(0), non_counting(second_day)], as_of=day(200), gap_days=90)
    assert len(result) == n


@pytest.mark.parametrize(
    ("ctx", "codes"),
    [
        (EnrollmentContext(), []),
        (EnrollmentContext(staff_assisted_job_finding=True), ["staff_assisted"]),
        (EnrollmentContext(title_i_referral=True), ["title_i"]),
        (EnrollmentContext(uc_status="1"), ["resea"]),
        (EnrollmentContext(uc_status="2"), ["ui_work_registration"]),
        (EnrollmentContext(uc_status="3"), ["ui_work_registration"]),
        (EnrollmentContext(uc_status="4"), []),
        (EnrollmentContext(uc_status="5"), []),
        (EnrollmentContext(taa=True), ["taa"]),
        (EnrollmentContext(programs=frozenset({"taa"})), ["taa"]),
        (EnrollmentContext(msfw="1"), ["msfw"]),
        (EnrollmentContext(msfw="2"), ["msfw"]),
        (EnrollmentContext(reentry=True), ["reentry"]),
    ],
    ids=[
        "a person using only self-service needs no enrollment",
        "staff-assisted job finding requires it",
        "a referral to Title I requires it",
        "a RESEA claimant requires it",
        "a WPRS-referred claimant must register with the labor exchange",
        "a claimant not referred by RESEA or WPRS must register",
        "an exhaustee has no work-registration duty",
        "a claimant exempt from work search has none",
        "a TAA customer requires it",
        "co-enrollment in TAA requires it",
        "a seasonal farmworker requires it",
        "a migrant farmworker requires it",
        "the Missouri Re-entry Process requires it",
    ],
)
def test_when_a_wp_enrollment_is_required(ctx, codes):
    reasons = enrollment_required_reasons(ctx)
    assert [r.code for r in reasons] == codes
    assert all("WP Enrollment" in r.citation for r in reasons)


@pytest.mark.parametrize(
    ("eligible", "disabled", "tier"),
    [
        ("0", "0", PriorityTier.NONE),
        ("1", "0", PriorityTier.COVERED_PERSON),
        ("2", "0", PriorityTier.COVERED_PERSON),
        ("3", "0", PriorityTier.COVERED_PERSON),
        ("2", "1", PriorityTier.DISABLED_VETERAN),
        ("2", "2", PriorityTier.DISABLED_VETERAN),
    ],
    ids=[
        "a non-veteran has no priority",
        "a veteran with 180 days or less of service is a covered person",
        "an eligible veteran is a covered person",
        "an eligible spouse is a covered person",
        "a disabled veteran comes before other veterans",
        "a special disabled veteran comes before other veterans",
    ],
)
def test_priority_of_service(eligible, disabled, tier):
    assert priority_tier(eligible_veteran=eligible, disabled_veteran=disabled) == tier


@pytest.mark.parametrize(
    ("recorded_day", "tolerance", "late"),
    [(0, 0, 0), (1, 0, 1), (1, 1, 0), (2, 1, 1)],
    ids=[
        "entered the day received is on time",
        "entered the next day is one day late with no tolerance",
        "the next day is on time with one day of tolerance",
        "two days after is one day late with one day of tolerance",
    ],
)
def test_late_entries(recorded_day, tolerance, late):
    assert days_late(service_date=D, recorded_on=day(recorded_day), tolerance_days=tolerance) == late


@pytest.mark.parametrize(
    ("registered", "as_of", "services", "elsewhere", "expected"),
    [
        (day(3), day(3), [], False, 2),
        (day(3), day(2), [], False, 0),
        (day(3), day(10), [staff(5, program="adult")], False, 0),
        (day(3), day(10), [staff(12, program="adult")], False, 2),
        (day(3), day(10), [], True, 0),
        (day(3), day(10), [staff(5)], False, 1),
        (None, day(10), [], False, 0),
    ],
    ids=[
        "registered that day: a reportable individual (20 CFR 677.150(b)(1)(i))",
        "the day before registering: not yet",
        "served in another program by then: not a registrant",
        "a Title I service after the day asked about does not count yet",
        "a participant of another program: not a registrant",
        "a WP staff-assisted service: a participant, whatever the registration",
        "no registration known: 0 as before",
    ],
)
def test_a_registrant_with_no_service_is_a_reportable_individual(registered, as_of, services, elsewhere, expected):
    assert pirl_918(services, as_of=as_of, registered_on=registered, served_or_participant=elsewhere) == expected


# PIRL 923 Other Reasons for Exit (ETA-9172 PIRL; federal-specs 1.3; TEGL 10-16 Chg 3 Att. II Tables A-C): shown
# with the exit (PIRL 901), "00" included; before the exit only when staff recorded a reason (01-07).
@pytest.mark.parametrize(
    ("exit_date", "reason", "text"),
    [
        (None, OtherExitReason.NONE, constants.OTHER_EXIT_REASON_NOT_EXITED),
        (D, OtherExitReason.NONE, "00 — None"),
        (D, OtherExitReason.DECEASED, "03 — Deceased"),
        (None, OtherExitReason.DECEASED, "03 — Deceased"),
        (None, OtherExitReason.CRIMINAL_OFFENDER, "07 — Criminal offender (Title II section 225)"),
    ],
    ids=[
        "not exited and no reason recorded: nothing to show yet",
        "exited with no other reason: 00 is the reported value",
        "exited as deceased: the reason in words beside its code",
        "a reason recorded before the exit is determined is shown, not hidden",
        "the last code (07) reads in words too",
    ],
)
def test_the_other_reason_for_exit_as_staff_read_it(exit_date, reason, text):
    assert other_exit_reason_text(exit_date=exit_date, reason=reason) == text


@pytest.mark.parametrize(
    ("reason", "recorded"),
    [
        (OtherExitReason.NONE, False),
        (OtherExitReason.INSTITUTIONALIZED, True),
        (OtherExitReason.CRIMINAL_OFFENDER, True),
    ],
    ids=["00 is no reason", "01 is the first reason", "07 is the last reason"],
)
def test_an_other_reason_for_exit_is_recorded_for_codes_01_to_07(reason, recorded):
    assert other_exit_reason_recorded(reason) is recorded
