"""The one guard every transition that puts a job order online goes through (issue #9).

``job_order_put_online`` is the only caller of the ``open`` and ``release`` transitions: it checks, as of now,

* the employer is active (verified by CSU, not discontinued) and, for orders entered by an employer user, has
  accepted the current Terms of Service (manual: Employers; Employer - Policy & Terms of Service);
* no investigation of the order is open: a CSU fraud investigation (manual: Suspected Fraudulent Job Orders) or
  a labor dispute reported for it that the Regional Manager has not decided (20 CFR 652.9(c));
* screening re-run today accepts the order (the rules in force today, disputes in the registry today).
  Findings a person already decided are waived: a supervisor's dismissal of a suspected violation
  (refer_supervisor findings), a cleared CSU fraud investigation (``suspected-fraud``), and a Regional
  Manager's finding that a reported dispute is not confirmed (``labor-dispute-mentioned``).

The model's ``open``/``release`` transitions carry a condition that only this guard satisfies, so a future path
that calls them directly is refused (``TransitionNotAllowed``/``can_proceed`` false).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from jobcenter.joborders import constants
from jobcenter.joborders.choices import DisputeStatus, FraudStatus, HoldReason, ScreeningDecision
from jobcenter.joborders.models import JobOrder, ScreeningRecord
from jobcenter.joborders.services._common import D, S, _transition, employer_note_add
from jobcenter.joborders.signals import order_opened

OPENING = (D.ACCEPT, D.ACCEPT_WITH_NOTICE)


@dataclass
class OnlineCheck:
    """The guard's answer: may the order go online now, and if not, why (staff-facing reasons)."""

    ok: bool
    reasons: list[str] = field(default_factory=list)
    record: ScreeningRecord | None = None
    decision: str = ""

    @property
    def message(self) -> str:
        return constants.ONLINE_BLOCKED.format(reasons="; ".join(self.reasons) + ".")


def waived_rules(order: JobOrder) -> set[str]:
    """Rules whose findings a person already decided for this order (see the module docstring)."""
    waived: set[str] = set()
    if order.fraud_cases.filter(status=FraudStatus.CLEARED).exists():
        waived.add("suspected-fraud")
    dispute = order.hold_dispute
    if dispute is not None and dispute.status == DisputeStatus.NOT_CONFIRMED:
        waived.add("labor-dispute-mentioned")
    notices = [n for r in order.screenings.all() for n in (r.notices or [])]
    if constants.ENTERED_BY_FLC in notices:
        waived.update({"visa-h2a", "visa-h2b"})  # the FLC coordinator entered it (ADR 0014)
    if constants.NOT_FOREIGN_LABOR in notices and order.visa_program == "none":
        waived.update(constants.FOREIGN_LABOR_RULES)  # the FLC coordinator found it is not H-2A/H-2B
    return waived


def effective_decision(order: JobOrder, decision: str, findings: list[dict], notices: list) -> str:
    """The decision after waivers: the stored decision when nothing is waived, else the most severe finding not
    waived (ADR 0013 order), or accept."""
    from jobcenter.compliance.screening.types import SEVERITY_RANK

    waived = waived_rules(order)

    def is_waived(f: dict) -> bool:
        return f.get("rule") in waived or (order.supervisor_cleared and f.get("severity") == D.REFER_SUPERVISOR)

    if not any(is_waived(f) for f in findings):
        return decision
    left = [f for f in findings if not is_waived(f)]
    decision = min((f["severity"] for f in left), key=SEVERITY_RANK.__getitem__, default=D.ACCEPT)
    if decision == D.ACCEPT and notices:
        decision = D.ACCEPT_WITH_NOTICE
    return decision


def _terms_required(order: JobOrder) -> bool:
    creator = order.created_by
    return getattr(creator, "role", None) == "employer"


def job_order_online_check(*, order: JobOrder, actor, record: ScreeningRecord | None = None) -> OnlineCheck:
    """Check, as of now, whether ``order`` may go online. Re-runs screening (stored as a ``ScreeningRecord``)
    unless ``record`` is a run made in this same request."""
    from jobcenter.employers.selectors import employer_has_accepted_current_terms

    order.employer.refresh_from_db()
    reasons: list[str] = []
    if not order.employer.is_active:
        reasons.append(constants.ONLINE_EMPLOYER_NOT_ACTIVE)
    elif _terms_required(order) and not employer_has_accepted_current_terms(order.employer):
        reasons.append(constants.ONLINE_TERMS_NOT_ACCEPTED)
    if order.fraud_cases.filter(status=FraudStatus.OPEN).exists():
        reasons.append(constants.ONLINE_FRAUD_OPEN)
    if order.hold_dispute is not None and order.hold_dispute.status == DisputeStatus.REPORTED:
        reasons.append(constants.ONLINE_DISPUTE_REPORTED)
    if record is None:
        from jobcenter.joborders.services.screening import job_order_screen_now

        record = job_order_screen_now(order=order, actor=actor)
    decision = effective_decision(order, record.decision, record.findings, record.notices)
    if decision not in OPENING:
        rules = ", ".join(sorted({str(f.get("rule")) for f in record.findings if f.get("rule")})) or "none"
        reasons.append(
            constants.ONLINE_SCREENING.format(decision=ScreeningDecision(decision).label.lower(), rules=rules)
        )
    return OnlineCheck(ok=not reasons, reasons=reasons, record=record, decision=decision)


@transaction.atomic
def job_order_put_online(
    *, order: JobOrder, actor, text: str, verb: str | None = None, record: ScreeningRecord | None = None
) -> OnlineCheck:
    """Put ``order`` online (``open`` from screening, ``release`` from on hold) if the guard allows it now.
    Returns the check; the order is unchanged when ``check.ok`` is false (callers decide what follows). Once the
    change commits, ``signals.order_opened`` is sent (job notifications to qualified seekers, ADR 0032)."""
    check = job_order_online_check(order=order, actor=actor, record=record)
    if not check.ok:
        return check
    name = "open" if order.status == S.SCREENING else "release"
    order._online_guard_passed = True
    try:
        _transition(order, name, actor=actor, verb=verb or ("opened" if name == "open" else "released"), text=text)
    finally:
        order._online_guard_passed = False
    transaction.on_commit(lambda: order_opened.send(sender=JobOrder, order=order))
    return check


@transaction.atomic
def job_order_try_release(*, order: JobOrder, actor, text: str) -> OnlineCheck:
    """After the decision that caused a hold (dispute ended or not confirmed, fraud cleared): put the order back
    online through the guard, or keep it on hold for the remaining reasons, noted on the employer's record."""
    check = job_order_put_online(order=order, actor=actor, text=text)
    if not check.ok and order.status == S.ON_HOLD:
        if order.hold_reason != HoldReason.SCREENING and not _open_investigation(order):
            order.hold_reason = HoldReason.SCREENING
            order.save(update_fields=["hold_reason", "updated_at"])
        employer_note_add(
            employer=order.employer,
            job_order=order,
            kind="joborders.order.release_blocked",
            text=constants.ONLINE_STAYS_ON_HOLD.format(reasons="; ".join(check.reasons) + "."),
            actor=actor,
        )
    return check


def _open_investigation(order: JobOrder) -> bool:
    if order.fraud_cases.filter(status=FraudStatus.OPEN).exists():
        return True
    return order.hold_dispute is not None and order.hold_dispute.status in (
        DisputeStatus.REPORTED,
        DisputeStatus.VERIFIED,
    )


__all__ = [
    "OnlineCheck",
    "effective_decision",
    "job_order_online_check",
    "job_order_put_online",
    "job_order_try_release",
    "waived_rules",
]
