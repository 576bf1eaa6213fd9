"""jobcenter demo load — load the deterministic demo data (safe to run again)."""

from django.core.management.base import BaseCommand

from jobcenter.core.demo import load_demo


class Command(BaseCommand):
    help = "Load deterministic demo data: regions, job centers, a user per role, employers, job seekers and more."

    def handle(self, *args, **options):
        load_demo(verbosity=options["verbosity"])
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
