"""Staff change a job seeker's Social Security number: permission ``seekers.ssn.change``, a recorded reason,
never a number another active account holds (that is a duplicate for CSU), audited without the number
(docs/adr/0004-ssn-protection.md)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jobcenter.accounts.roles import user_can
from jobcenter.core import crypto
from jobcenter.core.audit import audit_log
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import normalize_ssn, seeker_set_ssn


@transaction.atomic
def seeker_change_ssn(*, seeker: JobSeeker, actor, ssn: str, reason: str) -> JobSeeker:
    """Replace the SSN of an active seeker. Raises ``ValidationError`` naming ``ssn`` or ``reason``."""
    if not user_can(actor, "seekers.ssn.change"):
        raise PermissionDenied(constants.SSN_CHANGE_DENIED)
    errors: dict[str, list[str]] = {}
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = [constants.SSN_CHANGE_REASON_REQUIRED]
    digits = ""
    try:
        digits = normalize_ssn(ssn)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if digits:
        hashed = crypto.keyed_hash(digits, purpose="ssn")
        if hashed == seeker.ssn_hash:
            errors["ssn"] = [constants.SSN_CHANGE_SAME]
        else:
            other = JobSeeker.objects.filter(ssn_hash=hashed, is_active=True).exclude(pk=seeker.pk).first()
            if other is not None:
                errors["ssn"] = [constants.SSN_CHANGE_IN_USE.format(state_id=other.state_id)]
    if errors:
        raise ValidationError(errors)
    had_one = bool(seeker.ssn_hash)
    seeker_set_ssn(seeker=seeker, ssn=digits)  # audited here, with the reason and without the number
    audit_log(
        action="seekers.ssn.changed",
        actor=actor,
        obj=seeker,
        data={"reason": reason[:200], "replaced": had_one, "cleared": False},
    )
    return seeker
