"""jobcenter followup reconcile — close follow-up cases whose direct wage match has since arrived."""

from django.core.management.base import BaseCommand

from jobcenter.followup.selection import followup_reconcile


class Command(BaseCommand):
    help = "Close every follow-up case whose reference quarter now has a direct wage match (direct match wins)."

    def handle(self, *args, **options):
        closed = followup_reconcile()
        self.stdout.write(self.style.SUCCESS(f"{len(closed)} case(s) closed by a direct wage match."))
