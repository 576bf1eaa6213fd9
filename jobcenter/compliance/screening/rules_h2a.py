"""H-2A offered wage: at least the Adverse Effect Wage Rate (20 CFR 655.120(a)), by state and date.

The AEWR is the dated parameter ``joborders.h2a_aewr`` (breakdown by state; values the project could not confirm
are marked ``status: unconfirmed`` in the YAML). The other floors of 655.120(a) (prevailing wage, collective
bargaining rate) are not known to the engine; the federal/state minimum wage is the ``substandard-wage`` rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.rules import MANUAL, Outcome, _finding, _money, hourly_rate, rule, visa_program_of
from jobcenter.core.parameters import ParameterError


def h2a_aewr(*, state: str, as_of: dt.date) -> Decimal | None:
    """The AEWR in force for ``state`` on ``as_of``, or None when the parameter has no value for the state."""
    try:
        return Decimal(str(dated_param("joborders.h2a_aewr", as_of=as_of, state=state)))
    except ParameterError:
        return None


@rule(
    id="h2a-aewr",
    title="H-2A wage below the Adverse Effect Wage Rate",
    citation=f"20 CFR 655.120(a) and (b); {MANUAL}, H-2A and H-2B Job Orders",
    severity="fix_required",
    examples=("H-2A order in Missouri at $16.00 an hour when the AEWR is $18.65",),
    status="unconfirmed",
)
def h2a_aewr_rule(order: dict, as_of: dt.date) -> Outcome:
    """An H-2A order (visa field or text) must offer at least the AEWR of the worksite state on the day of
    screening; below it the employer must raise the wage before the FLC Coordinator enters the order."""
    program, _field, _matched = visa_program_of(order)
    if program != "H-2A":
        return [], []
    wage = order["wage"]
    rate = hourly_rate(wage["min"], wage["unit"], order["hours_per_week"]) if wage["min"] is not None else None
    state = order["worksite"]["state"] or order["employer"]["state"] or ""
    aewr = h2a_aewr(state=state.upper(), as_of=as_of) if state else None
    if rate is None or aewr is None or rate >= aewr:
        return [], []
    offered = f"${_money(rate)} an hour"
    message = C.MESSAGES["h2a-aewr"].format(offered=offered, aewr=_money(aewr), state=state.upper())
    return [_finding("h2a-aewr", message, field="wage.min", matched=offered)], []
