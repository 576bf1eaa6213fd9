"""API authentication: bearer tokens (``Authorization: Bearer jc_...``) or the browser session."""

from __future__ import annotations

from ninja.security import HttpBearer, SessionAuth

from jobcenter.accounts.models import ApiToken
from jobcenter.core import clock


class TokenAuth(HttpBearer):
    """Bearer token issued on the account page; only its hash is stored."""

    def authenticate(self, request, token: str):
        row = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=ApiToken.hash(token), revoked=False, user__is_active=True)
            .first()
        )
        if row is None:
            return None
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=clock.now())
        request.user = row.user
        return row.user


class ActiveSessionAuth(SessionAuth):
    """Session auth (with CSRF) for an active user."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        return user if user and user.is_active else None


API_AUTH = [TokenAuth(), ActiveSessionAuth()]
