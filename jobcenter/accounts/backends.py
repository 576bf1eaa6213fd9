"""Authentication backends."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every sign-in that comes with a request (the login form, the API's session
    sign-in). Calls without a request (``Client.login`` in tests, management commands) have no client address to
    throttle and are passed on to the next backend instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
