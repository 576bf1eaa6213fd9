"""Quarterly earnings from what a respondent reports (federal-specs 2.4, wage conversion chart; policy B).

Only wages actually paid in the reference quarter count, never projected amounts (policy B; OWDI 07-2018).
When a rate rather than a quarterly total is known, the chart converts it: hourly x average hours per week x 13,
weekly x 13, every two weeks x 6.5, monthly x 3, yearly / 4. Money is ``Decimal`` rounded half-up to the cent.
Self-employment earnings are gross receipts minus expenses (policy, Required Documentation).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jobcenter.followup.choices import WagePeriod

CENT = Decimal("0.01")

# The multipliers of the chart (federal-specs 2.4: TEGL 26-16 wage conversion chart).
CHART = {
    WagePeriod.WEEKLY: Decimal("13"),
    WagePeriod.BIWEEKLY: Decimal("6.5"),
    WagePeriod.MONTHLY: Decimal("3"),
}


class EarningsError(ValueError):
    """The reported figures cannot give quarterly earnings."""


def to_cents(amount: Decimal) -> int:
    """Whole cents of a dollar amount (half-up)."""
    return int((amount.quantize(CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def quarterly_earnings(*, amount: Decimal, period: str, hours_per_week: Decimal | None = None) -> Decimal:
    """Quarterly earnings in dollars, exact to the cent.

    >>> quarterly_earnings(amount=Decimal("7.25"), period="hourly", hours_per_week=Decimal("32"))
    Decimal('3016.00')
    """
    amount = Decimal(amount)
    if amount < 0:
        raise EarningsError("A wage cannot be negative.")
    if period == WagePeriod.QUARTER:
        result = amount
    elif period == WagePeriod.HOURLY:
        if hours_per_week is None or Decimal(hours_per_week) <= 0:
            raise EarningsError("An hourly wage needs the average hours worked each week.")
        result = amount * Decimal(hours_per_week) * 13
    elif period in CHART:
        result = amount * CHART[period]
    elif period == WagePeriod.YEARLY:
        result = amount / 4
    else:
        raise EarningsError(f"Unknown wage period {period!r}.")
    return result.quantize(CENT, rounding=ROUND_HALF_UP)


def self_employment_earnings(*, gross_receipts: Decimal, expenses: Decimal) -> Decimal:
    """Net profit for the quarter: gross receipts minus total expenses (a loss gives 0; nothing was earned)."""
    net = Decimal(gross_receipts) - Decimal(expenses)
    return max(net, Decimal("0")).quantize(CENT, rounding=ROUND_HALF_UP)
