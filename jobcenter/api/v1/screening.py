"""Screen a job order with the compliance rule engine: ``POST /api/v1/job-orders/screen``.

Body: one job order in the engine's input shape (docs/rules.md). 200 -> ``{"decision", "findings",
"notices"}``; 422 -> ``{"detail", "errors": {field_path: message}}``; 401 without a token or session; 403 for a
role without the ``joborders.screen`` capability. The endpoint stores nothing: it only returns the findings.
"""

from __future__ import annotations

import datetime as dt
import json

from django.core.exceptions import PermissionDenied
from ninja import Router, Schema, Status

from jobcenter.accounts.roles import user_can
from jobcenter.compliance.screening import ScreeningInputError, screen_job_order
from jobcenter.compliance.screening import constants as C

router = Router(tags=["job orders"])
PREFIX = "/job-orders/screen"

INVALID = "The job order is not valid: see the field errors."


class FindingOut(Schema):
    """One rule's finding."""

    rule: str
    severity: str
    citation: str
    message: str
    field: str | None
    matched: str | None


class ScreeningOut(Schema):
    """The screening decision, findings (most severe first) and notices."""

    decision: str
    findings: list[FindingOut]
    notices: list[str]


class InputErrorsOut(Schema):
    """Field errors: field path (``wage.min``, ``special_categories[0]``) -> message."""

    detail: str
    errors: dict[str, str]


@router.post(
    "",
    response={200: ScreeningOut, 422: InputErrorsOut},
    summary="Screen a job order",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object", "description": "A job order (docs/rules.md)"}}
            },
        },
        "parameters": [
            {"in": "query", "name": "as_of", "required": False, "schema": {"type": "string", "format": "date"}}
        ],
    },
)
def screen(request):
    """Run every screening rule in force on the order and return the decision. ``?as_of=YYYY-MM-DD`` screens as
    on that date instead of the order's received date."""
    if not user_can(request.auth, "joborders.screen"):
        raise PermissionDenied("Your role cannot screen job orders (joborders.screen).")
    as_of = None
    if request.GET.get("as_of"):
        try:
            as_of = dt.date.fromisoformat(request.GET["as_of"])
        except ValueError:
            return Status(422, {"detail": INVALID, "errors": {"as_of": C.INPUT_BAD_AS_OF}})
    try:
        data = json.loads(request.body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Status(422, {"detail": INVALID, "errors": {"": f"Not valid JSON: {exc}."}})
    try:
        result = screen_job_order(data, as_of=as_of)
    except ScreeningInputError as exc:
        return Status(422, {"detail": INVALID, "errors": exc.errors})
    return Status(200, result.to_dict())
