"""Job seekers: search (scoped), one record by State ID (scoped), register (duplicate check first)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router, Schema, Status

from jobcenter.accounts.models import JobCenter
from jobcenter.accounts.roles import user_can
from jobcenter.api.schemas import MAX_QUERY, In
from jobcenter.seekers import selectors, services

router = Router(tags=["job seekers"])
PREFIX = "/seekers/"


class SeekerOut(Schema):
    """A job seeker as the caller may see them (SSN as last four only)."""

    state_id: str
    given_name: str
    middle_name: str
    surname: str
    date_of_birth: dt.date | None
    email: str
    phone: str
    city: str
    state: str
    postcode: str
    home_job_center: str | None
    ssn_last4: str
    notification_method: str
    veteran: str
    employment_status: str
    uc_status: str
    msfw: str
    education_level: str
    is_active: bool
    merged_into: str | None

    @staticmethod
    def resolve_home_job_center(obj):
        return obj.home_job_center.code if obj.home_job_center_id else None

    @staticmethod
    def resolve_merged_into(obj):
        return obj.merged_into.state_id if obj.merged_into_id else None


class SeekerIn(In):
    """Registration payload (staff-assisted). ``proceed_reason`` is needed only when duplicates are found."""

    given_name: str
    middle_name: str = ""
    surname: str
    suffix: str = ""
    date_of_birth: dt.date | None = None
    ssn: str | None = None
    email: str = ""
    phone: str = ""
    phone_is_mobile: bool = False
    address_1: str = ""
    address_2: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    notification_method: str = "email"
    home_job_center: str | None = None
    sex: str = ""
    veteran: str = "0"
    employment_status: str = ""
    uc_status: str = "0"
    msfw: str = "0"
    education_level: str = ""
    authorized_to_work: bool = False
    desired_wage: Decimal | None = None
    proceed_reason: str = ""


class FieldErrors(Schema):
    """Field name -> messages."""

    detail: str
    errors: dict[str, list[str]]


class CandidateOut(Schema):
    """A possible duplicate (never the SSN). Outside the caller's scope only ``state_id`` and ``birth_year``
    are filled (``in_scope`` false; name and job center empty, date of birth null)."""

    state_id: str
    name: str
    date_of_birth: dt.date | None
    birth_year: int | None
    home_job_center: str
    in_scope: bool
    reasons: list[str]


class DuplicatesOut(Schema):
    """409: possible duplicates found; resend with ``proceed_reason`` to register anyway."""

    detail: str
    candidates: list[CandidateOut]


def _require_any(request, *caps: str) -> None:
    if not any(user_can(request.auth, c) for c in caps):
        raise PermissionDenied(f"Your role cannot do this ({' or '.join(caps)}).")


@router.get("", response=list[SeekerOut], summary="Search job seekers in your scope")
def list_seekers(request, q: str = Query("", max_length=MAX_QUERY), limit: int = 25):
    """State ID, email, phone or name; only records in the caller's scope (a job seeker: themselves)."""
    _require_any(request, "seekers.view", "portal.seeker")
    return list(selectors.seeker_quick_search(user=request.auth, q=q, limit=min(max(limit, 1), 100)))


@router.get("/{state_id}", response=SeekerOut, summary="One job seeker by State ID")
def get_seeker(request, state_id: str = Path(..., max_length=MAX_QUERY)):
    """404 when the record does not exist or is outside the caller's scope."""
    _require_any(request, "seekers.view", "portal.seeker")
    return selectors.seeker_get(user=request.auth, state_id=state_id)


@router.post("", response={201: SeekerOut, 409: DuplicatesOut, 422: FieldErrors}, summary="Register a job seeker")
def register(request, payload: SeekerIn):
    """Validate, run the statewide duplicate check, then create. 422 lists field errors; 409 lists candidates."""
    _require_any(request, "seekers.register")
    data = payload.dict()
    ssn = data.pop("ssn") or None
    reason = data.pop("proceed_reason")
    center_code = data.pop("home_job_center")
    if center_code:
        data["home_job_center"] = get_object_or_404(JobCenter, code=center_code)
    elif request.auth.job_center_id:
        data["home_job_center"] = request.auth.job_center
    if data.get("desired_wage") is None:
        data.pop("desired_wage", None)
    try:
        seeker = services.seeker_register(actor=request.auth, ssn=ssn, proceed_reason=reason, **data)
    except services.DuplicatesFound as exc:
        return Status(
            409,
            {
                "detail": str(exc),
                "candidates": [
                    {
                        "state_id": c.state_id,
                        "name": c.name,
                        "date_of_birth": c.date_of_birth,
                        "birth_year": c.birth_year,
                        "home_job_center": c.home_job_center,
                        "in_scope": c.in_scope,
                        "reasons": list(c.reasons),
                    }
                    for c in (c.for_user(request.auth) for c in exc.candidates)
                ],
            },
        )
    except ValidationError as exc:
        return Status(422, {"detail": "Some fields need attention.", "errors": exc.message_dict})
    return Status(201, seeker)
