"""Writes for employers."""

from __future__ import annotations

from django.db import transaction

from jobcenter.core.audit import audit_log
from jobcenter.employers.models import Employer


@transaction.atomic
def employer_create(*, actor=None, **fields) -> Employer:
    """Create an employer account in ``pending_verification`` and audit it."""
    employer = Employer(**fields)
    employer.full_clean(exclude=["status"])  # status is an FSM field: set by transitions only
    employer.save()
    audit_log(
        action="employers.employer.created",
        actor=actor,
        obj=employer,
        data={"assisted": bool(actor and getattr(actor, "is_staff_role", False))},
    )
    return employer


@transaction.atomic
def employer_verify(*, employer: Employer, actor) -> Employer:
    """CSU verifies a pending employer: status -> active, who and when recorded, audited."""
    from jobcenter.core import clock

    employer.verify(by=actor, at=clock.now())
    employer.save()
    audit_log(action="employers.employer.verified", actor=actor, obj=employer)
    return employer
