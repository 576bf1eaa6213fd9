"""jobcenter jobs work — run queued background jobs (the production worker).

With the database backend (the default) it runs the django-tasks-db worker with heartbeats and recovery
(``core.jobs.work``). With ``JOBCENTER_TASKS_BACKEND=rq`` it runs django-rq's worker on the ``default`` queue with
the job class django-tasks-rq needs (docs/adr/0030-task-queue.md).
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from jobcenter.core.jobs import work

RQ_JOB_CLASS = "django_tasks_rq.backend.Job"


class Command(BaseCommand):
    help = "Run the task worker (database backend, or RQ on Redis); --once to drain the queue and exit."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is queued now, then exit")
        parser.add_argument("--poll", type=float, default=2.0, help="Seconds between polls when idle")

    def handle(self, *args, **options):
        if settings.JOBCENTER_TASKS_BACKEND == "rq":
            call_command("rqworker", "default", job_class=RQ_JOB_CLASS, burst=options["once"])
            return
        ran = work(once=options["once"], poll_seconds=options["poll"])
        self.stdout.write(f"Ran {ran} job(s).")
