"""jobcenter joborders expire — expire open and on-hold orders past their last day (run nightly)."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from jobcenter.core import clock
from jobcenter.joborders.services import job_orders_expire_due


class Command(BaseCommand):
    help = "Expire open and on-hold job orders whose closing date (or default open period) has passed."

    def add_arguments(self, parser):
        parser.add_argument("--as-of", help="Date to run as (YYYY-MM-DD); default today")

    def handle(self, *args, **options):
        try:
            as_of = dt.date.fromisoformat(options["as_of"]) if options["as_of"] else clock.today()
        except ValueError:
            raise CommandError(f"--as-of {options['as_of']!r} is not a date (YYYY-MM-DD).") from None
        expired = job_orders_expire_due(as_of=as_of)
        for order in expired:
            self.stdout.write(f"expired {order.number} {order.title}")
        self.stdout.write(self.style.SUCCESS(f"{len(expired)} job order(s) expired as of {as_of}."))
