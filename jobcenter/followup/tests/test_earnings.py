"""Quarterly earnings by the wage conversion chart (federal-specs 2.4; TEGL 26-16), exact to the cent."""

from decimal import Decimal

import pytest

from jobcenter.followup.earnings import EarningsError, quarterly_earnings, self_employment_earnings, to_cents

D = Decimal


@pytest.mark.parametrize(
    ("amount", "period", "hours", "expected"),
    [
        # The spec's example: $7.25 x 32 hours x 13 weeks = $3,016.00
        ("7.25", "hourly", "32", "3016.00"),
        ("15.33", "hourly", "37.5", "7473.38"),  # 15.33 x 37.5 x 13 = 7473.375 -> half-up 7473.38
        ("612.40", "weekly", None, "7961.20"),  # x 13
        ("1234.57", "biweekly", None, "8024.71"),  # x 6.5 = 8024.705 -> 8024.71
        ("2500.00", "monthly", None, "7500.00"),  # x 3
        ("41000.00", "yearly", None, "10250.00"),  # / 4
        ("30001.00", "yearly", None, "7500.25"),  # / 4 = 7500.25
        ("6875.43", "quarter", None, "6875.43"),  # a total actually paid is used as is
    ],
)
def test_the_chart_converts_a_rate_to_quarterly_earnings(amount, period, hours, expected):
    got = quarterly_earnings(amount=D(amount), period=period, hours_per_week=D(hours) if hours else None)
    assert got == D(expected)
    assert isinstance(got, Decimal)


def test_an_hourly_wage_without_hours_cannot_be_converted():
    with pytest.raises(EarningsError):
        quarterly_earnings(amount=D("12"), period="hourly", hours_per_week=None)


def test_self_employment_earnings_are_gross_receipts_minus_expenses():
    assert self_employment_earnings(gross_receipts=D("9800.50"), expenses=D("3120.25")) == D("6680.25")


def test_a_self_employment_loss_is_no_earnings():
    assert self_employment_earnings(gross_receipts=D("1000"), expenses=D("1500")) == D("0.00")


def test_cents_are_whole_numbers():
    assert to_cents(D("3016.00")) == 301600
    assert to_cents(D("0.005")) == 1
