"""Two-step sign-in enforcement and the staff idle timeout (ADR 0025)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect

from jobcenter.accounts import twofactor
from jobcenter.core import clock

TWO_STEP_PREFIX = "/accounts/two-step/"
EXEMPT_PREFIXES = (TWO_STEP_PREFIX, "/accounts/logout/", "/accounts/login/", "/api/", "/healthz")
NO_DEVICE_KEY = "jc_2fa_no_device"
LAST_SEEN_KEY = "jc_last_seen"
IDLE_SIGNED_OUT = "You were signed out after {minutes} minutes without activity. Sign in again to continue."


def _exempt(path: str) -> bool:
    return path.startswith(EXEMPT_PREFIXES) or path.startswith(settings.STATIC_URL)


class TwoFactorMiddleware:
    """After the password, a user with a TOTP device must enter a code; a user whose role requires a second
    factor and who has none is sent to set one up. Runs after django-otp's ``OTPMiddleware``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _exempt(request.path_info) and not user.is_verified():
            target = self._target(request, user)
            if target:
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _target(request, user) -> str | None:
        required = twofactor.two_factor_required(user)
        if not required and request.session.get(NO_DEVICE_KEY):
            return None
        if twofactor.confirmed_device(user) is not None:
            return TWO_STEP_PREFIX
        if required:
            return TWO_STEP_PREFIX + "setup/"
        request.session[NO_DEVICE_KEY] = True
        return None


class StaffIdleTimeoutMiddleware:
    """Ends a staff session after ``security.staff_idle_timeout_minutes`` without a request (htmx polling, such as
    a progress bar refreshing itself, does not count as activity)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff_role:
            now = int(clock.now().timestamp())
            last = request.session.get(LAST_SEEN_KEY)
            limit = twofactor.staff_idle_timeout_seconds()
            if last is not None and now - int(last) > limit:
                from jobcenter.core.audit import audit_log

                audit_log(action="accounts.session.idle_timeout", actor=user, data={"idle_seconds": now - int(last)})
                logout(request)
                messages.info(request, IDLE_SIGNED_OUT.format(minutes=limit // 60))
                return redirect(f"{settings.LOGIN_URL_PATH}?{urlencode({'next': request.get_full_path()})}")
            polling = request.headers.get("HX-Request") == "true" and request.method == "GET"
            if not polling and (last is None or now - int(last) >= 30):
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)
