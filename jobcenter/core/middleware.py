"""Every page requires sign-in unless its view is marked ``@login_not_required``."""

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware


class LoginRequiredByDefaultMiddleware(LoginRequiredMiddleware):
    """Django's LoginRequiredMiddleware, except the API, which answers 401 itself (token or session auth)."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith("/api/v1/") or request.path_info.startswith(settings.STATIC_URL):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


NUL_MESSAGE = "The request contains a NUL character (\\0), which no field may hold. Remove it and try again."
_NUL_MARKERS = (b"\x00", b"%00", b"\\u0000")
TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded", "text/")


class RejectNulBytesMiddleware:
    """Refuse any request whose URL, query or (non-file) body carries a NUL character: SQLite would store it in a
    name and PostgreSQL would fail on it, so it is rejected up front on both (issue #10). The API answers 422
    with the same body as its other field errors; pages answer 400."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request):
            from django.http import HttpResponseBadRequest, JsonResponse

            if request.path_info.startswith("/api/"):
                return JsonResponse({"detail": NUL_MESSAGE, "errors": {"__all__": [NUL_MESSAGE]}}, status=422)
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    @staticmethod
    def _has_nul(request) -> bool:
        raw_path = request.get_full_path().encode("utf-8", "surrogateescape")
        if any(m in raw_path.lower() for m in (b"\x00", b"%00")):
            return True
        content_type = request.META.get("CONTENT_TYPE", "")
        if content_type.startswith("multipart/"):
            return any("\x00" in v for vs in request.POST.lists() for v in vs[1])
        if not content_type.startswith(TEXT_BODIES):
            return False  # binary uploads (files, Parquet) may hold NUL bytes legitimately
        try:
            body = request.body
        except Exception:  # body too large or already read: Django reports that itself
            return False
        return any(m in body.lower() for m in _NUL_MARKERS)


CONFLICT_MESSAGE = (
    "Someone else changed the same record at the same moment, so nothing was saved. Reload the page and try again."
)


def is_write_conflict(exc: BaseException) -> bool:
    """A lost race: a unique constraint hit by a concurrent insert, or a database still locked after the timeout."""
    from django.db import IntegrityError, OperationalError

    if isinstance(exc, IntegrityError):
        return True
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


class WriteConflictMiddleware:
    """The loser of a write race gets a clear 409 (a page, or JSON under /api/), never a 500 (issue #10)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_write_conflict(exception):
            return None
        import logging

        from django.http import JsonResponse
        from django.shortcuts import render

        logging.getLogger("jobcenter.conflicts").warning(
            "write conflict on %s %s: %s", request.method, request.path, type(exception).__name__
        )
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": CONFLICT_MESSAGE}, status=409)
        return render(request, "conflict.html", {"message": CONFLICT_MESSAGE}, status=409)
