"""jobcenter followup select — after the quarter's wage match, select the exiters to interview this quarter."""

from django.core.management.base import BaseCommand, CommandError

from jobcenter.core import clock
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.selection import followup_select


class Command(BaseCommand):
    help = (
        "Select supplemental wage follow-up cases for an interview quarter (default: the current quarter): exiters "
        "with no direct wage match for the 2nd (asked in the 3rd quarter after exit) or 4th quarter after exit "
        "(asked in the 5th), with the policy's reasons; closes cases whose direct match has arrived."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quarter", default=None, help="Interview quarter, e.g. 2026Q1")

    def handle(self, *args, quarter=None, **options):
        try:
            iq = Quarter.parse(quarter) if quarter else Quarter.of(clock.today())
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        result = followup_select(interview_quarter=iq)
        self.stdout.write(
            self.style.SUCCESS(
                f"{iq.label}: {len(result.created)} case(s) selected, {result.existing} already selected, "
                f"{result.direct_matches} with a direct wage match, {len(result.closed)} closed by a direct match."
            )
        )
