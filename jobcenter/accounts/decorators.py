"""View decorators for capabilities."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from jobcenter.accounts.roles import user_can


def capability_required(*capabilities: str):
    """Require sign-in and every capability listed; anonymous users go to the login page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            missing = [c for c in capabilities if not user_can(request.user, c)]
            if missing:
                raise PermissionDenied(f"Your role cannot do this ({', '.join(missing)}).")
            return view(request, *args, **kwargs)

        wrapped.required_capabilities = capabilities
        return wrapped

    return decorator
