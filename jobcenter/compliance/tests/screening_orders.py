"""A clean job order for screening tests and a helper to change fields by dotted path."""

from __future__ import annotations

import copy
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
