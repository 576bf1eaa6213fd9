"""Quarters and the rolling cohort windows of federal-specs 2.3 (example: report quarter ending 9/30/2024)."""

import datetime as dt

import pytest

from jobcenter.reporting.quarters import Quarter, rolling_window


@pytest.mark.parametrize("text", ["2025Q4", "2025-Q4", "2025q4", " 2025 Q4 "])
def test_quarters_are_read_in_the_usual_spellings(text):
    assert Quarter.parse(text) == Quarter(2025, 4)


@pytest.mark.parametrize("text", ["2025Q5", "Q4 2025", "", "2025"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):
        Quarter.parse(text)


def test_quarter_arithmetic_crosses_years():
    assert Quarter(2025, 1) - 1 == Quarter(2024, 4)
    assert Quarter(2024, 4) + 2 == Quarter(2025, 2)
    assert Quarter(2025, 4) - Quarter(2024, 4) == 4
    assert Quarter(2024, 1).end == dt.date(2024, 3, 31)
    assert Quarter.of(dt.date(2024, 6, 30)) == Quarter(2024, 2)


# federal-specs 2.3: E = 9/30/2024 -> exited 7/1/2023-6/30/2024; ER Q2 10/1/2022-9/30/2023; ER Q4 4/1/2022-3/31/2023.
@pytest.mark.parametrize(
    ("lag", "first", "last"),
    [
        (0, dt.date(2023, 10, 1), dt.date(2024, 9, 30)),
        (1, dt.date(2023, 7, 1), dt.date(2024, 6, 30)),
        (4, dt.date(2022, 10, 1), dt.date(2023, 9, 30)),
        (6, dt.date(2022, 4, 1), dt.date(2023, 3, 31)),
    ],
)
def test_rolling_windows_match_the_worked_example(lag, first, last):
    window = rolling_window(Quarter(2024, 3), lag_quarters=lag)
    assert (window.first, window.last) == (first, last)
    assert first in window and last in window
    assert first - dt.timedelta(days=1) not in window and last + dt.timedelta(days=1) not in window
