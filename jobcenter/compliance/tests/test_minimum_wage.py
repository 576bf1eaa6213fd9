"""Minimum wage parameters and the applicable-minimum rule, on both sides of every effective date.

Citations: FLSA 29 U.S.C. 206(a)(1), 203(m)(2)(A); RSMo 290.502/290.512; 40 O.S. 197.2/197.4;
federal-specs.md section 4.
"""

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter.compliance.minimum_wage import applicable_minimum_wage
from jobcenter.core.parameters import ParameterError, param, param_entry

D = dt.date

# (parameter, keys, day before, value before, effective day, value from)
DATE_EDGES = [
    ("minimum_wage.federal", {}, D(2009, 7, 23), "6.55", D(2009, 7, 24), "7.25"),
    ("minimum_wage.state", {"state": "MO"}, D(2019, 12, 31), "8.60", D(2020, 1, 1), "9.45"),
    ("minimum_wage.state", {"state": "MO"}, D(2020, 12, 31), "9.45", D(2021, 1, 1), "10.30"),
    ("minimum_wage.state", {"state": "MO"}, D(2021, 12, 31), "10.30", D(2022, 1, 1), "11.15"),
    ("minimum_wage.state", {"state": "MO"}, D(2022, 12, 31), "11.15", D(2023, 1, 1), "12.00"),
    ("minimum_wage.state", {"state": "MO"}, D(2023, 12, 31), "12.00", D(2024, 1, 1), "12.30"),
    ("minimum_wage.state", {"state": "MO"}, D(2024, 12, 31), "12.30", D(2025, 1, 1), "13.75"),
    ("minimum_wage.state", {"state": "MO"}, D(2025, 12, 31), "13.75", D(2026, 1, 1), "15.00"),
]


@pytest.mark.parametrize(("name", "keys", "before", "v_before", "on", "v_on"), DATE_EDGES)
def test_minimum_wage_changes_exactly_on_its_effective_date(name, keys, before, v_before, on, v_on):
    assert param(name, as_of=before, **keys) == Decimal(v_before)
    assert param(name, as_of=on, **keys) == Decimal(v_on)


@pytest.mark.parametrize("year", range(2020, 2027))
def test_oklahoma_state_minimum_equals_the_federal_rate_every_year(year):
    for day in (D(year, 1, 1), D(year, 12, 31)):
        assert param("minimum_wage.state", as_of=day, state="OK") == Decimal("7.25")


def test_unconfirmed_and_derived_values_are_marked():
    assert param_entry("minimum_wage.state", as_of=D(2024, 6, 1), state="MO").status == "unconfirmed"
    assert param_entry("minimum_wage.state", as_of=D(2021, 6, 1), state="MO").status == "derived"
    assert param_entry("minimum_wage.state", as_of=D(2026, 6, 1), state="MO").status == "verified"


def test_asking_before_the_first_value_is_an_error_not_a_guess():
    with pytest.raises(ParameterError, match="no value on 2018-12-31"):
        param("minimum_wage.state", as_of=D(2018, 12, 31), state="MO")


def test_a_state_without_a_table_is_an_error():
    with pytest.raises(ParameterError, match="no values"):
        param("minimum_wage.state", as_of=D(2025, 1, 1), state="ZZ")


# --- the applicable minimum -------------------------------------------------------------------

BIG = {"employees": 200, "annual_sales": 20_000_000}


@pytest.mark.parametrize(
    ("state", "day", "kwargs", "expected"),
    [
        # Missouri: the state rate is above the federal one, so it governs (max of the two).
        ("MO", D(2025, 12, 31), BIG, "13.75"),
        ("MO", D(2026, 1, 1), BIG, "15.00"),
        # Missouri tipped: 50% of the state minimum (2025: 6.875 -> 6.88; 2026: 7.50) beats the federal $2.13.
        ("MO", D(2025, 12, 31), {**BIG, "tipped": True}, "6.88"),
        ("MO", D(2026, 1, 1), {**BIG, "tipped": True}, "7.50"),
        ("MO", D(2024, 6, 1), {**BIG, "tipped": True}, "6.15"),
        # Oklahoma: federal $7.25 for a large employer.
        ("OK", D(2026, 1, 1), BIG, "7.25"),
        # Oklahoma small employer (9 full-time, $100,000 sales) not FLSA-enterprise-covered: $2.00 state minimum.
        ("OK", D(2026, 1, 1), {"employees": 9, "annual_sales": 100_000}, "2.00"),
        # ...10 full-time employees: full rate (threshold is "at least 10"), but still below FLSA enterprise coverage.
        ("OK", D(2026, 1, 1), {"employees": 10, "annual_sales": 100_000}, "7.25"),
        # ...sales $100,001: full rate.
        ("OK", D(2026, 1, 1), {"employees": 9, "annual_sales": 100_001}, "7.25"),
        # ...unknown size never lowers the minimum.
        ("OK", D(2026, 1, 1), {}, "7.25"),
        # Oklahoma tipped: the higher of FLSA $2.13 and 50% of $7.25 = $3.63 (unconfirmed share).
        ("OK", D(2026, 1, 1), {**BIG, "tipped": True}, "3.63"),
    ],
)
def test_applicable_minimum_wage(state, day, kwargs, expected):
    result = applicable_minimum_wage(state=state, as_of=day, **kwargs)
    assert result.hourly == Decimal(expected), result.basis


def test_missouri_small_retail_business_is_exempt_from_the_state_rate_but_flsa_still_applies_above_500k():
    # $499,999 retail: exempt from the Missouri rate and below FLSA enterprise coverage -> no minimum assumed.
    small = applicable_minimum_wage(state="MO", as_of=D(2026, 1, 1), annual_sales=499_999, retail_or_service=True)
    assert small.state is None and small.federal is None
    assert small.unconfirmed is True
    assert any("exempt" in b for b in small.basis)
    # $500,000: not exempt.
    edge = applicable_minimum_wage(state="MO", as_of=D(2026, 1, 1), annual_sales=500_000, retail_or_service=True)
    assert edge.hourly == Decimal("15.00")


def test_the_determination_explains_itself_with_citations():
    result = applicable_minimum_wage(state="MO", as_of=D(2026, 3, 1), **BIG)
    assert "29 U.S.C. 206(a)(1)" in result.citations and "RSMo 290.502" in result.citations
    assert any("$15.00" in b for b in result.basis)
