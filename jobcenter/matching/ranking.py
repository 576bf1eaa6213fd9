"""Jobs for a seeker without scoring every open order: a ceiling of each order's total, computed in SQL.

``jobs_for_seeker`` must return the orders that scoring every open order in reach with ``scoring.score`` and
sorting by (total, order id) returns. A seeker in three common occupations can have thousands of open orders in
related occupations within reach, too many to score in Python in the time budget (docs/matching.md, *Scale*).
So the database computes for each order a **ceiling** — never below the order's total for this seeker — rounds
it upwards to a whole best total, and returns the orders by best total, then order number; the selector scores
them in that order with the real formulas and stops at the first order that cannot beat the last of the
``limit`` best found (a lower best total, or an equal one with a higher order number: every later order can beat
it even less). The ceiling is never below the real total, so the result is the full scan's; a loose ceiling only
costs time.

With the seeker fixed, the ceiling of each score (points before rounding, docs/matching.md):

- General: education 25 and driver's license / minimum age 10 (a match meets every minimum requirement);
  experience 25 when the seeker has months in an occupation related to the order's, else 15 (an order requiring
  experience then is not met); availability exactly from the order's employment type; distance exactly (great-
  circle miles in SQL, a small allowance for floating point), 5 beyond the radius for a seeker who relocates.
- Specialized: 100.
- Skills Match: exactly, per occupation code of the order (it depends on the seeker and the code only), computed
  here in Python for each code the search can return; 15 (the technology points) for any other code.

``candidates_for_order`` uses the same idea for an order **without an occupation code** (``profile_ceilings``):
every seeker within reach can qualify then, so a priority-of-service tier can hold tens of thousands of seekers at
1,000,000 (benchmarks/README.md). With the order fixed, each ``MatchProfile`` row's ceiling is: General exactly
but for education and license / minimum age (25 and 10: a candidate meets the minimum requirements) and distance
(computed in SQL, the same allowance); Specialized 100; Skills Match 0 (no code, ``scoring._skills``).
"""

from __future__ import annotations

import math

from django.db.models import Case, F, FloatField, Func, Value, When
from django.db.models.functions import ASin, Cast, Cos, Floor, Least, Power, Radians, Sin, Sqrt

from jobcenter.matching import constants as C
from jobcenter.matching import scoring
from jobcenter.matching.geo import EARTH_RADIUS_MILES

SLACK = 0.01  # floating-point allowance (SQL and Python compute miles with different rounding)


def _f(value: float) -> Value:
    return Value(float(value), output_field=FloatField())


def miles_from(position: tuple[float, float]):
    """Great-circle miles from ``position`` to each row's (lat, lon), as ``geo.miles_between`` computes them."""
    lat0, lon0 = position
    half_dlat = Radians(F("lat") - _f(lat0)) / _f(2)
    half_dlon = Radians(F("lon") - _f(lon0)) / _f(2)
    h = Power(Sin(half_dlat), 2) + _f(math.cos(math.radians(lat0))) * Cos(Radians(F("lat"))) * Power(Sin(half_dlon), 2)
    return _f(2 * EARTH_RADIUS_MILES) * ASin(Least(_f(1.0), Sqrt(h)))


def _points_by_code(seeker: scoring.SeekerFacts, occ, codes) -> dict[str, float]:
    """Skills Match points plus experience points of the seeker for an order in each code (exact)."""
    out = {}
    for code in codes:
        facts = scoring.OrderFacts(order_id=0, code=code)
        skills, _reasons = scoring._skills(seeker, facts, occ)
        months = scoring.relevant_experience(seeker, facts, occ)
        out[code] = skills + (25 if months else 15)
    return out


def order_ceilings(seeker: scoring.SeekerFacts, occ, codes) -> dict:
    """SQL expressions on ``OrderRequirements`` rows: ``general_ceiling`` (General Requirements points before
    rounding, at least the order's) and ``other_ceiling`` (Specialized + Skills Match, whole points)."""
    by_code = {code: points + 100 for code, points in _points_by_code(seeker, occ, codes).items()}
    # Skills Match + Specialized (100) + experience points, by the order's occupation code; no code: Skills Match 0
    # and experience up to 25; a code not listed: technology points at most, experience up to 25.
    code_points = ValueByCode("soc_code", {**by_code, "": 100 + 25}, default=100 + 15 + 25)
    if not seeker.availability:
        availability = _f(10)
    else:
        fits = sorted(t for t, kinds in scoring.EMPLOYMENT_FITS.items() if seeker.availability in kinds)
        availability = Case(When(employment_type__in=fits, then=_f(20)), default=_f(0), output_field=FloatField())
    if seeker.position is None:
        distance = _f(0)
    else:
        radius = float(seeker.radius_miles or C.DEFAULT_RADIUS_MILES)
        miles = miles_from(seeker.position)
        distance = Case(
            When(lat__isnull=True, then=_f(0)),
            When(lon__isnull=True, then=_f(0)),
            default=Case(
                When(condition=_le(miles, radius + SLACK), then=_f(20 + SLACK) - _f(10 / radius) * miles),
                default=_f(5 if seeker.relocate else 0),
                output_field=FloatField(),
            ),
            output_field=FloatField(),
        )
    # Experience is in code_points (it depends on the code); education 25, license and minimum age 10.
    return {"general_ceiling": _f(25 + 10) + availability + distance, "other_ceiling": code_points}


def profile_ceilings(order: scoring.OrderFacts) -> dict:
    """SQL expressions on ``MatchProfile`` rows for an order without an occupation code: ``general_ceiling``
    (General Requirements points before rounding, at least the seeker's) and ``other_ceiling`` (Specialized at
    most 100, Skills Match 0)."""
    assert not order.code, "an order with an occupation code is ranked through MatchOccupation"
    # Experience: all months count for an order without a code (scoring.relevant_experience); a required minimum
    # is met by every candidate (25), otherwise 25 with some experience, 15 without.
    if order.min_experience_months:
        experience = _f(25)
    else:
        experience = Case(When(experience_months__gt=0, then=_f(25)), default=_f(15), output_field=FloatField())
    fits = sorted(scoring.EMPLOYMENT_FITS.get(order.employment_type, set()))
    availability = Case(
        When(availability="", then=_f(10)),
        When(availability__in=fits, then=_f(20)),
        default=_f(0),
        output_field=FloatField(),
    )
    if order.position is None:
        distance = _f(0)
    else:
        miles = miles_from(order.position)
        radius = Case(
            When(radius_miles__gt=0, then=Cast("radius_miles", FloatField())),
            default=_f(C.DEFAULT_RADIUS_MILES),
            output_field=FloatField(),
        )
        distance = Case(
            When(lat__isnull=True, then=_f(0)),
            When(lon__isnull=True, then=_f(0)),
            When(condition=_le(miles - radius, SLACK), then=_f(20 + SLACK) - _f(10) * miles / radius),
            When(relocate=True, then=_f(5)),
            default=_f(0),
            output_field=FloatField(),
        )
    # Education 25 and license / minimum age 10: a candidate meets the order's minimum requirements.
    return {"general_ceiling": _f(25 + 10) + experience + availability + distance, "other_ceiling": _f(100)}


class ValueByCode(Func):
    """``CASE column WHEN code THEN points ... ELSE default END`` — one expression, however many codes (a Django
    ``Case`` of a hundred ``When`` objects took longer to compile than the query took to run)."""

    output_field = FloatField()

    def __init__(self, column: str, points: dict[str, float], *, default: float) -> None:
        super().__init__(F(column))
        self.points, self.default = points, float(default)

    def as_sql(self, compiler, connection, **extra):
        col_sql, params = compiler.compile(self.get_source_expressions()[0])
        params = list(params)
        whens = []
        for code, points in sorted(self.points.items()):
            whens.append("WHEN %s THEN %s")
            params += [code, float(points)]
        return f"(CASE {col_sql} {' '.join(whens)} ELSE %s END)", [*params, self.default]


def _le(expression, value: float):
    from django.db.models.lookups import LessThanOrEqual

    return LessThanOrEqual(expression, _f(value))


def best_total(ceilings: dict):
    """SQL: the highest total an order can reach, as a whole number — ``round((round(general) + other) / 3)``
    with both roundings taken upwards at .5 (never below Python's rounding of a smaller or equal number)."""
    general = Floor(ceilings["general_ceiling"] + _f(0.5))
    return Floor((general + ceilings["other_ceiling"]) / _f(3) + _f(0.5))
