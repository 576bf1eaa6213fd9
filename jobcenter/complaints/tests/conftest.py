"""Fixtures for complaints: the persona world, a farmworker's record and an employer in job center A, and a frozen
clock (Monday 2 November 2026, 10:00 Central)."""

from __future__ import annotations

import datetime as dt

import pytest

from jobcenter.complaints.choices import ComplaintKind, RespondentKind
from jobcenter.complaints.services import complaint_take
from jobcenter.core import clock
from jobcenter.testing.joborders import make_employer
from jobcenter.testing.personas import build_personas

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())
TODAY = NOW.date()


@pytest.fixture
def now(db):
    with clock.frozen(NOW):
        yield NOW


@pytest.fixture
def world(now):
    from jobcenter.seekers.tests.factories import make_seeker

    p = build_personas()
    p.farmworker = make_seeker(job_center=p.center_a, msfw="2")
    p.employer = make_employer(job_center=p.center_a, name="Orchard Hill Farms")
    return p


def take(p, *, actor=None, msfw=True, kind=ComplaintKind.EMPLOYMENT_LAW, in_writing=True, **extra):
    """A complaint taken by staff A about the employer (a farmworker's wage complaint unless told otherwise)."""
    actor = actor or p.staff_a
    fields = {
        "job_center": p.center_a,
        "seeker": p.farmworker,
        "respondent_kind": RespondentKind.EMPLOYER,
        "employer": p.employer,
        "filed_on": TODAY,
        "description": "Paid below the promised piece rate.",
        **extra,
    }
    return complaint_take(actor=actor, msfw=msfw, kind=kind, in_writing=in_writing, **fields)
