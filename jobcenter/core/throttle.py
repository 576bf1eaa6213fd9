"""A small fixed-window rate limit over Django's cache, for anonymous forms (self-registration) that are not
sign-ins (django-axes covers those). Keys are hashed, so no personal data lands in the cache."""

from __future__ import annotations

import hashlib

from django.core.cache import cache

from jobcenter.core import clock


class Throttled(Exception):
    """Too many attempts in the current window."""


def client_ip(request) -> str:
    """The client's address as django-axes sees it (honours the configured proxy count)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"


def throttle_hit(*, scope: str, key: str, limit: int, window_seconds: int = 3600) -> None:
    """Count one attempt for ``(scope, key)``; raise ``Throttled`` once more than ``limit`` fall in one window."""
    window = int(clock.now().timestamp()) // window_seconds
    digest = hashlib.sha256(f"{scope}:{key}:{window}".encode()).hexdigest()[:32]
    cache_key = f"throttle:{digest}"
    cache.add(cache_key, 0, timeout=window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=window_seconds)
        count = 1
    if count > limit:
        raise Throttled


THROTTLED_MESSAGE = (
    "There have been too many attempts from here in the last hour. Please try again later, or contact your job "
    "center for help."
)


def throttle_posts(scope: str, *, fields: tuple[str, ...] = (), limit_setting: str = "REGISTRATION_LIMIT_PER_HOUR"):
    """View decorator: limit POSTs per client IP address and per value of each of ``fields`` (for example the
    username or SSN being registered) to ``settings.<limit_setting>`` an hour; past it, answer 429."""
    import functools
    import re

    from django.conf import settings
    from django.shortcuts import render

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                limit = getattr(settings, limit_setting)
                keys = [("ip", client_ip(request))]
                for name in fields:
                    value = re.sub(r"[\s-]", "", request.POST.get(name, "")).lower()[:200]
                    if value:
                        keys.append((name, value))
                try:
                    for kind, value in keys:
                        throttle_hit(scope=f"{scope}:{kind}", key=value, limit=limit)
                except Throttled:
                    return render(request, "throttled.html", {"message": THROTTLED_MESSAGE}, status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
