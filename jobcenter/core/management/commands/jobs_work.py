"""jobcenter jobs work — run queued background jobs (the production worker)."""

from django.core.management.base import BaseCommand

from jobcenter.core.jobs import work


class Command(BaseCommand):
    help = "Run the task worker (django-tasks database backend); --once to drain the queue and exit."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is queued now, then exit")
        parser.add_argument("--poll", type=float, default=2.0, help="Seconds between polls when idle")

    def handle(self, *args, **options):
        ran = work(once=options["once"], poll_seconds=options["poll"])
        self.stdout.write(f"Ran {ran} job(s).")
