"""jobcenter cases exits — exit every participant whose 90 days without a qualifying service have passed."""

import datetime as dt

from django.core.management.base import BaseCommand

from jobcenter.cases.services import enrollments_apply_exits
from jobcenter.core import clock


class Command(BaseCommand):
    help = "Apply the 90-day exit rule (TEGL 10-16 Chg 3; 20 CFR 677.150(c)) as of today or --as-of YYYY-MM-DD."

    def add_arguments(self, parser):
        parser.add_argument("--as-of", dest="as_of", type=dt.date.fromisoformat, default=None)

    def handle(self, *args, as_of=None, **options):
        n = enrollments_apply_exits(as_of=as_of or clock.today())
        self.stdout.write(self.style.SUCCESS(f"{n} enrollment(s) exited."))
