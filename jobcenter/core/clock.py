"""The replaceable clock. Rules and services ask this module for the time, never ``timezone.now()``.

Tests (and the demo) freeze it::

    with clock.frozen(datetime(2026, 3, 2, 9, 30, tzinfo=CENTRAL)):
        ...
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

_state = threading.local()


def now() -> dt.datetime:
    """Current aware datetime (frozen value if a test froze the clock)."""
    frozen = getattr(_state, "frozen", None)
    return frozen if frozen is not None else timezone.now()


def local_tz() -> ZoneInfo:
    """The installation's time zone (``TIME_ZONE`` setting)."""
    return ZoneInfo(settings.TIME_ZONE)


def localnow() -> dt.datetime:
    """Current datetime in the installation's time zone."""
    return now().astimezone(local_tz())


def today() -> dt.date:
    """Today's date in the installation's time zone."""
    return localnow().date()


def one_year_after(day: dt.date) -> dt.date:
    """The same day a year later (29 February -> 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


@contextlib.contextmanager
def frozen(at: dt.datetime | dt.date) -> Iterator[dt.datetime]:
    """Freeze the clock at ``at`` (a date means local noon) for the duration of the block."""
    if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
        at = dt.datetime.combine(at, dt.time(12, 0), tzinfo=local_tz())
    if timezone.is_naive(at):
        at = at.replace(tzinfo=local_tz())
    previous = getattr(_state, "frozen", None)
    _state.frozen = at
    try:
        yield at
    finally:
        _state.frozen = previous
