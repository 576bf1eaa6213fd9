"""The one path every job order takes when it leaves the open state for good: filled, closed or expired (ADR 0038
amendment).

``job_order_end`` is the only caller of the ``fill``, ``close`` and ``expire`` transitions — staff (``workflow.
job_order_act``), the nightly expiry (``workflow.job_orders_expire_due``), the employer in the portal
(``employer_end``) and the supervisor's and CSU's closures (``violations``). Before the order moves it settles what
follows from it, the same way whoever ends it:

* requests waiting in Referrals Pending Review can no longer be approved (``referrals.selectors.referral_blockers``:
  no referral to a filled, closed or expired order), so they are closed with a plain reason and the person told;
  people referred with no outcome yet are told the job is no longer open, and their referral waits for the
  employer or staff to record what happened (``referrals.services.referrals_settle_for_ended_order``);
* job notifications about the order still queued (people outside the priority window, ADR 0032) are dropped
  (``referrals.notify.withdraw_queued``);
* when referrals still need an outcome and someone other than the responsible staff member ended it (the employer,
  another staff member, the nightly job), the responsible staff member, or the holding center's staff, are told;
* the order's history and the employer's case notes say in words what happened to the referrals.

The model's ``fill``/``close``/``expire`` transitions carry a condition only this function satisfies (as the online
guard does for ``open``/``release``, ``online.py``), so a future path that calls them directly is refused
(``TransitionNotAllowed``/``can_proceed`` false).

A hold is not an ending: the order may come back, so referral requests stay open; job notifications for an order
that is not open are not sent while it is held (``referrals.notify.send_batch``) and are planned again when it is
released.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django_fsm import can_proceed

from jobcenter.joborders import constants as C
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services._common import _staff_link, _transition

# The transitions that end an order, and the words for the notice to staff.
ENDINGS = {"fill": "filled", "close": "closed", "expire": "expired"}


@dataclass(frozen=True)
class EndOutcome:
    """What ending the order did: the order, and how the referrals still being worked were settled."""

    order: JobOrder
    requests_closed: int
    awaiting_outcome: int
    notifications_dropped: int


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def referral_words(closed: int, waiting: int) -> str:
    """What became of the referrals in words, lower case ("" when none were still being worked)."""
    parts = []
    if closed:
        parts.append(f"requests of {_people(closed)} waiting in Referrals Pending Review closed and the people told")
    if waiting:
        parts.append(f"{_people(waiting)} referred with no outcome yet: record what happened under Referrals")
    return "; ".join(parts)


def referral_sentence(closed: int, waiting: int) -> str:
    """``referral_words`` as a sentence for the case note."""
    text = referral_words(closed, waiting)
    return (text[:1].upper() + text[1:] + ".") if text else "No referrals were still being worked."


def _seeker_words(order: JobOrder, name: str, by_employer: bool) -> dict:
    """Subject and bodies of the messages to the people: the employer's words when the employer ended it, neutral
    words when staff or the nightly expiry did (the employer may still be hiring, e.g. an expired order)."""
    subject = {
        "fill": C.SEEKER_ORDER_FILLED_SUBJECT,
        "close": C.SEEKER_ORDER_CLOSED_SUBJECT,
        "expire": C.SEEKER_ORDER_EXPIRED_SUBJECT,
    }[name].format(title=order.title)
    if by_employer:
        return {
            "subject": subject,
            "request_body": C.SEEKER_REQUEST_CLOSED_BODY,
            "referred_body": C.SEEKER_REFERRED_BODY,
        }
    return {
        "subject": subject,
        "request_body": C.SEEKER_REQUEST_CLOSED_ENDED_BODY,
        "referred_body": C.SEEKER_REFERRED_ENDED_BODY,
    }


def _tell_staff(order: JobOrder, *, actor, count: int, name: str, by_employer: bool) -> None:
    """People referred to the order have no outcome yet: the responsible staff member, or the holding center's
    staff, follow up with the employer (manual: Job Orders — follow-up "is the responsibility of the JC holding the
    job order", ADR 0038). Nobody is told of what they did themselves."""
    from jobcenter.accounts.choices import Role
    from jobcenter.core.notifications import notify

    if actor is not None and order.responsible_staff_id and order.responsible_staff_id == actor.pk:
        return
    who = {"users": [order.responsible_staff]} if order.responsible_staff_id else {}
    who = who or {"roles": [Role.STAFF], "job_center": order.job_center}
    by = " by the employer" if by_employer else ("" if actor is None else " by staff")
    notify(
        kind="joborders.order.employer_ended" if by_employer else "joborders.order.ended",
        subject=f"{order.number} {order.title} {ENDINGS[name]}{by}",
        body=f"{_people(count)} referred to it with no outcome yet: ask the employer who was hired.",
        link=_staff_link(order),
        obj=order,
        **who,
    )


def _settle(order: JobOrder, *, actor, name: str, by_employer: bool) -> tuple[int, int, int]:
    from jobcenter.referrals.notify import withdraw_queued
    from jobcenter.referrals.services import referrals_settle_for_ended_order

    words = _seeker_words(order, name, by_employer)
    settled = referrals_settle_for_ended_order(
        actor=actor,
        order=order,
        filled=name == "fill",
        deny_reason=words["request_body"],
        subject=words["subject"],
        request_body=words["request_body"],
        referred_body=words["referred_body"],
    )
    dropped = withdraw_queued(order)
    if settled.awaiting_outcome:
        _tell_staff(order, actor=actor, count=len(settled.awaiting_outcome), name=name, by_employer=by_employer)
    return len(settled.requests_closed), len(settled.awaiting_outcome), dropped


@transaction.atomic
def job_order_end(
    *,
    order: JobOrder,
    name: str,
    actor,
    verb: str,
    text: str,
    data: dict | None = None,
    by_employer: bool = False,
) -> EndOutcome:
    """End ``order`` with transition ``name`` (``fill``, ``close`` or ``expire``): settle the referrals and queued
    notifications (module doc), then move it, audited with ``joborders.order.<verb>`` and case-noted with ``text``
    followed by what became of the referrals. ``data`` goes into the audit entry; the referral words follow its
    ``detail`` in the history ("Job order filled: requests of 1 person waiting ... closed and the people told").
    ValidationError when the status does not allow the transition (nothing is changed)."""
    if name not in ENDINGS:
        raise ValueError(f"{name!r} does not end an order.")
    if not can_proceed(getattr(order, name), check_conditions=False):
        raise ValidationError(C.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
    closed, waiting, dropped = _settle(order, actor=actor, name=name, by_employer=by_employer)
    data = {
        **(data or {}),
        "requests_closed": closed,
        "awaiting_outcome": waiting,
        "notifications_dropped": dropped,
    }
    detail = "; ".join(part for part in (data.get("detail"), referral_words(closed, waiting)) if part)
    if detail:
        data["detail"] = detail
    order._end_path_passed = True
    try:
        _transition(order, name, actor=actor, verb=verb, text=f"{text} {referral_sentence(closed, waiting)}", data=data)
    finally:
        order._end_path_passed = False
    return EndOutcome(order, closed, waiting, dropped)


__all__ = ["ENDINGS", "EndOutcome", "job_order_end", "referral_sentence", "referral_words"]
