"""Who PIRL 1109 / 1111 (Federal contractor jobs) are recorded for: "a disabled veteran, campaign veteran, or
recently separated veteran" (DOL PIRL public-use record layout PY2022 Q4; federal-specs 1.1 and 1.4). Pure: used
by the builder and by the edit checks."""

from __future__ import annotations

import datetime as dt

from jobcenter.core.parameters import param

CITATION = "PIRL elements 1108-1111, DOL PIRL public-use layout PY2022 Q4; federal-specs 1.4"


def recently_separated(separated: dt.date | None, *, on: dt.date) -> bool:
    """A veteran is recently separated on ``on`` during the years (dated parameter
    ``reporting.recently_separated_veteran_years``, unconfirmed: 41 CFR 60-300.2 / 38 U.S.C. 4211(6), three years)
    beginning on the date of actual military separation (PIRL 304): the day before the anniversary is inside,
    the anniversary itself is not."""
    if separated is None or on < separated:
        return False
    years = int(param("reporting.recently_separated_veteran_years", as_of=on))
    try:
        ends = separated.replace(year=separated.year + years)
    except ValueError:  # separated on Feb 29: the period ends on Mar 1
        ends = dt.date(separated.year + years, 3, 1)
    return on < ends


def protected_veteran(*, disabled: str, campaign: str, separated: dt.date | None, on: dt.date) -> bool:
    """Disabled veteran (PIRL 303 = 1 or 2), campaign veteran (302 = 1) or recently separated veteran on ``on``:
    the people PIRL 1109 / 1111 are recorded for."""
    return disabled in {"1", "2"} or campaign == "1" or recently_separated(separated, on=on)
