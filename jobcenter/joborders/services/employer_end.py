"""The employer says an order is filled, or closes it, from the employer portal (ADR 0038 amendment).

Staff fill and close orders through ``workflow.job_order_act`` (capability ``joborders.edit``). An employer who
hired someone had no way to take the order down, so it kept collecting referrals. These services let the
employer's own users do it, through the same state machine transitions (``fill``, ``close``) and the same
audited, case-noted path (``ending.job_order_end``), with their own verbs so the order's history says who did it
and why: ``joborders.order.employer_filled`` ("Filled by the employer: 2 hired") and
``joborders.order.employer_closed`` ("Closed by the employer: position no longer needed").

What follows from it (the same whoever ends an order: ``ending.job_order_end``, the one path of every fill, close
and expiry):

* the order leaves the public job search and matching (both read only open orders: ``selectors._seeker_visible``,
  ``matching.index`` ``is_open``, refreshed when the order is saved) and takes no referral
  (``referrals.selectors.referral_blockers``);
* requests waiting in Referrals Pending Review are closed and people referred without an outcome yet are told
  (``referrals.services.referrals_settle_for_ended_order``); queued job notifications about it are dropped
  (``referrals.notify.withdraw_queued``);
* the holding job center's staff see it in the order's history and the employer's case notes, and the responsible
  staff member (or the center's staff) is told when referrals still need an outcome.

Orders in screening were never online: they can be closed (with "We filled it another way" when the employer hired
elsewhere) but not marked filled — the state machine fills only open and on-hold orders (ADR 0014).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.presentation import format_date
from jobcenter.joborders import constants as C
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services._common import S
from jobcenter.joborders.services.ending import EndOutcome, job_order_end

# Statuses in which the employer may end an order from the portal, per action.
EMPLOYER_END_STATUSES = {
    "fill": (S.OPEN, S.ON_HOLD),
    "close": (S.OPEN, S.ON_HOLD, S.SCREENING),
}


# What the employer's action did (the shared ending's outcome).
EmployerEndOutcome = EndOutcome


def _require_employer_user(actor, order: JobOrder) -> None:
    """Only the users of the order's own employer: the portal capability and the order within their employer
    scope (``accounts.scoping.scoped``: an employer user sees only the orders of the companies they act for)."""
    from jobcenter.accounts.roles import user_can
    from jobcenter.accounts.scoping import scoped

    if not user_can(actor, "portal.employer") or not scoped(JobOrder.objects.filter(pk=order.pk), actor).exists():
        raise PermissionDenied("Only the employer's own users can do this.")


def employer_end_actions_for(*, order: JobOrder, user) -> list[str]:
    """The actions ("fill", "close") this employer user may take on ``order`` now (empty for anyone else)."""
    try:
        _require_employer_user(user, order)
    except PermissionDenied:
        return []
    return [name for name, statuses in EMPLOYER_END_STATUSES.items() if order.status in statuses]


def _check_status(order: JobOrder, action: str) -> None:
    if order.status in EMPLOYER_END_STATUSES[action]:
        return
    if action == "fill" and order.status == S.SCREENING:
        raise ValidationError(C.EMPLOYER_FILL_NOT_ONLINE)
    raise ValidationError(
        C.EMPLOYER_END_NOT_NOW.format(status=order.get_status_display().lower(), job_center=order.job_center.name)
    )


def _hired_detail(hired: int | None) -> str:
    if hired is None:
        return "number hired not given"
    if hired == 0:
        return "nobody hired through the job center"
    return f"{hired} hired through the job center"


def _lock(order: JobOrder) -> JobOrder:
    return JobOrder.objects.select_for_update().select_related("employer", "job_center").get(pk=order.pk)


@transaction.atomic
def job_order_employer_fill(*, order: JobOrder, actor, hired: int | None = None) -> EmployerEndOutcome:
    """The employer says the job is filled, with how many people they hired through it (optional; 0 to the number
    of openings). The order moves to filled (FSM ``fill``: open or on hold only) and the history reads "Filled by
    the employer: 2 hired through the job center"."""
    _require_employer_user(actor, order)
    order = _lock(order)
    _check_status(order, "fill")
    if hired is not None and not (0 <= hired <= order.openings):
        raise ValidationError({"hired": C.EMPLOYER_HIRED_BOUNDS.format(openings=order.openings)})
    detail = _hired_detail(hired)
    return job_order_end(
        order=order,
        name="fill",
        actor=actor,
        verb="employer_filled",
        text=f"Order {order.number}: filled by the employer on {format_date(clock.today())}: {detail}.",
        data={"detail": detail, "hired": hired},
        by_employer=True,
    )


@transaction.atomic
def job_order_employer_close(*, order: JobOrder, actor, reason: str, other: str = "") -> EmployerEndOutcome:
    """The employer closes the job, saying why: a reason from ``EMPLOYER_CLOSE_REASONS`` ("other" needs a few words,
    at most ``EMPLOYER_CLOSE_OTHER_MAX`` characters). Open, on-hold and in-screening orders (FSM ``close``); the
    history reads "Closed by the employer: position no longer needed"."""
    _require_employer_user(actor, order)
    if reason not in C.EMPLOYER_CLOSE_REASONS:
        raise ValidationError({"reason": C.EMPLOYER_CLOSE_REASON_REQUIRED})
    other = " ".join((other or "").split())
    if reason == "other" and not other:
        raise ValidationError({"other": C.EMPLOYER_CLOSE_OTHER_REQUIRED})
    if len(other) > C.EMPLOYER_CLOSE_OTHER_MAX:
        raise ValidationError({"other": C.EMPLOYER_CLOSE_OTHER_TOO_LONG.format(limit=C.EMPLOYER_CLOSE_OTHER_MAX)})
    if reason != "other":
        other = ""
    order = _lock(order)
    _check_status(order, "close")
    detail = C.EMPLOYER_CLOSE_REASONS_STAFF[reason] + (f" (“{other}”)" if other else "")
    return job_order_end(
        order=order,
        name="close",
        actor=actor,
        verb="employer_closed",
        text=f"Order {order.number}: closed by the employer on {format_date(clock.today())}: {detail}.",
        data={"detail": detail, "reason": reason},
        by_employer=True,
    )
