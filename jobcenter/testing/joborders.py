"""Test builders for employers and job orders, shared by every app's tests and by journey helpers.

They live in the shipped testing package (not in an app's ``tests`` package) so that shared test support never
imports from a ``tests`` package (jobcenter/core/tests/test_import_graph.py). Screening-result dicts, which only
the job-order tests use, stay in jobcenter/joborders/tests/factories.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from jobcenter.core import clock
from jobcenter.employers.models import Employer
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import normalize_title
from jobcenter.joborders.timeline import entry_deadline

_seq = itertools.count(1)

CENTRAL = clock.local_tz()


def at(y, m, d, hh=9, mm=0) -> dt.datetime:
    """A local (Central) aware datetime."""
    return dt.datetime(y, m, d, hh, mm, tzinfo=CENTRAL)


def make_employer(*, job_center=None, status: str = "active", name: str | None = None, **fields) -> Employer:
    """An employer in ``status`` (rows created directly: the FSM field may be set at creation)."""
    n = next(_seq)
    defaults = {
        "legal_name": name or f"Acme Widgets {n} LLC",
        "fein": f"43-{1000000 + n:07d}",
        "state": "MO",
        "address_1": f"{n} Industrial Pkwy",
        "city": "Kansas City",
        "postcode": "64106",
        "phone": f"+1816555{n:04d}",
        "employees": 40,
        "annual_sales": Decimal("3000000"),
        "job_center": job_center,
    }
    defaults.update(fields)
    return Employer.objects.create(status=status, **defaults)


def order_fields(**overrides) -> dict:
    """Valid job order fields."""
    fields = {
        "title": "Forklift Operator",
        "description": "Operate forklifts in our distribution center; load and unload trailers.",
        "requirements": "Six months of forklift experience.",
        "application_instructions": "Apply at the front desk.",
        "soc_code": "53-7051.00",
        "worksite_city": "Kansas City",
        "worksite_state": "MO",
        "worksite_zip": "64106",
        "wage_min": Decimal("18.00"),
        "wage_max": Decimal("21.00"),
        "wage_unit": "hour",
        "hours_per_week": Decimal("40"),
        "openings": 1,
    }
    fields.update(overrides)
    return fields


_UNSET = object()


def make_order(
    *, employer, job_center, status: str = "open", received_at=None, entered_at=_UNSET, **overrides
) -> JobOrder:
    """A job order already in ``status`` (fixture shortcut; real orders move only through services)."""
    received_at = received_at or clock.now()
    entered_at = received_at if entered_at is _UNSET else entered_at
    fields = order_fields(**overrides)
    return JobOrder.objects.create(
        employer=employer,
        job_center=job_center,
        region=job_center.region,
        status=status,
        received_at=received_at,
        entry_due_at=entry_deadline(received_at),
        entered_at=entered_at,
        title_normalized=normalize_title(fields["title"]),
        **fields,
    )


def make_referral(order: JobOrder, seeker, status: str):
    """A self-made referral of ``seeker`` to ``order`` in ``status`` (decided now unless it waits for review)."""
    from jobcenter.referrals.models import Referral

    return Referral.objects.create(
        seeker=seeker,
        job_order=order,
        job_center=order.job_center,
        status=status,
        source="self",
        consent="self",
        created_at=clock.now(),
        decided_at=clock.now() if status != "pending_review" else None,
        outcome_on=clock.today() if status == "hired" else None,
    )
