"""Business days skip weekends and federal holidays; the clock can be frozen."""

import datetime as dt

import pytest

from jobcenter.core import calendar, clock

D = dt.date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 11, 20), True),  # Friday
        (D(2026, 11, 21), False),  # Saturday
        (D(2026, 11, 26), False),  # Thanksgiving
        (D(2026, 7, 3), False),  # Independence Day observed (July 4 is a Saturday)
        (D(2026, 12, 25), False),
        (D(2026, 12, 24), True),
    ],
)
def test_business_days(day, expected):
    assert calendar.is_business_day(day) is expected


def test_next_business_day_skips_the_weekend_and_a_monday_holiday():
    assert calendar.next_business_day(D(2026, 1, 16)) == D(2026, 1, 20)  # Fri -> MLK Monday -> Tue


def test_twenty_working_days_across_thanksgiving():
    # 2026-11-02 (Mon) + 20 working days: Nov has Veterans Day (11th) and Thanksgiving (26th).
    assert calendar.add_business_days(D(2026, 11, 2), 20) == D(2026, 12, 2)
    assert calendar.business_days_between(D(2026, 11, 2), D(2026, 12, 2)) == 20
    assert calendar.business_days_between(D(2026, 11, 2), D(2026, 12, 1)) == 19


def test_frozen_clock():
    with clock.frozen(D(2026, 1, 2)) as at:
        assert clock.today() == D(2026, 1, 2)
        assert clock.now() == at
    assert clock.now() != at
