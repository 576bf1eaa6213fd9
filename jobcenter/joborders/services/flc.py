"""The FLC coordinator's actions on orders routed to them (manual: H-2A and H-2B Job Orders).

Screening routes an H-2A/H-2B order (visa field or text) to the Foreign Labor Certification coordinator, who
enters all such orders from Central Office. On a routed order the coordinator either

* takes it over (``flc_take_over``): the order becomes theirs (responsible staff; job center, region and
  worksite unchanged, as when the coordinator enters an order) and is screened again as the coordinator's entry
  — exactly the path of an order the coordinator enters: the routing finding is satisfied, every other finding
  still counts, and an accepted order goes online only through ``job_order_put_online``; or
* returns it as not a foreign labor order (``flc_return``, reason required): for an order routed only because
  its text mentions H-2A/H-2B. It is screened again at once with the routing finding dismissed and behaves as
  any screened order (online through the guard, back to draft for fixes, ...). The dismissal stays on the
  record, so a later re-screening or resubmission is not routed again. Refused when the order's visa field
  itself names a program: that is a foreign labor order unless the job center corrects the field.

Both are audited (``joborders.order.flc_taken_over`` / ``flc_returned``) and journalled on the employer.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django_fsm import can_proceed

from jobcenter.joborders import constants
from jobcenter.joborders.choices import VisaProgram
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services._common import _transition, require_holding

FLC_ACTIONS = tuple(constants.FLC_ACTION_LABELS)


def job_order_flc_actions_for(*, order: JobOrder, user) -> list[tuple[str, str]]:
    """(action, label) pairs of the FLC coordinator's actions this user may run on this order now."""
    from jobcenter.accounts.roles import user_can
    from jobcenter.joborders.selectors import user_holds_order

    if not user_can(user, "joborders.flc") or not user_holds_order(user, order):
        return []
    return [(name, label) for name, label in constants.FLC_ACTION_LABELS.items() if can_proceed(getattr(order, name))]


def _check(order: JobOrder, actor, name: str) -> None:
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.flc")
    require_holding(actor, order)
    if not can_proceed(getattr(order, name)):
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))


@transaction.atomic
def job_order_flc_take_over(*, order: JobOrder, actor):
    """The FLC coordinator takes a routed order over and enters it; returns the ``ScreeningOutcome``."""
    from jobcenter.joborders.services.screening import screen_and_apply

    _check(order, actor, "flc_take_over")
    order.responsible_staff = actor
    _transition(
        order,
        "flc_take_over",
        actor=actor,
        verb="flc_taken_over",
        text=f"Order {order.number} taken over and entered by the foreign labor certification coordinator.",
    )
    return screen_and_apply(order=order, actor=actor, flc_notice=constants.ENTERED_BY_FLC)


@transaction.atomic
def job_order_flc_return(*, order: JobOrder, actor, reason: str):
    """Not a foreign labor order: back to the job center, screened again with the routing dismissed; returns the
    ``ScreeningOutcome``."""
    from jobcenter.joborders.services.screening import screen_and_apply

    _check(order, actor, "flc_return")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(constants.FLC_RETURN_NEEDS_REASON)
    if order.visa_program != VisaProgram.NONE:
        raise ValidationError(constants.FLC_RETURN_VISA_FIELD.format(program=order.get_visa_program_display()))
    _transition(
        order,
        "flc_return",
        actor=actor,
        verb="flc_returned",
        text=f"Order {order.number} is not a foreign labor order; returned to {order.job_center} by the foreign "
        f"labor certification coordinator: {reason}",
        data={"reason": reason, "detail": reason},
    )
    return screen_and_apply(order=order, actor=actor, flc_notice=constants.NOT_FOREIGN_LABOR)


@transaction.atomic
def job_order_flc_act(*, order: JobOrder, action: str, actor, note: str = ""):
    """Run one of the FLC coordinator's actions by name (the staff order page)."""
    if action == "flc_take_over":
        return job_order_flc_take_over(order=order, actor=actor)
    if action == "flc_return":
        return job_order_flc_return(order=order, actor=actor, reason=note)
    raise ValidationError(f"Unknown action {action!r}.")


__all__ = [
    "FLC_ACTIONS",
    "job_order_flc_act",
    "job_order_flc_actions_for",
    "job_order_flc_return",
    "job_order_flc_take_over",
]
