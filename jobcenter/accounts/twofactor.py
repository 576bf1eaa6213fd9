"""Two-factor sign-in (TOTP, django-otp) and the staff idle timeout (ADR 0025).

* Roles that can reveal full SSNs or export data (``REQUIRES_TWO_FACTOR_CAPABILITIES``) must use a second
  factor when ``settings.JOBCENTER_2FA_REQUIRED`` is on (production and development; the test settings switch it
  off so other tests can ``force_login``, and the 2FA tests switch it back on).
* Every other staff member is offered it (Account -> Two-step sign-in); once they have a device, it is required
  for them too.
* Staff sessions end after the dated parameter ``security.staff_idle_timeout_minutes`` without a request.
"""

from __future__ import annotations

from django.conf import settings

# Capabilities that make a second factor mandatory: full SSN view, data exports/reports, administration.
REQUIRES_TWO_FACTOR_CAPABILITIES = frozenset({"seekers.ssn.view_full", "reports.view", "admin.manage", "wages.import"})


def two_factor_required(user) -> bool:
    """The user's role must sign in with a second factor."""
    if not getattr(user, "is_authenticated", False) or not settings.JOBCENTER_2FA_REQUIRED:
        return False
    return bool(user.capabilities & REQUIRES_TWO_FACTOR_CAPABILITIES)


def two_factor_offered(user) -> bool:
    """Staff may turn on a second factor (portal users are not asked)."""
    return getattr(user, "is_authenticated", False) and user.is_staff_role


def confirmed_device(user):
    """The user's confirmed TOTP device, or None."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def staff_idle_timeout_seconds() -> int:
    """The dated idle timeout for staff sessions, in seconds."""
    from jobcenter.core import clock
    from jobcenter.core.parameters import param

    return int(param("security.staff_idle_timeout_minutes", as_of=clock.today())) * 60
