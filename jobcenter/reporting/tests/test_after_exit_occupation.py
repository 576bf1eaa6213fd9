"""PIRL 1610, 1612, 1613: the O*NET code of employment after exit, from referrals the employer reported as a hire
(DOL PIRL public-use layout PY2022 Q4; federal-specs 1.5; ADR 0041)."""

import datetime as dt

import pytest

from jobcenter.cases import services
from jobcenter.core import clock
from jobcenter.matching.tests.factories import FORKLIFT, LABORER, NURSE, TRUCK_DRIVER, coded_seeker, load_occupations
from jobcenter.referrals.services import referral_create_staff, referral_outcome_record
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db
ENTRY = dt.date(2025, 1, 6)  # referred on entry, the last service: exit 2025-01-06 (2025Q1)


def at(day: dt.date):
    return clock.frozen(dt.datetime.combine(day, dt.time(10), tzinfo=clock.local_tz()))


@pytest.fixture
def exiter(personas):
    """A participant referred on ENTRY to one order per code in ``codes`` (blank: an order without a code) who
    then exits; ``hire(i, day)`` records a hire on referral ``i``."""
    load_occupations()

    def run(*codes):
        with at(ENTRY):
            seeker = coded_seeker(job_center=personas.center_a, months=24)
            services.enrollment_create(actor=personas.staff_a, seeker=seeker, case_manager=personas.staff_a)
            services.service_record(actor=personas.staff_a, seeker=seeker, code="101")
            employer = make_employer(job_center=personas.center_a)
            referrals = [
                referral_create_staff(
                    actor=personas.staff_a,
                    seeker=seeker,
                    order=make_order(employer=employer, job_center=personas.center_a, soc_code=code),
                    consent="present",
                )
                for code in codes
            ]
        services.enrollments_apply_exits(as_of=ENTRY + dt.timedelta(days=120))

        def hire(i: int, day: dt.date):
            with at(day):
                referral_outcome_record(actor=personas.staff_a, referral=referrals[i], outcome="hired", on=day)

        def record(quarter=Quarter(2026, 1)):
            with at(quarter.end):
                [row] = [r for r in build_pirl(quarter=quarter) if r["p100"] == seeker.state_id and r["p901"]]
            assert row["p901"] == "20250106"
            assert edits.check_records([row]) == []
            return row

        return hire, record

    return run


def occupations(row):
    return tuple(row[c] for c in ("p1610", "p1612", "p1613"))


def test_a_hire_in_the_2nd_and_one_in_the_4th_quarter_after_exit(exiter):
    hire, record = exiter(FORKLIFT, NURSE)
    hire(0, dt.date(2025, 7, 14))  # 2025Q3 = 2nd quarter after 2025Q1
    hire(1, dt.date(2026, 1, 12))  # 2026Q1 = 4th quarter after
    # 1610: the most recent job after exit
    assert occupations(record()) == ("29114100", "53705100", "29114100")


def test_a_hire_in_another_quarter_gives_only_1610_and_a_later_report_no_more_than_it_knows(exiter):
    hire, record = exiter(TRUCK_DRIVER, LABORER)
    hire(0, dt.date(2025, 6, 30))  # 2025Q2 = 1st quarter after: neither Q2 nor Q4
    assert occupations(record()) == ("53303200", "", "")
    hire(1, dt.date(2025, 10, 1))  # 2025Q4 = 3rd quarter after
    assert occupations(record(Quarter(2025, 3))) == ("53303200", "", "")  # hire after the report quarter: unknown
    assert occupations(record()) == ("53706200", "", "")


def test_a_hire_into_an_order_without_a_code_or_no_hire_leaves_them_blank(exiter):
    hire, record = exiter("")
    assert occupations(record()) == ("", "", "")
    hire(0, dt.date(2025, 7, 14))
    assert occupations(record()) == ("", "", "")


def test_a_documented_quarter_gives_its_code_before_a_hire_and_1610_takes_the_most_recent_of_both():
    from jobcenter.reporting.pirl.after_exit import apply

    exit_date = dt.date(2025, 1, 6)  # 2025Q1: 2nd quarter after = 2025Q3, 4th = 2026Q1
    hires = [(dt.date(2025, 7, 14), FORKLIFT), (dt.date(2025, 11, 3), LABORER)]
    docs = {Quarter(2025, 3): NURSE, Quarter(2026, 1): TRUCK_DRIVER, Quarter(2024, 4): "11-1011.00"}
    row = {}
    apply(row, hires, exit_date=exit_date, last=Quarter(2025, 4).end, documents=docs)
    # Q2: the document (proof of the job in the quarter) over the hire; 2026Q1 is after the report quarter;
    # 1610: the November hire is more recent than the documented 2025Q3; a quarter before exit never counts.
    assert occupations(row) == ("53706200", "29114100", "")
    apply(row, hires, exit_date=exit_date, last=Quarter(2026, 1).end, documents=docs)
    assert occupations(row) == ("53303200", "29114100", "53303200")
    apply(row, hires, exit_date=exit_date, last=Quarter(2026, 1).end, documents={})
    assert occupations(row) == ("53706200", "53705100", "")
