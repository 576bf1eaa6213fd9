"""Workflow actions by people on job orders, release after employer verification, and expiry."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django_fsm import can_proceed

from jobcenter.core import clock
from jobcenter.core.parameters import param
from jobcenter.core.presentation import format_date
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    HoldReason,
)
from jobcenter.joborders.models import (
    JobOrder,
)
from jobcenter.joborders.services._common import D, S, _transition, require_holding
from jobcenter.joborders.services.ending import ENDINGS, job_order_end
from jobcenter.joborders.services.online import job_order_put_online

ACTION_CAPABILITIES = {
    "open": "joborders.edit",
    "hold": "joborders.hold",
    "release": "joborders.hold",
    "fill": "joborders.edit",
    "close": "joborders.edit",
    "expire": "joborders.edit",
}
ACTION_VERBS = {
    "open": "opened",
    "hold": "held",
    "release": "released",
    "fill": "filled",
    "close": "closed",
    "expire": "expired",
}
ACTION_LABELS = {
    "open": "Put online",
    "hold": "Put on hold",
    "release": "Release hold",
    "fill": "Mark filled",
    "close": "Close",
    "expire": "Mark expired",
}
# What the case note says staff did (the ending actions, through ``ending.job_order_end``).
ACTION_DONE = {"fill": "marked filled", "close": "closed", "expire": "marked expired"}


def job_order_actions_for(*, order: JobOrder, user) -> list[tuple[str, str]]:
    """(action, label) pairs this user may run on this order now."""
    from jobcenter.accounts.roles import user_can
    from jobcenter.joborders.selectors import user_holds_order

    if not user_holds_order(user, order):
        return []
    out = []
    for name, cap in ACTION_CAPABILITIES.items():
        if not user_can(user, cap):
            continue
        if name in ("open", "release"):
            # Offered when the status allows it; the online guard decides when it is pressed.
            if not (can_proceed(getattr(order, name), check_conditions=False) and order.employer.is_active):
                continue
        elif not can_proceed(getattr(order, name), check_conditions=name not in ENDINGS):
            continue  # the ending path's condition is met by pressing it (``ending.job_order_end``)
        if name == "release" and order.hold_reason in (HoldReason.LABOR_DISPUTE, HoldReason.FRAUD):
            continue  # released by ending the dispute / clearing the fraud case
        out.append((name, ACTION_LABELS[name]))
    return out


@transaction.atomic
def job_order_act(*, order: JobOrder, action: str, actor, note: str = "") -> JobOrder:
    """Run a staff workflow action (open, hold, release, fill, close, expire) after checking the capability.
    Fill, close and expire go through the one ending path (``ending.job_order_end``), as the employer's own
    actions and the nightly expiry do; open and release through the online guard.

    Holds put by a labor dispute or a fraud investigation are released only by ending the dispute or clearing
    the investigation (manual: Job Orders and Labor Disputes; Suspected Fraudulent Job Orders).
    """
    from jobcenter.accounts.scoping import require

    if action not in ACTION_CAPABILITIES:
        raise ValidationError(f"Unknown action {action!r}.")
    require(actor, ACTION_CAPABILITIES[action])
    require_holding(actor, order)
    if action == "release" and order.hold_reason in (HoldReason.LABOR_DISPUTE, HoldReason.FRAUD):
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_hold_reason_display().lower()))
    if action == "open" and not order.employer.is_active:
        raise ValidationError(constants.EMPLOYER_NOT_ACTIVE)
    if action in ("open", "release"):
        if not can_proceed(getattr(order, action), check_conditions=False):
            raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
        note_text = f"Order {order.number}: {ACTION_LABELS[action].lower()}." + (f" {note}" if note else "")
        check = job_order_put_online(order=order, actor=actor, text=note_text, verb=ACTION_VERBS[action])
        if not check.ok:
            raise ValidationError(check.message)
        return order
    if action in ENDINGS:
        # Filled, closed or expired for good: the one ending path settles the referrals and queued notices first.
        order = JobOrder.objects.select_for_update().select_related("employer", "job_center").get(pk=order.pk)
        note = " ".join((note or "").split())
        text = f"Order {order.number}: {ACTION_DONE[action]} by staff on {format_date(clock.today())}." + (
            f" {note}" if note else ""
        )
        data = {"detail": note} if note else None
        return job_order_end(
            order=order, name=action, actor=actor, verb=ACTION_VERBS[action], text=text, data=data
        ).order
    kwargs = {"reason": HoldReason.STAFF} if action == "hold" else {}
    text = f"Order {order.number}: {ACTION_LABELS[action].lower()}." + (f" {note}" if note else "")
    return _transition(order, action, actor=actor, verb=ACTION_VERBS[action], text=text, **kwargs)


@transaction.atomic
def job_orders_open_after_verification(*, employer, actor) -> list[JobOrder]:
    """Orders of a newly verified employer that waited in screening go online through the online guard, which
    re-runs screening as of now: an order whose position came to be at issue in a verified labor dispute
    meanwhile is denied, not opened; one that fails for another reason follows the new screening decision."""
    from jobcenter.joborders.services.online import job_order_put_online
    from jobcenter.joborders.services.screening import job_order_apply_screening

    opened = []
    for order in JobOrder.objects.filter(employer=employer, status=S.SCREENING).select_for_update():
        if order.violation_cases.filter(status="open").exists():
            continue  # the supervisor decides first
        check = job_order_put_online(order=order, actor=actor, text=f"Order {order.number} is open (verified).")
        if check.ok:
            opened.append(order)
        elif check.decision not in (D.ACCEPT, D.ACCEPT_WITH_NOTICE) and check.record is not None:
            check.record.decision = check.decision
            check.record.save(update_fields=["decision"])
            job_order_apply_screening(order=order, record=check.record, actor=actor)
    return opened


def job_order_expiry_date(order: JobOrder) -> dt.date | None:
    """The last day an order stays online: its ``closes_on`` date, or (when the employer gave none) the date it
    was entered plus the state's default open period (parameter ``joborders.expiry_default_open_days``)."""
    if order.closes_on:
        return order.closes_on
    if order.entered_at is None:
        return None
    entered = order.entered_at.astimezone(clock.local_tz()).date()
    days = param("joborders.expiry_default_open_days", as_of=entered, state=order.worksite_state or "MO")
    return entered + dt.timedelta(days=days)


@transaction.atomic
def job_orders_expire_due(*, as_of: dt.date, actor=None) -> list[JobOrder]:
    """Expire open and on-hold orders whose expiry date is before ``as_of`` through the one ending path
    (``ending.job_order_end``: referral requests waiting for review closed, people referred told, queued job
    notifications dropped; audited, noted on the employer). Safe to run repeatedly (a nightly job): expired orders
    are no longer open or on hold."""
    expired = []
    candidates = JobOrder.objects.select_for_update().filter(status__in=[S.OPEN, S.ON_HOLD]).select_related("employer")
    for order in candidates:
        last_day = job_order_expiry_date(order)
        if last_day is not None and last_day < as_of:
            job_order_end(
                order=order,
                name="expire",
                actor=actor,
                verb="expired",
                text=f"Order {order.number} expired (last day {format_date(last_day)}).",
                data={"detail": f"last day {format_date(last_day)}"},
            )
            expired.append(order)
    return expired
