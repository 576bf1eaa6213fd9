"""``jobcenter people dedupe --input people.csv --output clusters.csv``: find duplicate people in a file."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jobcenter.seekers.linkage import batch, constants


class Command(BaseCommand):
    """Batch duplicate detection (Splink on DuckDB); see ``seekers.linkage.batch`` and ADR 0010."""

    help = """Find records of the same person in a CSV file and write one cluster per person.

Input: a UTF-8 CSV whose header names these columns (any order):
  record_id,given_name,surname,date_of_birth,ssn,street_number,address_1,address_2,city,state,postcode,phone,email
Every field may be empty except record_id, which must be unique. Dates are YYYY-MM-DD. An SSN must be
valid (9 digits, dashes allowed; not 000/666/9xx, group 00 or serial 0000). The same SSN is always the
same person.

Output: record_id,cluster_id,match_probability - one row per input record, in input order.
  cluster_id         record_id of the first record (in input order) of the person's cluster
  match_probability  the record's strongest link to another record of its cluster (1.0 for the same
                     SSN); empty for a record that matched nobody (it is its own cluster)

Bad input exits with code 2, names the line and field, and writes no output file (results are written
to a temporary file and renamed at the end). SSNs are never printed. Progress bars go to stderr.
Method and model: docs/adr/0010-duplicate-detection.md.
"""

    def create_parser(self, prog_name, subcommand, **kwargs):
        """Keep the help text's line breaks."""
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        """Options."""
        parser.add_argument("--input", required=True, type=Path, help="CSV file of people (UTF-8)")
        parser.add_argument("--output", required=True, type=Path, help="CSV file to write the clusters to")
        parser.add_argument(
            "--threshold",
            type=float,
            default=0.5,
            help="match probability at or above which two records are linked (default 0.5)",
        )
        parser.add_argument("--memory-limit", default=None, help="DuckDB memory limit, e.g. 8GB (default: DuckDB's)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")

    def handle(self, *args, **opts):
        """Validate, deduplicate, write atomically."""
        threshold = opts["threshold"]
        if not 0 < threshold < 1:
            raise CommandError(constants.BAD_THRESHOLD, returncode=2)
        output: Path = opts["output"]
        if not (output.parent if str(output.parent) else Path(".")).is_dir():
            raise CommandError(constants.OUTPUT_DIR_MISSING.format(path=output.parent), returncode=2)
        if output.is_dir():
            raise CommandError(constants.OUTPUT_IS_DIR.format(path=output), returncode=2)
        source: Path = opts["input"]
        if output.resolve() == source.resolve() or (output.exists() and source.exists() and output.samefile(source)):
            raise CommandError(constants.OUTPUT_IS_INPUT.format(path=output), returncode=2)
        progress = not opts["no_progress"]
        logging.getLogger("splink").setLevel(logging.WARNING)
        started = time.monotonic()
        try:
            batch.validate_csv(opts["input"], progress=progress)
        except batch.InputError as exc:
            raise CommandError("invalid input, nothing written:\n" + "\n".join(exc.errors), returncode=2) from None
        db_api = batch.connect(memory_limit=opts["memory_limit"])
        try:
            n = batch.load_csv(db_api.duckdb_con, opts["input"])
        except batch.InputError as exc:
            raise CommandError("invalid input, nothing written:\n" + "\n".join(exc.errors), returncode=2) from None
        result = batch.dedupe_loaded(db_api, n=n, threshold=threshold, progress=progress)
        batch.write_csv(result, output)
        print(
            f"{n} records, {result.clusters} people, {result.edges} links at >= {threshold}; "
            f"wrote {output} in {time.monotonic() - started:.1f}s",
            file=sys.stderr,
        )
