"""Writes for the supplemental wage follow-up: contacts, identity, introduction, interview, documents, links.

Every rule names its source: the COWIB Supplemental Wage Data Collection policy (Dec 19 2018) sections A.2-A.3
and B, OWDI 07-2018 (as quoted there), and the wage conversion chart (federal-specs 2.4). Selection is in
``followup.selection``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.crypto import keyed_hash
from jobcenter.core.parameters import param
from jobcenter.followup import constants
from jobcenter.followup.choices import (
    NO_FILE_NEEDED,
    OPEN_STATUSES,
    CaseStatus,
    Contactee,
    DocumentKind,
    DocumentStatus,
    Respondent,
    UploadAudience,
    WagePeriod,
)
from jobcenter.followup.earnings import EarningsError, quarterly_earnings, self_employment_earnings
from jobcenter.followup.models import (
    AlternateContact,
    ContactAttempt,
    FollowupCase,
    Interview,
    PathDeclaration,
    SourceDocument,
    UploadAttempt,
    UploadLink,
)
from jobcenter.followup.uploads import check_upload, stored_name

FEIN_RE = re.compile(r"^\d{9}$")


def _fein_digits(value) -> str:
    """An FEIN as its nine digits: people write it NN-NNNNNNN (as employers register it), or with spaces."""
    return re.sub(r"[\s-]", "", value or "")


ONET_RE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")


def _require_open(case: FollowupCase) -> None:
    if case.status not in OPEN_STATUSES:
        raise ValidationError(constants.CASE_CLOSED)


# --- contact ------------------------------------------------------------------------------------------------------


def participant_attempts(case: FollowupCase) -> int:
    """Documented attempts to reach the participant (directly or through an alternate contact)."""
    return case.attempts.exclude(contactee=Contactee.EMPLOYER).count()


def employer_contact_problem(case: FollowupCase) -> str | None:
    """Why the last known employer may not be contacted yet, or None (policy A.3 (b), (c), (e); OWDI 07-2018:
    the employer is a last resort, after a reasonable number of attempts and with a signed consent form)."""
    needed = param("followup.employer_contact_min_attempts", as_of=clock.today())
    if participant_attempts(case) < needed:
        return constants.EMPLOYER_TOO_EARLY.format(n=needed)
    if not case.employer_consent_signed_on:
        return constants.EMPLOYER_NO_CONSENT
    return None


@transaction.atomic
def case_take(*, actor, case: FollowupCase) -> FollowupCase:
    """An interviewer takes the case from the queue."""
    _require_open(case)
    case.assigned_to = actor
    case.save(update_fields=["assigned_to"])
    audit_log(action="followup.case.taken", actor=actor, obj=case)
    return case


@transaction.atomic
def attempt_record(
    *, actor, case: FollowupCase, attempted_at: dt.datetime, method: str, contactee: str, outcome: str, notes: str = "",
    alternate_contact: AlternateContact | None = None,
) -> ContactAttempt:  # fmt: skip
    """Log one contact attempt with date and time, method, whom (which alternate contact, when one was tried),
    outcome and notes (policy A.3 (c))."""
    _require_open(case)
    if attempted_at > clock.now() + dt.timedelta(minutes=5):
        raise ValidationError({"attempted_at": constants.ATTEMPT_IN_FUTURE})
    if contactee == Contactee.EMPLOYER:
        problem = employer_contact_problem(case)
        if problem:
            raise ValidationError({"contactee": problem})
    if contactee == Contactee.ALTERNATE:
        if alternate_contact is None:
            raise ValidationError({"alternate_contact": constants.ALTERNATE_NEEDED})
        if alternate_contact.seeker_id != case.seeker_id:
            raise ValidationError({"alternate_contact": constants.ALTERNATE_NOT_THEIRS})
    elif alternate_contact is not None:
        raise ValidationError({"alternate_contact": constants.ALTERNATE_ONLY_FOR_ALTERNATE})
    attempt = ContactAttempt(
        case=case,
        attempted_at=attempted_at,
        method=method,
        contactee=contactee,
        alternate_contact=alternate_contact,
        outcome=outcome,
        notes=(notes or "").strip(),
        recorded_by=actor,
        recorded_at=clock.now(),
    )
    attempt.full_clean()
    attempt.save()
    if case.status == CaseStatus.SELECTED:
        case.start_contact()
        case.save()
    if case.assigned_to_id is None:
        case.assigned_to = actor
        case.save(update_fields=["assigned_to"])
    audit_log(
        action="followup.attempt.logged",
        actor=actor,
        obj=case,
        data={
            "method": method,
            "contactee": contactee,
            "outcome": outcome,
            **({"alternate_contact": alternate_contact.pk} if alternate_contact else {}),
        },
    )
    return attempt


@transaction.atomic
def consent_record(*, actor, case: FollowupCase, signed_on: dt.date, document: UploadedFile) -> FollowupCase:
    """The participant's signed consent to contact the employer is on file (OWDI 07-2018)."""
    _require_open(case)
    _ctype, ext, _digest = check_upload(document)
    case.employer_consent_signed_on = signed_on
    case.employer_consent_document.save(stored_name(ext), document, save=False)
    case.save(update_fields=["employer_consent_signed_on", "employer_consent_document"])
    audit_log(action="followup.consent.recorded", actor=actor, obj=case, data={"signed_on": signed_on})
    return case


@transaction.atomic
def alternate_contact_add(
    *, actor, seeker, name: str, relationship: str = "", phone: str = "", email: str = "", notes: str = ""
) -> AlternateContact:
    """Record a relative or friend who may know the participant's whereabouts (policy A.3, best practice tip)."""
    contact = AlternateContact(
        seeker=seeker,
        name=name.strip(),
        relationship=relationship.strip(),
        phone=phone.strip(),
        email=email.strip(),
        notes=notes.strip(),
        created_at=clock.now(),
    )
    contact.full_clean()
    contact.save()
    audit_log(action="followup.alternate_contact.added", actor=actor, obj=seeker)
    return contact


@transaction.atomic
def path_declare(*, actor, seeker, path: str, note: str = "") -> PathDeclaration:
    """Staff record that a training plan or career goal likely leads to self-employment, non-covered, federal or
    military employment (policy A.2 (b)-(d)); the person is then selected with that reason."""
    decl = PathDeclaration(seeker=seeker, path=path, note=note.strip(), recorded_by=actor, recorded_at=clock.now())
    decl.full_clean()
    decl.save()
    audit_log(action="followup.path.declared", actor=actor, obj=seeker, data={"path": path})
    return decl


@transaction.atomic
def case_close(*, actor, case: FollowupCase, reason: str) -> FollowupCase:
    """Close an open case as no response or refused. The person then counts as not employed (policy B)."""
    if case.status not in OPEN_STATUSES:
        raise ValidationError(constants.CANNOT_CLOSE)
    now = clock.now()
    if reason == "refused":
        case.close_refused(at=now)
    elif case.status == CaseStatus.INTERVIEWED:
        raise ValidationError(constants.CANNOT_CLOSE)
    else:
        case.close_no_response(at=now)
    case.save()
    audit_log(action="followup.case.closed", actor=actor, obj=case, data={"status": case.status})
    return case


# --- identity and introduction ------------------------------------------------------------------------------------


@transaction.atomic
def identity_record(*, actor, case: FollowupCase, question: str, passed: bool) -> FollowupCase:
    """Record that identity was checked with ``question`` and whether it passed (policy A.3 (d)). The answer the
    person gave is never stored, logged or compared here: staff compare it on the phone."""
    _require_open(case)
    from jobcenter.followup.selectors import identity_questions

    if question not in identity_questions(case.seeker):
        raise ValidationError({"question": constants.IDENTITY_QUESTION_NOT_ON_FILE})
    case.identity_question = question
    case.identity_verified = bool(passed)
    case.identity_checked_at = clock.now()
    case.full_clean(exclude=["status"])
    case.save(update_fields=["identity_question", "identity_verified", "identity_checked_at"])
    audit_log(
        action="followup.identity.checked", actor=actor, obj=case, data={"question": question, "passed": bool(passed)}
    )
    return case


@transaction.atomic
def introduction_record(*, actor, case: FollowupCase, points_given: list[bool]) -> FollowupCase:
    """The six-point introduction was given (policy A.3 (f)); every point is required."""
    _require_open(case)
    if len(points_given) != len(constants.INTRODUCTION_POINTS) or not all(points_given):
        raise ValidationError(constants.INTRODUCTION_INCOMPLETE)
    case.introduction_given_at = clock.now()
    case.save(update_fields=["introduction_given_at"])
    audit_log(action="followup.introduction.given", actor=actor, obj=case)
    return case


# --- interview ----------------------------------------------------------------------------------------------------


def _interview_errors(case: FollowupCase, a: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    employer = a["respondent"] == Respondent.EMPLOYER
    if employer:
        if a.get("enrolled_in_education") is not None or a.get("class_types"):
            errors["enrolled_in_education"] = constants.EDUCATION_SKIPPED_FOR_EMPLOYER
    elif a.get("enrolled_in_education") and not a.get("class_types"):
        errors["class_types"] = constants.CLASS_TYPE_NEEDED
    periods = [int(p) for p in a.get("periods_employed") or []]
    employed_ref = case.reference_quarter.q in periods
    if a.get("employed_now") and not periods:
        errors["periods_employed"] = constants.EMPLOYED_NEEDS_PERIOD
    if a.get("employer_fein") and not FEIN_RE.match(a["employer_fein"]):
        errors["employer_fein"] = constants.FEIN_INVALID
    if employed_ref:
        if a.get("self_employed"):
            if (
                a.get("gross_receipts") is None
                or a.get("expenses") is None
                or not (a.get("attestation_name") or "").strip()
                or not a.get("attested_on")
            ):
                errors["gross_receipts"] = constants.WORKSHEET_INCOMPLETE
        else:
            if not (a.get("employer_name") or "").strip():
                errors["employer_name"] = constants.EMPLOYER_NEEDED
            if a.get("wage_amount") is None or not a.get("wage_period"):
                errors["wage_amount"] = constants.WAGE_NEEDED
            elif a["wage_period"] == WagePeriod.HOURLY and not a.get("hours_per_week"):
                errors["hours_per_week"] = constants.HOURS_NEEDED
            if not a.get("wages_actually_paid"):
                errors["wages_actually_paid"] = constants.ACTUALLY_PAID
    if a.get("employed_now") is False and not a.get("unemployment_reason"):
        errors["unemployment_reason"] = constants.REASON_NEEDED
    return errors


def earnings_for(case: FollowupCase, a: dict) -> tuple[bool, Decimal | None]:
    """``(employed in the reference quarter, quarterly earnings)`` from the answers: the self-employment
    worksheet's net profit, or the reported wage through the conversion chart (federal-specs 2.4)."""
    periods = [int(p) for p in a.get("periods_employed") or []]
    if case.reference_quarter.q not in periods:
        return False, None
    if a.get("self_employed"):
        return True, self_employment_earnings(gross_receipts=a["gross_receipts"], expenses=a["expenses"])
    return True, quarterly_earnings(
        amount=a["wage_amount"], period=a["wage_period"], hours_per_week=a.get("hours_per_week")
    )


INTERVIEW_FIELDS = (
    "respondent", "enrolled_in_education", "class_types", "class_other", "employed_now", "periods_employed",
    "employer_name", "employment_type", "employer_fein", "employer_city", "employer_state", "related_to_training",
    "hours_per_week", "wage_amount", "wage_period", "wages_actually_paid", "unemployment_reason", "self_employed",
    "gross_receipts", "expenses", "attestation_name", "attested_on",
)  # fmt: skip


@transaction.atomic
def interview_complete(*, actor, case: FollowupCase, answers: dict) -> Interview:
    """Store the completed collection form (policy A.3: questions in the form's order) with the derived
    employment and quarterly earnings for the reference quarter. Identity (participant) or the employer-contact
    conditions, and the six-point introduction, come first."""
    _require_open(case)
    if hasattr(case, "interview"):
        raise ValidationError(constants.INTERVIEW_EXISTS)
    answers = {**answers, "employer_fein": _fein_digits(answers.get("employer_fein"))}
    if answers["respondent"] == Respondent.PARTICIPANT:
        if case.identity_verified is None:
            raise ValidationError(constants.IDENTITY_FIRST)
        if case.identity_verified is False:
            raise ValidationError(constants.IDENTITY_FAILED)
    else:
        problem = employer_contact_problem(case)
        if problem:
            raise ValidationError({"respondent": problem})
    if not case.introduction_given_at:
        raise ValidationError(constants.INTRODUCTION_INCOMPLETE)
    errors = _interview_errors(case, answers)
    if errors:
        raise ValidationError(errors)
    try:
        employed, earnings = earnings_for(case, answers)
    except EarningsError as exc:
        raise ValidationError({"wage_amount": str(exc)}) from exc
    values = {k: answers.get(k) for k in INTERVIEW_FIELDS}
    for key in ("class_types", "periods_employed"):
        values[key] = [str(v) if key == "class_types" else int(v) for v in values[key] or []]
    for key in ("class_other", "employer_name", "employment_type", "employer_fein", "employer_city",
                "employer_state", "wage_period", "unemployment_reason", "attestation_name"):  # fmt: skip
        values[key] = (values[key] or "").strip()
    values["employer_state"] = values["employer_state"].upper()
    values["wages_actually_paid"] = bool(values["wages_actually_paid"])
    values["self_employed"] = bool(values["self_employed"])
    interview = Interview(
        case=case,
        employed_in_reference=employed,
        quarterly_earnings=earnings,
        completed_by=actor,
        completed_at=clock.now(),
        **values,
    )
    interview.full_clean()
    interview.save()
    case.complete_interview()
    case.save()
    audit_log(
        action="followup.interview.completed",
        actor=actor,
        obj=case,
        data={"respondent": interview.respondent, "employed": employed},
    )
    return interview


# --- documents ----------------------------------------------------------------------------------------------------


@transaction.atomic
def document_receive(
    *, actor, case: FollowupCase, kind: str, upload: UploadedFile | None, via: str = "staff",
    stub_count: int | None = None,
) -> SourceDocument:  # fmt: skip
    """Store a received document (checked by content and size, saved through the storage API)."""
    _require_open(case)
    doc = SourceDocument(case=case, kind=kind, received_via=via, received_at=clock.now(), stub_count=stub_count)
    if upload is not None:
        ctype, ext, digest = check_upload(upload)
        doc.content_type, doc.size, doc.sha256 = ctype, upload.size, digest
        doc.original_name = (getattr(upload, "name", "") or "")[:200]
        doc.file.save(stored_name(ext), upload, save=False)
    elif kind not in NO_FILE_NEEDED:
        raise ValidationError({"file": constants.DOC_FILE_NEEDED})
    doc.full_clean(exclude=["status"])
    doc.save()
    audit_log(action="followup.document.received", actor=actor, obj=case, data={"kind": kind, "via": via})
    return doc


def _document_errors(doc: SourceDocument, f: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    case = doc.case
    interview = getattr(case, "interview", None)
    if doc.kind == DocumentKind.PAY_STUBS:
        needed = param("followup.pay_stubs_minimum", as_of=clock.today())
        if (f.get("stub_count") or doc.stub_count or 0) < needed:
            errors["stub_count"] = constants.PAY_STUBS_MIN.format(n=needed)
    if doc.kind == DocumentKind.COLLECTION_FORM and interview is None:
        errors["kind"] = constants.FORM_NEEDS_INTERVIEW
    if doc.kind == DocumentKind.SELF_EMPLOYMENT_WORKSHEET and not (
        interview and interview.self_employed and interview.attested_on
    ):
        errors["kind"] = constants.WORKSHEET_NEEDS_SELF_EMPLOYMENT
    if not doc.file and doc.kind not in NO_FILE_NEEDED:
        errors["file"] = constants.DOC_FILE_NEEDED
    if f.get("employed"):
        required = ("onet_code", "naics2", "employer_fein", "employer_name", "employer_city", "employer_state")
        if any(not (f.get(k) or "").strip() for k in required) or f.get("total_earnings") is None:
            errors["employed"] = constants.DOC_FIELDS_NEEDED
        if f.get("onet_code") and not ONET_RE.match(f["onet_code"].strip()):
            errors["onet_code"] = constants.ONET_INVALID
        if f.get("naics2") and not re.fullmatch(r"\d{2}", f["naics2"].strip()):
            errors["naics2"] = constants.NAICS_INVALID
        if f.get("employer_fein") and not FEIN_RE.match(f["employer_fein"].strip()):
            errors["employer_fein"] = constants.FEIN_INVALID
    return errors


@transaction.atomic
def document_accept(*, actor, document: SourceDocument, fields: dict) -> SourceDocument:
    """Accept ``document`` as the case's one acceptable source document with the required fields (OWDI 21-2017
    Chg 1 p.31): the case becomes documented and counts for reporting (contract C5)."""
    case = FollowupCase.objects.select_for_update().get(pk=document.case_id)
    document.case = case
    if case.status == CaseStatus.DOCUMENTED:
        raise ValidationError(constants.ALREADY_DOCUMENTED)
    _require_open(case)
    if document.status != DocumentStatus.RECEIVED:
        raise ValidationError(constants.ALREADY_REVIEWED)
    fields = {**fields, "employer_fein": _fein_digits(fields.get("employer_fein"))}
    errors = _document_errors(document, fields)
    if errors:
        raise ValidationError(errors)
    employed = bool(fields.get("employed"))
    document.employed = employed
    if fields.get("stub_count"):
        document.stub_count = fields["stub_count"]
    for key in ("onet_code", "naics2", "employer_fein", "employer_name", "employer_city", "employer_state"):
        document.__dict__[key] = (fields.get(key) or "").strip() if employed else ""
    document.employer_state = document.employer_state.upper()
    document.total_earnings = Decimal(fields["total_earnings"]) if employed else None
    now = clock.now()
    document.accept(by=actor, at=now)
    document.full_clean(exclude=["status"])
    document.save()
    case.document(at=now)
    case.save()
    audit_log(
        action="followup.document.accepted", actor=actor, obj=case, data={"kind": document.kind, "employed": employed}
    )
    return document


@transaction.atomic
def document_reject(*, actor, document: SourceDocument, note: str) -> SourceDocument:
    """The document is not acceptable (say why; the participant may send another)."""
    if document.status != DocumentStatus.RECEIVED:
        raise ValidationError(constants.ALREADY_REVIEWED)
    document.reject(by=actor, at=clock.now(), note=(note or "").strip()[:500])
    document.save()
    audit_log(action="followup.document.rejected", actor=actor, obj=document.case, data={"kind": document.kind})
    return document


# --- upload links -------------------------------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def upload_link_create(*, actor, case: FollowupCase, audience: str, kind: str) -> tuple[UploadLink, str]:
    """A one-time upload link for the participant or the employer; returns the link and its token (shown once,
    never stored: only its hash is kept). Employer links follow the employer-contact rule."""
    _require_open(case)
    if audience == UploadAudience.EMPLOYER:
        problem = employer_contact_problem(case)
        if problem:
            raise ValidationError({"audience": problem})
    token = secrets.token_urlsafe(32)
    now = clock.now()
    days = param("followup.upload_link_valid_days", as_of=now.date())
    link = UploadLink(
        case=case,
        audience=audience,
        kind=kind,
        token_hash=_token_hash(token),
        expires_at=now + dt.timedelta(days=days),
        created_by=actor,
        created_at=now,
    )
    link.full_clean()
    link.save()
    audit_log(action="followup.link.created", actor=actor, obj=case, data={"audience": audience, "kind": kind})
    return link, token


def upload_link_lookup(token: str) -> UploadLink | None:
    """The usable link for ``token``, or None (expired, used, revoked and unknown look the same)."""
    link = UploadLink.objects.select_related("case").filter(token_hash=_token_hash(token or "")).first()
    if link is None or not link.usable(clock.now()) or link.case.status not in OPEN_STATUSES:
        return None
    return link


def _rate_limited(*, token: str, address: str) -> bool:
    now = clock.now()
    limit = param("followup.upload_attempts_per_hour", as_of=now.date())
    since = now - dt.timedelta(hours=1)
    link = UploadLink.objects.filter(token_hash=_token_hash(token or "")).first()
    addr = keyed_hash(address or "unknown", purpose="upload-address")
    UploadAttempt.objects.create(link=link, address_hash=addr, at=now)
    by_addr = UploadAttempt.objects.filter(address_hash=addr, at__gt=since).count()
    by_link = UploadAttempt.objects.filter(link=link, at__gt=since).count() if link else 0
    return by_addr > limit or by_link > limit


def upload_link_use(*, token: str, upload: UploadedFile | None, address: str, stub_count: int | None = None):
    """A participant or employer uploads through a link: rate limited per link and per address, one use only.
    Returns the received document; the interviewer reviews it before it counts."""
    with transaction.atomic():
        limited = _rate_limited(token=token, address=address)
    if limited:
        raise ValidationError(constants.LINK_RATE_LIMITED)
    with transaction.atomic():
        link = upload_link_lookup(token)
        if link is None:
            raise ValidationError(constants.LINK_INVALID)
        link = UploadLink.objects.select_for_update().get(pk=link.pk)
        if link.used_at is not None:
            raise ValidationError(constants.LINK_INVALID)
        if upload is None:
            raise ValidationError({"file": constants.DOC_FILE_NEEDED})
        doc = document_receive(
            actor=None, case=link.case, kind=link.kind, upload=upload, via=link.audience, stub_count=stub_count
        )
        link.used_at = clock.now()
        link.document = doc
        link.save(update_fields=["used_at", "document"])
        return doc
