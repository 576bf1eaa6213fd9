"""Enrollment, services, events, exits and reports through the services and selectors, on a real database.

Sources: manual (rev. Jan 2024) WP Enrollment, Case Notes & Services, Manage Labor Exchange Tools;
TEGL 10-16 Chg 3 and 20 CFR 677.150 (participation and exit); Oklahoma supplemental wage policy A.1.
"""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from jobcenter.cases import constants, selectors
from jobcenter.cases.choices import EnrollmentStatus, EventKind, PriorityTier
from jobcenter.cases.models import EmployerService, Enrollment, Service
from jobcenter.cases.services import (
    enrollment_create,
    enrollment_record_other_exit_reason,
    enrollments_apply_exits,
    event_create,
    event_record_attendance,
    require_active_enrollment,
    service_cancel,
    service_deliver,
    service_record,
    service_schedule,
    survey_notice_record,
)
from jobcenter.cases.tests.factories import enroll, make_employer, make_seeker
from jobcenter.core import clock

D = dt.date(2026, 3, 2)


def day(n):
    return D + dt.timedelta(days=n)


def messages(exc):
    return " ".join(exc.value.messages)


# --- enrollment guard --------------------------------------------------------------------------------------------


def test_a_staff_assisted_service_is_refused_until_a_wp_enrollment_exists(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D), pytest.raises(ValidationError) as exc:
        service_record(actor=personas.staff_a, seeker=seeker, code="102")
    assert constants.ENROLLMENT_REQUIRED in messages(exc)
    assert not Service.objects.exists()


def test_referral_code_can_ask_for_the_active_enrollment_the_same_way(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        with pytest.raises(ValidationError) as exc:
            require_active_enrollment(seeker)
        assert constants.ENROLLMENT_REQUIRED in messages(exc)
        enrollment = enroll(seeker, case_manager=personas.staff_a)
        assert require_active_enrollment(seeker) == enrollment
        assert selectors.active_wp_enrollment(seeker, D) == enrollment


def test_self_service_and_information_only_need_no_enrollment(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        service_record(actor=personas.staff_a, seeker=seeker, code="100")
        service_record(actor=personas.staff_a, seeker=seeker, code="104")
        assert selectors.pirl_facts(seeker).wp_status == 2  # reportable individual


def test_the_first_participation_triggering_service_completes_the_enrollment(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(day(3)):
        enrollment = enroll(seeker, case_manager=personas.staff_a, registered_on=D)
        service_record(actor=personas.staff_a, seeker=seeker, code="104", service_date=day(1))
        enrollment.refresh_from_db()
        assert enrollment.status == EnrollmentStatus.REGISTERED  # information-only does not
        service_record(actor=personas.staff_a, seeker=seeker, code="101", service_date=day(2))
        enrollment.refresh_from_db()
        assert enrollment.status == EnrollmentStatus.ENROLLED
        assert enrollment.participation_date == day(2)
        facts = selectors.pirl_facts(seeker)
        assert facts.participation_date == day(2) and facts.wp_status == 1


def test_a_service_before_the_registration_date_is_refused(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(day(5)):
        enroll(seeker, case_manager=personas.staff_a, registered_on=day(3))
        with pytest.raises(ValidationError) as exc:
            service_record(actor=personas.staff_a, seeker=seeker, code="102", service_date=day(2))
    assert "before this person's WP registration" in messages(exc)


@pytest.mark.parametrize(
    ("code", "when", "message"),
    [
        ("999", 0, constants.UNKNOWN_SERVICE.format(code="999", date=D)),
        ("102", 1, constants.SERVICE_DATE_FUTURE),
    ],
    ids=["an unknown code is refused", "a service cannot be recorded as received in the future"],
)
def test_bad_service_entries_are_refused(personas, code, when, message):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        enroll(seeker, case_manager=personas.staff_a)
        with pytest.raises(ValidationError) as exc:
            service_record(actor=personas.staff_a, seeker=seeker, code=code, service_date=day(when))
    assert message in messages(exc)


# --- case manager -------------------------------------------------------------------------------------------------


def test_an_enrollment_needs_a_case_manager_in_the_chosen_job_center(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        with pytest.raises(ValidationError) as exc:
            enrollment_create(actor=personas.staff_a, seeker=seeker, case_manager=None)
        assert constants.CASE_MANAGER_REQUIRED in messages(exc)
        with pytest.raises(ValidationError) as exc:
            enrollment_create(
                actor=personas.staff_a, seeker=seeker, case_manager=personas.staff_b, job_center=personas.center_a
            )
        assert constants.CASE_MANAGER_WRONG_CENTER in messages(exc)
        with pytest.raises(ValidationError) as exc:
            enrollment_create(actor=personas.staff_a, seeker=seeker, case_manager=personas.analyst)
        assert constants.CASE_MANAGER_NOT_STAFF in messages(exc)


def test_a_csu_enrollment_gets_a_case_manager_in_the_center_the_person_chooses(personas):
    seeker = make_seeker(job_center=None)
    with clock.frozen(D):
        with pytest.raises(ValidationError) as exc:
            enrollment_create(actor=personas.csu, seeker=seeker, case_manager=personas.staff_b)
        assert constants.CSU_CENTER_REQUIRED in messages(exc)
        enrollment = enrollment_create(
            actor=personas.csu, seeker=seeker, case_manager=personas.staff_b, job_center=personas.center_b
        )
    assert enrollment.via_csu and enrollment.job_center == personas.center_b
    seeker.refresh_from_db()
    assert seeker.home_job_center == personas.center_b


def test_a_second_open_enrollment_is_refused(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        enroll(seeker, case_manager=personas.staff_a)
        with pytest.raises(ValidationError) as exc:
            enroll(seeker, case_manager=personas.staff_a)
    assert "already has an open Wagner-Peyser" in messages(exc)


def test_the_dashboard_lists_enrollments_whose_case_manager_left(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        enrollment = enroll(seeker, case_manager=personas.staff_a)
    assert selectors.enrollments_missing_case_manager(user=personas.supervisor_a) == []
    personas.staff_a.is_active = False
    personas.staff_a.save()
    assert selectors.enrollments_missing_case_manager(user=personas.supervisor_a) == [enrollment]
    assert selectors.enrollments_missing_case_manager(user=personas.supervisor_b) == []


# --- exit ---------------------------------------------------------------------------------------------------------


def _participant(personas, *, service_day=0):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(day(service_day)):
        enrollment = enroll(seeker, case_manager=personas.staff_a, registered_on=D)
        service_record(actor=personas.staff_a, seeker=seeker, code="102")
    return seeker, enrollment


@pytest.mark.parametrize(
    ("as_of", "active"),
    [(90, True), (91, False)],
    ids=["on day 90 the enrollment is still active", "on day 91 it has exited"],
)
def test_the_active_enrollment_ends_at_the_90_day_line(personas, as_of, active):
    seeker, enrollment = _participant(personas)
    assert (selectors.active_wp_enrollment(seeker, day(as_of)) == enrollment) is active


def test_the_exit_job_exits_retroactively_and_a_new_service_needs_a_new_enrollment(personas):
    seeker, enrollment = _participant(personas)
    with clock.frozen(day(30)):
        service_record(actor=personas.staff_a, seeker=seeker, code="106")
        service_record(actor=personas.staff_a, seeker=seeker, code="500")  # follow-up: does not count
    assert enrollments_apply_exits(as_of=day(120)) == 0
    assert enrollments_apply_exits(as_of=day(121)) == 1
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.EXITED
    assert enrollment.exit_date == day(30)
    assert enrollments_apply_exits(as_of=day(200)) == 0  # idempotent
    with clock.frozen(day(150)):
        with pytest.raises(ValidationError):
            service_record(actor=personas.staff_a, seeker=seeker, code="102")
        second = enroll(seeker, case_manager=personas.staff_a)
        service_record(actor=personas.staff_a, seeker=seeker, code="102")
    second.refresh_from_db()
    assert second.participation_date == day(150)
    facts = selectors.pirl_facts(seeker, as_of=day(150))
    assert [p.participation_date for p in facts.periods] == [D, day(150)]
    assert facts.periods[0].exit_date == day(30)


def test_a_new_enrollment_after_the_line_exits_the_old_one_on_the_way(personas):
    seeker, enrollment = _participant(personas)
    with clock.frozen(day(95)):
        enroll(seeker, case_manager=personas.staff_a)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.EXITED and enrollment.exit_date == D


def test_a_scheduled_service_blocks_the_exit_until_it_is_cancelled(personas):
    seeker, enrollment = _participant(personas)
    with clock.frozen(day(10)):
        scheduled = service_schedule(actor=personas.staff_a, seeker=seeker, code="300", service_date=day(120))
    assert selectors.active_wp_enrollment(seeker, day(100)) == enrollment
    forecast = selectors.pirl_facts(seeker, as_of=day(100)).forecast
    assert forecast.scheduled_blocking == day(120)
    with clock.frozen(day(100)):
        service_cancel(actor=personas.staff_a, service=scheduled)
    assert selectors.active_wp_enrollment(seeker, day(100)) is None


def test_a_delivered_scheduled_service_moves_the_last_service_date(personas):
    seeker, enrollment = _participant(personas)
    with clock.frozen(day(10)):
        scheduled = service_schedule(actor=personas.staff_a, seeker=seeker, code="300", service_date=day(40))
    with clock.frozen(day(40)):
        service_deliver(actor=personas.staff_a, service=scheduled)
    assert selectors.pirl_facts(seeker, as_of=day(130)).exit_date is None  # 40 + 90
    assert selectors.pirl_facts(seeker, as_of=day(131)).exit_date == day(40)


def test_scheduling_must_be_in_the_future(personas):
    seeker, _ = _participant(personas)
    with clock.frozen(day(10)), pytest.raises(ValidationError) as exc:
        service_schedule(actor=personas.staff_a, seeker=seeker, code="300", service_date=day(10))
    assert constants.SCHEDULE_DATE_PAST in messages(exc)


@pytest.mark.parametrize(
    ("state", "exit_date"),
    [("MO", day(60)), ("OK", D)],
    ids=[
        "with common exit on (MO) a Title I service delays the WP exit",
        "with common exit off (OK) it does not",
    ],
)
def test_common_exit_setting(personas, settings, state, exit_date):
    settings.JOBCENTER_STATE = state
    seeker, _ = _participant(personas)
    with clock.frozen(day(50)):
        enrollment_create(actor=personas.staff_a, seeker=seeker, case_manager=personas.staff_a, program="adult")
    with clock.frozen(day(60)):
        service_record(actor=personas.staff_a, seeker=seeker, code="102")  # WP
    Service.objects.filter(service_date=day(60)).update(program="adult")  # as if delivered by Title I
    assert selectors.pirl_facts(seeker, as_of=day(200)).exit_date == exit_date


def test_staff_record_other_reasons_for_exit(personas):
    _, enrollment = _participant(personas)
    with clock.frozen(day(10)):
        with pytest.raises(ValidationError) as exc:
            enrollment_record_other_exit_reason(actor=personas.staff_a, enrollment=enrollment, reason="00", on=day(5))
        assert constants.EXIT_REASON_NOT_NONE in messages(exc)
        enrollment_record_other_exit_reason(actor=personas.staff_a, enrollment=enrollment, reason="03", on=day(5))
    enrollment.refresh_from_db()
    assert enrollment.other_exit_reason == "03"


# --- late entries -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recorded_day", "late"),
    [(5, False), (6, True)],
    ids=["a service entered the day received is not late", "a service entered the next day is reported late"],
)
def test_late_entries_are_reported(personas, recorded_day, late):
    seeker, _ = _participant(personas)
    with clock.frozen(day(recorded_day)):
        service = service_record(actor=personas.staff_a, seeker=seeker, code="106", service_date=day(5))
    rows = selectors.late_entries(user=personas.supervisor_a, since=D, until=day(10))
    assert ((service, 1) in rows) is late
    assert selectors.late_entries(user=personas.supervisor_b, since=D, until=day(10)) == []


# --- events -------------------------------------------------------------------------------------------------------


def test_workshop_attendance_records_a_service_for_each_enrolled_attendee(personas):
    enrolled, _ = _participant(personas)
    walk_in = make_seeker(job_center=personas.center_a, given_name="Walk", surname="In")
    with clock.frozen(day(7)):
        event = event_create(
            actor=personas.staff_a,
            title="Resume workshop",
            kind=EventKind.WORKSHOP,
            service_code="120",
            job_center=personas.center_a,
            held_on=day(7),
        )
        recorded, problems = event_record_attendance(actor=personas.staff_a, event=event, seekers=[enrolled, walk_in])
        again, problems2 = event_record_attendance(actor=personas.staff_a, event=event, seekers=[enrolled])
    assert [s.seeker for s in recorded] == [enrolled]
    assert problems == [constants.ATTENDEE_NOT_ENROLLED.format(name="Walk In")]
    assert again == [] and "already recorded" in problems2[0]


def test_an_informational_workshop_records_information_only_never_participation(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        enrollment = enroll(seeker, case_manager=personas.staff_a)
        with pytest.raises(ValidationError) as exc:
            event_create(
                actor=personas.staff_a,
                title="Orientation",
                kind=EventKind.INFORMATIONAL,
                service_code="102",
                job_center=personas.center_a,
                held_on=D,
            )
        assert constants.EVENT_SERVICE_INFORMATIONAL in messages(exc)
        event = event_create(
            actor=personas.staff_a,
            title="Orientation",
            kind=EventKind.INFORMATIONAL,
            service_code="105",
            job_center=personas.center_a,
            held_on=D,
        )
        recorded, problems = event_record_attendance(actor=personas.staff_a, event=event, seekers=[seeker])
    assert problems == [] and recorded[0].category == "information_only"
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.REGISTERED


def test_a_hiring_event_with_an_employer_is_an_employer_service(personas):
    employer = make_employer(job_center=personas.center_a)
    with clock.frozen(D):
        event_create(
            actor=personas.staff_a,
            title="Warehouse hiring day",
            kind=EventKind.HIRING_EVENT,
            service_code="103",
            job_center=personas.center_a,
            held_on=day(3),
            employer=employer,
        )
    assert EmployerService.objects.get().code == "hiring_event"


# --- survey notice ------------------------------------------------------------------------------------------------


def test_participants_not_yet_informed_about_the_wage_survey_are_listed(personas):
    seeker, enrollment = _participant(personas)
    assert selectors.participants_not_informed(user=personas.supervisor_a) == [enrollment]
    assert selectors.participants_not_informed(user=personas.supervisor_b) == []
    with clock.frozen(D):
        notice = survey_notice_record(actor=personas.staff_a, seeker=seeker, method="voicemail")
    assert "Required" not in notice.message and "pay stubs" in notice.message and "6 to 12 months" in notice.message
    assert selectors.participants_not_informed(user=personas.supervisor_a) == []


def test_a_survey_message_without_the_three_required_parts_is_refused(personas):
    from jobcenter.cases.models import SurveyMessageTemplate

    seeker, _ = _participant(personas)
    bad = SurveyMessageTemplate.objects.create(
        name="Too short", participant_expectations="Voluntary.", required_documentation=" ", collection_timeframe="Soon"
    )
    with clock.frozen(D), pytest.raises(ValidationError) as exc:
        survey_notice_record(actor=personas.staff_a, seeker=seeker, method="email", template=bad)
    assert constants.SURVEY_TEMPLATE_PARTS in messages(exc)


def test_only_a_wp_enrollee_can_be_informed(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D), pytest.raises(ValidationError) as exc:
        survey_notice_record(actor=personas.staff_a, seeker=seeker, method="email")
    assert constants.SURVEY_NOT_PARTICIPANT in messages(exc)


# --- priority of service ------------------------------------------------------------------------------------------


def test_the_caseload_puts_disabled_veterans_then_covered_persons_first(personas):
    plain = make_seeker(job_center=personas.center_a, surname="Aaron")
    spouse = make_seeker(job_center=personas.center_a, surname="Baker", eligible_veteran="3")
    disabled = make_seeker(job_center=personas.center_a, surname="Cole", eligible_veteran="2", disabled_veteran="1")
    with clock.frozen(D):
        for s in (plain, spouse, disabled):
            enroll(s, case_manager=personas.staff_a)
        rows = selectors.caseload(user=personas.staff_a)
    assert [r.enrollment.seeker for r in rows] == [disabled, spouse, plain]
    assert [r.priority for r in rows] == [PriorityTier.DISABLED_VETERAN, PriorityTier.COVERED_PERSON, PriorityTier.NONE]
    assert selectors.priority_of_service(spouse) == PriorityTier.COVERED_PERSON
    assert selectors.caseload(user=personas.staff_b) == []


def test_enrollment_required_reads_the_profile(personas):
    seeker = make_seeker(job_center=personas.center_a, uc_status="1", msfw="2")
    assert [r.code for r in selectors.enrollment_required(seeker)] == ["resea", "msfw"]
    assert Enrollment.objects.count() == 0


def test_the_exit_command_exits_due_enrollments(personas):
    from io import StringIO

    from django.core.management import call_command

    _, enrollment = _participant(personas)
    out = StringIO()
    call_command("cases_exits", "--as-of", day(91).isoformat(), stdout=out)
    assert "1 enrollment(s) exited." in out.getvalue()
    enrollment.refresh_from_db()
    assert enrollment.exit_date == D


def test_an_administrator_cannot_save_a_survey_message_missing_a_required_part(admin_client):
    from jobcenter.cases.models import SurveyMessageTemplate

    response = admin_client.post(
        "/admin/cases/surveymessagetemplate/add/",
        {
            "name": "Short",
            "participant_expectations": "Voluntary and confidential.",
            "required_documentation": "Pay stubs.",
            "collection_timeframe": "   ",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert not SurveyMessageTemplate.objects.filter(name="Short").exists()


def test_a_reportable_individual_has_periods_of_activity(personas):
    seeker = make_seeker(job_center=personas.center_a)
    for n in (0, 90, 181):
        with clock.frozen(day(n)):
            service_record(actor=personas.staff_a, seeker=seeker, code="100")
    facts = selectors.pirl_facts(seeker, as_of=day(200))
    assert facts.wp_status == 2
    assert [(p.start, p.end) for p in facts.activity_periods] == [(D, day(90)), (day(181), day(181))]


def test_follow_up_is_recorded_after_exit_and_never_reopens_the_period(personas):
    seeker, enrollment = _participant(personas)
    with clock.frozen(day(120)):
        service = service_record(actor=personas.staff_a, seeker=seeker, code="500")
    assert service.enrollment == enrollment
    assert selectors.pirl_facts(seeker, as_of=day(120)).exit_date == D


@pytest.mark.parametrize(
    ("code", "message"),
    [("500", constants.FOLLOW_UP_NEEDS_PARTICIPANT), ("400", constants.SUPPORTIVE_NEEDS_PARTICIPANT)],
    ids=[
        "follow-up is refused for someone who was never a participant",
        "supportive services are refused before participation",
    ],
)
def test_follow_up_and_supportive_need_a_participant(personas, code, message):
    seeker = make_seeker(job_center=personas.center_a)
    with clock.frozen(D):
        enroll(seeker, case_manager=personas.staff_a)
        with pytest.raises(ValidationError) as exc:
            service_record(actor=personas.staff_a, seeker=seeker, code=code)
    assert message in messages(exc)


def test_a_registrant_with_no_service_shows_as_a_reportable_individual_from_the_registration_day(client, personas):
    """20 CFR 677.150(b)(1)(i): identifying information alone makes a reportable individual; the record page says
    so in the same terms as the PIRL's registrant records (ADR 0041, amendment "Registrants")."""
    from django.urls import reverse
    from django.utils.formats import date_format

    from jobcenter.seekers.models import JobSeeker

    seeker = make_seeker(job_center=personas.center_a)
    registered = dt.datetime.combine(day(0), dt.time(10), tzinfo=clock.local_tz())
    JobSeeker.objects.filter(pk=seeker.pk).update(created_at=registered)
    seeker.refresh_from_db()
    with clock.frozen(day(-1)):
        assert selectors.pirl_facts(seeker).wp_status == 0  # not registered yet
    with clock.frozen(day(0)):
        facts = selectors.pirl_facts(seeker)
        assert (facts.wp_status, facts.registered_on, facts.activity_periods) == (2, day(0), [])
        client.force_login(personas.staff_a)
        page = client.get(reverse("staff:seeker-detail", args=[seeker.state_id])).content.decode()
        assert "2 — reportable individual" in page
        assert f"registered on {date_format(day(0))} and counted from that day" in page
    with clock.frozen(day(5)):
        enrollment = enroll(seeker, case_manager=personas.staff_a, program="adult", registered_on=day(5))
        Enrollment.objects.filter(pk=enrollment.pk).update(participation_date=day(5))
        assert selectors.pirl_facts(seeker).wp_status == 0  # a participant of another program is no registrant
