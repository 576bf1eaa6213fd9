"""The local-office time limit (20 CFR 658.411; ADR 0045): a complaint about the Employment Service regulations not
resolved at the local level within a set number of working days goes to the State-level office.

The number is the dated parameter ``complaints.local_resolution_working_days`` (marked **unconfirmed**: the shared
reference does not verify 658.411's number), read on the date filed. Working days skip weekends and federal
holidays (``jobcenter.core.calendar``). A complaint about an employment-related law is referred to the enforcement
agency instead (658.422) and has no local time limit here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobcenter.core import calendar
from jobcenter.core.parameters import ParameterError, param_entry

PARAMETER = "complaints.local_resolution_working_days"
CITATION = "20 CFR 658.411"
SEARCH_BACK_DAYS = 400  # bound of the cutoff search: far more calendar days than any working-day limit spans


@dataclass(frozen=True)
class LocalTimeLimit:
    """The "resolve at the local level by" date of one date filed, with the number it came from."""

    working_days: int
    resolve_by: dt.date
    unconfirmed: bool
    citation: str = CITATION


def local_time_limit(filed_on: dt.date) -> LocalTimeLimit | None:
    """The date ``working_days`` working days after ``filed_on`` (the parameter in force on ``filed_on``); None for
    a date filed before the parameter has a value."""
    try:
        entry = param_entry(PARAMETER, as_of=filed_on)
    except ParameterError:
        return None
    days = int(entry.value)
    return LocalTimeLimit(days, calendar.add_business_days(filed_on, days), entry.status == "unconfirmed")


def applies(complaint) -> bool:
    """The limit is about complaints on the Employment Service regulations (not referred to another agency)."""
    from jobcenter.complaints.choices import ComplaintKind

    return complaint.kind == ComplaintKind.ES_REGULATIONS


def is_past(complaint, *, today: dt.date) -> bool:
    """Still not resolved at the local level after its "resolve by" date (on that date it is not yet past)."""
    from jobcenter.complaints.choices import ComplaintStatus

    if not applies(complaint) or complaint.status not in (ComplaintStatus.OPEN, ComplaintStatus.REFERRED):
        return False
    limit = local_time_limit(complaint.filed_on)
    return limit is not None and today > limit.resolve_by


def latest_filed_past(today: dt.date) -> dt.date | None:
    """The latest date filed whose "resolve by" date is before ``today``: complaints filed on or before it are past
    the limit. One search backwards settles the whole log because a later date filed is never due earlier (true
    while the number is not lowered from one dated value to the next)."""
    day = today - dt.timedelta(days=1)
    for _ in range(SEARCH_BACK_DAYS):
        limit = local_time_limit(day)
        if limit is None:
            return None
        if limit.resolve_by < today:
            return day
        day -= dt.timedelta(days=1)
    return None
