"""Referrals API: list, create (a job seeker for themself; staff for a person with their consent), approve and
deny in Referrals Pending Review, record outcomes. Rules and messages are the domain's
(``jobcenter.referrals``); a refusal is 422 with the reasons (plain sentences for a job seeker, the procedure with
its citation for staff)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.api.schemas import MAX_QUERY, In
from jobcenter.joborders.models import JobOrder
from jobcenter.referrals import selectors, services
from jobcenter.referrals.models import Referral
from jobcenter.seekers.models import JobSeeker

router = Router(tags=["referrals"])
PREFIX = "/referrals/"


class ReferralOut(Schema):
    """A referral. ``person`` is the referred person's name; ``state_id`` only for staff."""

    id: int
    order_id: int
    order_number: str
    order_title: str
    person: str
    state_id: str
    status: str
    status_label: str
    source: str
    consent: str
    created_at: dt.datetime
    decided_at: dt.datetime | None
    deny_reason: str
    outcome_on: dt.date | None
    dispute_notice: str
    service_code: str


class RefusalOut(Schema):
    """Why the request was refused."""

    detail: str
    reasons: list[str] = []
    errors: dict[str, list[str]] = {}


class ReferralIn(In):
    """A referral request. Job seekers send ``order_id`` (and ``via``); staff also send ``state_id`` and the
    person's consent (``present`` or ``phone`` with a note)."""

    order_id: int
    state_id: str = Field("", max_length=12)
    consent: str = Field("", max_length=10)
    consent_note: str = Field("", max_length=2000)
    dispute_notice_given: bool = False
    via: str = Field("order", max_length=12)


class ApproveIn(In):
    """Approve a request; ``dispute_notice_given`` when the labor dispute notice is due and was given."""

    dispute_notice_given: bool = False


class DenyIn(In):
    """Deny a request, with the reason the person is told."""

    reason: str = Field(..., min_length=1, max_length=2000)


class OutcomeIn(In):
    """hired | not_hired | no_show | refused, and the date."""

    outcome: str = Field(..., max_length=10)
    on: dt.date


def _is_staff(user) -> bool:
    return user_can(user, "matching.refer")


def _out(r: Referral, user) -> dict:
    staff = _is_staff(user)
    return {
        "id": r.pk,
        "order_id": r.job_order_id,
        "order_number": r.job_order.number,
        "order_title": r.job_order.title,
        "person": r.seeker.full_name,
        "state_id": r.seeker.state_id if staff else "",
        "status": r.status,
        "status_label": r.get_status_display(),
        "source": r.source,
        "consent": r.consent,
        "created_at": r.created_at,
        "decided_at": r.decided_at,
        "deny_reason": r.deny_reason if staff or user_can(user, "portal.seeker") else "",
        "outcome_on": r.outcome_on,
        "dispute_notice": r.dispute_notice,
        "service_code": r.service.code if r.service_id and staff else "",
    }


def _require_any(user, *caps) -> None:
    if not any(user_can(user, c) for c in caps):
        raise PermissionDenied(f"Your role cannot do this ({' or '.join(caps)}).")


def _refusal(exc: services.ReferralRefused, user) -> dict:
    reasons = exc.staff if _is_staff(user) else exc.plain
    return {"detail": " ".join(reasons), "reasons": reasons}


def _error(exc: ValidationError) -> dict:
    errors = {k: list(v) for k, v in exc.message_dict.items()} if hasattr(exc, "error_dict") else {}
    return {"detail": " ".join(exc.messages), "errors": errors}


def _referral(request, pk: int) -> Referral:
    return get_object_or_404(
        scoped(Referral.objects.select_related("seeker", "job_order", "service"), request.auth), pk=pk
    )


@router.get("", response=list[ReferralOut], summary="Referrals you may see")
def list_referrals(
    request,
    order_id: int | None = None,
    state_id: str = Query("", max_length=MAX_QUERY),
    status: str = Query("", max_length=MAX_QUERY),
    limit: int = 100,
):
    """Staff: by person (``state_id``), by order (``order_id``), or those held by their job center; a job seeker:
    their own; an employer: those to its orders that were issued."""
    user = request.auth
    _require_any(user, "matching.refer", "portal.seeker", "portal.employer")
    if state_id:
        seeker = get_object_or_404(scoped(JobSeeker.objects.all(), user), state_id=state_id[:12])
        qs = selectors.referrals_for_seeker(user=user, seeker=seeker)
    elif order_id is not None:
        order = get_object_or_404(scoped(JobOrder.objects.all(), user), pk=order_id)
        qs = selectors.referrals_for_order(user=user, order=order)
    else:
        qs = scoped(Referral.objects.select_related("seeker", "job_order", "service"), user)
    if user_can(user, "portal.employer"):
        qs = qs.exclude(status__in=["pending_review", "denied"])
    if status:
        qs = qs.filter(status=status[:16])
    return [_out(r, user) for r in qs.order_by("-created_at", "-id")[: min(max(limit, 1), 500)]]


@router.post("", response={201: ReferralOut, 422: RefusalOut}, summary="Ask for or make a referral")
def create_referral(request, payload: ReferralIn):
    """A job seeker asks for a referral to ``order_id`` (self-referral); staff refer the person ``state_id``."""
    user = request.auth
    _require_any(user, "matching.refer", "portal.seeker")
    # Job orders are public to job seekers once open; an order that is not open is refused below in plain words.
    orders = scoped(JobOrder.objects.all(), user) if _is_staff(user) else JobOrder.objects.all()
    order = get_object_or_404(orders, pk=payload.order_id)
    try:
        if _is_staff(user):
            seeker = get_object_or_404(
                scoped(JobSeeker.objects.filter(is_active=True), user), state_id=payload.state_id
            )
            referral = services.referral_create_staff(
                actor=user,
                seeker=seeker,
                order=order,
                consent=payload.consent,
                consent_note=payload.consent_note,
                dispute_notice_given=payload.dispute_notice_given,
            )
        else:
            seeker = get_object_or_404(scoped(JobSeeker.objects.filter(is_active=True), user))
            via = payload.via if payload.via in ("order", "notification") else "order"
            referral = services.referral_request_self(actor=user, seeker=seeker, order=order, via=via)
    except services.ReferralRefused as exc:
        return Status(422, _refusal(exc, user))
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(201, _out(referral, user))


@router.post("{referral_id}/approve", response={200: ReferralOut, 422: RefusalOut}, summary="Approve a request")
def approve_referral(request, referral_id: int, payload: ApproveIn):
    """Referrals Pending Review: refer the person (enrolling them first if needed)."""
    _require_any(request.auth, "matching.refer")
    referral = _referral(request, referral_id)
    try:
        referral = services.referral_review_approve(
            actor=request.auth, referral=referral, dispute_notice_given=payload.dispute_notice_given
        )
    except services.ReferralRefused as exc:
        return Status(422, _refusal(exc, request.auth))
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(200, _out(referral, request.auth))


@router.post("{referral_id}/deny", response={200: ReferralOut, 422: RefusalOut}, summary="Deny a request")
def deny_referral(request, referral_id: int, payload: DenyIn):
    """Referrals Pending Review: do not refer, with the reason the person is told."""
    _require_any(request.auth, "matching.refer")
    referral = _referral(request, referral_id)
    try:
        referral = services.referral_review_deny(actor=request.auth, referral=referral, reason=payload.reason)
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(200, _out(referral, request.auth))


@router.post("{referral_id}/outcome", response={200: ReferralOut, 422: RefusalOut}, summary="Record an outcome")
def record_outcome(request, referral_id: int, payload: OutcomeIn):
    """Staff or the order's employer: hired, not hired, no show or refused, with the date."""
    _require_any(request.auth, "matching.refer", "portal.employer")
    referral = _referral(request, referral_id)
    try:
        referral = services.referral_outcome_record(
            actor=request.auth, referral=referral, outcome=payload.outcome, on=payload.on
        )
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(200, _out(referral, request.auth))
