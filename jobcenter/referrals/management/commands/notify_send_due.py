"""jobcenter notify send_due — send the job notifications whose time has come (ADR 0032).

A running ``jobcenter jobs work`` sends them by itself (their batches wait with ``run_after``); this command is for
installations without a worker (the development server's ``thread`` mode) or to catch up after an outage: run it
from cron every few minutes. Safe to run at any time: each message goes out at most once.
"""

from django.core.management.base import BaseCommand

from jobcenter.referrals.notify import send_due


class Command(BaseCommand):
    help = "Send job notifications that are due (the others after the veterans' priority window)."

    def handle(self, *args, **options):
        sent = send_due()
        self.stdout.write(f"Sent {sent} job notification(s).")
