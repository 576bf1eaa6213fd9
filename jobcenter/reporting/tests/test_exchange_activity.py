"""Referrals and placements in the quarterly report (issue #12 "placements reported"; reporting.exchange): each
counts in the quarter it happened, on both sides of the quarter's first and last day, by holding job center."""

import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.referrals.models import Referral
from jobcenter.reporting.exchange import exchange_activity
from jobcenter.reporting.quarters import Quarter
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db
Q = Quarter.parse("2026Q2")  # April 1 - June 30, 2026


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=clock.local_tz())


def _referral(order, *, status, issued: dt.date, hired_on: dt.date | None = None, decided: dt.date | None = None):
    """A referral row as the referral services leave it (fixture shortcut)."""
    return Referral.objects.create(
        deny_reason="Does not meet the license requirement" if status == "denied" else "",
        seeker=make_seeker(job_center=order.job_center),
        job_order=order,
        job_center=order.job_center,
        status=status,
        source="staff",
        consent="present",
        created_at=_at(issued),
        decided_at=_at(decided) if decided else None,
        outcome_on=hired_on,
    )


def test_referrals_and_placements_count_in_their_own_quarter_by_job_center(personas):
    employer = make_employer(job_center=personas.center_a)
    order_a = make_order(employer=employer, job_center=personas.center_a, received_at=_at(dt.date(2026, 4, 1)))
    make_order(employer=employer, job_center=personas.center_a, title="Cook", received_at=_at(dt.date(2026, 3, 31)))
    order_b = make_order(employer=employer, job_center=personas.center_b, title="Driver")

    _referral(order_a, status="referred", issued=dt.date(2026, 4, 1))  # first day: in
    _referral(order_a, status="referred", issued=dt.date(2026, 3, 31))  # day before: out
    _referral(order_a, status="hired", issued=dt.date(2026, 3, 20), hired_on=dt.date(2026, 6, 30))  # hired last day
    _referral(order_a, status="hired", issued=dt.date(2026, 6, 1), hired_on=dt.date(2026, 7, 1))  # hired day after
    _referral(order_b, status="referred", issued=dt.date(2026, 3, 1), decided=dt.date(2026, 5, 2))  # approved in Q
    _referral(order_b, status="pending_review", issued=dt.date(2026, 5, 2))  # not issued
    _referral(order_b, status="denied", issued=dt.date(2026, 5, 2), decided=dt.date(2026, 5, 3))  # not issued

    figures = exchange_activity(quarter=Q)
    assert figures["by_center"]["JA"] == {"orders": 1, "referrals": 2, "placements": 1}
    assert figures["by_center"]["JB"]["referrals"] == 1 and figures["by_center"]["JB"]["placements"] == 0
    assert figures["state"]["referrals"] == 3 and figures["state"]["placements"] == 1
