"""Effectiveness in Serving Employers state measures from employer services and job orders. Repeat business
customers and employer penetration follow the TEGL 10-16 Chg 1 pilot definitions that federal-specs 2 marks
unconfirmed; their numbers are dated parameters with status unconfirmed."""

import datetime as dt

import pytest

from jobcenter.cases.services import employer_service_record
from jobcenter.cases.tests.factories import make_employer
from jobcenter.core.parameters import param_entry
from jobcenter.reporting.ese import employer_measures
from jobcenter.reporting.quarters import Quarter

pytestmark = pytest.mark.django_db
REPORT = Quarter(2025, 4)  # four quarters 2025-01-01 .. 2025-12-31; prior three years 2022-01-01 .. 2024-12-31


def served(personas, *days):
    employer = make_employer(job_center=personas.center_a)
    for day in days:
        employer_service_record(actor=personas.staff_a, employer=employer, code="recruitment", service_date=day)
    return employer.pk


def test_repeat_business_looks_back_the_parametered_years_on_both_edges(personas):
    first_day = served(personas, dt.date(2022, 1, 1), dt.date(2025, 3, 1))  # first day of the look-back
    too_early = served(personas, dt.date(2021, 12, 31), dt.date(2025, 3, 1))  # the day before it
    new = served(personas, dt.date(2025, 12, 31))  # last day of the report window, never served before
    lapsed = served(personas, dt.date(2024, 12, 31))  # last day of the look-back, not served since
    m = employer_measures(report=REPORT)
    assert m["prior_window"] == ["2022-01-01", "2024-12-31"]
    repeat = m["repeat_business_customers"]
    assert repeat["members"] == {"numerator": [first_day], "denominator": sorted([first_day, lapsed])}
    assert (repeat["numerator"], repeat["denominator"], repeat["value"]) == (1, 2, "50.0")
    assert sorted(m["employer_penetration"]["members"]["numerator"]) == sorted([first_day, too_early, new])


@pytest.mark.parametrize("name", ["reporting.repeat_business_prior_years", "reporting.state_establishments"])
def test_the_unconfirmed_employer_measure_numbers_are_dated_parameters_with_citations(name):
    keys = {"state": "MO"} if name.endswith("establishments") else {}
    entry = param_entry(name, as_of=dt.date(2025, 12, 31), **keys)
    assert entry.status == "unconfirmed"
    from jobcenter.core.parameters import get_parameter

    assert any("TEGL 10-16 Change 1" in r["title"] for r in get_parameter(name).references)
