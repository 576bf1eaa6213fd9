"""Small builders for job seeker tests (real database rows, no mocks)."""

from __future__ import annotations

import datetime as dt
import itertools

from jobcenter.seekers.services import seeker_create

_n = itertools.count(1)

VALID = {
    "given_name": "Dana",
    "surname": "Rivera",
    "date_of_birth": dt.date(1990, 4, 12),
    "email": "dana.rivera@example.com",
    "phone": "(816) 555-0123",
    "address_1": "123 Main St",
    "city": "Kansas City",
    "state": "MO",
    "postcode": "64106",
    "notification_method": "email",
    "authorized_to_work": True,
}


def registration(**overrides) -> dict:
    """A complete, valid registration form payload."""
    return {**VALID, **overrides}


def make_seeker(*, job_center=None, ssn: str | None = None, **overrides):
    """Create a seeker with unique name/email unless given."""
    i = next(_n)
    fields = {
        **VALID,
        "given_name": f"Person{i}",
        "surname": f"Tester{i}",
        "email": f"person{i}@example.com",
        "phone": "",
        "date_of_birth": dt.date(1980, 1, 1) + dt.timedelta(days=i),
        **overrides,
    }
    return seeker_create(home_job_center=job_center, ssn=ssn, **fields)
