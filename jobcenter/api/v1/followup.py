"""Supplemental wage follow-up API: the work queue, a case, contact attempts, identity, introduction, the
interview, upload links, document acceptance, closing, the supervisor's dashboard and reports, and the C5 facts.

Every endpoint checks the caller's capability and reads through ``scoped()``; out-of-scope cases 404.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import require, scoped
from jobcenter.api.schemas import MAX_QUERY, QUARTER_PATTERN, In
from jobcenter.core import clock
from jobcenter.followup import constants, selectors, services
from jobcenter.followup.models import AlternateContact, FollowupCase, SourceDocument
from jobcenter.followup.quarters import Quarter

router = Router(tags=["followup"])
PREFIX = "/followup"


class ErrorOut(Schema):
    """Why a request was refused."""

    detail: str
    errors: dict[str, list[str]] = {}


class CaseOut(Schema):
    """A follow-up case."""

    id: int
    seeker_id: int
    state_id: str
    program: str
    exit_date: dt.date
    q_after_exit: int
    reference_quarter: str
    opens_on: dt.date
    due_on: dt.date
    reasons: list[str]
    reason_labels: list[str]
    reason_detail: str
    status: str
    assigned_to: str | None
    attempts: int
    identity_verified: bool | None
    introduction_given: bool
    employed_in_reference: bool | None
    quarterly_earnings: Decimal | None


# Every input is bounded (issue #10): strings by length, numbers by range, lists by size.
Code = Field(max_length=20)
Text200 = Field("", max_length=200)
Money = Field(None, ge=0, le=Decimal("9999999999.99"), max_digits=12, decimal_places=2)


class AttemptIn(In):
    """One attempt; ``alternate_contact_id`` names the alternate contact tried (see the contacts endpoint)."""

    attempted_at: dt.datetime
    method: str = Code
    contactee: str = Code
    outcome: str = Code
    notes: str = Field("", max_length=2000)
    alternate_contact_id: int | None = Field(None, ge=1)


class IdentityIn(In):
    """Only the question asked and whether the answer matched; never the answer."""

    question: str = Code
    passed: bool


class IntroductionIn(In):
    points_given: list[bool] = Field(max_length=6)


class InterviewIn(In):
    """The collection form's answers (see followup.services.INTERVIEW_FIELDS)."""

    respondent: str = Code
    enrolled_in_education: bool | None = None
    class_types: list[str] = Field([], max_length=4)
    class_other: str = Text200
    employed_now: bool | None = None
    periods_employed: list[int] = Field([], max_length=4)
    employer_name: str = Text200
    employment_type: str = Text200
    employer_fein: str = Field("", max_length=10)
    employer_city: str = Field("", max_length=100)
    employer_state: str = Field("", max_length=2)
    related_to_training: bool | None = None
    hours_per_week: Decimal | None = Field(None, ge=0, le=168, max_digits=5, decimal_places=2)
    wage_amount: Decimal | None = Money
    wage_period: str = Field("", max_length=20)
    wages_actually_paid: bool = False
    unemployment_reason: str = Field("", max_length=20)
    self_employed: bool = False
    gross_receipts: Decimal | None = Money
    expenses: Decimal | None = Money
    attestation_name: str = Text200
    attested_on: dt.date | None = None


class LinkIn(In):
    audience: str = Code
    kind: str = Code


class LinkOut(Schema):
    """The link's token is returned once; only its hash is stored."""

    id: int
    token: str
    expires_at: dt.datetime


class AcceptIn(In):
    employed: bool
    stub_count: int | None = Field(None, ge=0, le=60)
    onet_code: str = Field("", max_length=10)
    naics2: str = Field("", max_length=2)
    employer_fein: str = Field("", max_length=9)
    employer_name: str = Text200
    employer_city: str = Field("", max_length=100)
    employer_state: str = Field("", max_length=2)
    total_earnings: Decimal | None = Money


class CloseIn(In):
    """``no_response`` or ``refused``."""

    reason: str = Code


def _error(exc: ValidationError) -> dict:
    errors = {k: list(v) for k, v in exc.message_dict.items()} if hasattr(exc, "error_dict") else {}
    return {"detail": " ".join(exc.messages), "errors": errors}


def _require_any(user, *caps):
    if not any(user_can(user, c) for c in caps):
        raise PermissionDenied("Your role cannot do this.")


def _case(request, case_id: int) -> FollowupCase:
    _require_any(request.auth, "followup.interview", "followup.supervise")
    return get_object_or_404(
        scoped(FollowupCase.objects.select_related("seeker", "assigned_to"), request.auth), pk=case_id
    )


def _case_out(c: FollowupCase) -> dict:
    interview = getattr(c, "interview", None)
    return {
        "id": c.pk,
        "seeker_id": c.seeker_id,
        "state_id": c.seeker.state_id,
        "program": c.program,
        "exit_date": c.exit_date,
        "q_after_exit": c.q_after_exit,
        "reference_quarter": str(c.reference_quarter),
        "opens_on": c.opens_on,
        "due_on": c.due_on,
        "reasons": c.reasons,
        "reason_labels": c.reason_labels,
        "reason_detail": c.reason_detail,
        "status": c.status,
        "assigned_to": c.assigned_to.username if c.assigned_to else None,
        "attempts": c.attempts.count(),
        "identity_verified": c.identity_verified,
        "introduction_given": c.introduction_given_at is not None,
        "employed_in_reference": interview.employed_in_reference if interview else None,
        "quarterly_earnings": interview.quarterly_earnings if interview else None,
    }


@router.get("/cases", response={200: list[CaseOut], 400: ErrorOut}, summary="Work queue")
def case_list(
    request,
    quarter: str | None = Query(None, pattern=QUARTER_PATTERN, max_length=6),
    mine: bool = False,
    open_only: bool = True,
):
    """Cases of an interview quarter (e.g. 2026Q1) by due date."""
    _require_any(request.auth, "followup.interview", "followup.supervise")
    try:
        iq = Quarter.parse(quarter[:10]) if quarter else None
    except ValueError:
        return Status(400, {"detail": "Give the quarter like 2026Q1.", "errors": {"quarter": ["Like 2026Q1."]}})
    rows = selectors.work_queue(user=request.auth, interview_quarter=iq, mine=mine, open_only=open_only)
    return [_case_out(c) for c in rows[:500]]


@router.get("/cases/{case_id}", response=CaseOut, summary="A follow-up case", url_name="followup_case_detail")
def case_detail(request, case_id: int):
    return _case_out(_case(request, case_id))


def _call(request, case_id: int, fn):
    require(request.auth, "followup.interview")
    case = _case(request, case_id)
    try:
        fn(case)
    except ValidationError as exc:
        return Status(400, _error(exc))
    case.refresh_from_db()
    return _case_out(case)


@router.post("/cases/{case_id}/attempts", response={200: CaseOut, 400: ErrorOut}, summary="Log a contact attempt")
def attempt_create(request, case_id: int, payload: AttemptIn):
    """Log an attempt; an attempt to an alternate contact names which one (``alternate_contact_id``)."""
    data = payload.dict()
    alternate_id = data.pop("alternate_contact_id")

    def record(c):
        alternate = None
        if alternate_id is not None:
            alternate = scoped(AlternateContact.objects.filter(seeker=c.seeker), request.auth).filter(pk=alternate_id)
            alternate = alternate.first()
            if alternate is None:
                raise ValidationError({"alternate_contact": constants.ALTERNATE_NOT_THEIRS})
        services.attempt_record(actor=request.auth, case=c, alternate_contact=alternate, **data)

    return _call(request, case_id, record)


@router.post("/cases/{case_id}/identity", response={200: CaseOut, 400: ErrorOut}, summary="Record the identity check")
def identity(request, case_id: int, payload: IdentityIn):
    return _call(
        request,
        case_id,
        lambda c: services.identity_record(
            actor=request.auth, case=c, question=payload.question, passed=payload.passed
        ),
    )


@router.post("/cases/{case_id}/introduction", response={200: CaseOut, 400: ErrorOut}, summary="Introduction given")
def introduction(request, case_id: int, payload: IntroductionIn):
    return _call(
        request,
        case_id,
        lambda c: services.introduction_record(actor=request.auth, case=c, points_given=payload.points_given),
    )


@router.post("/cases/{case_id}/interview", response={200: CaseOut, 400: ErrorOut}, summary="Complete the interview")
def interview(request, case_id: int, payload: InterviewIn):
    return _call(
        request, case_id, lambda c: services.interview_complete(actor=request.auth, case=c, answers=payload.dict())
    )


@router.post(
    "/cases/{case_id}/close", response={200: CaseOut, 400: ErrorOut}, summary="Close as no response or refused"
)
def close(request, case_id: int, payload: CloseIn):
    return _call(request, case_id, lambda c: services.case_close(actor=request.auth, case=c, reason=payload.reason))


@router.post("/cases/{case_id}/links", response={201: LinkOut, 400: ErrorOut}, summary="Create an upload link")
def link_create(request, case_id: int, payload: LinkIn):
    require(request.auth, "followup.interview")
    case = _case(request, case_id)
    try:
        link, token = services.upload_link_create(actor=request.auth, case=case, **payload.dict())
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, {"id": link.pk, "token": token, "expires_at": link.expires_at})


@router.post("/documents/{doc_id}/accept", response={200: CaseOut, 400: ErrorOut}, summary="Accept a document")
def document_accept(request, doc_id: int, payload: AcceptIn):
    require(request.auth, "followup.interview")
    doc = get_object_or_404(scoped(SourceDocument.objects.select_related("case"), request.auth), pk=doc_id)
    try:
        services.document_accept(actor=request.auth, document=doc, fields=payload.dict())
    except ValidationError as exc:
        return Status(400, _error(exc))
    return _case_out(FollowupCase.objects.select_related("seeker", "assigned_to").get(pk=doc.case_id))


@router.get("/dashboard", summary="Supervisor's dashboard")
def dashboard(request):
    """Cases by state, overdue cases and the response rate."""
    require(request.auth, "followup.supervise")
    data = selectors.dashboard(user=request.auth, as_of=clock.today())
    return {
        "by_status": {code: n for _label, n, code in data["by_status"]},
        "total": data["total"],
        "overdue": [c.pk for c in data["overdue"]],
        "response": data["response"],
    }


@router.get("/reports", summary="Follow-up reports")
def reports(request):
    """Response rate, attempts per case, attempt and case outcomes, indicator records completed."""
    _require_any(request.auth, "followup.supervise", "reports.view")
    r = selectors.report(user=request.auth)
    return {
        **{k: v for k, v in r.items() if k not in ("attempt_outcomes", "case_outcomes", "attempt_histogram")},
        "attempt_histogram": dict(r["attempt_histogram"]),
        "case_outcomes": {code: n for _label, n, code in r["case_outcomes"]},
    }


@router.get("/facts", summary="Supplemental wage facts (contract C5)")
def facts(
    request,
    exit_quarter_from: str | None = Query(None, pattern=QUARTER_PATTERN, max_length=6),
    exit_quarter_to: str | None = Query(None, pattern=QUARTER_PATTERN, max_length=6),
):
    """Documented supplemental facts for the PIRL build (type of match 4 where no direct match exists)."""
    _require_any(request.auth, "followup.supervise", "reports.view")
    return selectors.supplemental_wage_facts(
        exit_quarter_from=exit_quarter_from, exit_quarter_to=exit_quarter_to, user=request.auth
    )


class AttemptOut(Schema):
    """A logged contact attempt."""

    id: int
    attempted_at: dt.datetime
    method: str
    contactee: str
    alternate_contact_id: int | None
    whom: str
    outcome: str
    notes: str


class DocumentOut(Schema):
    """A received source document."""

    id: int
    kind: str
    status: str
    received_via: str
    content_type: str
    size: int


class SelectIn(In):
    quarter: str = Field(..., pattern=QUARTER_PATTERN, max_length=6, description="Interview quarter, e.g. 2026Q1")


@router.get("/cases/{case_id}/attempts", response=list[AttemptOut], summary="Contact attempts of a case")
def attempt_list(request, case_id: int):
    return list(_case(request, case_id).attempts.select_related("alternate_contact"))


@router.post(
    "/cases/{case_id}/documents", response={201: DocumentOut, 400: ErrorOut}, summary="Upload a received document"
)
def document_create(request, case_id: int, kind: str = Form(..., max_length=MAX_QUERY), stub_count: Form[int | None] = None,
                    file: File[UploadedFile] = None):  # fmt: skip
    """A document the interviewer received (multipart); it still needs accepting."""
    require(request.auth, "followup.interview")
    case = _case(request, case_id)
    if len(kind) > 20 or not (stub_count is None or 0 <= stub_count <= 60):
        return Status(400, {"detail": "Unknown document kind or pay stub count out of range.", "errors": {}})
    try:
        doc = services.document_receive(actor=request.auth, case=case, kind=kind, upload=file, stub_count=stub_count)
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, doc)


@router.post("/select", response={200: dict, 400: ErrorOut}, summary="Run the quarter's selection")
def select(request, payload: SelectIn):
    """Select the interview quarter's cases after the wage match (supervisor)."""
    require(request.auth, "followup.supervise")
    from jobcenter.followup.selection import followup_select

    try:
        result = followup_select(interview_quarter=payload.quarter, actor=request.auth)
    except ValueError as exc:
        return Status(400, {"detail": str(exc), "errors": {}})
    return {
        "interview_quarter": str(result.interview_quarter),
        "selected": [c.pk for c in result.created],
        "already_selected": result.existing,
        "direct_matches": result.direct_matches,
        "closed_by_direct_match": [c.pk for c in result.closed],
    }
