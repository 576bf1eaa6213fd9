"""PIRL 1108-1111 (referred to / entered a Federal job or a Federal contractor job) from the exchange's referrals.

DOL PIRL public-use record layout PY2022 Q4 (federal-specs 1.4):

* 1108 / 1110: most recent date referred to / entered into "a job opening filed with a placement office by a
  department or agency of the Federal Government or other entity under the jurisdiction of the U.S. Office of
  Personnel Management";
* 1109 / 1111: the same for "an employer identified as a Federal contractor", for a participant "who is a
  disabled veteran, campaign veteran, or recently separated veteran" (``protected_veteran``).

Which employers are Federal agencies or Federal contractors is recorded by staff on the employer's profile
(``Employer.federal_status``). A referral counts from the day its referral service was recorded on the person's
case (the referral to employment, PIRL 1105); entering the job is the day of the hire. Services recorded from the
catalogue with these elements (a referral outside the exchange) count as well: the most recent date wins.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from jobcenter.cases.choices import ServiceStatus
from jobcenter.employers.choices import FederalStatus
from jobcenter.referrals.choices import ReferralStatus
from jobcenter.referrals.models import Referral
from jobcenter.reporting.pirl.veterans import protected_veteran

_ELEMENTS = {
    FederalStatus.FEDERAL_AGENCY: ("p1108", "p1110"),
    FederalStatus.FEDERAL_CONTRACTOR: ("p1109", "p1111"),
}
_ISSUED = {s for s in ReferralStatus.values if s not in (ReferralStatus.PENDING_REVIEW, ReferralStatus.DENIED)}


def referral_facts(seeker_ids, *, last: dt.date) -> dict[int, list[tuple[str, dt.date, dt.date | None]]]:
    """Per person: (employer's federal status, day referred, day hired or None) for each issued referral to an
    order of a Federal agency or Federal contractor referred on or before ``last``."""
    out: dict[int, list] = defaultdict(list)
    rows = (
        Referral.objects.filter(
            seeker_id__in=seeker_ids,
            status__in=_ISSUED,
            job_order__employer__federal_status__in=list(_ELEMENTS),
            service__status=ServiceStatus.DELIVERED,
            service__service_date__lte=last,
        )
        .values_list(
            "seeker_id", "job_order__employer__federal_status", "service__service_date", "status", "outcome_on"
        )
        .order_by("id")
    )
    for seeker_id, status, referred_on, outcome, outcome_on in rows:
        hired = outcome_on if outcome == ReferralStatus.HIRED and outcome_on and outcome_on <= last else None
        out[seeker_id].append((status, referred_on, hired))
    return out


def apply(row: dict, facts, seeker, *, first: dt.date, last: dt.date) -> None:
    """Fill 1108-1111 of one record from the referrals made between ``first`` and ``last`` (the period)."""

    def covered(day: dt.date) -> bool:
        return protected_veteran(
            disabled=seeker.disabled_veteran or "",
            campaign="1" if seeker.campaign_veteran else "0",
            separated=seeker.military_separation_date,
            on=day,
        )

    for status, referred_on, hired_on in facts:
        if not first <= referred_on <= last:
            continue
        referred_col, entered_col = _ELEMENTS[status]
        contractor = status == FederalStatus.FEDERAL_CONTRACTOR
        if not contractor or covered(referred_on):
            _latest(row, referred_col, referred_on)
        if hired_on and (not contractor or covered(hired_on)):
            _latest(row, entered_col, hired_on)


def _latest(row: dict, column: str, day: dt.date) -> None:
    value = f"{day:%Y%m%d}"
    if value > row.get(column, ""):
        row[column] = value
