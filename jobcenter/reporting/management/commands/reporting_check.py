"""``jobcenter reporting check --pirl file.csv``: run the PIRL edit checks on a file from any system."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.reader import PirlFormatError, read_pirl
from jobcenter.reporting.pirl.report import write_failures


class Command(BaseCommand):
    """Edit checks on a PIRL CSV (headers p100 / 100 / PIRL 100 all accepted)."""

    help = "Run the PIRL edit checks (WIPS order) on a CSV file; exit code 3 when any check fails."

    def add_arguments(self, parser):
        parser.add_argument("--pirl", required=True, type=Path, help="PIRL CSV file")
        parser.add_argument("--errors", type=Path, help="write failures to this CSV file instead of the screen")

    def handle(self, *args, **opts):
        try:
            rows = read_pirl(opts["pirl"])
        except (OSError, PirlFormatError) as exc:
            raise CommandError(str(exc), returncode=2) from None
        failures = edits.check_records(rows)
        if opts["errors"]:
            with open(opts["errors"], "w", newline="", encoding="utf-8") as fh:
                write_failures(failures, fh)
        elif failures:
            write_failures(failures, self.stdout)
        counts = ", ".join(f"{stage}: {n}" for stage, n in edits.summary(failures).items())
        self.stderr.write(f"{len(rows)} records checked; failures by stage - {counts}.")
        if failures:
            raise CommandError(f"{len(failures)} edit check failure(s).", returncode=3)
