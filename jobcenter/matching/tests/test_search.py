"""Candidate search at scale narrows in SQL (docs/matching.md, *Scale*) but must find exactly the people the full
rules find: the SQL checks of names, experience, distance and tiers agree with ``minimum_requirements``."""

import datetime as dt

import pytest

from jobcenter.cases.choices import PriorityTier
from jobcenter.matching.selectors import candidates_for_order, minimum_requirements
from jobcenter.matching.services import order_requirements_update
from jobcenter.matching.tests.factories import FORKLIFT, LABORER, TRUCK_DRIVER, coded_seeker
from jobcenter.seekers.models import WorkHistory
from jobcenter.testing.joborders import make_order

pytestmark = pytest.mark.usefixtures("occupations", "today")


@pytest.fixture
def order(personas, employer):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip="64106")


def _who_qualifies(order, seekers):
    return {s for s in seekers if minimum_requirements(seeker=s, order=order).met}


def test_required_credentials_and_skills_are_matched_by_name_as_the_rules_match_them(personas, order):
    order_requirements_update(
        order=order,
        actor=personas.staff_a,
        required_credentials=["Forklift Operator Certification"],
        required_skills=["Pallet jack"],
    )
    people = [
        coded_seeker(job_center=personas.center_a, credentials=(cred,), skills=skills)
        for cred, skills in [
            ("Forklift operator certification", ("pallet jack",)),  # same names
            ("Forklift Operator Certification, Class 4", ("Pallet-jack",)),  # held name contains the required one
            ("Forklift", ("pallet jack operation",)),  # required name contains the held one (4+ characters)
            ("OSHA 10", ("Pallet jack",)),  # no certification
            ("Forklift operator certification", ()),  # no skill
            ("Fork", ("pallet jack",)),  # "fork" is in the required name, 4 characters: held
            ("For", ("pallet jack",)),  # 3 characters: not held
        ]
    ]
    people.append(
        coded_seeker(job_center=personas.center_a, credentials=("Pallet jack", "Forklift operator certification"))
    )
    expected = _who_qualifies(order, people)
    assert len(expected) == 5
    assert {c.seeker for c in candidates_for_order(user=personas.csu, order=order)} == expected


def test_minimum_experience_adds_up_months_in_every_related_occupation(personas, order):
    order_requirements_update(order=order, actor=personas.staff_a, min_experience_months=12)
    both = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=6)
    WorkHistory.objects.create(
        seeker=both,
        employer_name="Other Co",
        title="Mover",
        onet_soc_code=LABORER,
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 7, 1),
    )
    short = coded_seeker(job_center=personas.center_a, code=FORKLIFT, months=6)
    WorkHistory.objects.create(
        seeker=short,
        employer_name="Trucks",
        title="Driver",
        onet_soc_code=TRUCK_DRIVER,  # same major group, not related: does not count
        start_date=dt.date(2020, 1, 1),
        end_date=dt.date(2025, 1, 1),
    )
    found = candidates_for_order(user=personas.csu, order=order)
    assert [c.seeker for c in found] == [both]
    assert _who_qualifies(order, [both, short]) == {both}


def test_a_full_list_of_covered_persons_leaves_out_better_scores_of_everyone_else(personas, order):
    veterans = [
        coded_seeker(job_center=personas.center_a, code=LABORER, months=m, veteran="1", eligible_veteran="2")
        for m in (2, 3)
    ]
    coded_seeker(job_center=personas.center_a, months=60, availability="full_time")
    found = candidates_for_order(user=personas.csu, order=order, limit=2)
    assert {c.seeker for c in found} == set(veterans)
    assert {c.priority for c in found} == {PriorityTier.COVERED_PERSON}
    assert len(candidates_for_order(user=personas.csu, order=order, limit=3)) == 3


def test_seekers_who_travel_far_or_relocate_are_found_from_across_the_state(personas, order):
    far_traveller = coded_seeker(job_center=personas.center_a, postcode="65201", commute_radius_miles=200)  # Columbia
    mover = coded_seeker(job_center=personas.center_a, postcode="63101", willing_to_relocate=True)  # St. Louis
    coded_seeker(job_center=personas.center_a, postcode="63101", commute_radius_miles=100)  # 240 miles: too far
    found = {c.seeker for c in candidates_for_order(user=personas.csu, order=order)}
    assert found == {far_traveller, mover}


def test_the_best_few_jobs_are_the_first_of_the_full_list_ties_broken_by_order_number(personas, employer):
    from jobcenter.matching.selectors import jobs_for_seeker

    place = ["64106", "64118", "64106", "66101", "64106", "64118", "63101", "64106"]
    kinds = ["full_time", "part_time", "full_time", "seasonal", "full_time", "full_time", "full_time", "part_time"]
    codes = [FORKLIFT, LABORER, FORKLIFT, FORKLIFT, LABORER, FORKLIFT, FORKLIFT, FORKLIFT]
    for z, kind, code in zip(place, kinds, codes, strict=True):
        make_order(employer=employer, job_center=personas.center_a, soc_code=code, worksite_zip=z, employment_type=kind)
    seeker = coded_seeker(job_center=personas.center_a, availability="full_time", willing_to_relocate=True)
    everything = jobs_for_seeker(seeker=seeker, limit=100)
    assert len(everything) == 8
    ranked = [(-m.total, m.order.pk) for m in everything]
    assert ranked == sorted(ranked)
    for limit in (1, 2, 3, 5):
        assert [m.order for m in jobs_for_seeker(seeker=seeker, limit=limit)] == [m.order for m in everything][:limit]
