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

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field

from django.db.models import F, Q, Sum

from jobcenter.accounts.scoping import scoped
from jobcenter.cases.choices import PriorityTier
from jobcenter.core import clock
from jobcenter.matching import constants as C
from jobcenter.matching import ranking, scoring
from jobcenter.matching.geo import MILES_PER_DEGREE_LAT
from jobcenter.matching.index import order_index_refresh, profile_refresh
from jobcenter.matching.models import MatchOccupation, MatchProfile, OrderRequirements
from jobcenter.matching.scoring import MinimumRequirements, OrderFacts, Scores, SeekerFacts
from jobcenter.matching.sql import AllHeld, HoldsName, without_jit
from jobcenter.occupations.facts import occupation_facts

PROFILE_FIELDS = (
    "seeker_id",
    "priority",
    "education_code",
    "occupations",
    "occupation_periods",
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
        periods=v.get("occupation_periods") or {},
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


def _min_birth_date(minimum_age: int) -> dt.date:
    """Born on or before this day: old enough today for the order's lawful minimum age."""
    today = clock.today()
    try:
        return today.replace(year=today.year - minimum_age)
    except ValueError:  # 29 February
        return today.replace(year=today.year - minimum_age, day=28)


def _sql_requirements(facts: OrderFacts) -> Q:
    """The minimum requirements checked in SQL on index columns (``MatchProfile`` or ``MatchOccupation``):
    education, driver's license, lawful minimum age. Every row that meets them in Python meets them here."""
    q = Q()
    if facts.min_education:
        q &= Q(education_rank__gte=scoring.EDUCATION_RANK[facts.min_education])
    if facts.drivers_license:
        q &= Q(drivers_license=True)
    if facts.minimum_age:
        q &= Q(birth_date__lte=_min_birth_date(facts.minimum_age))
    return q


def _sql_names(facts: OrderFacts) -> Q:
    """Each required license/certification and skill held (``MatchProfile`` rows; same name test as ``scoring``)."""
    q = Q()
    for name in facts.required_credentials:
        q &= Q(HoldsName("credentials", name=scoring.normalize_name(name)))
    for name in facts.required_skills:
        q &= Q(HoldsName("skills", "credentials", name=scoring.normalize_name(name)))
    return q


def _near(position: tuple[float, float]) -> Q:
    """Index rows whose own travel radius reaches ``position`` (a box; exact miles in Python), or who relocate,
    or whose ZIP code is unknown."""
    return Q(lat__isnull=True) | Q(relocate=True) | _bbox(*position)


def candidate_pool(*, user, order, facts: OrderFacts | None = None, occ=None, tier: int | None = None):
    """Index rows that can qualify: in scope, active, in a related occupation, within travel distance, and past the
    minimum requirements that SQL can check; only priority-of-service ``tier`` when given.

    With an occupation code on the order, one scan of ``MatchOccupation``'s index (code, tier, position band, then
    every copied fact) finds the seekers without reading the table, with their months in related occupations
    summed for a minimum experience; their profiles are then read by primary key and the required names checked."""
    facts = facts or order_facts(order)
    occ = occ or occupation_facts()
    qs = scoped(MatchProfile.objects.filter(active=True), user)
    if not facts.code:
        if tier is not None:
            qs = qs.filter(priority=tier)
        if facts.position:
            qs = qs.filter(_near(facts.position))
        return qs.filter(_sql_requirements(facts) & _sql_names(facts))
    rows = MatchOccupation.objects.filter(code__in=sorted(occ.related_codes(facts.code)), active=True)
    if tier is not None:
        rows = rows.filter(priority=tier)
    if facts.position:
        lat, lon = facts.position
        band = MatchOccupation.BAND_MILES / MILES_PER_DEGREE_LAT * 1.01
        k = 1 / max(0.2, math.cos(math.radians(lat + math.copysign(band, lat))))
        rows = rows.filter(
            Q(band_lat__isnull=True)
            | Q(band_lat__range=(lat - band, lat + band), band_lon__range=(lon - band * k, lon + band * k))
        ).filter(_near(facts.position))
    rows = rows.filter(_sql_requirements(facts))
    if facts.min_experience_months:
        rows = (
            rows.values("profile_id")
            .annotate(related_months=Sum("months"))
            .filter(related_months__gte=facts.min_experience_months)
        )
    return qs.filter(seeker_id__in=rows.values("profile_id")).filter(_sql_names(facts))


def _best_first(qs, fields, *, id_field: str, limit: int, score) -> list[tuple]:
    """The ``limit`` best rows of ``qs`` by (total high first, id), as ``(-total, id, result)``.

    ``qs`` is annotated with ``best`` — a whole-number ceiling of each row's total (``matching.ranking``) — and
    ordered by ``-best``, then ``id_field``; ``score(row)`` returns ``(total, result)``, or None for a row that does
    not qualify. Rows are scored in that order, in growing batches, up to the first one that cannot beat the last
    of the ``limit`` best (a lower ceiling, or an equal one with a higher id): every later row can beat it even
    less, so the result is what scoring every row gives."""
    ranked: list = []  # (-total, id, result), kept sorted and at most `limit` long
    offset, batch = 0, max(4 * limit, 200)
    while limit > 0:
        rows = list(qs.values(*fields, "best")[offset : offset + batch])
        for v in rows:
            if len(ranked) >= limit and (v["best"], -v[id_field]) < (-ranked[-1][0], -ranked[-1][1]):
                return ranked  # nothing further can enter
            scored = score(v)
            if scored is not None:
                bisect.insort(ranked, (-scored[0], v[id_field], scored[1]), key=lambda r: r[:2])
                del ranked[limit:]
        if len(rows) < batch:
            break
        offset, batch = offset + batch, batch * 2
    return ranked


def _rank(row, facts: OrderFacts, occ, as_of: dt.date):
    sf = _facts_from_values(row)
    mr = scoring.minimum_requirements(sf, facts, occ, as_of=as_of)
    if not mr.met:
        return None
    sc = scoring.score(sf, facts, occ, as_of=as_of)
    if not _within_reach(sf, sc.distance_miles):
        return None
    return (sf.priority, -sc.total, sf.seeker_id, sc, mr)


def candidates_for_order(*, user, order, limit: int = 100, as_of: dt.date | None = None) -> list[Candidate]:
    """Seekers who qualify for ``order`` (see module docstring), priority of service first, then score.

    Tier by tier (disabled veterans, other covered persons, everyone else): each tier's pool is scored in full,
    and later tiers are not read once ``limit`` candidates are found — they could only rank after them. An order
    without an occupation code can have most seekers within reach in its pool, so its tiers are read best ceiling
    first and stop early (``ranking.profile_ceilings``, ``_best_first``)."""
    as_of = as_of or clock.today()
    occ = occupation_facts()
    facts = order_facts(order)
    ranked: list = []
    with without_jit():
        for tier in sorted(PriorityTier.values):
            if len(ranked) >= limit:
                break
            pool = candidate_pool(user=user, order=order, facts=facts, occ=occ, tier=tier)
            if not facts.code:
                pool = pool.annotate(best=ranking.best_total(ranking.profile_ceilings(facts)))
                best = _best_first(
                    pool.order_by("-best", "seeker_id"),
                    PROFILE_FIELDS,
                    id_field="seeker_id",
                    limit=limit - len(ranked),
                    score=lambda row: (r[3].total, r) if (r := _rank(row, facts, occ, as_of)) else None,
                )
                ranked += [r for _neg, _sid, r in best]
                continue
            rows = pool.values(*PROFILE_FIELDS).iterator(chunk_size=2000)
            found = [r for row in rows if (r := _rank(row, facts, occ, as_of))]
            found.sort(key=lambda r: r[:3])
            ranked += found
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


def _orders_the_seeker_can_meet(sf: SeekerFacts, as_of: dt.date) -> Q:
    """Order requirements rows whose education, driver's license, required licenses/certifications and skills
    and lawful minimum age the seeker meets (experience is checked in Python, and everything again there)."""
    have = scoring.EDUCATION_RANK.get(sf.education_code)
    if have is None:
        q = Q(min_education="")
    else:
        q = ~Q(min_education__in=[c for c, rank in scoring.EDUCATION_RANK.items() if rank > have])
    if not sf.drivers_license:
        q &= Q(drivers_license=False)
    q &= Q(AllHeld("credential_keys", held=sf.credentials)) & Q(AllHeld("skill_keys", held=sf.skills | sf.credentials))
    if sf.birth_date is None:
        q &= Q(minimum_age__isnull=True) | Q(minimum_age=0)
    else:
        q &= Q(minimum_age__isnull=True) | Q(minimum_age__lte=scoring.age_on(sf.birth_date, as_of))
    return q


ORDER_FIELDS = (
    "order_id",
    "soc_code",
    "employment_type",
    "minimum_age",
    "lat",
    "lon",
    "min_education",
    "min_experience_months",
    "drivers_license",
    "required_credentials",
    "required_skills",
    "preferred_skills",
)


def _score_order(sf: SeekerFacts, v: dict, occ, as_of: dt.date) -> Scores | None:
    """The scores of the seeker for one order row, None unless every minimum requirement is met and it is within
    the distance they travel."""
    of = OrderFacts(
        order_id=v["order_id"],
        code=v["soc_code"] or "",
        employment_type=v["employment_type"],
        position=(v["lat"], v["lon"]) if v["lat"] is not None else None,
        minimum_age=v["minimum_age"],
        min_education=v["min_education"],
        min_experience_months=v["min_experience_months"],
        drivers_license=v["drivers_license"],
        required_credentials=tuple(v["required_credentials"] or ()),
        required_skills=tuple(v["required_skills"] or ()),
        preferred_skills=tuple(v["preferred_skills"] or ()),
    )
    if not scoring.minimum_requirements(sf, of, occ, as_of=as_of).met:
        return None
    sc = scoring.score(sf, of, occ, as_of=as_of)
    return sc if _within_reach(sf, sc.distance_miles) else None


def jobs_for_seeker(*, seeker, limit: int = 50, as_of: dt.date | None = None) -> list[JobMatch]:
    """Open orders whose minimum requirements the seeker meets, in their occupations or related ones and within
    the distance they travel, best score first. Confidential employers are hidden (``employer_name`` None)."""
    from jobcenter.joborders.models import JobOrder

    as_of = as_of or clock.today()
    occ = occupation_facts()
    sf = seeker_facts(seeker)
    qs = OrderRequirements.objects.filter(is_open=True)  # the copies of the order's facts (matching.index)
    codes: set[str] = set()
    for code in sf.occupations:
        codes |= occ.related_codes(code)
    if sf.occupations:
        qs = qs.filter(soc_code__in=sorted(codes))
    if sf.position and not sf.relocate:
        lat, lon = sf.position
        reach = sf.radius_miles / MILES_PER_DEGREE_LAT
        k = 1 / max(0.2, math.cos(math.radians(lat)))
        qs = qs.filter(
            Q(lat__isnull=True)
            | Q(lat__gte=lat - reach, lat__lte=lat + reach, lon__gte=lon - reach * k, lon__lte=lon + reach * k)
        )
    qs = qs.filter(_orders_the_seeker_can_meet(sf, as_of))
    # Highest ceiling first, then order number (ranking.py); stop at the first order that cannot beat the last of
    # the `limit` best: every order after it can beat it even less.
    qs = qs.annotate(best=ranking.best_total(ranking.order_ceilings(sf, occ, codes))).order_by("-best", "order_id")
    with without_jit():
        ranked = _best_first(
            qs,
            ORDER_FIELDS,
            id_field="order_id",
            limit=limit,
            score=lambda v: (sc.total, sc) if (sc := _score_order(sf, v, occ, as_of)) else None,
        )
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
