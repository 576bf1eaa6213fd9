"""The employer says an order is filled, or closes it, from the employer portal (ADR 0038 amendment).

Staff fill and close orders through ``workflow.job_order_act`` (capability ``joborders.edit``). An employer who
hired someone had no way to take the order down, so it kept collecting referrals. These services let the
employer's own users do it, through the same state machine transitions (``fill``, ``close``) and the same
audited, case-noted path (``_common._transition``), with their own verbs so the order's history says who did it
and why: ``joborders.order.employer_filled`` ("Filled by the employer: 2 hired") and
``joborders.order.employer_closed`` ("Closed by the employer: position no longer needed").

What follows from it:

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

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.presentation import format_date
from jobcenter.joborders import constants as C
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services._common import S, _staff_link, _transition

# Statuses in which the employer may end an order from the portal, per action.
EMPLOYER_END_STATUSES = {
    "fill": (S.OPEN, S.ON_HOLD),
    "close": (S.OPEN, S.ON_HOLD, S.SCREENING),
}


@dataclass(frozen=True)
class EmployerEndOutcome:
    """What the employer's action did: the order, and how the referrals still being worked were settled."""

    order: JobOrder
    requests_closed: int
    awaiting_outcome: int
    notifications_dropped: int


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


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _referral_sentence(closed: int, waiting: int) -> str:
    parts = []
    if closed:
        parts.append(f"requests of {_people(closed)} waiting in Referrals Pending Review closed and the people told")
    if waiting:
        parts.append(f"{_people(waiting)} referred with no outcome yet: record what happened under Referrals")
    text = "; ".join(parts)
    return (text[:1].upper() + text[1:] + ".") if parts else "No referrals were still being worked."


def _settle(order: JobOrder, *, actor, filled: bool) -> tuple[int, int, int]:
    """Close pending referral requests, tell people referred, drop queued job notifications (see module doc)."""
    from jobcenter.referrals.notify import withdraw_queued
    from jobcenter.referrals.services import referrals_settle_for_ended_order

    subject = (C.SEEKER_ORDER_FILLED_SUBJECT if filled else C.SEEKER_ORDER_CLOSED_SUBJECT).format(title=order.title)
    settled = referrals_settle_for_ended_order(
        actor=actor,
        order=order,
        filled=filled,
        deny_reason=C.SEEKER_REQUEST_CLOSED_BODY,
        subject=subject,
        request_body=C.SEEKER_REQUEST_CLOSED_BODY,
        referred_body=C.SEEKER_REFERRED_BODY,
    )
    dropped = withdraw_queued(order)
    if settled.awaiting_outcome:
        _tell_staff(order, count=len(settled.awaiting_outcome), filled=filled)
    return len(settled.requests_closed), len(settled.awaiting_outcome), dropped


def _tell_staff(order: JobOrder, *, count: int, filled: bool) -> None:
    """People referred to the order have no outcome yet: the responsible staff member, or the holding center's
    staff, follow up with the employer (manual: Job Orders — follow-up "is the responsibility of the JC holding the
    job order", ADR 0038)."""
    from jobcenter.accounts.choices import Role
    from jobcenter.core.notifications import notify

    who = {"users": [order.responsible_staff]} if order.responsible_staff_id else {}
    who = who or {"roles": [Role.STAFF], "job_center": order.job_center}
    notify(
        kind="joborders.order.employer_ended",
        subject=f"{order.number} {order.title} {'filled' if filled else 'closed'} by the employer",
        body=f"{_people(count)} referred to it with no outcome yet: ask the employer who was hired.",
        link=_staff_link(order),
        obj=order,
        **who,
    )


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
    closed, waiting, dropped = _settle(order, actor=actor, filled=True)
    detail = _hired_detail(hired)
    text = (
        f"Order {order.number}: filled by the employer on {format_date(clock.today())}: {detail}. "
        + _referral_sentence(closed, waiting)
    )
    _transition(
        order,
        "fill",
        actor=actor,
        verb="employer_filled",
        text=text,
        data={"detail": detail, "hired": hired, "requests_closed": closed, "awaiting_outcome": waiting},
    )
    return EmployerEndOutcome(order, closed, waiting, dropped)


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
    closed, waiting, dropped = _settle(order, actor=actor, filled=False)
    detail = C.EMPLOYER_CLOSE_REASONS_STAFF[reason] + (f" (“{other}”)" if other else "")
    text = (
        f"Order {order.number}: closed by the employer on {format_date(clock.today())}: {detail}. "
        + _referral_sentence(closed, waiting)
    )
    _transition(
        order,
        "close",
        actor=actor,
        verb="employer_closed",
        text=text,
        data={"detail": detail, "reason": reason, "requests_closed": closed, "awaiting_outcome": waiting},
    )
    return EmployerEndOutcome(order, closed, waiting, dropped)
