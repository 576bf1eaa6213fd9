"""jobcenter reporting indicators --pirl pirl.csv --program ... (--program-year 2023 | --quarter 2024Q3)."""

import json

from django.core.management.base import BaseCommand, CommandError

from jobcenter.analytics import ENGINES, PROGRAMS


class Command(BaseCommand):
    help = "Compute the WIOA indicators (JSON) for one program from a PIRL file (CSV or Parquet)."

    def add_arguments(self, parser):
        parser.add_argument("--pirl", required=True, help="PIRL file; headers p<element> or bare element numbers")
        parser.add_argument("--program", required=True, choices=PROGRAMS)
        period = parser.add_mutually_exclusive_group(required=True)
        period.add_argument("--program-year", type=int, help="annual cohorts, e.g. 2023 (PY2023)")
        period.add_argument("--quarter", help="report quarter (calendar), e.g. 2024Q3")
        parser.add_argument("--engine", choices=ENGINES, default="duckdb")
        parser.add_argument("--indent", type=int, default=2)

    def handle(self, *args, **options):
        from jobcenter.analytics import compute_indicators

        try:
            result = compute_indicators(
                pirl=options["pirl"],
                program=options["program"],
                program_year=options["program_year"],
                quarter=options["quarter"],
                engine=options["engine"],
            )
        except (ValueError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(result, indent=options["indent"] or None))
