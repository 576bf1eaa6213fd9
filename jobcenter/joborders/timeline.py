"""Job order entry timeline (Missouri WP & LE Manual, Job Order Entry Timeline).

"Staff must enter any job orders received in the morning into MoJobs no later than close of business on that
same day. Staff must enter any job orders received in the afternoon into the system no later than the close of
business on the following day."

Readings (docs/adr/0014-job-order-workflow.md):

* morning = before ``afternoon_starts`` (12:00); an order received exactly at noon is an afternoon order;
* "following day" = the following business day; weekends and federal holidays (observed) are skipped;
* an order received on a weekend or federal holiday counts as received on the morning of the next business
  day (due at its close of business); an order received after close of business on a business day is an
  afternoon order (due at close of business the next business day);
* an order entered exactly at close of business is on time.

Cut-off and close of business come from ``calendar.close_of_business`` (per state); the number of business
days per part of day from ``joborders.entry_timeline``.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from jobcenter.core import calendar, clock
from jobcenter.core.parameters import param


def _hhmm(value: str) -> dt.time:
    hours, minutes = str(value).split(":")
    return dt.time(int(hours), int(minutes))


def entry_deadline(received_at: dt.datetime, *, state: str | None = None) -> dt.datetime:
    """The aware datetime by which an order received at ``received_at`` must be entered."""
    state = state or settings.JOBCENTER_STATE
    local = received_at.astimezone(clock.local_tz())
    day = local.date()
    hours = param("calendar.close_of_business", as_of=day, state=state)
    cob = _hhmm(hours["close_of_business"])
    afternoon_starts = _hhmm(hours["afternoon_starts"])
    days = param("joborders.entry_timeline", as_of=day)
    if not calendar.is_business_day(day):
        due = calendar.add_business_days(calendar.business_day_on_or_after(day), days["morning"])
    elif local.time() < afternoon_starts:
        due = calendar.add_business_days(day, days["morning"])
    else:
        due = calendar.add_business_days(day, days["afternoon"])
    return dt.datetime.combine(due, cob, tzinfo=clock.local_tz())


def entered_on_time(*, received_at: dt.datetime, entered_at: dt.datetime) -> bool:
    """True if entry happened no later than the deadline (exactly at close of business is on time)."""
    return entered_at <= entry_deadline(received_at)
