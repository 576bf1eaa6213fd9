"""jobcenter demo logins — print the demo users and the shared password."""

from django.core.management.base import BaseCommand

from jobcenter.accounts.demo import DEMO_USERS
from jobcenter.core.demo import DEMO_PASSWORD


class Command(BaseCommand):
    help = "Print the demo logins (every demo user has the same password)."

    def handle(self, *args, **options):
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}) at http://127.0.0.1:8000/\n")
        for username, role, center, _first, _last in DEMO_USERS:
            self.stdout.write(f"  {username:<14} {role.label:<42} {center or ''}")
        self.stdout.write(
            "\nRoles that can see full SSNs or export data (csu, admin, supervisor, regional, wpc, sma, analyst) set up\n"
            "two-step sign-in on first sign-in; without a phone, `jobcenter accounts otp-code USERNAME` prints the code.\n"
        )
