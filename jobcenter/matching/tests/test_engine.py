"""Matching engine (C1): minimum requirements, the three scores, candidates and jobs, priority of service.

Manual, Job Orders & Job Matching: General Requirements, Specialized Requirements, Skills Match.
Priority of service: 38 U.S.C. 4215; 20 CFR 1010 (disabled veterans before other veterans, covered persons first).
"""

import datetime as dt

import pytest

from jobcenter.cases.choices import PriorityTier
from jobcenter.matching import constants as C
from jobcenter.matching.selectors import (
    candidates_for_order,
    jobs_for_seeker,
    match_scores,
    minimum_requirements,
)
from jobcenter.matching.services import order_requirements_update
from jobcenter.matching.tests.factories import FORKLIFT, LABORER, NURSE, coded_seeker
from jobcenter.seekers.models import Credential, Skill
from jobcenter.seekers.services import seeker_update_profile
from jobcenter.testing.joborders import make_order

pytestmark = pytest.mark.usefixtures("occupations", "today")

KC = "64106"  # Kansas City
KC_NORTH = "64118"  # about 8 miles from 64106
ST_LOUIS = "63101"  # about 240 miles from Kansas City


@pytest.fixture
def order(personas, employer):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip=KC)


def test_a_seeker_meeting_every_requirement_is_met_and_one_missing_each_is_named(personas, order):
    order_requirements_update(
        order=order,
        actor=personas.staff_a,
        min_education="1",
        min_experience_months=12,
        drivers_license=True,
        required_credentials=["Forklift certification"],
    )
    ok = coded_seeker(
        job_center=personas.center_a,
        months=24,
        education_level="1",
        credentials=("Missouri driver's license", "Forklift Certification"),
    )
    assert minimum_requirements(seeker=ok, order=order).met is True

    short = coded_seeker(job_center=personas.center_a, months=11, education_level="0")
    result = minimum_requirements(seeker=short, order=order)
    assert result.met is False
    assert result.unmet == [
        C.UNMET_EDUCATION.format(need="a high school diploma", have="no diploma"),
        C.UNMET_EXPERIENCE.format(need=12, have=11),
        C.UNMET_DRIVERS_LICENSE,
        C.UNMET_CREDENTIAL.format(name="Forklift certification"),
    ]


def test_experience_counts_only_in_the_orders_occupation_or_a_related_one(personas, order):
    order_requirements_update(order=order, actor=personas.staff_a, min_experience_months=12)
    related = coded_seeker(job_center=personas.center_a, code=LABORER, months=12)
    unrelated = coded_seeker(job_center=personas.center_a, code=NURSE, months=120)
    assert minimum_requirements(seeker=related, order=order).met
    assert not minimum_requirements(seeker=unrelated, order=order).met


@pytest.mark.parametrize(
    "born, met",
    [
        (dt.date(2008, 11, 2), True),  # 18 on 2 November 2026 (today)
        (dt.date(2008, 11, 3), False),  # 18 tomorrow
    ],
)
def test_lawful_minimum_age_is_checked_on_both_sides_of_the_birthday(personas, employer, born, met):
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, minimum_age=18)
    seeker = coded_seeker(job_center=personas.center_a, date_of_birth=born)
    assert minimum_requirements(seeker=seeker, order=order).met is met


def test_three_scores_come_with_reasons(personas, order):
    order_requirements_update(
        order=order, actor=personas.staff_a, required_credentials=["Forklift certification"], preferred_skills=["Excel"]
    )
    seeker = coded_seeker(
        job_center=personas.center_a,
        postcode=KC_NORTH,
        availability="full_time",
        credentials=("Forklift certification",),
        skills=("Excel",),
        commute_radius_miles=20,
    )
    scores = match_scores(seeker=seeker, order=order)
    assert scores.specialized == 100
    assert "Has Forklift certification" in scores.reasons["specialized"]
    assert "Has preferred skill Excel" in scores.reasons["specialized"]
    assert C.R_OCC_SAME.format(title="Industrial Truck and Tractor Operators") in scores.reasons["skills"]
    assert C.R_AVAILABILITY_MATCH.format(kind="full-time") in scores.reasons["general"]
    assert any(r.endswith("miles from home (travels up to 20)") for r in scores.reasons["general"])
    assert 0 < scores.general <= 100 and 0 < scores.skills <= 100


def test_candidates_meet_the_minimum_requirements_and_are_in_a_related_occupation_within_reach(personas, order):
    order_requirements_update(order=order, actor=personas.staff_a, required_credentials=["Forklift certification"])
    good = coded_seeker(job_center=personas.center_a, credentials=("Forklift certification",))
    related = coded_seeker(job_center=personas.center_a, code=LABORER, credentials=("Forklift certification",))
    coded_seeker(job_center=personas.center_a)  # no certification
    coded_seeker(job_center=personas.center_a, code=NURSE, credentials=("Forklift certification",))
    coded_seeker(job_center=personas.center_a, postcode=ST_LOUIS, credentials=("Forklift certification",))
    mover = coded_seeker(
        job_center=personas.center_a,
        postcode=ST_LOUIS,
        willing_to_relocate=True,
        credentials=("Forklift certification",),
    )
    found = candidates_for_order(user=personas.csu, order=order)
    assert {c.seeker for c in found} == {good, related, mover}
    assert found[0].seeker == good
    assert all(c.met and not c.unmet for c in found)
    assert found[0].total > found[1].total > found[2].total


def test_priority_of_service_puts_disabled_veterans_then_covered_persons_before_better_scores(personas, order):
    best = coded_seeker(job_center=personas.center_a, months=60, availability="full_time")
    veteran = coded_seeker(job_center=personas.center_a, code=LABORER, months=3, veteran="1", eligible_veteran="2")
    disabled = coded_seeker(
        job_center=personas.center_a, code=LABORER, months=1, veteran="1", eligible_veteran="2", disabled_veteran="1"
    )
    spouse = coded_seeker(job_center=personas.center_a, code=LABORER, months=2, eligible_veteran="3")
    found = candidates_for_order(user=personas.csu, order=order)
    assert [c.seeker for c in found] == [disabled, veteran, spouse, best]
    assert [c.priority for c in found] == [
        PriorityTier.DISABLED_VETERAN,
        PriorityTier.COVERED_PERSON,
        PriorityTier.COVERED_PERSON,
        PriorityTier.NONE,
    ]
    assert found[3].total > found[0].total


def test_candidates_are_limited_to_the_staff_members_scope(personas, order):
    mine = coded_seeker(job_center=personas.center_a)
    coded_seeker(job_center=personas.center_b)
    assert [c.seeker for c in candidates_for_order(user=personas.staff_a, order=order)] == [mine]
    assert candidates_for_order(user=personas.seeker_user, order=order) == []


PROTECTED_CHANGES = [
    {"sex": "2"},
    {"sex": "1"},
    {"race_black": "1", "race_white": "0"},
    {"race_asian": "1"},
    {"race_american_indian": "1"},
    {"race_pacific_islander": "1"},
    {"hispanic_latino": "1"},  # national origin / ethnicity
    {"disability": "1"},
    {"date_of_birth": dt.date(1950, 6, 1)},  # age beyond the lawful minimum age
    {"english_learner": "1"},  # national origin proxy
]


@pytest.mark.parametrize("change", PROTECTED_CHANGES, ids=lambda c: ",".join(c))
def test_protected_characteristics_never_change_a_score(personas, employer, change):
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, minimum_age=18)
    order_requirements_update(order=order, actor=personas.staff_a, required_skills=["Inventory"], min_education="1")
    seeker = coded_seeker(
        job_center=personas.center_a, skills=("Inventory",), education_level="1", date_of_birth=dt.date(1990, 1, 1)
    )
    before = match_scores(seeker=seeker, order=order)
    before_rank = [(c.seeker.pk, c.scores, c.priority) for c in candidates_for_order(user=personas.csu, order=order)]
    seeker_update_profile(seeker=seeker, actor=personas.staff_a, **change)
    seeker.refresh_from_db()
    for key, value in change.items():
        assert getattr(seeker, key) == value
    after = match_scores(seeker=seeker, order=order)
    assert (after.as_dict(), after.reasons) == (before.as_dict(), before.reasons)
    assert [(c.seeker.pk, c.scores, c.priority) for c in candidates_for_order(user=personas.csu, order=order)] == (
        before_rank
    )


def test_a_change_to_a_profile_or_an_order_shows_in_the_next_query(personas, order):
    seeker = coded_seeker(job_center=personas.center_a)
    order_requirements_update(order=order, actor=personas.staff_a, required_credentials=["Forklift certification"])
    assert candidates_for_order(user=personas.csu, order=order) == []
    cert = Credential.objects.create(seeker=seeker, kind="certification", name="Forklift certification")
    assert [c.seeker for c in candidates_for_order(user=personas.csu, order=order)] == [seeker]
    cert.delete()
    assert candidates_for_order(user=personas.csu, order=order) == []
    order_requirements_update(order=order, actor=personas.staff_a, required_credentials=[])
    before = match_scores(seeker=seeker, order=order).specialized
    order_requirements_update(order=order, actor=personas.staff_a, preferred_skills=["Pallet jack"])
    assert match_scores(seeker=seeker, order=order).specialized < before
    Skill.objects.create(seeker=seeker, name="pallet jack")
    assert match_scores(seeker=seeker, order=order).specialized == before


def test_jobs_for_a_seeker_rank_open_orders_and_hide_confidential_employers(personas, employer):
    from jobcenter.testing.joborders import make_employer

    secret = make_employer(job_center=personas.center_a, name="Secret Holdings", confidential=True)
    near = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip=KC)
    hidden = make_order(employer=secret, job_center=personas.center_a, soc_code=LABORER, worksite_zip=KC)
    make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, worksite_zip=ST_LOUIS)
    make_order(employer=employer, job_center=personas.center_a, soc_code=NURSE, worksite_zip=KC)
    make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, status="closed")
    seeker = coded_seeker(job_center=personas.center_a)
    found = jobs_for_seeker(seeker=seeker)
    assert [m.order for m in found] == [near, hidden]
    assert found[0].employer_display == "Acme Widgets LLC"
    assert found[1].employer_name is None
    assert found[1].employer_display == C.CONFIDENTIAL_EMPLOYER


def test_a_merge_rebuilds_the_index_of_both_records(personas, order):
    from jobcenter.seekers.services import merge_request_create, seeker_merge, seeker_unmerge

    keep = coded_seeker(job_center=personas.center_a, code=NURSE)
    dup = coded_seeker(job_center=personas.center_a)
    assert [c.seeker for c in candidates_for_order(user=personas.csu, order=order)] == [dup]
    request = merge_request_create(actor=personas.csu, seeker_a=keep, seeker_b=dup, source="staff", note="Same")
    seeker_merge(merge_request=request, actor=personas.csu, primary=keep)
    assert [c.seeker for c in candidates_for_order(user=personas.csu, order=order)] == [keep]
    seeker_unmerge(merge_request=request, actor=personas.csu)
    assert [c.seeker for c in candidates_for_order(user=personas.csu, order=order)] == [dup]


# --- orders without an occupation code ------------------------------------------------------------------------------
# Every seeker within reach can qualify (docs/matching.md), so the tiers are read best ceiling first and stop early
# (ranking.profile_ceilings, selectors._best_first); the result must be what scoring every seeker gives.

LEES_SUMMIT = "64063"  # about 20 miles from 64106


def uncoded_world(personas):
    """Seekers on every side of the uncoded order's formulas: experience or none (any occupation counts), each
    availability, near and far, a travel radius that reaches the worksite and one that does not, relocation, a
    license, priority-of-service tiers, and two seekers alike but for their record number (a tie)."""
    center = personas.center_a
    return [
        coded_seeker(job_center=center, availability="full_time"),
        coded_seeker(job_center=center, code=NURSE, months=6, availability="part_time", postcode=KC_NORTH),
        coded_seeker(job_center=center, months=0, skills=("Excel",)),
        coded_seeker(job_center=center, months=0, availability="either", postcode=LEES_SUMMIT),
        coded_seeker(job_center=center, availability="seasonal", postcode=KC_NORTH, commute_radius_miles=10),
        coded_seeker(job_center=center, availability="full_time", postcode=KC_NORTH, commute_radius_miles=5),
        coded_seeker(job_center=center, postcode=ST_LOUIS),
        coded_seeker(job_center=center, postcode=ST_LOUIS, willing_to_relocate=True, skills=("Excel",)),
        coded_seeker(job_center=center, code=LABORER, months=3, veteran="1", eligible_veteran="2"),
        coded_seeker(
            job_center=center, months=1, veteran="1", eligible_veteran="2", disabled_veteran="1", postcode=KC_NORTH
        ),
        coded_seeker(job_center=center, credentials=("Driver's license",), availability="full_time"),
        coded_seeker(job_center=center, months=0, availability="part_time"),
        coded_seeker(job_center=center, months=0, availability="part_time"),
    ]


UNCODED_REQUIREMENTS = [
    ({}, "full_time"),
    ({"preferred_skills": ["Excel"]}, "full_time"),
    ({"min_experience_months": 1}, "part_time"),
    ({}, "seasonal"),
]
UNCODED_IDS = [
    "no requirements, full time",
    "a preferred skill (Specialized below 100 for some)",
    "a month of any experience, part time",
    "no requirements, seasonal (every availability fits but none)",
]


def scored_in_full(personas, order):
    """Every seeker scored in Python with the real formulas: (tier, -total, id) of those who qualify and are within
    reach, best first — what candidates_for_order must return."""
    from jobcenter.matching import scoring
    from jobcenter.matching.selectors import order_facts, seeker_facts
    from jobcenter.occupations.facts import occupation_facts
    from jobcenter.seekers.models import JobSeeker

    occ, of, today = occupation_facts(), order_facts(order), dt.date(2026, 11, 2)
    out = []
    for seeker in JobSeeker.objects.all():
        sf = seeker_facts(seeker)
        if not scoring.minimum_requirements(sf, of, occ, as_of=today).met:
            continue
        sc = scoring.score(sf, of, occ, as_of=today)
        if sc.distance_miles is None or sf.relocate or sc.distance_miles <= sf.radius_miles:
            out.append((sf.priority, -sc.total, seeker.pk))
    return sorted(out)


@pytest.mark.parametrize(("requirements", "kind"), UNCODED_REQUIREMENTS, ids=UNCODED_IDS)
def test_candidates_for_an_order_without_a_code_are_the_best_of_every_seeker_for_every_limit(
    personas, employer, requirements, kind
):
    from jobcenter.matching import ranking, scoring
    from jobcenter.matching.models import MatchProfile
    from jobcenter.matching.selectors import order_facts, seeker_facts
    from jobcenter.occupations.facts import occupation_facts

    order = make_order(
        employer=employer, job_center=personas.center_a, soc_code="", worksite_zip=KC, employment_type=kind
    )
    if requirements:
        order_requirements_update(order=order, actor=personas.staff_a, **requirements)
    seekers = uncoded_world(personas)
    expected = scored_in_full(personas, order)
    assert len(expected) >= 6  # enough to stop early at every limit below
    assert len({tier for tier, _neg, _pk in expected}) == 3  # every priority-of-service tier is read
    for limit in range(1, len(expected) + 2):
        found = candidates_for_order(user=personas.csu, order=order, limit=limit)
        assert [(int(c.priority), -c.total, c.seeker.pk) for c in found] == expected[:limit], limit
    assert all(c.scores["skills"] == 0 and c.reasons["skills"] == [C.R_OCC_ORDER_UNCODED] for c in found)

    # The SQL ceiling the search is ordered by is never below a seeker's total, candidate or not.
    occ, of = occupation_facts(), order_facts(order)
    best = dict(
        MatchProfile.objects.annotate(best=ranking.best_total(ranking.profile_ceilings(of))).values_list(
            "seeker_id", "best"
        )
    )
    candidates = {pk for _tier, _neg, pk in expected}
    for seeker in seekers:
        total = scoring.score(seeker_facts(seeker), of, occ, as_of=dt.date(2026, 11, 2)).total
        assert best[seeker.pk] >= total, seeker
        if seeker.pk in candidates and not requirements.get("preferred_skills"):
            # A candidate meets every minimum requirement and, without preferred skills, has Specialized 100: the
            # ceiling is the total (the distance allowance can round General up by one point).
            assert best[seeker.pk] - total <= 1, seeker


def test_an_order_without_a_worksite_position_still_ranks_every_seeker(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, soc_code="", worksite_zip="")
    uncoded_world(personas)
    expected = scored_in_full(personas, order)
    assert [(int(c.priority), -c.total, c.seeker.pk) for c in candidates_for_order(user=personas.csu, order=order)] == (
        expected
    )
    assert [
        (int(c.priority), -c.total, c.seeker.pk) for c in candidates_for_order(user=personas.csu, order=order, limit=4)
    ] == expected[:4]
