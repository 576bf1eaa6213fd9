"""The API: one NinjaAPI at /api/v1/ with a router per area (modules in ``jobcenter.api.v1``).

Every endpoint requires a token or a session unless its router says ``auth=None`` explicitly.
OpenAPI docs: /api/v1/docs (and /api/docs redirects there).
"""

import importlib
import pkgutil

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, OperationalError
from ninja import NinjaAPI

from jobcenter.api import v1
from jobcenter.api.auth import API_AUTH
from jobcenter.core.middleware import CONFLICT_MESSAGE, is_write_conflict
from jobcenter.core.parameters import ParameterError

ERROR_RESPONSES = {
    "400": "The request body is not valid JSON or not the expected media type.",
    "401": "No valid token or session.",
    "403": "Your role or scope does not allow this.",
    "404": "No such record, or not one you may see (both look the same).",
    "409": "The request conflicts with the record's state or lost a race with another change; try again.",
    "422": "The input is not valid: `detail` says why (a list of field errors, or one message with `errors`).",
}
ERROR_SCHEMA = {
    "title": "Error",
    "type": "object",
    "properties": {
        "detail": {
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "object"}},
                {"type": "object"},
            ]
        },
        "errors": {"type": "object"},
    },
    "required": ["detail"],
}


class JobcenterAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI schema documents the error answers every operation can give (issue #10: make the
    schema true), with the one error body all of them use."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
        ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        for operations in schema.get("paths", {}).values():
            for op in operations.values():
                responses = op.setdefault("responses", {})
                for code, text in ERROR_RESPONSES.items():
                    responses.setdefault(code, {"description": text, **ref})
        return schema


api = JobcenterAPI(
    title="jobcenter API",
    version="1",
    description="Labor exchange and WIOA case management. Authenticate with `Authorization: Bearer <token>` "
    "(issue one at /accounts/tokens/) or a browser session.",
    auth=API_AUTH,
    urls_namespace="api-v1",
    docs_url="/docs",
)


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    """403 with the reason."""
    return api.create_response(request, {"detail": str(exc) or "Permission denied."}, status=403)


@api.exception_handler(ParameterError)
def no_parameter_for_date(request, exc):
    """A date outside every dated rule's range is the caller's input problem: 422, never a 500."""
    message = "No rule on file covers the date given; use a later date."
    return api.create_response(request, {"detail": message, "errors": {"__all__": [message]}}, status=422)


@api.exception_handler(IntegrityError)
@api.exception_handler(OperationalError)
def write_conflict(request, exc):
    """The loser of a write race: 409 (a database lock still held after the timeout, or a unique clash)."""
    if not is_write_conflict(exc):
        raise exc
    return api.create_response(request, {"detail": CONFLICT_MESSAGE}, status=409)


for _mod in sorted(pkgutil.iter_modules(v1.__path__), key=lambda m: m.name):
    _module = importlib.import_module(f"{v1.__name__}.{_mod.name}")
    if hasattr(_module, "router"):
        api.add_router(getattr(_module, "PREFIX", f"/{_mod.name.replace('_', '-')}/"), _module.router)
