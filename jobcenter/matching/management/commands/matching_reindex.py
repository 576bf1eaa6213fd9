"""jobcenter matching reindex [--without-periods]

Rebuilds every job seeker's match index rows (``MatchProfile`` and ``MatchOccupation``) from the live records with
``matching.index.profiles_rebuild``: after a change to what the index holds (matching migration 0006 added each
occupation's work periods, ADR 0042 amendment), or after bulk writes that bypass the save signals.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from jobcenter.matching.index import profiles_rebuild


class Command(BaseCommand):
    help = "Rebuild the match index of every job seeker from their records (after an index change or bulk writes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-periods",
            action="store_true",
            help="Only seekers whose index has months in two or more occupations but no work periods yet (quicker "
            "after matching migration 0006).",
        )

    def handle(self, *args, without_periods: bool = False, **options):
        from jobcenter.matching.models import MatchProfile
        from jobcenter.seekers.models import JobSeeker

        seekers = JobSeeker.objects.all()
        if without_periods:
            stale = [
                pk
                for pk, occupations in MatchProfile.objects.filter(occupation_periods={}).values_list(
                    "seeker_id", "occupations"
                )
                if sum(1 for months in (occupations or {}).values() if months) >= 2
            ]
            seekers = seekers.filter(pk__in=stale)
        count = profiles_rebuild(seekers)
        self.stdout.write(f"Rebuilt the match index of {count} job seekers.")
