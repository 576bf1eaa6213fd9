"""Fixtures for saved searches: the persona world, the signed-in seeker's record (email notices), an active
employer in center A, and a frozen clock (Monday 2 November 2026, 10:00 Central)."""

from __future__ import annotations

import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.referrals.messaging import MemoryLetterBackend, MemorySMSBackend
from jobcenter.referrals.models import NotificationRun
from jobcenter.testing.joborders import make_employer, make_order

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())


@pytest.fixture(autouse=True)
def outboxes():
    MemorySMSBackend.outbox.clear()
    MemoryLetterBackend.outbox.clear()
    yield
    MemorySMSBackend.outbox.clear()
    MemoryLetterBackend.outbox.clear()


@pytest.fixture
def now(db):
    with clock.frozen(NOW):
        yield NOW


@pytest.fixture
def seeker(personas):
    from jobcenter.seekers.tests.factories import make_seeker

    return make_seeker(job_center=personas.center_a, user=personas.users["seeker_user"], given_name="Jordan")


@pytest.fixture
def other_seeker(personas):
    from jobcenter.seekers.tests.factories import make_seeker

    return make_seeker(job_center=personas.center_b, user=personas.users["other_seeker_user"])


@pytest.fixture
def employer(personas):
    return make_employer(job_center=personas.center_a, name="Riverside Logistics LLC")


def online(order, at):
    """Record that ``order`` went online at ``at`` (what the online guard's ``order_opened`` listener writes)."""
    return NotificationRun.objects.create(job_order=order, opened_at=at)


@pytest.fixture
def put_online(personas, employer):
    """Make an open order of ``employer`` (or ``employer=``) that went online at ``at``."""

    def make(title: str, at, **fields):
        emp = fields.pop("employer", employer)
        fields.setdefault("description", f"{title}.")
        order = make_order(employer=emp, job_center=personas.center_a, title=title, entered_at=at, **fields)
        online(order, at)
        return order

    return make
