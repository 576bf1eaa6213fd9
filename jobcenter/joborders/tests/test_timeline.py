"""Job order entry deadlines.

Source: Missouri WP & LE Manual, Job Order Entry Timeline — morning orders by close of business the same day,
afternoon orders by close of business the following (business) day. Cut-off 12:00 and close of business 17:00
from ``calendar.close_of_business`` (MO); weekends and federal holidays (observed) skipped.
"""

import pytest

from jobcenter.joborders.timeline import entered_on_time, entry_deadline
from jobcenter.testing.joborders import at

CASES = [
    # (sentence, received, deadline)
    ("a Tuesday morning order is due Tuesday at close of business", at(2026, 3, 3, 9, 15), at(2026, 3, 3, 17)),
    ("an order received at 11:59 is still a morning order", at(2026, 3, 3, 11, 59), at(2026, 3, 3, 17)),
    ("an order received exactly at noon is an afternoon order", at(2026, 3, 3, 12, 0), at(2026, 3, 4, 17)),
    ("a Tuesday afternoon order is due Wednesday at close of business", at(2026, 3, 3, 14, 0), at(2026, 3, 4, 17)),
    (
        "an order received after close of business is due the next business day",
        at(2026, 3, 3, 18, 30),
        at(2026, 3, 4, 17),
    ),
    ("a Friday afternoon order is due Monday", at(2026, 3, 6, 15, 0), at(2026, 3, 9, 17)),
    ("a Friday morning order is due Friday", at(2026, 3, 6, 8, 0), at(2026, 3, 6, 17)),
    ("a Saturday order is due Monday at close of business", at(2026, 3, 7, 10, 0), at(2026, 3, 9, 17)),
    # 2026-07-03 (Fri) is the observed Independence Day holiday; 2026-07-02 is a Thursday.
    (
        "an afternoon order before a federal holiday skips the holiday and weekend",
        at(2026, 7, 2, 13, 0),
        at(2026, 7, 6, 17),
    ),
    ("a morning order before a federal holiday is due the same day", at(2026, 7, 2, 9, 0), at(2026, 7, 2, 17)),
    # 2026-11-26 is Thanksgiving (Thursday).
    ("an order received on Thanksgiving is due Friday", at(2026, 11, 26, 9, 0), at(2026, 11, 27, 17)),
    ("a Wednesday afternoon order before Thanksgiving is due Friday", at(2026, 11, 25, 13, 0), at(2026, 11, 27, 17)),
]


@pytest.mark.parametrize(("sentence", "received", "deadline"), CASES, ids=[c[0] for c in CASES])
def test_entry_deadline(sentence, received, deadline):
    assert entry_deadline(received) == deadline


def test_an_order_entered_exactly_at_close_of_business_is_on_time():
    assert entered_on_time(received_at=at(2026, 3, 3, 9), entered_at=at(2026, 3, 3, 17, 0))


def test_an_order_entered_a_minute_after_close_of_business_is_late():
    assert not entered_on_time(received_at=at(2026, 3, 3, 9), entered_at=at(2026, 3, 3, 17, 1))
