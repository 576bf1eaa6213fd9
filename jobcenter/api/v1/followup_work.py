"""Supplemental wage follow-up API, part 2: what the case page offers beyond the interview — taking and assigning a
case, contact sources and alternate contacts, the staff-noted paths that select a person, the signed consent to
contact the employer, documents (list, file, reject), upload links, the interview's answers and the printable form.

Same rules as ``followup``: capability first, then ``scoped()`` reads (out-of-scope ids 404); inputs bounded.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, Form, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from jobcenter.accounts.scoping import require, scoped
from jobcenter.api.schemas import In
from jobcenter.api.v1.followup import CaseOut, ErrorOut, _call, _case, _case_out, _error
from jobcenter.api.v1.followup import router as _router
from jobcenter.followup import assign, selectors, services
from jobcenter.followup.choices import ExpectedPath
from jobcenter.followup.models import PathDeclaration, SourceDocument
from jobcenter.followup.pdf import collection_form_pdf
from jobcenter.seekers.models import JobSeeker

# The operations join the ``followup`` module's router (one router per path: GET and POST of the same path must
# share it); that module is registered first and the URLs are built after every module has been imported.


class AlternateIn(In):
    """A relative, friend or other person who may know the participant's whereabouts (policy A.3)."""

    name: str = Field(min_length=1, max_length=200)
    relationship: str = Field("", max_length=100)
    phone: str = Field("", max_length=30)
    email: str = Field("", max_length=254)
    notes: str = Field("", max_length=500)


class AlternateOut(Schema):
    id: int
    name: str
    relationship: str
    phone: str
    email: str
    notes: str
    label: str


class LastEmployerOut(Schema):
    employer_name: str
    title: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None


class ContactsOut(Schema):
    """Everything known about reaching the participant, and whether the employer may be contacted yet."""

    phone: str
    accepts_text: bool
    email: str
    address: str
    alternates: list[AlternateOut]
    contact_notes: list[str]
    last_employer: LastEmployerOut | None
    employer_contact_allowed: bool
    employer_contact_problem: str | None
    participant_attempts: int
    consent_signed_on: dt.date | None


class PathIn(In):
    """A training plan or career goal likely leading to employment without UI wage records (policy A.2 (b)-(d))."""

    path: ExpectedPath
    note: str = Field("", max_length=500)


class PathOut(Schema):
    id: int
    path: str
    path_label: str
    note: str
    recorded_at: dt.datetime


class AssignIn(In):
    """The interviewer's user id (see the assignees endpoint)."""

    assignee_id: int = Field(ge=1)


class PersonOut(Schema):
    id: int
    username: str
    name: str
    role: str


class DocumentDetailOut(Schema):
    id: int
    kind: str
    kind_label: str
    status: str
    received_via: str
    received_at: dt.datetime
    content_type: str
    size: int
    stub_count: int | None
    employed: bool | None
    total_earnings: Decimal | None
    review_note: str


class RejectIn(In):
    note: str = Field("", max_length=500)


class LinkSentOut(Schema):
    id: int
    audience: str
    kind: str
    expires_at: dt.datetime
    used_at: dt.datetime | None
    created_at: dt.datetime


class InterviewOut(Schema):
    """The collection form's answers with the derived employment and quarterly earnings."""

    respondent: str
    enrolled_in_education: bool | None
    class_types: list[str]
    class_other: str
    employed_now: bool | None
    periods_employed: list[int]
    employer_name: str
    employment_type: str
    employer_fein: str
    employer_city: str
    employer_state: str
    related_to_training: bool | None
    hours_per_week: Decimal | None
    wage_amount: Decimal | None
    wage_period: str
    wages_actually_paid: bool
    unemployment_reason: str
    self_employed: bool
    gross_receipts: Decimal | None
    expenses: Decimal | None
    attestation_name: str
    attested_on: dt.date | None
    employed_in_reference: bool
    quarterly_earnings: Decimal | None
    completed_at: dt.datetime


def _person(u) -> dict:
    return {"id": u.pk, "username": u.username, "name": u.display_name, "role": u.role}


@_router.post("/cases/{case_id}/take", response={200: CaseOut, 400: ErrorOut}, summary="Take a case from the queue")
def case_take(request, case_id: int):
    return _call(request, case_id, lambda c: services.case_take(actor=request.auth, case=c))


@_router.get("/cases/{case_id}/assignees", response=list[PersonOut], summary="Who may be given the case")
def case_assignees(request, case_id: int):
    """Interviewers who work the participant's region (data-collection supervisors)."""
    require(request.auth, "followup.supervise")
    case = _case(request, case_id)
    return [_person(u) for u in assign.assignable_interviewers(user=request.auth, case=case)]


@_router.post("/cases/{case_id}/assign", response={200: CaseOut, 400: ErrorOut}, summary="Assign or reassign a case")
def case_assign(request, case_id: int, payload: AssignIn):
    """The data-collection supervisor gives the case to an interviewer of the participant's region."""
    require(request.auth, "followup.supervise")
    case = _case(request, case_id)
    people = {u.pk: u for u in assign.assignable_interviewers(user=request.auth, case=case)}
    try:
        assign.case_assign(actor=request.auth, case=case, assignee=people.get(payload.assignee_id))
    except ValidationError as exc:
        return Status(400, _error(exc))
    case.refresh_from_db()
    return _case_out(case)


@_router.get("/cases/{case_id}/contacts", response=ContactsOut, summary="How to reach the participant")
def contact_sources(request, case_id: int):
    """Profile contact data, alternate contacts, contact notes, the last known employer and the employer rule."""
    case = _case(request, case_id)
    src = selectors.contact_sources(user=request.auth, case=case)
    s = src.seeker
    address = ", ".join(p for p in (s.address_1, s.address_2, s.city, f"{s.state} {s.postcode}".strip()) if p)
    problem = services.employer_contact_problem(case)
    last = src.last_employer
    return {
        "phone": src.phone,
        "accepts_text": bool(getattr(s, "phone_is_mobile", False)),
        "email": s.email or "",
        "address": address,
        "alternates": src.alternates,
        "contact_notes": [n.body[:500] for n in src.notes],
        "last_employer": (
            {
                "employer_name": last.employer_name,
                "title": last.title,
                "start_date": last.start_date,
                "end_date": getattr(last, "end_date", None),
            }
            if last
            else None
        ),  # fmt: skip
        "employer_contact_allowed": problem is None,
        "employer_contact_problem": problem,
        "participant_attempts": services.participant_attempts(case),
        "consent_signed_on": case.employer_consent_signed_on,
    }


@_router.post(
    "/cases/{case_id}/alternate-contacts",
    response={201: AlternateOut, 400: ErrorOut},
    summary="Add an alternate contact",
)
def alternate_contact_create(request, case_id: int, payload: AlternateIn):
    require(request.auth, "followup.interview")
    case = _case(request, case_id)
    try:
        contact = services.alternate_contact_add(actor=request.auth, seeker=case.seeker, **payload.dict())
    except ValidationError as exc:
        return Status(400, _error(exc))
    return Status(201, contact)


def _seeker(request, seeker_id: int) -> JobSeeker:
    require(request.auth, "cases.note")
    return get_object_or_404(scoped(JobSeeker.objects.all(), request.auth), pk=seeker_id)


@_router.get("/seekers/{seeker_id}/paths", response=list[PathOut], summary="Paths noted for the wage follow-up")
def path_list(request, seeker_id: int):
    """What staff noted about a person's likely path to self-employment, non-covered, federal or military work."""
    seeker = _seeker(request, seeker_id)
    rows = scoped(PathDeclaration.objects.filter(seeker=seeker), request.auth)
    return [
        {"id": d.pk, "path": d.path, "path_label": d.get_path_display(), "note": d.note, "recorded_at": d.recorded_at}
        for d in rows
    ]


@_router.post("/seekers/{seeker_id}/paths", response={201: PathOut, 400: ErrorOut}, summary="Note a path")
def path_create(request, seeker_id: int, payload: PathIn):
    """The person is then selected with that reason (policy A.2 (b)-(d))."""
    seeker = _seeker(request, seeker_id)
    try:
        d = services.path_declare(actor=request.auth, seeker=seeker, path=payload.path, note=payload.note)
    except ValidationError as exc:
        return Status(400, _error(exc))
    out = {"id": d.pk, "path": d.path, "path_label": d.get_path_display(), "note": d.note, "recorded_at": d.recorded_at}
    return Status(201, out)


@_router.post("/cases/{case_id}/consent", response={200: CaseOut, 400: ErrorOut}, summary="Signed consent on file")
def consent_create(request, case_id: int, signed_on: Form[dt.date], file: File[UploadedFile]):
    """The participant's signed consent to contact the employer (multipart: ``signed_on``, ``file``)."""
    return _call(
        request, case_id, lambda c: services.consent_record(actor=request.auth, case=c, signed_on=signed_on,
                                                            document=file)
    )  # fmt: skip


@_router.get("/cases/{case_id}/documents", response=list[DocumentDetailOut], summary="Documents of a case")
def document_list(request, case_id: int):
    case = _case(request, case_id)
    return [{**_doc(d)} for d in case.documents.all()]


def _doc(d: SourceDocument) -> dict:
    return {
        "id": d.pk, "kind": d.kind, "kind_label": d.get_kind_display(), "status": d.status,
        "received_via": d.received_via, "received_at": d.received_at, "content_type": d.content_type, "size": d.size,
        "stub_count": d.stub_count, "employed": d.employed, "total_earnings": d.total_earnings,
        "review_note": d.review_note,
    }  # fmt: skip


def _document(request, doc_id: int) -> SourceDocument:
    require(request.auth, "followup.interview")
    return get_object_or_404(scoped(SourceDocument.objects.select_related("case"), request.auth), pk=doc_id)


@_router.post(
    "/documents/{doc_id}/reject", response={200: DocumentDetailOut, 400: ErrorOut}, summary="Reject a document"
)
def document_reject(request, doc_id: int, payload: RejectIn):
    """The document is not acceptable (the participant may send another)."""
    doc = _document(request, doc_id)
    try:
        services.document_reject(actor=request.auth, document=doc, note=payload.note)
    except ValidationError as exc:
        return Status(400, _error(exc))
    return _doc(doc)


@_router.get("/documents/{doc_id}/file", summary="The document's file")
def document_file(request, doc_id: int):
    """The stored file (PDF, JPEG or PNG), read through the storage API."""
    doc = _document(request, doc_id)
    if not doc.file:
        raise Http404
    with doc.file.open("rb") as fh:
        response = HttpResponse(fh.read(), content_type=doc.content_type or "application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="document-{doc.pk}.{doc.file.name.rsplit(".", 1)[-1]}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@_router.get("/cases/{case_id}/links", response=list[LinkSentOut], summary="Upload links sent for a case")
def link_list(request, case_id: int):
    """Links sent (never their tokens: only a hash is kept)."""
    return list(_case(request, case_id).upload_links.all())


@_router.get("/cases/{case_id}/interview", response=InterviewOut | None, summary="The interview")
def interview_detail(request, case_id: int):
    """The completed interview, or null while it is not complete."""
    return getattr(_case(request, case_id), "interview", None)


@_router.get("/cases/{case_id}/form", summary="Printable mail-in form (PDF)")
def form_pdf(request, case_id: int):
    case = _case(request, case_id)
    response = HttpResponse(collection_form_pdf(case), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="wage-followup-form-{case.pk}.pdf"'
    return response
