"""ZIP code positions and distances, offline.

Positions come from the ``zipcodes`` package (MIT), which ships the U.S. ZIP code list with latitude and
longitude inside its wheel: nothing is downloaded at run time. Distances are great-circle miles (haversine).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LAT = 69.05
_ZIP_RE = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


@lru_cache(maxsize=50_000)
def zip_position(postcode: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a 5-digit U.S. ZIP code (ZIP+4 accepted), None when unknown or malformed."""
    m = _ZIP_RE.match(postcode or "")
    if not m:
        return None
    import zipcodes  # lazy: the package loads its table on first use

    rows = zipcodes.matching(m.group(1))
    if not rows:
        return None
    try:
        return float(rows[0]["lat"]), float(rows[0]["long"])
    except (KeyError, TypeError, ValueError):
        return None


def miles_between(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    """Great-circle distance in miles, None when either position is unknown."""
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def zip_distance(zip_a: str, zip_b: str) -> float | None:
    """Miles between two ZIP codes (None when either is unknown)."""
    return miles_between(zip_position(zip_a), zip_position(zip_b))
