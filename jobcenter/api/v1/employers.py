"""Employers API: list and read (scoped: an employer user sees only their own company) and staff-assisted
registration (422 with field errors). Confidential employers are shown in full here only to staff and to
their own users — this API is never applicant-facing."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.responses import Status

from jobcenter.accounts.roles import user_can
from jobcenter.api.schemas import MAX_QUERY, In
from jobcenter.employers import selectors, services

router = Router(tags=["employers"])


class WorksiteOut(Schema):
    """A worksite."""

    id: int
    name: str
    address_1: str
    city: str
    state: str
    postcode: str


class EmployerOut(Schema):
    """An employer account."""

    id: int
    legal_name: str
    dba: str
    fein: str
    naics: str
    status: str
    confidential: bool
    city: str
    state: str
    verified_at: dt.datetime | None
    created_at: dt.datetime
    worksites: list[WorksiteOut]

    @staticmethod
    def resolve_worksites(obj):
        return list(obj.worksites.all())


class EmployerIn(In):
    """Staff-assisted registration of an employer."""

    legal_name: str
    attests_open_position: bool
    dba: str = ""
    fein: str = ""
    ui_account_number: str = ""
    naics: str = ""
    address_1: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    confidential: bool = False


class FieldErrors(Schema):
    """Validation failed: messages by field (``__all__`` for the whole request)."""

    detail: str
    errors: dict[str, list[str]]


def _require(request, capability: str) -> None:
    if not user_can(request.auth, capability):
        raise PermissionDenied(f"Your role cannot do this ({capability}).")


@router.get("/", response=list[EmployerOut], summary="Employers you may see")
def list_employers(request, q: str = Query("", max_length=MAX_QUERY), status: str = Query("", max_length=MAX_QUERY)):
    """Staff: all employers (search by name, DBA, FEIN, city). Employer users: only their own company."""
    if not (user_can(request.auth, "employers.view") or user_can(request.auth, "portal.employer")):
        raise PermissionDenied("Your role cannot list employers.")
    return list(selectors.employer_search(user=request.auth, q=q, status=status).prefetch_related("worksites")[:200])


@router.get("/{int:employer_id}", response=EmployerOut, summary="One employer")
def get_employer(request, employer_id: int):
    """404 for employers outside your scope, exactly as for missing ones."""
    if not (user_can(request.auth, "employers.view") or user_can(request.auth, "portal.employer")):
        raise PermissionDenied("Your role cannot view employers.")
    return get_object_or_404(selectors.employers_for_user(request.auth), pk=employer_id)


@router.post("/", response={201: EmployerOut, 422: FieldErrors}, summary="Register an employer (staff)")
def create_employer(request, payload: EmployerIn):
    """Staff-assisted registration: pending verification, CSU notified. 422 lists the errors by field."""
    _require(request, "employers.register")
    data = payload.dict()
    attests = data.pop("attests_open_position")
    try:
        employer = services.employer_register(actor=request.auth, attests_open_position=attests, **data)
    except ValidationError as exc:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return Status(422, {"detail": "The employer could not be registered.", "errors": errors})
    return Status(201, employer)
