"""``jobcenter people rotate-keys``: re-encrypt stored SSNs under the current key (ADR 0004, ADR 0024)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from jobcenter.seekers.rotation import RotationError, ssn_keys_rotate


class Command(BaseCommand):
    """Key rotation for stored SSNs."""

    help = """Re-encrypt every stored SSN under the current encryption key and recompute its keyed hash.

To rotate: put the new key FIRST in FIELD_ENCRYPTION_KEY and keep the old one after it
(FIELD_ENCRYPTION_KEY=new,old), restart, run this command, then remove the old key.
Safe to run again: records already under the current key are left unchanged. SSNs are never printed.
"""

    def add_arguments(self, parser):
        """Options."""
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args, **opts):
        """Rotate and report counts."""
        try:
            result = ssn_keys_rotate(progress=not opts["no_progress"])
        except RotationError as exc:
            raise CommandError(str(exc), returncode=2) from None
        self.stdout.write(
            f"{result.checked} stored SSNs checked, {result.reencrypted} re-encrypted under the current key, "
            f"{result.rehashed} hashes recomputed."
        )
