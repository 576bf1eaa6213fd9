"""``jobcenter accounts otp-code USERNAME``: the current two-step code of a user (development and demo only)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    """Print the code a user's authenticator app would show now, so the demo can be walked without a phone."""

    help = "Print the current two-step sign-in code of a user (refused in production)."

    def add_arguments(self, parser):
        """Options."""
        parser.add_argument("username")

    def handle(self, *args, **opts):
        """Compute the TOTP code from the user's newest device."""
        if settings.PRODUCTION:
            raise CommandError(
                "Refused in production: codes come from the person's own authenticator app.", returncode=2
            )
        from django_otp.oath import TOTP
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.filter(user__username=opts["username"]).order_by("-confirmed", "-id").first()
        if device is None:
            raise CommandError(
                f"{opts['username']} has no authenticator yet: sign in once to reach the set-up page.", returncode=2
            )
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stdout.write(f"{totp.token():0{device.digits}d}")
