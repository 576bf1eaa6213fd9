"""Staff edit a job order after it was entered (issue #8, item 3; manual: staff edit job orders as needed).

An edit of an open or on-hold order keeps a version (what changed, who, when), is audited and noted on the
employer, and re-runs screening as of now. When the changed order fails screening it is taken off line (on
hold) with the reasons, and a screening hold or suspected violation opens its investigation as at entry; when an
order held by screening passes after the edit, it goes back online through the online guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.joborders import constants
from jobcenter.joborders.choices import HoldReason, ScreeningDecision
from jobcenter.joborders.models import JobOrder, JobOrderVersion, ScreeningRecord
from jobcenter.joborders.services._common import D, S, _transition, employer_note_add, normalize_title, require_holding
from jobcenter.joborders.services.entry import EDITABLE_FIELDS, _refuse_duplicate, job_order_update

EDITABLE_AFTER_ENTRY = (S.OPEN, S.ON_HOLD)
OPENING = (D.ACCEPT, D.ACCEPT_WITH_NOTICE)


@dataclass
class EditOutcome:
    """What an edit did: the version stored (None when nothing changed), the screening run and a message."""

    order: JobOrder
    version: JobOrderVersion | None
    record: ScreeningRecord | None
    message: str
    online: bool


def _as_text(value: Any, name: str = "") -> str:
    """A field value as a person reads it: choice labels, Yes/No, amounts, names (never codes or reprs)."""
    from jobcenter.joborders.choices import HiringRequirement

    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):
        return f"{value:f}"
    if name == "hiring_requirements":
        labels = dict(HiringRequirement.choices)
        return ", ".join(str(labels.get(v, v)) for v in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "display_name"):
        return str(value.display_name)
    field = JobOrder._meta.get_field(name) if name else None
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def _reasons(record: ScreeningRecord, decision: str) -> str:
    stopping = [f for f in record.findings if f.get("severity") not in (D.ACCEPT, D.ACCEPT_WITH_NOTICE)]
    return " ".join(str(f.get("message")) for f in stopping) or ScreeningDecision(decision).label


@transaction.atomic
def job_order_edit(*, order: JobOrder, actor, **fields: Any) -> EditOutcome:
    """Change an order's fields. A draft is simply updated (``job_order_update``); an open or on-hold order is
    versioned, audited, noted and re-screened as described in the module docstring."""
    from jobcenter.accounts.scoping import require
    from jobcenter.joborders.services.online import effective_decision, job_order_try_release
    from jobcenter.joborders.services.screening import _open_hold_investigations, job_order_screen_now
    from jobcenter.joborders.services.violations import violation_case_open

    require(actor, "joborders.edit")
    require_holding(actor, order)
    if order.status == S.DRAFT:
        job_order_update(order=order, actor=actor, **fields)
        return EditOutcome(order=order, version=None, record=None, message="", online=False)
    if order.status not in EDITABLE_AFTER_ENTRY:
        raise ValidationError(constants.EDIT_NOT_ALLOWED.format(status=order.get_status_display().lower()))
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown job order fields: {sorted(unknown)}")
    before = {name: _as_text(getattr(order, name), name) for name in fields}
    for name, value in fields.items():
        setattr(order, name, value)
    order.title_normalized = normalize_title(order.title)
    order.full_clean(exclude=["status"])
    _refuse_duplicate(order)
    changes = {
        n: [before[n], _as_text(getattr(order, n), n)] for n in fields if before[n] != _as_text(getattr(order, n), n)
    }
    if not changes:
        return EditOutcome(order=order, version=None, record=None, message=constants.EDIT_NO_CHANGES, online=False)
    status_before = order.status
    order.supervisor_cleared = False  # a supervisor's earlier decision was about the order as it was
    order.save()
    record = job_order_screen_now(order=order, actor=actor)
    decision = effective_decision(order, record.decision, record.findings, record.notices)
    if decision in OPENING:
        if order.status == S.ON_HOLD and order.hold_reason == HoldReason.SCREENING:
            check = job_order_try_release(order=order, actor=actor, text=constants.EDIT_SAVED_RELEASED)
            message = (
                constants.EDIT_SAVED_RELEASED
                if check.ok
                else constants.EDIT_SAVED_ON_HOLD.format(reasons="; ".join(check.reasons) + ".")
            )
        elif order.status == S.ON_HOLD:
            message = constants.EDIT_SAVED_ON_HOLD.format(reasons=order.get_hold_reason_display().lower() + ".")
        else:
            message = constants.EDIT_SAVED_ONLINE
    else:
        reasons = _reasons(record, decision)
        if order.status == S.OPEN:
            reason = HoldReason.SCREENING
            if decision == D.HOLD:
                reason = _open_hold_investigations(order=order, record=record, actor=actor)
            _transition(
                order,
                "hold",
                actor=actor,
                verb="held",
                text=constants.EDIT_TAKEN_OFF_LINE.format(reasons=reasons),
                reason=reason,
                dispute=getattr(order, "_hold_dispute", None),
            )
            if decision == D.REFER_SUPERVISOR:
                violation_case_open(order=order, findings=record.findings, actor=actor)
        message = constants.EDIT_TAKEN_OFF_LINE.format(reasons=reasons)
    number = (order.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    version = JobOrderVersion(
        job_order=order,
        number=number,
        changes=changes,
        status_before=status_before,
        status_after=order.status,
        decision=decision,
        changed_by=actor,
        changed_at=clock.now(),
    )
    version.full_clean()
    version.save()
    audit_log(
        action="joborders.order.edited",
        actor=actor,
        obj=order,
        data={"version": number, "fields": sorted(changes), "decision": decision, "status": order.status},
    )
    labels = ", ".join(str(JobOrder._meta.get_field(n).verbose_name) for n in sorted(changes))
    employer_note_add(
        employer=order.employer,
        job_order=order,
        kind="joborders.order.edited",
        text=constants.EDIT_NOTE.format(
            number=order.number, version=number, fields=labels, decision=ScreeningDecision(decision).label.lower()
        ),
        actor=actor,
    )
    return EditOutcome(order=order, version=version, record=record, message=message, online=order.status == S.OPEN)
