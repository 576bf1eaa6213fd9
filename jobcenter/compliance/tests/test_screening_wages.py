"""Substandard wages: both sides of each minimum and of each date change, and the unit conversions.

Sources: manual, Substandard Orders; FLSA 29 U.S.C. 206(a)(1) ($7.25 since 2009-07-24), 203(m) (tipped);
RSMo 290.502 (Missouri $13.75 from 2025-01-01, $15.00 from 2026-01-01; tipped cash wage 50%);
40 O.S. 197.2 (Oklahoma: under 10 full-time employees and sales of $100,000 or less -> $2.00, when the FLSA
does not apply, i.e. sales under $500,000). The received date is the local (America/Chicago) date.
"""

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter.compliance.screening import screen_job_order
from jobcenter.compliance.screening.rules import hourly_rate
from jobcenter.compliance.tests.screening_orders import make_order

OK_SMALL = {"worksite": {"city": "Tulsa", "state": "OK", "zip": "74103"}, "employer.state": "OK"}

WAGE_CASES = [
    # Missouri 2025 -> 2026: $13.75 then $15.00
    (
        "$13.75 on the last day of 2025 meets Missouri's $13.75",
        "2025-12-31T16:00:00-06:00",
        {"wage": {"min": "13.75", "unit": "hour"}},
        "accept",
    ),
    (
        "$13.74 on the last day of 2025 is below Missouri's $13.75",
        "2025-12-31T16:00:00-06:00",
        {"wage": {"min": "13.74", "unit": "hour"}},
        "reject",
    ),
    (
        "$14.99 on the last day of 2025 is above Missouri's $13.75",
        "2025-12-31T16:00:00-06:00",
        {"wage": {"min": "14.99", "unit": "hour"}},
        "accept",
    ),
    (
        "$14.99 on the first day of 2026 is below Missouri's $15.00",
        "2026-01-01T08:00:00-06:00",
        {"wage": {"min": "14.99", "unit": "hour"}},
        "reject",
    ),
    (
        "$15.00 on the first day of 2026 meets Missouri's $15.00",
        "2026-01-01T08:00:00-06:00",
        {"wage": {"min": "15.00", "unit": "hour"}},
        "accept",
    ),
    (
        "an order received 05:30 UTC on 1 January 2026 is still 31 December in Missouri",
        "2026-01-01T05:30:00Z",
        {"wage": {"min": "14.99", "unit": "hour"}},
        "accept",
    ),
    # conversions at 40 hours a week, 2026 ($15.00 an hour)
    (
        "$600 a week for 40 hours is $15.00 an hour",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 600, "unit": "week"}},
        "accept",
    ),
    (
        "$599 a week for 40 hours is below $15.00",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 599, "unit": "week"}},
        "reject",
    ),
    (
        "$1,200 every two weeks for 40 hours is $15.00 an hour",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 1200, "unit": "biweek"}},
        "accept",
    ),
    (
        "$1,199 every two weeks for 40 hours is below $15.00",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 1199, "unit": "biweek"}},
        "reject",
    ),
    (
        "$2,600 a month for 40 hours is $15.00 an hour (x12/52)",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 2600, "unit": "month"}},
        "accept",
    ),
    (
        "$2,599 a month for 40 hours is below $15.00",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 2599, "unit": "month"}},
        "reject",
    ),
    (
        "$31,200 a year for 40 hours is $15.00 an hour",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 31200, "unit": "year"}},
        "accept",
    ),
    (
        "$31,199 a year for 40 hours is below $15.00",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 31199, "unit": "year"}},
        "reject",
    ),
    (
        "$450 a week for 30 part-time hours is $15.00 an hour",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 450, "unit": "week"}, "hours_per_week": 30},
        "accept",
    ),
    (
        "$449 a week for 30 part-time hours is below $15.00",
        "2026-03-02T09:00:00-06:00",
        {"wage": {"min": 449, "unit": "week"}, "hours_per_week": 30},
        "reject",
    ),
    # tipped: Missouri cash wage 50% of the state minimum ($7.50 in 2026)
    (
        "a tipped cash wage of $7.50 in 2026 meets Missouri's tipped minimum",
        "2026-03-02T09:00:00-06:00",
        {"tipped": True, "wage": {"min": "7.50", "unit": "hour"}},
        "accept",
    ),
    (
        "a tipped cash wage of $7.49 in 2026 is below Missouri's tipped minimum",
        "2026-03-02T09:00:00-06:00",
        {"tipped": True, "wage": {"min": "7.49", "unit": "hour"}},
        "reject",
    ),
    # Oklahoma small employer (40 O.S. 197.2): 9 employees, $80,000 sales -> $2.00
    (
        "an Oklahoma small employer may pay $2.00",
        "2026-03-02T09:00:00-06:00",
        {**OK_SMALL, "employer.employees": 9, "employer.annual_sales": 80000, "wage": {"min": "2.00", "unit": "hour"}},
        "accept",
    ),
    (
        "an Oklahoma small employer may not pay $1.99",
        "2026-03-02T09:00:00-06:00",
        {**OK_SMALL, "employer.employees": 9, "employer.annual_sales": 80000, "wage": {"min": "1.99", "unit": "hour"}},
        "reject",
    ),
    (
        "an Oklahoma employer with 10 employees is not small: $5.00 is below $7.25",
        "2026-03-02T09:00:00-06:00",
        {**OK_SMALL, "employer.employees": 10, "employer.annual_sales": 80000, "wage": {"min": "5.00", "unit": "hour"}},
        "reject",
    ),
    (
        "an Oklahoma employer with $100,000 sales is still small: $5.00 is enough",
        "2026-03-02T09:00:00-06:00",
        {**OK_SMALL, "employer.employees": 9, "employer.annual_sales": 100000, "wage": {"min": "5.00", "unit": "hour"}},
        "accept",
    ),
    (
        "an Oklahoma employer with $100,001 sales is not small: $5.00 is below $7.25",
        "2026-03-02T09:00:00-06:00",
        {**OK_SMALL, "employer.employees": 9, "employer.annual_sales": 100001, "wage": {"min": "5.00", "unit": "hour"}},
        "reject",
    ),
    (
        "an Oklahoma employer of unknown size pays at least $7.25",
        "2026-03-02T09:00:00-06:00",
        {
            **OK_SMALL,
            "employer.employees": None,
            "employer.annual_sales": None,
            "wage": {"min": "7.24", "unit": "hour"},
        },
        "reject",
    ),
    (
        "an Oklahoma employer of unknown size at $7.25 is accepted",
        "2026-03-02T09:00:00-06:00",
        {
            **OK_SMALL,
            "employer.employees": None,
            "employer.annual_sales": None,
            "wage": {"min": "7.25", "unit": "hour"},
        },
        "accept",
    ),
    # a state with no minimum on file: federal only
    (
        "a Kansas worksite at $7.25 meets the federal minimum",
        "2026-03-02T09:00:00-06:00",
        {"worksite": {"city": "Olathe", "state": "KS", "zip": "66061"}, "wage": {"min": "7.25", "unit": "hour"}},
        "accept",
    ),
    (
        "a Kansas worksite at $7.24 is below the federal minimum",
        "2026-03-02T09:00:00-06:00",
        {"worksite": {"city": "Olathe", "state": "KS", "zip": "66061"}, "wage": {"min": "7.24", "unit": "hour"}},
        "reject",
    ),
]


@pytest.mark.parametrize(
    ("received_at", "changes", "decision"), [pytest.param(r, c, d, id=n) for n, r, c, d in WAGE_CASES]
)
def test_minimum_wage_screening(received_at, changes, decision):
    result = screen_job_order(make_order({"received_at": received_at, **changes}))
    assert result.decision == decision, [f.message for f in result.findings]
    assert set(result.rule_ids()) == ({"substandard-wage"} if decision == "reject" else set())


def test_the_substandard_message_explains_the_conversion_and_the_minimum():
    result = screen_job_order(make_order({"wage": {"min": 500, "unit": "week"}}))
    (finding,) = result.findings
    assert finding.field == "wage.min"
    assert finding.matched == "$500.00 per week at 40 hours a week = $12.50 an hour"
    assert "$15.00 an hour" in finding.message and "MO minimum wage $15.00" in finding.message


def test_an_explicit_as_of_overrides_the_received_date():
    order = make_order({"received_at": "2026-03-02T09:00:00-06:00", "wage": {"min": "14.00", "unit": "hour"}})
    assert screen_job_order(order).decision == "reject"
    assert screen_job_order(order, as_of=dt.date(2025, 6, 1)).decision == "accept"


@pytest.mark.parametrize(
    ("amount", "unit", "hours", "hourly"),
    [
        (Decimal("15"), "hour", None, Decimal("15")),
        (Decimal("600"), "week", Decimal("40"), Decimal("15")),
        (Decimal("1200"), "biweek", Decimal("40"), Decimal("15")),
        (Decimal("2600"), "month", Decimal("40"), Decimal("15")),  # 2600 x 12 / 52 = 600 a week
        (Decimal("31200"), "year", Decimal("40"), Decimal("15")),  # 31200 / 52 = 600 a week
        (Decimal("3"), "piece", Decimal("40"), None),
        (Decimal("0"), "commission", Decimal("40"), None),
    ],
)
def test_wages_convert_to_an_hourly_rate(amount, unit, hours, hourly):
    assert hourly_rate(amount, unit, hours) == hourly
