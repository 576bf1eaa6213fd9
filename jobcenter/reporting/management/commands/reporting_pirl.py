"""``jobcenter reporting pirl --quarter 2025Q4 --out pirl.csv``: build, check and export the PIRL."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jobcenter.reporting import constants
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.report import write_failures
from jobcenter.reporting.pirl.writer import write_pirl
from jobcenter.reporting.quarters import Quarter


class Command(BaseCommand):
    """PIRL (ETA-9172) export with WIPS edit checks; see docs/adr/0036-pirl-build-and-edit-checks.md."""

    help = """Build the PIRL for a report quarter from the case database and the wage data, run the edit checks
(in the WIPS order: format, valid values, duplicates, logical rules) and write the file.

Columns are p<element> (p100, p901, p1602 ...) then the state extension columns job_center and region
(leave them out with --federal-only). Dates are YYYYMMDD; wages are dollars with two decimals and
999999.99 means not yet available. Element 100 is the State ID, never an SSN.

If any edit check fails, nothing is written to --out: the failures (line, PIRL 100, element, rule,
message, citation) are printed, or written to --errors as CSV, and the command exits with code 3.
"""

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("--quarter", required=True, help="report quarter, e.g. 2025Q4")
        parser.add_argument("--out", required=True, type=Path, help="CSV file to write")
        parser.add_argument("--errors", type=Path, help="write edit-check failures to this CSV file")
        parser.add_argument("--federal-only", action="store_true", help="leave out the state extension columns")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args, **opts):
        try:
            quarter = Quarter.parse(opts["quarter"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        bar = None
        if not opts["no_progress"]:
            from tqdm import tqdm

            bar = tqdm(total=0, unit="record", desc=f"PIRL {quarter}", file=sys.stderr)

        def progress(done, total, message=""):
            if bar is not None:
                bar.total = total
                bar.n = done
                bar.set_postfix_str(message, refresh=True)

        rows = build_pirl(quarter=quarter, progress=progress)
        if bar is not None:
            bar.close()
        failures = edits.check_records(rows)
        if failures:
            if opts["errors"]:
                with open(opts["errors"], "w", newline="", encoding="utf-8") as fh:
                    write_failures(failures, fh)
            else:
                write_failures(failures, self.stdout)
            raise CommandError(constants.EXPORT_REFUSED.format(count=len(failures)), returncode=3)
        out: Path = opts["out"]
        tmp = out.with_name(out.name + ".part")
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            write_pirl(rows, fh, extensions=not opts["federal_only"])
        os.replace(tmp, out)
        exited = sum(1 for r in rows if r.get("p901"))
        self.stderr.write(f"Wrote {len(rows)} records ({exited} with an exit) for {quarter} to {out}.")
