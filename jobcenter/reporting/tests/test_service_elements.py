"""PIRL 918 = 2 (reportable individuals), 1005, 1107-1111, 1114 and 1202 built from the case database (DOL PIRL
public-use layout PY2022 Q4; federal-specs 1.3-1.4 and 2.1)."""

import datetime as dt

import pytest

from jobcenter.cases import services
from jobcenter.cases.models import Enrollment
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import participant
from jobcenter.seekers.models import JobSeeker

pytestmark = pytest.mark.django_db


def at(day: dt.date):
    return clock.frozen(dt.datetime.combine(day, dt.time(10), tzinfo=clock.local_tz()))


def record(staff, seeker, code, day, **kw):
    with at(day):
        return services.service_record(actor=staff, seeker=seeker, code=code, service_date=day, **kw)


def rows_by_918(quarter):
    rows = build_pirl(quarter=quarter)
    return [r for r in rows if r["p918"] == "1"], [r for r in rows if r["p918"] == "2"]


# --- 918 = 2: reportable individuals -------------------------------------------------------------------------


def test_a_person_with_only_self_service_and_information_is_a_reportable_individual(personas):
    seeker = make_seeker(job_center=personas.center_a, sex="2")
    record(personas.staff_a, seeker, "105", dt.date(2025, 8, 4))  # information-only (1100)
    record(personas.staff_a, seeker, "100", dt.date(2025, 9, 15))  # self-service (1101)
    participants, [row] = rows_by_918(Quarter(2025, 4))
    assert participants == []
    assert (row["p100"], row["p918"], row["p201"]) == (seeker.state_id, "2", "2")
    assert (row["p900"], row["p901"], row["p923"], row["p1300"]) == ("", "", "", "")
    assert (row["p1000"], row["p1002"], row["p1007"]) == ("20250804", "20250915", "20250915")
    assert (row["p1100"], row["p1101"]) == ("20250804", "20250915")
    assert row["job_center"] == personas.center_a.code
    assert edits.check_records([row]) == []


def test_reportable_individuals_of_the_four_quarters_ending_the_report_quarter(personas):
    inside = make_seeker(job_center=personas.center_a)
    record(personas.staff_a, inside, "100", dt.date(2025, 1, 1))  # first day of the 4th quarter back
    outside = make_seeker(job_center=personas.center_a)
    record(personas.staff_a, outside, "100", dt.date(2024, 12, 31))  # the day before
    _, ri = rows_by_918(Quarter(2025, 4))
    assert [r["p100"] for r in ri] == [inside.state_id]


def test_a_new_period_of_activity_after_more_than_90_days_is_a_new_record(personas):
    seeker = make_seeker(job_center=personas.center_a)
    record(personas.staff_a, seeker, "100", dt.date(2025, 1, 6))
    record(personas.staff_a, seeker, "100", dt.date(2025, 4, 6))  # 90 days later: same period
    record(personas.staff_a, seeker, "100", dt.date(2025, 7, 6))  # 91 days later: new period
    _, ri = rows_by_918(Quarter(2025, 4))
    assert [(r["p1000"], r["p1007"]) for r in ri] == [("20250106", "20250406"), ("20250706", "20250706")]
    assert edits.check_records(ri) == []


def test_a_participant_is_never_also_reported_as_a_reportable_individual(personas):
    e = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 3, 3), exit=False)
    record(personas.staff_a, e.seeker, "100", dt.date(2025, 2, 24))  # self-service a week before participation
    participants, ri = rows_by_918(Quarter(2025, 2))
    assert [r["p100"] for r in participants] == [e.seeker.state_id]
    assert ri == []


def test_self_service_long_after_an_exit_is_a_reportable_individual_again(personas):
    e = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 1, 6))
    record(personas.staff_a, e.seeker, "100", dt.date(2025, 6, 2))  # 147 days after the exit on 2025-01-06
    participants, [ri] = rows_by_918(Quarter(2025, 4))
    assert [r["p901"] for r in participants] == ["20250106"]
    assert (ri["p100"], ri["p1007"]) == (e.seeker.state_id, "20250602")


def registered(center, when: dt.datetime, **fields):
    """A person who registered at local time ``when`` (the seeker record's creation)."""
    seeker = make_seeker(job_center=center, **fields)
    JobSeeker.objects.filter(pk=seeker.pk).update(created_at=when.replace(tzinfo=clock.local_tz()))
    return seeker


def test_a_registrant_with_no_service_is_a_reportable_individual_within_the_four_quarters(personas):
    """20 CFR 677.150(b); federal-specs 2.1: "provided identifying information" makes a reportable individual."""
    c = personas.center_a
    first_day = registered(c, dt.datetime(2025, 1, 1, 0, 30))  # first day of the 4th quarter back
    day_before = registered(c, dt.datetime(2024, 12, 31, 23, 30))
    last_day = registered(c, dt.datetime(2025, 12, 31, 23, 30), sex="1")  # last day of the report quarter
    day_after = registered(c, dt.datetime(2026, 1, 1, 0, 30))
    participants, ri = rows_by_918(Quarter(2025, 4))
    assert participants == []
    assert [(r["p100"], r["p1007"]) for r in ri] == [(first_day.state_id, "20250101"), (last_day.state_id, "20251231")]
    row = ri[1]
    assert (row["p918"], row["p201"], row["p900"], row["p901"], row["p1000"], row["p1002"]) == (
        "2",
        "1",
        "",
        "",
        "",
        "",
    )
    assert row["job_center"] == c.code
    assert edits.check_records(ri) == []
    assert day_before.state_id not in {r["p100"] for r in ri} and day_after.state_id not in {r["p100"] for r in ri}


def test_a_registrant_already_counted_by_a_service_or_a_participant_gets_no_registration_record(personas):
    c, staff = personas.center_a, personas.staff_a
    served = registered(c, dt.datetime(2025, 2, 3, 9))
    record(staff, served, "100", dt.date(2025, 3, 3))  # self-service: counted by its period of activity
    later = registered(c, dt.datetime(2025, 2, 3, 9))
    record(staff, later, "100", dt.date(2026, 2, 2))  # a service only after the report quarter
    e = participant(job_center=c, case_manager=staff, entry=dt.date(2025, 3, 3))
    JobSeeker.objects.filter(pk=e.seeker_id).update(created_at=dt.datetime(2025, 2, 3, 9, tzinfo=clock.local_tz()))
    participants, ri = rows_by_918(Quarter(2025, 4))
    assert [r["p100"] for r in participants] == [e.seeker.state_id]
    assert sorted((r["p100"], r["p1007"]) for r in ri) == sorted(
        [(served.state_id, "20250303"), (later.state_id, "20250203")]
    )
    assert edits.check_records(ri) == []


# --- 1005, 1107, 1202 ------------------------------------------------------------------------------------------


def test_dvop_career_services_the_federal_training_placement_and_the_plan(personas):
    e = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 1, 6), exit=False)
    record(personas.staff_a, e.seeker, "102", dt.date(2025, 1, 13), dvop_specialist=True)
    record(personas.staff_a, e.seeker, "201", dt.date(2025, 1, 20))  # plan created
    record(personas.staff_a, e.seeker, "201", dt.date(2025, 2, 17))  # plan revised: 1202 stays the creation
    record(personas.staff_a, e.seeker, "106", dt.date(2025, 2, 3), dvop_specialist=True)
    record(personas.staff_a, e.seeker, "111", dt.date(2025, 2, 10))  # placed in federal training
    record(personas.staff_a, e.seeker, "102", dt.date(2025, 2, 24))  # not by a DVOP specialist
    with at(dt.date(2025, 3, 3)):
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert (row["p1004"], row["p1005"]) == ("20250224", "20250203")
    assert (row["p1107"], row["p1202"], row["p1201"]) == ("20250210", "20250120", "20250217")
    assert edits.check_records([row]) == []


def test_without_those_services_the_elements_are_blank(personas):
    participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 1, 6))
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert [row[c] for c in ("p1005", "p1107", "p1108", "p1109", "p1110", "p1111", "p1202")] == [""] * 7


# --- 1114 ------------------------------------------------------------------------------------------------------


def test_a_jvsg_enrollment_during_the_period_gives_its_referral_reason(personas):
    e = participant(
        job_center=personas.center_a,
        case_manager=personas.staff_a,
        entry=dt.date(2025, 1, 6),
        exit=False,
        veteran="1",
        transitioning_service_member=True,
    )
    with at(dt.date(2025, 1, 8)):
        enroll(e.seeker, case_manager=personas.staff_a, program="jvsg", jvsg_referral_reason="2")
    with at(dt.date(2025, 2, 3)):
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert row["p1114"] == "2"
    assert edits.check_records([row]) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"veteran": "1"}, "0"),
        ({"veteran": "0", "eligible_veteran": "3"}, "0"),  # other eligible person (spouse)
        ({"veteran": "0", "transitioning_service_member": True}, "0"),
        ({"veteran": "0"}, ""),  # the element does not apply
    ],
)
def test_not_referred_is_0_for_veterans_and_eligible_persons_and_blank_for_others(personas, fields, expected):
    participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2025, 1, 6), **fields)
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert row["p1114"] == expected


def test_a_jvsg_enrollment_before_the_period_is_not_a_referral_in_it(personas):
    seeker = make_seeker(job_center=personas.center_a, veteran="1")
    with at(dt.date(2024, 12, 2)):
        enroll(seeker, case_manager=personas.staff_a, program="jvsg", jvsg_referral_reason="1")
    with at(dt.date(2025, 1, 6)):
        enroll(seeker, case_manager=personas.staff_a)
    record(personas.staff_a, seeker, "101", dt.date(2025, 1, 6))
    with at(dt.date(2025, 2, 3)):
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert Enrollment.objects.filter(seeker=seeker).count() == 2
    assert row["p1114"] == "0"
