"""jobcenter occupations import --dir PATH — load an O*NET release (folder or official zip of the text files)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from jobcenter.occupations.importer import STEPS, OnetImportError, import_onet


class Command(BaseCommand):
    help = (
        "Import O*NET occupations, job zones, alternate and reported titles, tasks, skills, knowledge, technology "
        "skills, education/training/experience and related occupations from an O*NET text release (folder or zip)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=settings.ONET_DATA_DIR, help="Release folder or its official zip file")
        parser.add_argument("--release", default="", help="Release label to store, e.g. 29.3")
        parser.add_argument("--no-alternates", action="store_true", help="Skip alternate titles")
        parser.add_argument("--no-details", action="store_true", help="Only occupations, job zones, alternate titles")

    def handle(self, *args, **options):
        bar = tqdm(total=len(STEPS) + 1, unit="file", desc="O*NET import", file=self.stderr._out)
        try:
            summary = import_onet(
                Path(options["dir"]),
                release=options["release"],
                with_alternates=not options["no_alternates"],
                with_details=not options["no_details"],
                progress=lambda msg: (bar.set_postfix_str(msg), bar.update(1)),
            )
        except OnetImportError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from exc
        finally:
            bar.close()
        from jobcenter.occupations.coder_index import get_coder

        self.stderr.write("Building the occupation coder's index from the imported release...")
        get_coder()  # cached under var/coder/, so the first page or command that codes a title does not wait
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {summary.occupations} occupations, {summary.job_zones} job zones, "
                f"{summary.alternate_titles} alternate titles, {summary.reported_titles} reported titles, "
                f"{summary.tasks} tasks, {summary.skills} skill and {summary.knowledge} knowledge ratings, "
                f"{summary.technology_skills} technology skills, {summary.education_training} education/training "
                f"ratings, {summary.related_occupations} related occupations."
            )
        )
