"""Job orders API: list and detail (scoped; job seekers get public-safe rows with confidential employers masked)
and create (runs the screening engine; 422 with field errors)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import Query, Router, Schema, Status

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.api.schemas import MAX_QUERY, In
from jobcenter.employers.models import Employer
from jobcenter.joborders import selectors, services
from jobcenter.joborders.models import JobOrder

router = Router(tags=["job orders"])
PREFIX = "/job-orders/"


class JobOrderOut(Schema):
    """A job order as staff and the employer see it (seekers get ``PublicJobOrderOut``)."""

    id: int
    number: str
    title: str
    status: str
    employer_id: int
    employer_name: str
    worksite_city: str
    worksite_state: str
    worksite_zip: str
    wage_min: Decimal | None
    wage_max: Decimal | None
    wage_unit: str
    openings: int
    job_center: str
    received_at: dt.datetime
    entry_due_at: dt.datetime
    entered_at: dt.datetime | None
    last_decision: str
    findings: list[dict]
    notices: list


class PublicJobOrderOut(Schema):
    """A job order as a job seeker sees it."""

    id: int
    number: str
    title: str
    description: str
    employer_name: str
    worksite: str
    wage: str
    employment_type: str
    openings: int
    apply_through: str
    labor_dispute_notice: str


class JobOrderIn(In):
    """A new job order. ``employer_id`` must be a company the caller may act for."""

    employer_id: int
    received_at: dt.datetime | None = None
    title: str
    description: str
    requirements: str = ""
    application_instructions: str = ""
    soc_code: str = ""
    naics: str = ""
    worksite_city: str
    worksite_state: str
    worksite_zip: str
    wage_min: Decimal | None = None
    wage_max: Decimal | None = None
    wage_unit: str = "hour"
    tipped: bool = False
    hours_per_week: Decimal | None = None
    openings: int = 1
    employment_type: str = "full_time"
    visa_program: str = "none"
    special_categories: list[str] = []
    minimum_age: int | None = None
    hiring_requirements: list[str] = []
    confidential: bool = False
    display_company_name: bool = True


class FieldErrors(Schema):
    """Validation failed: messages by field (``__all__`` for the whole request)."""

    detail: str
    errors: dict[str, list[str]]


class CreatedOut(Schema):
    """The created order and what screening did."""

    order: JobOrderOut
    decision: str
    message: str


def _out(order: JobOrder) -> dict:
    last = order.screenings.first()
    return {
        "id": order.pk,
        "number": order.number,
        "title": order.title,
        "status": order.status,
        "employer_id": order.employer_id,
        "employer_name": str(order.employer),
        "worksite_city": order.worksite_city,
        "worksite_state": order.worksite_state,
        "worksite_zip": order.worksite_zip,
        "wage_min": order.wage_min,
        "wage_max": order.wage_max,
        "wage_unit": order.wage_unit,
        "openings": order.openings,
        "job_center": order.job_center.code,
        "received_at": order.received_at,
        "entry_due_at": order.entry_due_at,
        "entered_at": order.entered_at,
        "last_decision": order.last_decision,
        "findings": last.findings if last else [],
        "notices": last.notices if last else [],
    }


def _public(job) -> dict:
    return {
        "id": job.pk,
        "number": job.number,
        "title": job.title,
        "description": job.description,
        "employer_name": job.employer_name,
        "worksite": job.worksite,
        "wage": job.wage,
        "employment_type": job.employment_type,
        "openings": job.openings,
        "apply_through": job.apply_through,
        "labor_dispute_notice": job.labor_dispute_notice,
    }


def _is_seeker(user) -> bool:
    return user_can(user, "portal.seeker")


def _check_reader(user) -> None:
    if not (user_can(user, "joborders.view") or user_can(user, "portal.employer") or _is_seeker(user)):
        raise PermissionDenied("Your role cannot do this (joborders.view).")


@router.get("/", response=list[JobOrderOut] | list[PublicJobOrderOut], summary="List job orders")
def list_job_orders(request, status: str = Query("", max_length=MAX_QUERY), q: str = Query("", max_length=MAX_QUERY)):
    """Staff and employers: the orders in their scope. Job seekers: open orders, public-safe."""
    user = request.auth
    _check_reader(user)
    if _is_seeker(user):
        return [_public(j) for j in selectors.job_orders_for_seekers(q=q)]
    qs = selectors.job_order_list(user=user, status=status, q=q).prefetch_related("screenings")[:500]
    return [_out(o) for o in qs]


@router.get("/{int:pk}", response=JobOrderOut | PublicJobOrderOut, summary="One job order")
def get_job_order(request, pk: int):
    """One order in scope (404 otherwise)."""
    user = request.auth
    _check_reader(user)
    if _is_seeker(user):
        job = selectors.job_order_for_seeker(pk=pk)
        if job is None:
            raise Http404
        return _public(job)
    order = scoped(JobOrder.objects.select_related("employer", "job_center"), user).filter(pk=pk).first()
    if order is None:
        raise Http404
    return _out(order)


@router.post("/", response={201: CreatedOut, 422: FieldErrors}, summary="Create and screen a job order")
def create_job_order(request, payload: JobOrderIn):
    """Create the order and run the screening engine; 422 with ``errors`` by field when the input is refused."""
    user = request.auth
    staff = user_can(user, "joborders.edit") and user_can(user, "staff.workspace")
    if not (staff or user_can(user, "portal.employer")):
        raise PermissionDenied("Your role cannot do this (joborders.edit).")
    employer = scoped(Employer.objects.all(), user).filter(pk=payload.employer_id).first()
    if employer is None:
        return Status(422, {"detail": "Invalid input.", "errors": {"employer_id": ["No such employer."]}})
    job_center = user.job_center if staff and user.job_center_id else employer.job_center
    if job_center is None:
        return Status(422, {"detail": "Invalid input.", "errors": {"employer_id": ["The employer has no job center."]}})
    fields = payload.dict(exclude={"employer_id", "received_at"})
    try:
        order = services.job_order_create(
            actor=user, employer=employer, job_center=job_center, received_at=payload.received_at, **fields
        )
        outcome = services.job_order_submit(order=order, actor=user)
    except ValidationError as exc:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return Status(422, {"detail": "Invalid input.", "errors": errors})
    order = JobOrder.objects.select_related("employer", "job_center").get(pk=order.pk)
    return Status(201, {"order": _out(order), "decision": outcome.decision, "message": outcome.message})
