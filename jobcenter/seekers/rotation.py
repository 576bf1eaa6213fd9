"""Key rotation for stored SSNs (ADR 0004, ADR 0024).

``ssn_keys_rotate`` re-encrypts every stored SSN under the current (first) key of ``FIELD_ENCRYPTION_KEY``
(``MultiFernet.rotate``) and recomputes its keyed hash under ``SSN_HASH_KEY``. Rows already current are left
alone, so running it twice changes nothing the second time. Work is done in batches, each in its own
transaction; a row that no configured key can decrypt stops the run with its State ID (never the number).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from jobcenter.core import crypto
from jobcenter.core.audit import audit_log
from jobcenter.seekers.models import JobSeeker

BATCH = 500


@dataclass(frozen=True)
class RotationResult:
    """How many stored SSNs were looked at, re-encrypted, and re-hashed."""

    checked: int
    reencrypted: int
    rehashed: int


class RotationError(Exception):
    """A stored SSN could not be decrypted with any configured key."""


def ssn_keys_rotate(*, progress: bool = False) -> RotationResult:
    """Re-encrypt every stored SSN under the current key and recompute its hash; idempotent."""
    from tqdm import tqdm

    ids = list(JobSeeker.objects.exclude(ssn_encrypted="").order_by("pk").values_list("pk", flat=True))
    checked = reencrypted = rehashed = 0
    bar = tqdm(total=len(ids), unit="record", desc="rotate keys", disable=not progress)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with transaction.atomic():
            rows = (
                JobSeeker.objects.select_for_update()
                .filter(pk__in=chunk)
                .only("pk", "state_id", "ssn_encrypted", "ssn_hash")
            )
            for row in rows:
                try:
                    token = crypto.reencrypt(row.ssn_encrypted)
                    digits = crypto.decrypt(token)
                except ValueError:
                    raise RotationError(
                        f"The SSN of {row.state_id} cannot be decrypted with the configured keys; "
                        "add the old key to FIELD_ENCRYPTION_KEY (after the new one) and run again."
                    ) from None
                new_hash = crypto.keyed_hash(digits, purpose="ssn")
                changed = {}
                if token != row.ssn_encrypted:
                    changed["ssn_encrypted"] = token
                    reencrypted += 1
                if new_hash != row.ssn_hash:
                    changed["ssn_hash"] = new_hash
                    rehashed += 1
                if changed:
                    JobSeeker.objects.filter(pk=row.pk).update(**changed)
                checked += 1
        bar.update(len(chunk))
    bar.close()
    audit_log(
        action="seekers.ssn.keys_rotated",
        actor=None,
        obj=None,
        data={"checked": checked, "reencrypted": reencrypted, "rehashed": rehashed},
    )
    return RotationResult(checked, reencrypted, rehashed)
