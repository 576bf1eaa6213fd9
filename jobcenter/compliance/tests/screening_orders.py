"""A clean job order for screening tests and a helper to change fields by dotted path."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

BASE_ORDER: dict[str, Any] = {
    "received_at": "2026-03-02T09:30:00-06:00",
    "employer": {
        "name": "Katy Trail Bistro LLC",
        "fein": "43-1234567",
        "status": "active",
        "state": "MO",
        "employees": 25,
        "annual_sales": 2000000,
        "labor_dispute": "none",
        "job_orders_last_12_months": 3,
        "is_labor_organization": False,
        "confidential": False,
    },
    "title": "Line Cook",
    "description": "Prepare food to order in a busy restaurant kitchen.",
    "requirements": "One year of kitchen experience preferred.",
    "application_instructions": "Apply at the front counter or online at katytrailbistro.example/careers.",
    "soc_code": "35-2014",
    "naics": "722511",
    "worksite": {"city": "Columbia", "state": "MO", "zip": "65201"},
    "wage": {"min": 16, "max": 18, "unit": "hour"},
    "tipped": False,
    "hours_per_week": 40,
    "openings": 2,
    "employment_type": "full_time",
    "visa_program": None,
    "special_categories": [],
    "minimum_age": None,
    "hiring_requirements": [],
}


def make_order(changes: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
    """A copy of ``BASE_ORDER`` with ``changes`` applied; keys are dotted paths (``"employer.status"``).
    A value of ``DELETE`` removes the key."""
    order = copy.deepcopy(BASE_ORDER)
    for path, value in {**(changes or {}), **kwargs}.items():
        *parents, leaf = path.split(".")
        target = order
        for p in parents:
            target = target[p]
        if value is DELETE:
            target.pop(leaf, None)
        else:
            target[leaf] = value
    return order


DELETE = object()


# A text as the description of an otherwise lawful order (active Missouri employer, $18.00 an hour, 40 hours),
# screened as of 2026-06-01: the rules it fires. Shared by the wording-family tests.
def fires(text: str, **answers: Any) -> set[str]:
    from jobcenter.compliance.screening import screen_job_order

    data = {
        "received_at": "2026-06-01T09:00:00-05:00",
        "employer": {"name": "Example LLC", "status": "active", "state": "MO", "employees": 40},
        "title": "Associate",
        "description": text,
        "worksite": {"city": "Jefferson City", "state": "MO", "zip": "65101"},
        "wage": {"min": "18.00", "unit": "hour"},
        "hours_per_week": "40",
    }
    if answers:
        data["answers"] = answers  # the structured questions of the order form
    return set(screen_job_order(data, as_of=dt.date(2026, 6, 1)).rule_ids())


C, U, NBF, SE, FR, D, S, H2A, H2B, DRUG = (
    "applicant-charge",
    "union-membership-condition",
    "not-bona-fide",
    "self-employment",
    "suspected-fraud",
    "discriminatory",
    "labor-dispute-mentioned",
    "visa-h2a",
    "visa-h2b",
    "drug-illegal-federal",
)


def check_family(rule: str, hits: list[str], near: list[str]) -> None:
    """A wording family's rule exists with its citation, fires on every hit and on none of the near-misses."""
    from jobcenter.compliance.screening import RULES

    assert rule in RULES and RULES[rule].citation
    for text in hits:
        assert rule in fires(text), text
    for text in near:
        assert rule not in fires(text), text
