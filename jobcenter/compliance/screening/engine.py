"""Run every rule in force on a job order and combine the findings into one decision."""

from __future__ import annotations

import datetime as dt

from jobcenter.compliance.screening import statistical as _statistical
from jobcenter.compliance.screening.inputs import validate_input
from jobcenter.compliance.screening.rules import RULES
from jobcenter.compliance.screening.types import DECISIONS, SEVERITY_RANK, ScreeningResult


def screen_job_order(data: dict, *, as_of: dt.date | None = None, statistical: bool | None = None) -> ScreeningResult:
    """Screen a job order (a dict in the documented input shape, docs/rules.md) against every rule in force on
    ``as_of`` (default: the local date of ``received_at``). Raises ``ScreeningInputError`` on bad input.

    The decision is the most severe finding in the order reject > route_flc > refer_supervisor > hold >
    not_entered > fix_required > accept_with_notice > accept (ADR 0013); no finding means accept. Findings are
    listed most severe first; notices are listed once each, in that order too. Reads no database and no clock
    beyond ``received_at``, so the same order and date always give the same result.

    With ``statistical`` (default: the dated switch ``joborders.screening_statistical_layer`` on ``as_of``, off:
    ADR 0040 and its amendment), the statistical text layer may add one ``possible-<rule>`` finding of severity
    refer_supervisor for a covered rule whose phrases did not fire: staff review, never a refusal.
    """
    order = validate_input(data)
    as_of = as_of or order["as_of"]
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    outcomes = []
    for position, rule in enumerate(RULES.values()):
        if not rule.in_force(as_of):
            continue
        findings, notices = rule.check(order, as_of)
        for f in findings:
            outcomes.append((SEVERITY_RANK[f.severity], position, f, notices))
    if _statistical.enabled(as_of) if statistical is None else statistical:
        fired = {o[2].rule for o in outcomes}
        for f in _statistical.possible_findings(order, fired):
            outcomes.append((SEVERITY_RANK[f.severity], len(RULES), f, []))
    outcomes.sort(key=lambda o: (o[0], o[1]))
    findings = [o[2] for o in outcomes]
    notices: list[str] = []
    seen_rules: set[int] = set()
    for _rank, position, _f, rule_notices in outcomes:
        if position in seen_rules:
            continue
        seen_rules.add(position)
        for n in rule_notices:
            if n not in notices:
                notices.append(n)
    decision = DECISIONS[outcomes[0][0]] if outcomes else "accept"
    return ScreeningResult(decision=decision, findings=findings, notices=notices)
