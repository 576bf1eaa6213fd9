"""jobcenter occupations import --dir PATH — load an O*NET release (tab-delimited text files)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from jobcenter.occupations.importer import OnetImportError, import_onet


class Command(BaseCommand):
    help = "Import O*NET occupations, job zones and alternate titles from an extracted O*NET text release."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=settings.ONET_DATA_DIR, help="Directory with 'Occupation Data.txt' etc.")
        parser.add_argument("--release", default="", help="Release label to store, e.g. 29.3")
        parser.add_argument("--no-alternates", action="store_true", help="Skip alternate titles")

    def handle(self, *args, **options):
        try:
            summary = import_onet(
                Path(options["dir"]),
                release=options["release"],
                with_alternates=not options["no_alternates"],
                progress=self.stdout.write,
            )
        except OnetImportError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {summary.occupations} occupations, {summary.job_zones} job zones, "
                f"{summary.alternate_titles} alternate titles."
            )
        )
