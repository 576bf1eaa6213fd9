"""The three scores of a match and the minimum requirements, as pure functions of facts (no database).

Manual, Job Orders & Job Matching: matching compares a person's background with a job order in three areas —
General Requirements, Specialized Requirements and Skills Match. Each score is 0-100 and comes with the reasons
that produced it; formulas are documented in docs/matching.md. Protected characteristics are not among the facts:
``SeekerFacts`` has no field for race, sex, disability, national origin, religion or union affiliation, and the
date of birth is read only for an order's lawful minimum age.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Protocol

from jobcenter.matching import constants as C
from jobcenter.matching.geo import MILES_PER_DEGREE_LAT, miles_between

# PIRL 408 code -> rank used to compare education levels.
EDUCATION_RANK = {"0": 0, "3": 0, "1": 1, "2": 1, "4": 2, "5": 2, "6": 3, "7": 4, "8": 5}
EDUCATION_LABEL = {
    "0": "no diploma",
    "3": "a certificate of attendance",
    "1": "a high school diploma",
    "2": "a high school equivalency",
    "4": "some college",
    "5": "a postsecondary certificate",
    "6": "an associate's degree",
    "7": "a bachelor's degree",
    "8": "a graduate degree",
}
EMPLOYMENT_FITS = {
    "full_time": {"full_time", "either"},
    "part_time": {"part_time", "either"},
    "seasonal": {"seasonal", "either", "full_time", "part_time"},
    "temporary": {"seasonal", "either", "full_time", "part_time"},
}
KIND_LABEL = {
    "full_time": "full-time",
    "part_time": "part-time",
    "seasonal": "seasonal",
    "temporary": "temporary",
    "either": "full- or part-time",
}
DRIVERS_LICENSE_RE = re.compile(r"\bdriver'?s?\b|\bcdl\b|commercial driv", re.IGNORECASE)

# Skills Match: points for the closest occupation relation (docs/matching.md).
RELATION_POINTS = {"same": 40, "soc": 34, "primary": 28, "supplemental": 20, "minor": 12, "major": 6}
RELATION_REASON = {
    "same": C.R_OCC_SAME,
    "soc": C.R_OCC_SOC,
    "primary": C.R_OCC_RELATED,
    "supplemental": C.R_OCC_RELATED,
    "minor": C.R_OCC_MINOR,
    "major": C.R_OCC_MAJOR,
}
# Relations close enough for experience to count toward an order's minimum experience.
EXPERIENCE_RELATIONS = {"same", "soc", "primary", "supplemental"}


def normalize_name(value: str) -> str:
    """Lower case, punctuation to spaces, single spaces: 'Forklift  Cert.' -> 'forklift cert'."""
    return " ".join(re.sub(r"[^\w+#]+", " ", (value or "").lower()).split())


def has_drivers_license(credential_names) -> bool:
    """A licence whose name says driver's license or CDL."""
    return any(DRIVERS_LICENSE_RE.search(n or "") for n in credential_names)


class OccupationData(Protocol):
    """O*NET facts the Skills Match reads (``jobcenter.occupations.facts`` implements it)."""

    def relation(self, seeker_code: str, order_code: str) -> str | None: ...
    def title(self, code: str) -> str: ...
    def job_zone(self, code: str) -> int | None: ...
    def similarity(self, a: str, b: str) -> float | None: ...
    def technology(self, code: str) -> dict[str, str]: ...


@dataclass(frozen=True)
class SeekerFacts:
    """What matching reads about a seeker (from the match index)."""

    seeker_id: int
    priority: int = 3
    education_code: str = ""
    occupations: dict[str, int] = field(default_factory=dict)  # code -> months of experience (0 = desired only)
    # code -> the calendar months worked in it, as merged [first, past-last) month numbers (year * 12 + month)
    periods: dict[str, list] = field(default_factory=dict)
    experience_months: int = 0
    availability: str = ""
    position: tuple[float, float] | None = None
    radius_miles: int = C.DEFAULT_RADIUS_MILES
    relocate: bool = False
    birth_date: dt.date | None = None
    drivers_license: bool = False
    credentials: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OrderFacts:
    """What matching reads about a job order and its requirements."""

    order_id: int
    code: str = ""
    employment_type: str = "full_time"
    position: tuple[float, float] | None = None
    minimum_age: int | None = None
    min_education: str = ""
    min_experience_months: int | None = None
    drivers_license: bool = False
    required_credentials: tuple[str, ...] = ()
    required_skills: tuple[str, ...] = ()
    preferred_skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinimumRequirements:
    """Yes/no: does the seeker meet every minimum requirement of the order; the unmet ones named."""

    met: bool
    unmet: list[str]


@dataclass(frozen=True)
class Scores:
    """The three scores (0-100) and the reasons behind each."""

    general: int
    specialized: int
    skills: int
    reasons: dict[str, list[str]]
    distance_miles: float | None = None

    @property
    def total(self) -> int:
        """Mean of the three scores, used to rank within a priority tier."""
        return round((self.general + self.specialized + self.skills) / 3)

    def as_dict(self) -> dict[str, int]:
        """{'general': .., 'specialized': .., 'skills': ..}."""
        return {"general": self.general, "specialized": self.specialized, "skills": self.skills}


def age_on(birth: dt.date, day: dt.date) -> int:
    """Age in whole years on ``day`` (only ever compared with an order's lawful minimum age)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _has(name: str, held: frozenset[str]) -> bool:
    n = normalize_name(name)
    return bool(n) and (n in held or any(n in h or h in n for h in held if len(h) >= 4))


def merged_spans(spans) -> list[list[int]]:
    """``[first, past_last)`` month-number spans merged where they overlap or touch (sorted; empty spans dropped)."""
    merged: list[list[int]] = []
    for first, last in sorted(spans):
        if last <= first:
            continue
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return merged


def span_months(spans) -> int:
    """Calendar months covered by ``[first, past_last)`` month-number spans, each month once (no lists built:
    scoring calls it for every candidate with months in two or more relevant occupations)."""
    total, end = 0, None
    for first, last in sorted(spans):
        if last <= first:
            continue
        if end is None or first >= end:
            total += last - first
            end = last
        elif last > end:
            total += last - end
            end = last
    return total


def relevant_experience(seeker: SeekerFacts, order: OrderFacts, occ: OccupationData) -> int:
    """Months of experience that count for the order: in its occupation or a related one (all work history when
    the order has no occupation code).

    Each calendar month counts once (ADR 0042, amendment of 2026-11-30): the order's own occupation's months
    first, then the months of related occupations that fall outside them, so a related job held at the same time
    as a job in the order's occupation adds nothing. A code indexed before periods were kept (no periods until
    ``jobcenter matching reindex``) adds its months as before."""
    if not order.code:
        return seeker.experience_months
    relevant = [c for c, m in seeker.occupations.items() if m and occ.relation(c, order.code) in EXPERIENCE_RELATIONS]
    if len(relevant) < 2:  # nothing can overlap: the common case, no span arithmetic
        return sum(seeker.occupations[c] for c in relevant)
    spans = [span for c in relevant for span in seeker.periods.get(c, ())]
    unspanned = sum(seeker.occupations[c] for c in relevant if not seeker.periods.get(c))
    return span_months(spans) + unspanned


@dataclass(frozen=True)
class RequirementCheck:
    """One minimum requirement of an order against one person: what the order asks, what the person has (in words,
    from the résumé and profile facts matching reads) and whether it is met; ``unmet`` is the sentence
    ``minimum_requirements`` names when it is not."""

    requirement: str
    needed: str
    has: str
    met: bool
    unmet: str = ""


def requirement_checks(
    seeker: SeekerFacts, order: OrderFacts, occ: OccupationData, *, as_of: dt.date
) -> list[RequirementCheck]:
    """Each minimum requirement the order sets, checked against the person (an order without any gives none).
    The one definition ``minimum_requirements`` and the review page both read. The date of birth is read only for
    the lawful minimum age and never shown."""
    checks: list[RequirementCheck] = []
    if order.min_education:
        need = EDUCATION_RANK.get(order.min_education, 0)
        have = EDUCATION_RANK.get(seeker.education_code)
        labels = {
            "need": EDUCATION_LABEL[order.min_education],
            "have": EDUCATION_LABEL.get(seeker.education_code, C.EDUCATION_NOT_RECORDED),
        }
        checks.append(
            RequirementCheck(
                C.REQ_EDUCATION,
                C.REQ_EDUCATION_NEEDED.format(**labels),
                labels["have"],
                have is not None and have >= need,
                C.UNMET_EDUCATION.format(**labels),
            )
        )
    if order.min_experience_months:
        months = relevant_experience(seeker, order, occ)
        title = occ.title(order.code) if order.code else ""
        title = "" if title == order.code else title  # an unknown code is never shown
        if not order.code:
            needed = C.REQ_EXPERIENCE_NEEDED_ANY.format(need=order.min_experience_months)
        elif title:
            needed = C.REQ_EXPERIENCE_NEEDED.format(need=order.min_experience_months, occupation=title)
        else:
            needed = C.REQ_EXPERIENCE_NEEDED_PLAIN.format(need=order.min_experience_months)
        has = (C.REQ_EXPERIENCE_HAS if order.code else C.REQ_EXPERIENCE_HAS_ANY).format(have=months)
        checks.append(
            RequirementCheck(
                C.REQ_EXPERIENCE,
                needed,
                has,
                months >= order.min_experience_months,
                C.UNMET_EXPERIENCE.format(need=order.min_experience_months, have=months),
            )
        )
    if order.drivers_license:
        checks.append(
            RequirementCheck(
                C.REQ_DRIVERS_LICENSE,
                C.REQ_REQUIRED,
                C.REQ_HELD if seeker.drivers_license else C.REQ_NOT_HELD,
                seeker.drivers_license,
                C.UNMET_DRIVERS_LICENSE,
            )
        )
    for name in order.required_credentials:
        held = _has(name, seeker.credentials)
        checks.append(
            RequirementCheck(
                C.REQ_CREDENTIAL,
                name,
                C.REQ_HELD if held else C.REQ_CREDENTIAL_NOT_HELD,
                held,
                C.UNMET_CREDENTIAL.format(name=name),
            )
        )
    for name in order.required_skills:
        held = _has(name, seeker.skills | seeker.credentials)
        checks.append(
            RequirementCheck(
                C.REQ_SKILL, name, C.REQ_HELD if held else C.REQ_NOT_HELD, held, C.UNMET_SKILL.format(name=name)
            )
        )
    if order.minimum_age:
        if seeker.birth_date is None:
            checks.append(
                RequirementCheck(
                    C.REQ_MINIMUM_AGE,
                    C.REQ_MINIMUM_AGE_NEEDED.format(age=order.minimum_age),
                    C.REQ_AGE_UNKNOWN,
                    False,
                    C.UNMET_MINIMUM_AGE_UNKNOWN.format(age=order.minimum_age),
                )
            )
        else:
            old_enough = age_on(seeker.birth_date, as_of) >= order.minimum_age
            checks.append(
                RequirementCheck(
                    C.REQ_MINIMUM_AGE,
                    C.REQ_MINIMUM_AGE_NEEDED.format(age=order.minimum_age),
                    C.REQ_AGE_MET if old_enough else C.REQ_AGE_UNDER,
                    old_enough,
                    C.UNMET_MINIMUM_AGE.format(age=order.minimum_age),
                )
            )
    return checks


def minimum_requirements(
    seeker: SeekerFacts, order: OrderFacts, occ: OccupationData, *, as_of: dt.date
) -> MinimumRequirements:
    """Each minimum requirement of the order, checked; the unmet ones in plain words."""
    unmet = [c.unmet for c in requirement_checks(seeker, order, occ, as_of=as_of) if not c.met]
    return MinimumRequirements(met=not unmet, unmet=unmet)


def _general(seeker: SeekerFacts, order: OrderFacts, occ: OccupationData, *, as_of: dt.date):
    reasons: list[str] = []
    points = 0.0
    # Education (25)
    if not order.min_education:
        points += 25
        reasons.append(C.R_EDUCATION_NONE)
    else:
        need = EDUCATION_RANK.get(order.min_education, 0)
        have = EDUCATION_RANK.get(seeker.education_code)
        labels = {
            "need": EDUCATION_LABEL[order.min_education],
            "have": EDUCATION_LABEL.get(seeker.education_code, C.EDUCATION_NOT_RECORDED),
        }
        if have is not None and have >= need:
            points += 25
            reasons.append(C.R_EDUCATION_MET.format(**labels))
        else:
            points += 25 * (have or 0) / need if need else 0
            reasons.append(C.R_EDUCATION_SHORT.format(**labels))
    # Experience (25)
    months = relevant_experience(seeker, order, occ)
    if not order.min_experience_months:
        points += 25 if months else 15
        reasons.append(C.R_EXPERIENCE_NONE_HAS.format(have=months) if months else C.R_EXPERIENCE_NONE)
    else:
        points += 25 * min(1.0, months / order.min_experience_months)
        reasons.append(C.R_EXPERIENCE.format(have=months, need=order.min_experience_months))
    # Availability and schedule (20)
    kind = KIND_LABEL.get(order.employment_type, order.employment_type)
    if not seeker.availability:
        points += 10
        reasons.append(C.R_AVAILABILITY_UNKNOWN)
    elif seeker.availability in EMPLOYMENT_FITS.get(order.employment_type, set()):
        points += 20
        reasons.append(C.R_AVAILABILITY_MATCH.format(kind=kind))
    else:
        reasons.append(C.R_AVAILABILITY_MISMATCH.format(want=KIND_LABEL.get(seeker.availability, ""), kind=kind))
    # Distance (20)
    miles = miles_between(seeker.position, order.position)
    radius = seeker.radius_miles or C.DEFAULT_RADIUS_MILES
    if miles is None:
        reasons.append(C.R_DISTANCE_UNKNOWN)
    elif miles <= radius:
        points += 20 * (1 - 0.5 * miles / radius)
        reasons.append(C.R_DISTANCE.format(miles=round(miles), radius=radius))
    elif seeker.relocate:
        points += 5
        reasons.append(C.R_DISTANCE_RELOCATE.format(miles=round(miles)))
    else:
        reasons.append(C.R_DISTANCE_FAR.format(miles=round(miles), radius=radius))
    # Driver's license and lawful minimum age (10)
    license_ok = not order.drivers_license or seeker.drivers_license
    age_ok = not order.minimum_age or (
        seeker.birth_date is not None and age_on(seeker.birth_date, as_of) >= order.minimum_age
    )
    points += 5 * license_ok + 5 * age_ok
    if not license_ok:
        reasons.append(C.UNMET_DRIVERS_LICENSE)
    if not age_ok:
        reasons.append(C.UNMET_MINIMUM_AGE.format(age=order.minimum_age))
    if license_ok and age_ok:
        reasons.append(C.R_LICENSE_AGE_MET)
    return round(points), reasons, miles


def _specialized(seeker: SeekerFacts, order: OrderFacts):
    items = [(n, 2.0, seeker.credentials, False) for n in order.required_credentials]
    items += [(n, 1.0, seeker.skills | seeker.credentials, False) for n in order.required_skills]
    items += [(n, 0.5, seeker.skills | seeker.credentials, True) for n in order.preferred_skills]
    if not items:
        return 100, [C.R_SPECIALIZED_NONE]
    total = met = 0.0
    reasons = []
    for name, weight, held, preferred in items:
        total += weight
        if _has(name, held):
            met += weight
            reasons.append((C.R_PREFERRED_HAS if preferred else C.R_HAS).format(name=name))
        elif not preferred:
            reasons.append(C.R_MISSING.format(name=name))
    return round(100 * met / total), reasons


def _skills(seeker: SeekerFacts, order: OrderFacts, occ: OccupationData):
    if not order.code:
        return 0, [C.R_OCC_ORDER_UNCODED]
    reasons = []
    points = 0.0
    best, best_code = None, ""
    for code in seeker.occupations:
        rel = occ.relation(code, order.code)
        if rel and (best is None or RELATION_POINTS[rel] > RELATION_POINTS[best]):
            best, best_code = rel, code
    if best:
        points += RELATION_POINTS[best]
        reasons.append(RELATION_REASON[best].format(title=occ.title(best_code)))
    else:
        reasons.append(C.R_OCC_NONE)
    # O*NET skills and knowledge (30)
    sims = [(s, c) for c in seeker.occupations if (s := occ.similarity(c, order.code)) is not None]
    if sims:
        sim, code = max(sims)
        points += 30 * sim
        reasons.append(C.R_ONET_SIMILARITY.format(pct=round(100 * sim), title=occ.title(code)))
    elif seeker.occupations:
        reasons.append(C.R_ONET_MISSING)
    # Technology (15)
    tech = occ.technology(order.code)
    known = sorted({tech[s] for s in seeker.skills if s in tech})
    if known:
        points += min(15, 5 * len(known))
        reasons.append(C.R_TECH.format(names=", ".join(known[:5])))
    elif seeker.skills and tech:
        reasons.append(C.R_TECH_NONE)
    # Job zone (15)
    need = occ.job_zone(order.code)
    zones = [z for c, m in seeker.occupations.items() if m and (z := occ.job_zone(c))]
    have = max(zones) if zones else None
    if need is None or have is None:
        reasons.append(C.R_JOB_ZONE_UNKNOWN)
    else:
        points += 15 if have >= need else (8 if have == need - 1 else 0)
        reasons.append(C.R_JOB_ZONE.format(have=have, need=need))
    return round(min(100.0, points)), reasons


def score(seeker: SeekerFacts, order: OrderFacts, occ: OccupationData, *, as_of: dt.date) -> Scores:
    """General Requirements, Specialized Requirements and Skills Match with their reasons."""
    general, g_reasons, miles = _general(seeker, order, occ, as_of=as_of)
    specialized, s_reasons = _specialized(seeker, order)
    skills, k_reasons = _skills(seeker, order, occ)
    return Scores(
        general=general,
        specialized=specialized,
        skills=skills,
        reasons={"general": g_reasons, "specialized": s_reasons, "skills": k_reasons},
        distance_miles=miles,
    )


def reach_degrees(radius_miles: int) -> float:
    """A travel radius in degrees of latitude (for the index's bounding-box prefilter)."""
    return (radius_miles or C.DEFAULT_RADIUS_MILES) / MILES_PER_DEGREE_LAT
