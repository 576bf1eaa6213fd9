"""Business days: weekends and U.S. federal holidays are not working days.

Used for job order entry deadlines (close of business the next business day) and 20 CFR 658 "20 working
days" periods. Holidays come from the ``holidays`` package (federal calendar, observed dates).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays


@cache
def _federal(year: int) -> holidays.HolidayBase:
    return holidays.US(years=[year], observed=True)


def is_business_day(day: dt.date) -> bool:
    """True on a weekday that is not a federal holiday (observed)."""
    return day.weekday() < 5 and day not in _federal(day.year)


def next_business_day(day: dt.date) -> dt.date:
    """The first business day strictly after ``day``."""
    d = day + dt.timedelta(days=1)
    while not is_business_day(d):
        d += dt.timedelta(days=1)
    return d


def business_day_on_or_after(day: dt.date) -> dt.date:
    """``day`` itself if it is a business day, else the next one."""
    return day if is_business_day(day) else next_business_day(day)


def add_business_days(day: dt.date, n: int) -> dt.date:
    """The date ``n`` business days after ``day`` (n >= 0); e.g. a 20-working-day response deadline."""
    d = day
    for _ in range(n):
        d = next_business_day(d)
    return d


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 if end <= start)."""
    count, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if is_business_day(d):
            count += 1
    return count
