"""jobcenter notify saved-searches — tell job seekers of new jobs matching their saved searches (ADR 0044).

Run it from a timer every hour (a search with daily notices is looked at once a day, weekly ones once a week; the
rest are skipped cheaply). With ``jobcenter jobs work`` running, it only queues the task for the worker. Safe to
run at any time: each job is told at most once per saved search, each notice sent at most once.
"""

from django.core.management.base import BaseCommand

from jobcenter.savedsearches.notify import start


class Command(BaseCommand):
    help = "Tell job seekers of new jobs that match their saved searches (daily or weekly, as each chose)."

    def handle(self, *args, **options):
        self.stdout.write(start())
