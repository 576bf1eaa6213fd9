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


# --- related occupations (ADR 0042, amendment of 2026-11-30) ---------------------------------------------------------


def _facts(occupations, periods=None):
    from jobcenter.matching.scoring import SeekerFacts

    return SeekerFacts(seeker_id=1, occupations=occupations, periods=periods or {})


def _months_for_forklift_order(seeker_facts):
    from jobcenter.matching.scoring import OrderFacts, relevant_experience
    from jobcenter.occupations.facts import occupation_facts

    return relevant_experience(seeker_facts, OrderFacts(order_id=1, code=FORKLIFT), occupation_facts())


def _m(year, month):
    return year * 12 + month


@pytest.mark.usefixtures("occupations")
@pytest.mark.parametrize(
    ("forklift", "laborer", "months"),
    [
        ([[_m(2025, 1), _m(2026, 1)]], [[_m(2025, 1), _m(2026, 1)]], 12),
        ([[_m(2025, 1), _m(2026, 1)]], [[_m(2025, 7), _m(2026, 7)]], 18),
        ([[_m(2025, 1), _m(2026, 1)]], [[_m(2026, 1), _m(2027, 1)]], 24),
        ([[_m(2024, 1), _m(2027, 1)]], [[_m(2025, 1), _m(2026, 1)]], 36),
    ],
    ids=[
        "related job at the same time as the order's occupation: counted once",
        "overlapping by six months: the six counted once",
        "one after the other: both counted",
        "related job inside the exact one: adds nothing",
    ],
)
def test_months_in_a_related_occupation_count_only_outside_the_exact_ones(forklift, laborer, months):
    from jobcenter.matching.scoring import span_months
    from jobcenter.matching.tests.factories import LABORER

    occupations = {FORKLIFT: span_months(forklift), LABORER: span_months(laborer)}
    assert _months_for_forklift_order(_facts(occupations, {FORKLIFT: forklift, LABORER: laborer})) == months


@pytest.mark.usefixtures("occupations")
def test_one_relevant_occupation_or_an_index_without_periods_counts_months_as_before():
    from jobcenter.matching.tests.factories import LABORER, NURSE

    assert _months_for_forklift_order(_facts({FORKLIFT: 12, NURSE: 40}, {NURSE: [[_m(2020, 1), _m(2023, 5)]]})) == 12
    assert _months_for_forklift_order(_facts({LABORER: 7})) == 7  # related only
    assert _months_for_forklift_order(_facts({FORKLIFT: 12, LABORER: 12})) == 24  # not re-indexed since 0006


def _worked(seeker, code, start, end):
    WorkHistory.objects.create(
        seeker=seeker, employer_name="Depot", title="Worker", onet_soc_code=code, start_date=start, end_date=end
    )


@pytest.mark.usefixtures("occupations", "today")
def test_a_related_job_held_at_the_same_time_does_not_meet_a_minimum_met_only_by_counting_it_twice(personas, employer):
    from jobcenter.matching.index import profile_refresh
    from jobcenter.matching.tests.factories import LABORER

    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip="64106")
    order_requirements_update(order=order, actor=personas.staff_a, min_experience_months=18)
    at_once = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=0)
    _worked(at_once, FORKLIFT, D(2025, 1, 1), D(2026, 1, 1))
    _worked(at_once, LABORER, D(2025, 1, 1), D(2026, 1, 1))  # the same year, two jobs (or one coded twice)
    one_after = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=0)
    _worked(one_after, FORKLIFT, D(2025, 1, 1), D(2026, 1, 1))
    _worked(one_after, LABORER, D(2024, 1, 1), D(2025, 1, 1))
    for seeker in (at_once, one_after):
        profile_refresh(seeker)

    values, codes = profile_values(at_once)
    assert codes == {FORKLIFT: 12, LABORER: 12}
    assert values["occupation_periods"] == {
        FORKLIFT: [[_m(2025, 1), _m(2026, 1)]],
        LABORER: [[_m(2025, 1), _m(2026, 1)]],
    }
    found = candidates_for_order(user=personas.csu, order=order)
    assert [c.seeker for c in found] == [one_after]  # 24 months; the other has 12, not 24
    assert "Experience: 24 of 18 months required" in found[0].reasons["general"]


@pytest.mark.usefixtures("occupations", "today")
def test_reindex_fills_the_periods_of_profiles_indexed_before_they_were_kept(personas):
    from django.core.management import call_command

    from jobcenter.matching.index import profile_refresh
    from jobcenter.matching.models import MatchProfile
    from jobcenter.matching.tests.factories import LABORER

    seeker = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=0)
    _worked(seeker, FORKLIFT, D(2025, 1, 1), D(2026, 1, 1))
    _worked(seeker, LABORER, D(2025, 1, 1), D(2026, 1, 1))
    profile_refresh(seeker)
    MatchProfile.objects.filter(seeker=seeker).update(occupation_periods={})  # as migration 0006 left it

    call_command("matching_reindex", "--without-periods", stdout=__import__("io").StringIO())
    assert MatchProfile.objects.get(seeker=seeker).occupation_periods == {
        FORKLIFT: [[_m(2025, 1), _m(2026, 1)]],
        LABORER: [[_m(2025, 1), _m(2026, 1)]],
    }
