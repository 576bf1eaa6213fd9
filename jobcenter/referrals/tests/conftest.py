"""Fixtures for referral tests: the persona world, a few occupations, an active employer with an open order in
center A, a qualified seeker in center A (with and without a WP enrollment), and a frozen clock (Monday
2 November 2026, 10:00 Central)."""

import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.employers.models import EmployerMembership
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.joborders import make_employer, make_order

MONDAY = dt.date(2026, 11, 2)


@pytest.fixture
def today(db):
    with clock.frozen(dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())):
        yield MONDAY


@pytest.fixture
def occupations(db):
    load_occupations()


@pytest.fixture
def employer(personas):
    employer = make_employer(job_center=personas.center_a, name="Acme Widgets LLC", email="hr@acme.example")
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    return employer


@pytest.fixture
def order(personas, employer, occupations, today):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, responsible_staff=None)


@pytest.fixture
def seeker(personas, occupations, today):
    """A qualified seeker in center A who signs in as ``seeker_user``; not enrolled."""
    s = coded_seeker(job_center=personas.center_a, months=24)
    JobSeeker.objects.filter(pk=s.pk).update(user=personas.seeker_user)
    s.refresh_from_db()
    return s


@pytest.fixture
def enrolled(personas, seeker):
    """``seeker`` with an active WP enrollment (case manager: staff_a)."""
    from jobcenter.cases.tests.factories import enroll

    enroll(seeker, case_manager=personas.staff_a)
    return seeker
