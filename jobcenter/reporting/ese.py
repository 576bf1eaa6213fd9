"""Effectiveness in Serving Employers for the state, from job orders and employer services.

* Retention with the same employer (the ESE indicator of 89 FR 13814, TEGL 10-16 Chg 3) comes from wage data:
  see ``indicators`` (PIRL 1618).
* Repeat business customers and employer penetration (the TEGL 10-16 Chg 1 pilot approaches, kept as state
  measures; definitions marked unconfirmed [U] in federal-specs 2, so their numbers are dated parameters with
  ``status: unconfirmed`` and citations, shown as such on the parameters page):
  - repeat business customers = employers served in the four quarters ending the report quarter that were also
    served in the years before them (dated parameter ``reporting.repeat_business_prior_years``, 3), divided by
    the employers served in those years;
  - employer penetration = employers served in the four quarters ending the report quarter, divided by the
    establishments in the state (dated parameter ``reporting.state_establishments``, BLS QCEW).
  An employer is served when it receives an employer service or a job order of it is received.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from jobcenter.cases.models import EmployerService
from jobcenter.core.parameters import ParameterError, param, param_entry
from jobcenter.joborders.models import JobOrder
from jobcenter.reporting.indicators import rate
from jobcenter.reporting.quarters import Quarter, rolling_window

CITATION = "TEGL 10-16 Change 1 (ESE pilot approaches; definitions unconfirmed); federal-specs 2"


def employers_served(first: dt.date, last: dt.date) -> set[int]:
    """Ids of employers with an employer service or a job order received between ``first`` and ``last``."""
    served = set(
        EmployerService.objects.filter(service_date__range=(first, last)).values_list("employer_id", flat=True)
    )
    served |= set(JobOrder.objects.filter(received_at__date__range=(first, last)).values_list("employer_id", flat=True))
    return served


def employer_measures(*, report: Quarter) -> dict:
    """Repeat business customers and employer penetration for the state, with the employers behind them."""
    window = rolling_window(report, lag_quarters=0)
    # TEGL 10-16 Chg 1 pilot definition, unconfirmed (federal-specs 2): a dated parameter, not a constant.
    prior_years = int(param("reporting.repeat_business_prior_years", as_of=window.last))
    prior_first = _years_before(window.first, prior_years)
    now = employers_served(window.first, window.last)
    prior = employers_served(prior_first, window.first - dt.timedelta(days=1))
    repeat = now & prior
    out = {
        "window": [window.first.isoformat(), window.last.isoformat()],
        "prior_window": [prior_first.isoformat(), (window.first - dt.timedelta(days=1)).isoformat()],
        "repeat_business_customers": {
            "numerator": len(repeat),
            "denominator": len(prior),
            "value": _str(rate(len(repeat), len(prior))),
            "members": {"numerator": sorted(repeat), "denominator": sorted(prior)},
        },
    }
    try:
        entry = param_entry("reporting.state_establishments", as_of=window.last, state=settings.JOBCENTER_STATE)
        establishments, status = int(entry.value), entry.status
    except ParameterError:
        establishments, status = 0, "missing"
    out["employer_penetration"] = {
        "numerator": len(now),
        "denominator": establishments,
        "denominator_status": status,
        "value": _str(rate(len(now), establishments, places=3)) if establishments else None,
        "members": {"numerator": sorted(now), "denominator": []},
    }
    return out


def _years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` earlier (windows start on the first of a quarter, so never Feb 29)."""
    return day.replace(year=day.year - years)


def _str(value) -> str | None:
    return None if value is None else str(value)
