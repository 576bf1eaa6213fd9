"""Helpers shared by the job order services: title normalisation, the audited FSM transition, notes and links."""

import re

from django.core.exceptions import ValidationError
from django.urls import reverse
from django_fsm import can_proceed

from jobcenter.core.audit import audit_log
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    JobOrderStatus,
    ScreeningDecision,
)
from jobcenter.joborders.models import (
    JobOrder,
)

S = JobOrderStatus
D = ScreeningDecision


def normalize_title(title: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed: "Forklift  Operator!" -> "forklift operator"."""
    return " ".join(re.sub(r"[^\w\s]", " ", (title or "").lower()).split())


def _normalize_zip(value: str) -> str:
    return re.sub(r"\D", "", value or "")[:5]


def employer_note_add(*, employer, text: str, kind: str, actor=None, job_order=None):
    """Journal a job order event in the employer's case notes (manual: Case Notes & Services; Job Orders &
    Labor Disputes). One journal for the employer: ``cases.services.case_note_add``."""
    from jobcenter.cases.choices import NoteKind
    from jobcenter.cases.services import case_note_add

    return case_note_add(
        actor=actor, employer=employer, body=text, kind=NoteKind.JOB_ORDER, job_order=job_order, event=kind
    )


def require_holding(actor, order: JobOrder) -> None:
    """Refuse a change to ``order`` by anyone who does not hold it (``selectors.user_holds_order``)."""
    from django.core.exceptions import PermissionDenied

    from jobcenter.joborders.selectors import user_holds_order

    if actor is not None and not user_holds_order(actor, order):
        raise PermissionDenied(constants.NOT_HOLDING_CENTER.format(job_center=order.job_center.name))


def _record(order: JobOrder, *, verb: str, actor, text: str, data: dict | None = None) -> None:
    """Audit a job order event and journal it on the employer."""
    audit_log(action=f"joborders.order.{verb}", actor=actor, obj=order, data={"status": order.status, **(data or {})})
    employer_note_add(employer=order.employer, job_order=order, kind=f"joborders.order.{verb}", text=text, actor=actor)


def _transition(order: JobOrder, name: str, *, actor, verb: str, text: str, data: dict | None = None, **kwargs):
    """Run FSM transition ``name`` on ``order``, save, audit and journal it; ValidationError if not allowed."""
    method = getattr(order, name)
    if not can_proceed(method):
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
    before = order.status
    method(**kwargs)
    order.full_clean(exclude=["status"])
    order.save()
    _record(order, verb=verb, actor=actor, text=text, data={"from": before, **(data or {})})
    return order


def _staff_link(order: JobOrder) -> str:
    return _link("staff:joborder-detail", order.pk)


def _link(name: str, pk=None) -> str:
    try:
        return reverse(name, args=[pk] if pk is not None else [])
    except Exception:  # noqa: BLE001
        return ""
