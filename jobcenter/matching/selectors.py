"""Reads of matching — the C1 contract (docs/matching.md) that referrals and notifications call.

    minimum_requirements(*, seeker, order) -> MinimumRequirements(met, unmet)
    match_scores(*, seeker, order) -> Scores (general, specialized, skills, reasons, total)
    candidates_for_order(*, user, order, limit=100) -> list[Candidate]
    jobs_for_seeker(*, seeker, limit=50) -> list[JobMatch]

Candidates are the seekers (within the acting user's scope) who meet every minimum requirement of the order, are
classified in its occupation or a related one (any seeker when the order has no occupation code), and live within
the distance they travel (or will relocate, or have no usable ZIP code); they are ordered by priority of service
(38 U.S.C. 4215; 20 CFR 1010: disabled veterans, then other covered persons, then everyone else), then by the
mean of the three scores. Presence in the office plays no part. Reads go through the match index, which is kept
current on every save (``matching.index``), so a change to a profile or an order shows in the next query.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from django.db.models import F, Q

from jobcenter.accounts.scoping import scoped
from jobcenter.cases.choices import PriorityTier
from jobcenter.core import clock
from jobcenter.matching import constants as C
from jobcenter.matching import scoring
from jobcenter.matching.geo import MILES_PER_DEGREE_LAT
from jobcenter.matching.index import order_index_refresh, profile_refresh
from jobcenter.matching.models import MatchOccupation, MatchProfile, OrderRequirements
from jobcenter.matching.scoring import MinimumRequirements, OrderFacts, Scores, SeekerFacts
from jobcenter.occupations.facts import occupation_facts

OPEN = "open"
PROFILE_FIELDS = (
    "seeker_id",
    "priority",
    "education_code",
    "occupations",
    "experience_months",
    "availability",
    "lat",
    "lon",
    "radius_miles",
    "relocate",
    "birth_date",
    "drivers_license",
    "credentials",
    "skills",
)


@dataclass(frozen=True)
class Candidate:
    """A seeker who qualifies for an order, with the three scores, their reasons and priority of service."""

    seeker: object
    met: bool
    unmet: list[str]
    scores: dict[str, int]
    total: int
    reasons: dict[str, list[str]]
    priority: PriorityTier
    distance_miles: float | None = None


@dataclass(frozen=True)
class JobMatch:
    """An open order that matches a seeker. ``employer_name`` is None for confidential employers."""

    order: object
    scores: dict[str, int]
    total: int
    reasons: dict[str, list[str]]
    employer_name: str | None
    distance_miles: float | None = None
    unmet: list[str] = field(default_factory=list)

    @property
    def employer_display(self) -> str:
        """What a seeker sees as the employer."""
        return self.employer_name or C.CONFIDENTIAL_EMPLOYER


# --- facts ---------------------------------------------------------------------------------------------------------


def _facts_from_values(v: dict) -> SeekerFacts:
    return SeekerFacts(
        seeker_id=v["seeker_id"],
        priority=v["priority"],
        education_code=v["education_code"],
        occupations=v["occupations"] or {},
        experience_months=v["experience_months"],
        availability=v["availability"],
        position=(v["lat"], v["lon"]) if v["lat"] is not None else None,
        radius_miles=v["radius_miles"],
        relocate=v["relocate"],
        birth_date=v["birth_date"],
        drivers_license=v["drivers_license"],
        credentials=frozenset(v["credentials"] or ()),
        skills=frozenset(v["skills"] or ()),
    )


def seeker_facts(seeker) -> SeekerFacts:
    """The seeker's matching facts, from the index (built now if missing)."""
    row = MatchProfile.objects.filter(seeker_id=seeker.pk).values(*PROFILE_FIELDS).first()
    if row is None:
        profile_refresh(seeker)
        row = MatchProfile.objects.filter(seeker_id=seeker.pk).values(*PROFILE_FIELDS).first()
    return _facts_from_values(row)


def order_requirements(order) -> OrderRequirements:
    """The order's requirements row (created with an empty set of requirements if missing)."""
    req = OrderRequirements.objects.filter(order_id=order.pk).first()
    return req or order_index_refresh(order)


def _order_facts(order, req: OrderRequirements) -> OrderFacts:
    return OrderFacts(
        order_id=order.pk,
        code=order.soc_code or "",
        employment_type=order.employment_type,
        position=(req.lat, req.lon) if req.lat is not None else None,
        minimum_age=order.minimum_age,
        min_education=req.min_education,
        min_experience_months=req.min_experience_months,
        drivers_license=req.drivers_license,
        required_credentials=tuple(req.required_credentials or ()),
        required_skills=tuple(req.required_skills or ()),
        preferred_skills=tuple(req.preferred_skills or ()),
    )


def order_facts(order) -> OrderFacts:
    """The order's matching facts."""
    return _order_facts(order, order_requirements(order))


# --- one pair ------------------------------------------------------------------------------------------------------


def minimum_requirements(*, seeker, order, as_of: dt.date | None = None) -> MinimumRequirements:
    """Does the seeker meet every minimum requirement of the order (yes/no, the unmet ones named)?"""
    return scoring.minimum_requirements(
        seeker_facts(seeker), order_facts(order), occupation_facts(), as_of=as_of or clock.today()
    )


def match_scores(*, seeker, order, as_of: dt.date | None = None) -> Scores:
    """The three scores of this seeker for this order, with reasons."""
    return scoring.score(seeker_facts(seeker), order_facts(order), occupation_facts(), as_of=as_of or clock.today())


# --- candidates for an order ---------------------------------------------------------------------------------------


def _within_reach(facts: SeekerFacts, miles: float | None) -> bool:
    return miles is None or facts.relocate or miles <= facts.radius_miles


def _bbox(lat: float, lon: float, *, field_prefix: str = "") -> Q:
    """Rows whose position lies within their own travel radius of (lat, lon), roughly (a box; exact miles after)."""
    k = 1 / max(0.2, math.cos(math.radians(lat)))
    p = field_prefix
    return Q(
        **{
            f"{p}lat__gte": lat - F(f"{p}reach_deg"),
            f"{p}lat__lte": lat + F(f"{p}reach_deg"),
            f"{p}lon__gte": lon - F(f"{p}reach_deg") * k,
            f"{p}lon__lte": lon + F(f"{p}reach_deg") * k,
        }
    )


def candidate_pool(*, user, order, facts: OrderFacts | None = None, occ=None):
    """Index rows that can qualify: in scope, active, in a related occupation, within travel distance, and past the
    minimum requirements that SQL can check (education, driver's license, lawful minimum age)."""
    facts = facts or order_facts(order)
    occ = occ or occupation_facts()
    qs = scoped(MatchProfile.objects.filter(active=True), user)
    if facts.code:
        qs = qs.filter(
            seeker_id__in=MatchOccupation.objects.filter(code__in=sorted(occ.related_codes(facts.code))).values(
                "profile_id"
            )
        )
    if facts.position:
        qs = qs.filter(Q(lat__isnull=True) | Q(relocate=True) | _bbox(*facts.position))
    if facts.min_education:
        qs = qs.filter(education_rank__gte=scoring.EDUCATION_RANK[facts.min_education])
    if facts.drivers_license:
        qs = qs.filter(drivers_license=True)
    if facts.minimum_age:
        today = clock.today()
        try:
            cutoff = today.replace(year=today.year - facts.minimum_age)
        except ValueError:  # 29 February
            cutoff = today.replace(year=today.year - facts.minimum_age, day=28)
        qs = qs.filter(birth_date__lte=cutoff)
    return qs


def candidates_for_order(*, user, order, limit: int = 100, as_of: dt.date | None = None) -> list[Candidate]:
    """Seekers who qualify for ``order`` (see module docstring), priority of service first, then score."""
    as_of = as_of or clock.today()
    occ = occupation_facts()
    facts = order_facts(order)
    ranked = []
    for row in (
        candidate_pool(user=user, order=order, facts=facts, occ=occ).values(*PROFILE_FIELDS).iterator(chunk_size=2000)
    ):
        sf = _facts_from_values(row)
        mr = scoring.minimum_requirements(sf, facts, occ, as_of=as_of)
        if not mr.met:
            continue
        sc = scoring.score(sf, facts, occ, as_of=as_of)
        if not _within_reach(sf, sc.distance_miles):
            continue
        ranked.append((sf.priority, -sc.total, sf.seeker_id, sc, mr))
    ranked.sort(key=lambda r: r[:3])
    ranked = ranked[:limit]
    from jobcenter.seekers.models import JobSeeker

    people = JobSeeker.objects.filter(is_active=True).in_bulk([r[2] for r in ranked])
    return [
        Candidate(
            seeker=people[sid],
            met=mr.met,
            unmet=mr.unmet,
            scores=sc.as_dict(),
            total=sc.total,
            reasons=sc.reasons,
            priority=PriorityTier(tier),
            distance_miles=sc.distance_miles,
        )
        for tier, _neg, sid, sc, mr in ranked
        if sid in people
    ]


# --- jobs for a seeker ---------------------------------------------------------------------------------------------


def jobs_for_seeker(*, seeker, limit: int = 50, as_of: dt.date | None = None) -> list[JobMatch]:
    """Open orders whose minimum requirements the seeker meets, in their occupations or related ones and within
    the distance they travel, best score first. Confidential employers are hidden (``employer_name`` None)."""
    from jobcenter.joborders.models import JobOrder

    as_of = as_of or clock.today()
    occ = occupation_facts()
    sf = seeker_facts(seeker)
    qs = OrderRequirements.objects.filter(order__status=OPEN)
    if sf.occupations:
        codes: set[str] = set()
        for code in sf.occupations:
            codes |= occ.related_codes(code)
        qs = qs.filter(order__soc_code__in=sorted(codes))
    if sf.position and not sf.relocate:
        lat, lon = sf.position
        reach = sf.radius_miles / MILES_PER_DEGREE_LAT
        k = 1 / max(0.2, math.cos(math.radians(lat)))
        qs = qs.filter(
            Q(lat__isnull=True)
            | Q(lat__gte=lat - reach, lat__lte=lat + reach, lon__gte=lon - reach * k, lon__lte=lon + reach * k)
        )
    ranked = []
    fields = (
        "order_id",
        "order__soc_code",
        "order__employment_type",
        "order__minimum_age",
        "lat",
        "lon",
        "min_education",
        "min_experience_months",
        "drivers_license",
        "required_credentials",
        "required_skills",
        "preferred_skills",
    )
    for v in qs.values(*fields).iterator(chunk_size=2000):
        of = OrderFacts(
            order_id=v["order_id"],
            code=v["order__soc_code"] or "",
            employment_type=v["order__employment_type"],
            position=(v["lat"], v["lon"]) if v["lat"] is not None else None,
            minimum_age=v["order__minimum_age"],
            min_education=v["min_education"],
            min_experience_months=v["min_experience_months"],
            drivers_license=v["drivers_license"],
            required_credentials=tuple(v["required_credentials"] or ()),
            required_skills=tuple(v["required_skills"] or ()),
            preferred_skills=tuple(v["preferred_skills"] or ()),
        )
        if not scoring.minimum_requirements(sf, of, occ, as_of=as_of).met:
            continue
        sc = scoring.score(sf, of, occ, as_of=as_of)
        if not _within_reach(sf, sc.distance_miles):
            continue
        ranked.append((-sc.total, of.order_id, sc))
    ranked.sort(key=lambda r: r[:2])
    ranked = ranked[:limit]
    orders = JobOrder.objects.select_related("employer").in_bulk([r[1] for r in ranked])
    out = []
    for _neg, oid, sc in ranked:
        order = orders.get(oid)
        if order is None:
            continue
        out.append(
            JobMatch(
                order=order,
                scores=sc.as_dict(),
                total=sc.total,
                reasons=sc.reasons,
                employer_name=None if order.is_confidential else str(order.employer),
                distance_miles=sc.distance_miles,
            )
        )
    return out
