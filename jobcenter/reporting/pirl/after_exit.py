"""Occupational codes of employment after exit (PIRL 1610, 1612, 1613) from the exchange's referrals.

DOL PIRL public-use record layout PY2022 Q4 (federal-specs 1.5): the 8-digit O*NET code of the participant's
employment after exit (1610, "any job held after exit ... If the individual had multiple jobs, use the
occupational code for the most recent job held") and of the employment in the 2nd (1612) and 4th (1613) quarter
after the exit quarter. "Leave blank if occupational code is not available or not known."

What the exchange knows of a job after exit: a referral the employer reported as a hire (the job order's O*NET-SOC
code, from the day of the hire), and a source document accepted in the supplemental wage follow-up that shows
employment in a quarter after exit with the job's O*NET-SOC code (TEGL 26-16; ADR 0039). 1612 / 1613: the code on
an accepted document for that calendar quarter, else the most recent hire dated within it (the document is proof
of the job held in the quarter; a hire only of its start). 1610: the most recent of the hires after the exit date
and the documented quarters (a documented quarter counts from its first day), up to the end of the report quarter.
A hire into an order without an O*NET-SOC code, a document without one, or none of them leaves the element blank;
a job found only in the wage records has no occupation and is not guessed (ADR 0041).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from jobcenter.referrals.choices import ReferralStatus
from jobcenter.referrals.models import Referral
from jobcenter.reporting.pirl.elements import OCCUPATION_AFTER_EXIT
from jobcenter.reporting.pirl.entry import onet_digits
from jobcenter.reporting.quarters import Quarter


def hires(seeker_ids, *, last: dt.date) -> dict[int, list[tuple[dt.date, str]]]:
    """Per person: (day hired, O*NET-SOC code of the order) of each hire reported on or before ``last`` into a job
    order with a code, oldest first."""
    out: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    rows = (
        Referral.objects.filter(
            seeker_id__in=seeker_ids, status=ReferralStatus.HIRED, outcome_on__isnull=False, outcome_on__lte=last
        )
        .exclude(job_order__soc_code="")
        .values_list("seeker_id", "outcome_on", "job_order__soc_code")
        .order_by("outcome_on", "id")
    )
    for seeker_id, hired_on, code in rows:
        out[seeker_id].append((hired_on, code))
    return out


def documented(supplemental: dict) -> dict[int, dict[Quarter, str]]:
    """Per person: the O*NET-SOC code of each quarter with an accepted document showing employment (from the
    supplemental wage facts by (seeker id, quarter))."""
    out: dict[int, dict[Quarter, str]] = defaultdict(dict)
    for (seeker_id, q), fact in supplemental.items():
        if fact.employed and fact.onet_code:
            out[seeker_id][q] = fact.onet_code
    return out


def apply(
    row: dict,
    facts: list[tuple[dt.date, str]],
    *,
    exit_date: dt.date | None,
    last: dt.date,
    documents: dict[Quarter, str] | None = None,
) -> None:
    """Fill 1610, 1612 and 1613 of one exiter's record (blank without an exit); ``last`` ends the report quarter."""
    if not exit_date:
        return
    exit_q = Quarter.of(exit_date)
    docs = {q: code for q, code in (documents or {}).items() if exit_q < q and q.start <= last}
    after = [(day, code) for day, code in facts if day > exit_date]
    for k, column in OCCUPATION_AFTER_EXIT.items():
        if k is None:
            chosen = sorted(after + [(q.start, code) for q, code in docs.items()], key=lambda fact: fact[0])
        elif exit_q + k in docs:
            chosen = [(exit_q.start, docs[exit_q + k])]
        else:
            q = exit_q + k
            chosen = [(day, code) for day, code in after if q.start <= day <= q.end]
        row[column] = onet_digits(chosen[-1][1]) if chosen else ""
