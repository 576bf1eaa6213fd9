"""Builders for matching tests: a few O*NET occupations, coded seekers and orders with requirements."""

from __future__ import annotations

import datetime as dt

from jobcenter.occupations.models import Occupation, RelatedOccupation
from jobcenter.seekers.models import Credential, DesiredOccupation, Skill, WorkHistory
from jobcenter.seekers.tests.factories import make_seeker

FORKLIFT = "53-7051.00"
LABORER = "53-7062.00"
TRUCK_DRIVER = "53-3032.00"
NURSE = "29-1141.00"

OCCUPATIONS = {
    FORKLIFT: ("Industrial Truck and Tractor Operators", 2),
    LABORER: ("Laborers and Freight, Stock, and Material Movers, Hand", 1),
    TRUCK_DRIVER: ("Heavy and Tractor-Trailer Truck Drivers", 2),
    NURSE: ("Registered Nurses", 3),
}


def load_occupations() -> None:
    """A handful of occupations, with laborers related to forklift operators (as in O*NET)."""
    for code, (title, zone) in OCCUPATIONS.items():
        Occupation.objects.get_or_create(code=code, defaults={"title": title, "job_zone": zone})
    RelatedOccupation.objects.get_or_create(
        occupation=Occupation.objects.get(code=FORKLIFT),
        related=Occupation.objects.get(code=LABORER),
        defaults={"tier": "Primary-Short", "index": 1},
    )


def coded_seeker(
    *,
    job_center,
    code: str = FORKLIFT,
    months: int = 24,
    credentials: tuple[str, ...] = (),
    skills: tuple[str, ...] = (),
    desired: str = "",
    **fields,
):
    """A seeker with work history in ``code`` (``months`` long, ended a month ago), credentials and skills."""
    seeker = make_seeker(job_center=job_center, **fields)
    if months:
        end = dt.date(2026, 10, 1)
        idx = end.year * 12 + end.month - 1 - months
        start = dt.date(idx // 12, idx % 12 + 1, 1)
        WorkHistory.objects.create(
            seeker=seeker,
            employer_name="Previous Co",
            title="Worker",
            onet_soc_code=code,
            start_date=start,
            end_date=end,
        )
    if desired:
        DesiredOccupation.objects.create(seeker=seeker, title="Wanted", onet_soc_code=desired)
    for name in credentials:
        Credential.objects.create(
            seeker=seeker, kind="license" if "driver" in name.lower() else "certification", name=name
        )
    for name in skills:
        Skill.objects.create(seeker=seeker, name=name)
    seeker.refresh_from_db()
    return seeker
