"""Months of experience count each calendar month once: the same job entered twice, or two jobs held at the same
time, are not twice the experience (found walking the demo: two copies of one job read as "184 months")."""

import datetime as dt

import pytest

from jobcenter.matching.index import _covered_months, profile_values
from jobcenter.matching.selectors import candidates_for_order
from jobcenter.matching.services import order_requirements_update
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker
from jobcenter.seekers.models import WorkHistory
from jobcenter.testing.joborders import make_order

TODAY = dt.date(2026, 11, 2)
D = dt.date


@pytest.mark.parametrize(
    ("periods", "months"),
    [
        ([(D(2025, 1, 1), D(2025, 7, 1))], 6),
        ([(D(2025, 1, 1), D(2025, 7, 1)), (D(2025, 1, 1), D(2025, 7, 1))], 6),
        ([(D(2025, 1, 1), D(2025, 7, 1)), (D(2025, 4, 1), D(2025, 10, 1))], 9),
        ([(D(2025, 1, 1), D(2025, 7, 1)), (D(2025, 7, 1), D(2026, 1, 1))], 12),
        ([(D(2025, 1, 1), D(2025, 4, 1)), (D(2025, 6, 1), D(2025, 8, 1))], 5),
        ([(D(2026, 5, 1), None)], 6),
        ([(None, D(2025, 1, 1)), (D(2025, 3, 1), D(2025, 1, 1))], 0),
    ],
    ids=[
        "one job: its months",
        "the same job twice: counted once",
        "two jobs overlapping by three months: nine months, not twelve",
        "back to back: both counted",
        "with a gap between: both counted, the gap not",
        "still there: counted to today",
        "no start or an end before the start: nothing",
    ],
)
def test_months_covered(periods, months):
    assert _covered_months(periods, TODAY) == months


@pytest.mark.usefixtures("occupations", "today")
def test_a_job_entered_twice_does_not_meet_a_minimum_it_meets_only_by_double_counting(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip="64106")
    order_requirements_update(order=order, actor=personas.staff_a, min_experience_months=12)
    twice = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=8)
    first = twice.work_history.get()
    WorkHistory.objects.create(
        seeker=twice,
        employer_name=first.employer_name,
        title=first.title,
        onet_soc_code=FORKLIFT,
        start_date=first.start_date,
        end_date=first.end_date,
    )
    enough = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=13)

    values, codes = profile_values(twice)
    assert codes[FORKLIFT] == 8 and values["experience_months"] == 8
    assert [c.seeker for c in candidates_for_order(user=personas.csu, order=order)] == [enough]
