"""Writes for job seekers. Identity numbers are handled here only."""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from stdnum.us import ssn as stdnum_ssn

from jobcenter.accounts.roles import user_can
from jobcenter.core import clock, crypto
from jobcenter.core.audit import audit_log
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker


def normalize_ssn(raw: str) -> str:
    """Digits only; raises ``ValidationError`` (field ``ssn``) when not a valid SSN.

    Validity per python-stdnum ``us.ssn``: 9 digits, area not 000/666/900-999, group not 00, serial not 0000.
    """
    digits = re.sub(r"[\s-]", "", raw or "")
    if not stdnum_ssn.is_valid(digits):
        raise ValidationError({"ssn": constants.SSN_INVALID})
    return digits


def ssn_hash(raw: str) -> str:
    """Keyed hash of a (valid) SSN for exact look-up."""
    return crypto.keyed_hash(normalize_ssn(raw), purpose="ssn")


def seeker_set_ssn(*, seeker: JobSeeker, ssn: str | None, actor=None) -> None:
    """Store (or clear, with ``None``/empty) the SSN: encrypted, keyed hash, last four. Audited without the number."""
    if not ssn:
        seeker.ssn_encrypted = seeker.ssn_hash = seeker.ssn_last4 = ""
    else:
        digits = normalize_ssn(ssn)
        seeker.ssn_encrypted = crypto.encrypt(digits)
        seeker.ssn_hash = crypto.keyed_hash(digits, purpose="ssn")
        seeker.ssn_last4 = digits[-4:]
    seeker.save(update_fields=["ssn_encrypted", "ssn_hash", "ssn_last4", "updated_at"])
    if actor is not None:
        audit_log(action="seekers.ssn.changed", actor=actor, obj=seeker, data={"cleared": not ssn})


def seeker_reveal_ssn(*, seeker: JobSeeker, actor, reason: str) -> str:
    """Return the full SSN formatted NNN-NN-NNNN to a user allowed to see it; every view is audited."""
    if not user_can(actor, "seekers.ssn.view_full"):
        raise PermissionDenied(constants.SSN_FULL_VIEW_DENIED)
    if not reason or not reason.strip():
        raise ValidationError({"reason": "Say why you need the full number; it is recorded."})
    if not seeker.ssn_encrypted:
        return ""
    digits = crypto.decrypt(seeker.ssn_encrypted)
    audit_log(action="seekers.ssn.viewed", actor=actor, obj=seeker, data={"reason": reason.strip()[:200]})
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def next_state_id(*, prefix: str | None = None) -> str:
    """A new unique State ID (PIRL 100): state code + 10 digits, never derived from the SSN."""
    from django.conf import settings

    prefix = prefix or settings.JOBCENTER_STATE
    import secrets

    while True:
        candidate = f"{prefix}{secrets.randbelow(10**10):010d}"
        if not JobSeeker.objects.filter(state_id=candidate).exists():
            return candidate


def validate_dob(dob: dt.date | None) -> None:
    """Date of birth may not be in the future."""
    if dob and dob > clock.today():
        raise ValidationError({"date_of_birth": constants.DOB_IN_FUTURE})


@transaction.atomic
def seeker_create(*, actor=None, ssn: str | None = None, state_id: str | None = None, **fields) -> JobSeeker:
    """Create a job seeker (validated), set the SSN if given, and audit it."""
    validate_dob(fields.get("date_of_birth"))
    if ssn:
        normalize_ssn(ssn)
    seeker = JobSeeker(state_id=state_id or next_state_id(), **fields)
    seeker.full_clean()
    seeker.save()
    if ssn:
        seeker_set_ssn(seeker=seeker, ssn=ssn)
    audit_log(
        action="seekers.seeker.created",
        actor=actor,
        obj=seeker,
        data={"state_id": seeker.state_id, "assisted": bool(actor and actor.is_staff_role)},
    )
    return seeker
