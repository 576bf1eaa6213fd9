"""jobcenter people scan — find possible duplicates across the whole registry and queue them for review."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from jobcenter.seekers.jobs import registry_scan


class Command(BaseCommand):
    help = "Scan every active job seeker for duplicates (Splink) and queue the pairs for CSU review."

    def add_arguments(self, parser):
        parser.add_argument("--threshold", type=float, default=0.9, help="Match probability to queue (0-1)")

    def handle(self, *args, **options):
        bar = tqdm(total=100, unit="%", file=self.stderr._out)

        def report(progress, total=None, message=""):
            bar.n = progress
            if message:
                bar.set_description(message[:60])
            bar.refresh()

        result = registry_scan(params={"threshold": options["threshold"]}, report=report)
        bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Scanned {result['people']} people: {result['pairs_queued']} pair(s) queued for review."
            )
        )
