"""Which minimum wage applies to a job: federal vs state, by date, employer size and tipped rules.

Citations: FLSA 29 U.S.C. 206(a)(1), 203(m)(2)(A), 203(s)(1)(A)(ii); Missouri RSMo 290.500-290.512;
Oklahoma 40 O.S. 197.2, 197.4, 197.16; federal-specs.md section 4. All numbers come from dated parameters
(``jobcenter/compliance/parameters/minimum_wage/``); this module holds only the logic.

The rule (federal-specs section 4): a wage is substandard if it is below the highest minimum that applies
to the employer and worker. Federal coverage is assumed unless the employer's annual sales are known to be
below the FLSA enterprise threshold (individual coverage cannot be assessed from a job order, so the
determination then says so in its notes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from jobcenter.core.parameters import ParameterError, param, param_entry

CENT = Decimal("0.01")


@dataclass
class MinimumWage:
    """The minimum cash wage per hour that applies, with the reasoning a caseworker can read."""

    hourly: Decimal
    federal: Decimal | None
    state: Decimal | None
    tipped: bool
    basis: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    unconfirmed: bool = False


def _money(x: Decimal) -> Decimal:
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def applicable_minimum_wage(
    *,
    state: str,
    as_of: dt.date,
    employees: int | None = None,
    annual_sales: Decimal | int | None = None,
    tipped: bool = False,
    retail_or_service: bool = False,
) -> MinimumWage:
    """Return the minimum hourly cash wage for a job in ``state`` on ``as_of``.

    ``employees`` is full-time employees at the worksite, ``annual_sales`` the employer's annual gross
    sales (None = unknown, which never lowers the minimum). Tipped jobs compare the cash wage.
    """
    state = state.upper()
    basis: list[str] = []
    citations: list[str] = []
    unconfirmed = False

    # Federal (FLSA)
    flsa_threshold = param("minimum_wage.flsa_enterprise_sales_threshold", as_of=as_of)
    federal_applies = annual_sales is None or Decimal(annual_sales) >= flsa_threshold
    federal: Decimal | None = None
    if federal_applies:
        fed = param_entry("minimum_wage.federal", as_of=as_of)
        federal = fed.value
        citations.append("29 U.S.C. 206(a)(1)")
        if tipped:
            tip = param_entry("minimum_wage.federal_tipped_cash_wage", as_of=as_of)
            federal = tip.value
            citations.append("29 U.S.C. 203(m)(2)(A)")
            basis.append(f"Federal tipped cash wage ${_money(federal)} (FLSA tip credit).")
            unconfirmed |= tip.status == "unconfirmed"
        else:
            basis.append(f"Federal minimum wage ${_money(federal)} (FLSA).")
    else:
        basis.append(
            f"Annual sales below ${flsa_threshold:,} (FLSA enterprise coverage); federal minimum not assumed — "
            "individual FLSA coverage may still apply."
        )
        unconfirmed = True

    # State
    state_rate: Decimal | None = None
    try:
        st = param_entry("minimum_wage.state", as_of=as_of, state=state)
    except ParameterError:
        st = None
        basis.append(f"No state minimum wage on file for {state}; federal rules only.")
    if st is not None:
        state_rate = st.value
        unconfirmed |= st.status == "unconfirmed"
        if state == "OK":
            ft_threshold = param("minimum_wage.ok_small_employer_full_time_employees", as_of=as_of)
            sales_threshold = param("minimum_wage.ok_small_employer_annual_sales", as_of=as_of)
            small = (
                employees is not None
                and employees < ft_threshold
                and annual_sales is not None
                and Decimal(annual_sales) <= sales_threshold
            )
            citations.append("40 O.S. 197.2")
            if small:
                state_rate = param("minimum_wage.ok_small_employer_rate", as_of=as_of)
                basis.append(
                    f"Oklahoma small employer (under {ft_threshold} full-time employees and sales of "
                    f"${sales_threshold:,} or less): state minimum ${_money(state_rate)}."
                )
        elif state == "MO":
            citations.append("RSMo 290.502")
            exemption = param_entry("minimum_wage.mo_retail_service_exemption_sales", as_of=as_of)
            if retail_or_service and annual_sales is not None and Decimal(annual_sales) < exemption.value:
                state_rate = None
                unconfirmed |= exemption.status == "unconfirmed"
                basis.append(
                    f"Missouri retail/service business with sales under ${exemption.value:,}: exempt from the "
                    "state minimum wage (RSMo 290.500)."
                )
        if state_rate is not None:
            if tipped:
                share = param_entry("minimum_wage.state_tipped_cash_share", as_of=as_of, state=state)
                unconfirmed |= share.status == "unconfirmed"
                state_rate = _money(state_rate * share.value)
                basis.append(f"{state} tipped cash wage ${state_rate} ({share.value:.0%} of the state minimum).")
            else:
                basis.append(f"{state} minimum wage ${_money(state_rate)}.")

    candidates = [x for x in (federal, state_rate) if x is not None]
    hourly = _money(max(candidates)) if candidates else Decimal("0.00")
    if federal is not None and state_rate is not None:
        basis.append(f"The higher of the two applies: ${hourly}.")
    return MinimumWage(hourly, federal, state_rate, tipped, basis, citations, unconfirmed)
