"""Suspected violations (manual: Suspected Violations in the Job Order) and suspected fraud (Suspected
Fraudulent Job Orders)."""

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.accounts.choices import Role
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    HoldReason,
    ViolationRoute,
)
from jobcenter.joborders.models import (
    FraudInvestigation,
    JobOrder,
    ViolationCase,
)
from jobcenter.joborders.services._common import S, _link, _transition, employer_note_add
from jobcenter.joborders.services.ending import job_order_end
from jobcenter.joborders.services.online import job_order_put_online, job_order_try_release


@transaction.atomic
def violation_case_open(*, order: JobOrder, findings: list[dict], actor) -> ViolationCase:
    """Document a suspected violation and refer it to the local supervisor. The route follows the 12-month rule:
    an employer that filed a job order within the last 12 months (parameter
    ``joborders.violation_prior_order_lookback_months``) gets informal resolution; otherwise the supervisor refers
    it in writing to the enforcement agency."""
    from jobcenter.joborders.selectors import employer_orders_within_lookback

    now = clock.now()
    prior = (
        employer_orders_within_lookback(employer=order.employer, as_of=order.received_at, exclude_pk=order.pk)
        .order_by("-received_at")
        .first()
    )
    case = ViolationCase(
        job_order=order,
        employer=order.employer,
        job_center=order.job_center,
        findings=findings,
        route=ViolationRoute.INFORMAL_RESOLUTION if prior else ViolationRoute.WRITTEN_REFERRAL,
        prior_order_at=prior.received_at if prior else None,
        opened_at=now,
        opened_by=actor if getattr(actor, "pk", None) else None,
    )
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action="joborders.violation.opened", actor=actor, obj=case, data={"route": case.route})
    employer_note_add(
        employer=order.employer,
        job_order=order,
        kind="joborders.violation.opened",
        text=f"Suspected violation in {order.number} referred to the supervisor ({case.get_route_display()}).",
        actor=actor,
    )
    notify(
        kind="joborders.violation.opened",
        subject=f"Suspected violation in job order {order.number}",
        body=f"Route: {case.get_route_display()}.",
        link=_link("staff:violation-detail", case.pk),
        obj=case,
        roles=[Role.SUPERVISOR],
        job_center=order.job_center,
    )
    return case


@transaction.atomic
def violation_case_close(
    *, case: ViolationCase, actor, outcome: str, resolution: str, agency: str = ""
) -> ViolationCase:
    """The supervisor closes a suspected-violation case.

    * ``resolve``: resolved informally; the order goes back to draft for the employer's changes (manual: "If the
      employer modifies the job ... the job order is accepted").
    * ``refer``: written referral to the enforcement agency (``agency`` required); the order is denied.
    * ``dismiss``: no violation; the supervisor clears the order, which goes online if the employer is active.
    """
    from jobcenter.accounts.scoping import require

    require(actor, "violations.review")
    if outcome == "refer" and not agency.strip():
        raise ValidationError({"agency": constants.VIOLATION_NEEDS_AGENCY})
    getattr(case, {"resolve": "resolve", "refer": "refer", "dismiss": "dismiss"}[outcome])()
    case.resolution = resolution
    case.agency = agency
    case.closed_by = actor
    case.closed_at = clock.now()
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action=f"joborders.violation.{case.status}", actor=actor, obj=case, data={"agency": agency})
    order = case.job_order
    if order.status == S.ON_HOLD:  # an open order taken off line by an edit (job_order_edit)
        if outcome == "refer":
            job_order_end(
                order=order, name="close", actor=actor, verb="closed", text=f"Referred in writing to {agency}."
            )
        elif outcome == "dismiss":
            order.supervisor_cleared = True
            order.save(update_fields=["supervisor_cleared", "updated_at"])
            job_order_try_release(order=order, actor=actor, text="Supervisor found no violation.")
    if order.status == S.SCREENING:
        if outcome == "resolve":
            _transition(order, "return_for_fixes", actor=actor, verb="returned", text=f"Resolved: {resolution}")
        elif outcome == "refer":
            _transition(order, "deny", actor=actor, verb="denied", text=f"Referred in writing to {agency}.")
        else:
            order.supervisor_cleared = True
            order.save(update_fields=["supervisor_cleared", "updated_at"])
            check = job_order_put_online(order=order, actor=actor, text="Supervisor found no violation.")
            blocking = [r for r in check.reasons if r != constants.ONLINE_EMPLOYER_NOT_ACTIVE]
            if not check.ok and blocking:
                # The supervisor cannot put online what the guard refuses (e.g. a wage below the minimum wage).
                raise ValidationError(constants.ONLINE_BLOCKED.format(reasons="; ".join(blocking) + "."))
    return case


@transaction.atomic
def violation_question_ask(*, case: ViolationCase, actor, question: str) -> None:
    """Route a question about the apparent-violations process to the State Monitor Advocate (manual)."""
    audit_log(action="joborders.violation.question_asked", actor=actor, obj=case, data={"length": len(question)})
    notify(
        kind="joborders.violation.question",
        subject=f"Question about suspected violation in {case.job_order.number}",
        body=question,
        link=_link("staff:violation-detail", case.pk),
        obj=case,
        roles=[Role.MONITOR_ADVOCATE],
    )


@transaction.atomic
def job_order_report_fraud(*, order: JobOrder, actor, reason: str) -> FraudInvestigation:
    """The supervisor puts a suspicious order on temporary hold and asks CSU to investigate."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.hold")
    if order.status in (S.OPEN, S.SCREENING):
        _transition(order, "hold", actor=actor, verb="held", text=f"Suspected fraud: {reason}", reason=HoldReason.FRAUD)
    return fraud_investigation_open(order=order, actor=actor, reason=reason)


def fraud_investigation_open(*, order: JobOrder, actor, reason: str) -> FraudInvestigation:
    """Open a CSU investigation of a suspicious order (a supervisor's report, or a screening hold) and notify
    CSU. The order stays on hold until CSU decides (manual: Suspected Fraudulent Job Orders)."""
    case = FraudInvestigation(job_order=order, reason=reason, reported_by=actor, reported_at=clock.now())
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action="joborders.fraud.reported", actor=actor, obj=case)
    notify(
        kind="joborders.fraud.reported",
        subject=f"Investigate job order {order.number}",
        body=reason,
        link=_link("staff:fraud-queue"),
        obj=case,
        roles=[Role.CSU],
    )
    return case


@transaction.atomic
def fraud_investigation_close(*, case: FraudInvestigation, actor, confirmed: bool, outcome: str) -> FraudInvestigation:
    """CSU closes an investigation: confirmed -> the order is closed; cleared -> the hold is released."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.investigate")
    (case.confirm if confirmed else case.clear)()
    case.outcome = outcome
    case.closed_by = actor
    case.closed_at = clock.now()
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action=f"joborders.fraud.{case.status}", actor=actor, obj=case)
    order = case.job_order
    if order.status == S.ON_HOLD and order.hold_reason in (HoldReason.FRAUD, HoldReason.SCREENING):
        if confirmed:
            job_order_end(
                order=order, name="close", actor=actor, verb="closed", text=f"Closed: fraud confirmed. {outcome}"
            )
        else:
            job_order_try_release(order=order, actor=actor, text=f"Fraud cleared. {outcome}")
    return case
