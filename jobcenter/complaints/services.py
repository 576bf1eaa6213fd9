"""Writes for complaints: take, add an action, refer, resolve, close (20 CFR 658 Subpart E). Keyword-only, atomic,
validated, audited; every write is also a line of the complaint's history (658.410(c): actions taken)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django_fsm import TransitionNotAllowed

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import job_centers_in_scope, require, scoped
from jobcenter.complaints import constants as c
from jobcenter.complaints.choices import ActionKind, ComplaintKind, ComplaintStatus, RespondentKind
from jobcenter.complaints.models import Complaint, ComplaintAction
from jobcenter.core import clock
from jobcenter.core.audit import audit_log

TAKE = "complaints.take"
MANAGE = "complaints.manage"


def _require_any(actor, *caps: str) -> None:
    if not any(user_can(actor, cap) for cap in caps):
        raise PermissionDenied(f"Your role cannot do this ({' or '.join(caps)}).")


def _clean_text(value: str | None, *, limit: int, field: str, required_message: str | None = None) -> str:
    text = (value or "").strip()
    if required_message and not text:
        raise ValidationError({field: required_message})
    if len(text) > limit:
        raise ValidationError({field: f"Keep this to {limit:,} characters or fewer."})
    return text


def _past_date(value: dt.date | None, *, field: str, message: str = c.DATE_IN_FUTURE) -> dt.date:
    value = value or clock.today()
    if value > clock.today():
        raise ValidationError({field: message})
    return value


def _log(complaint: Complaint, *, actor, kind: str, on: dt.date, text: str) -> ComplaintAction:
    return ComplaintAction.objects.create(complaint=complaint, kind=kind, on=on, text=text, by=actor, at=clock.now())


@transaction.atomic
def complaint_take(
    *,
    actor,
    job_center,
    kind: str,
    description: str,
    respondent_kind: str,
    msfw: bool,
    in_writing: bool,
    filed_on: dt.date | None = None,
    seeker=None,
    complainant_name: str = "",
    complainant_contact: str = "",
    employer=None,
    respondent_name: str = "",
) -> Complaint:
    """Staff take a complaint and enter it in the central complaint log (658.410(c)). An MSFW complaint about an
    employment-related law must be taken in writing; it opens awaiting its referral to the enforcement agency
    (658.422). The complainant is a job seeker record in the actor's scope, or a name for a person without one."""
    require(actor, TAKE)
    if not job_centers_in_scope(actor).filter(pk=getattr(job_center, "pk", None)).exists():
        raise ValidationError({"job_center": c.CENTER_OUT_OF_SCOPE})
    if seeker is not None:
        from jobcenter.seekers.models import JobSeeker

        if not scoped(JobSeeker.objects.filter(pk=seeker.pk), actor).exists():
            raise PermissionDenied("That person's record is outside your scope.")
    name = _clean_text(complainant_name, limit=c.NAME_MAX, field="complainant_name")
    contact = _clean_text(complainant_contact, limit=c.CONTACT_MAX, field="complainant_contact")
    if seeker is None and not name:
        raise ValidationError({"complainant_name": c.COMPLAINANT_REQUIRED})
    if seeker is not None and name:
        raise ValidationError({"complainant_name": c.COMPLAINANT_BOTH})
    if respondent_kind not in RespondentKind.values:
        raise ValidationError({"respondent_kind": "Choose who the complaint is against."})
    respondent = _clean_text(respondent_name, limit=c.NAME_MAX, field="respondent_name")
    if respondent_kind == RespondentKind.EMPLOYER:
        if employer is None:
            raise ValidationError({"employer": c.RESPONDENT_EMPLOYER_REQUIRED})
        respondent = ""
    else:
        employer = None
        if respondent_kind == RespondentKind.OTHER and not respondent:
            raise ValidationError({"respondent_name": c.RESPONDENT_NAME_REQUIRED})
        if respondent_kind == RespondentKind.EMPLOYMENT_SERVICE:
            respondent = ""
    if kind not in ComplaintKind.values:
        raise ValidationError({"kind": "Choose what the complaint is about."})
    text = _clean_text(
        description, limit=c.DESCRIPTION_MAX, field="description", required_message=c.DESCRIPTION_REQUIRED
    )
    filed = _past_date(filed_on, field="filed_on", message=c.FILED_IN_FUTURE)
    if msfw and kind == ComplaintKind.EMPLOYMENT_LAW and not in_writing:
        raise ValidationError({"in_writing": c.MSFW_LAW_IN_WRITING})
    complaint = Complaint.objects.create(
        job_center=job_center,
        seeker=seeker,
        complainant_name=name,
        complainant_contact=contact,
        respondent_kind=respondent_kind,
        employer=employer,
        respondent_name=respondent,
        filed_on=filed,
        msfw=bool(msfw),
        kind=kind,
        description=text,
        in_writing=bool(in_writing),
        taken_by=actor,
        created_at=clock.now(),
    )
    _log(complaint, actor=actor, kind=ActionKind.TAKEN, on=filed, text="Taken in writing." if in_writing else "Taken.")
    audit_log(
        action="complaints.complaint.taken",
        actor=actor,
        obj=complaint,
        data={"kind": kind, "msfw": bool(msfw), "in_writing": bool(in_writing), "job_center": job_center.pk},
    )
    return complaint


def _locked(complaint: Complaint, actor) -> Complaint:
    """The complaint again, locked, and only if the actor may see it (404-equivalent refusal otherwise)."""
    found = scoped(Complaint.objects.select_for_update().filter(pk=complaint.pk), actor).first()
    if found is None:
        raise PermissionDenied("That complaint is outside your scope.")
    return found


def _transition(complaint: Complaint, name: str, **kwargs) -> None:
    try:
        getattr(complaint, name)(**kwargs)
    except TransitionNotAllowed:
        if name == "resolve" and complaint.awaiting_referral:
            raise ValidationError(c.MSFW_LAW_REFERRAL_FIRST) from None
        raise ValidationError(c.TRANSITION_REFUSED.format(status=complaint.get_status_display().lower())) from None


@transaction.atomic
def complaint_add_action(*, complaint: Complaint, actor, text: str, on: dt.date | None = None) -> ComplaintAction:
    """Record an action taken on the complaint (658.410(c)); not after it is closed."""
    _require_any(actor, TAKE, MANAGE)
    complaint = _locked(complaint, actor)
    if complaint.status == ComplaintStatus.CLOSED:
        raise ValidationError(c.TRANSITION_REFUSED.format(status=complaint.get_status_display().lower()))
    body = _clean_text(text, limit=c.ACTION_TEXT_MAX, field="text", required_message=c.TEXT_REQUIRED)
    action = _log(complaint, actor=actor, kind=ActionKind.NOTE, on=_past_date(on, field="on"), text=body)
    audit_log(action="complaints.complaint.action_added", actor=actor, obj=complaint, data={"action": action.pk})
    return action


@transaction.atomic
def complaint_refer(*, complaint: Complaint, actor, agency: str, on: dt.date | None = None) -> Complaint:
    """Record the referral to the enforcement agency (658.422): the agency and the date referred."""
    _require_any(actor, TAKE, MANAGE)
    complaint = _locked(complaint, actor)
    name = _clean_text(agency, limit=c.AGENCY_MAX, field="agency", required_message=c.AGENCY_REQUIRED)
    day = _past_date(on, field="on")
    if day < complaint.filed_on:
        raise ValidationError({"on": "The referral cannot be dated before the complaint was filed."})
    _transition(complaint, "refer", agency=name, on=day)
    complaint.save()
    _log(complaint, actor=actor, kind=ActionKind.REFERRED, on=day, text=f"Referred to {name}.")
    audit_log(action="complaints.complaint.referred", actor=actor, obj=complaint, data={"agency": name})
    return complaint


@transaction.atomic
def complaint_resolve(*, complaint: Complaint, actor, resolution: str, on: dt.date | None = None) -> Complaint:
    """The State Monitor Advocate (or an administrator) records the resolution (658.410(c)). An MSFW complaint
    about an employment-related law must have been referred first (658.422)."""
    require(actor, MANAGE)
    complaint = _locked(complaint, actor)
    text = _clean_text(resolution, limit=c.RESOLUTION_MAX, field="resolution", required_message=c.RESOLUTION_REQUIRED)
    day = _past_date(on, field="on")
    _transition(complaint, "resolve", resolution=text, on=day)
    complaint.save()
    _log(complaint, actor=actor, kind=ActionKind.RESOLVED, on=day, text=text)
    audit_log(action="complaints.complaint.resolved", actor=actor, obj=complaint)
    return complaint


@transaction.atomic
def complaint_close(*, complaint: Complaint, actor, note: str = "") -> Complaint:
    """Close a resolved complaint (State Monitor Advocate or an administrator)."""
    require(actor, MANAGE)
    complaint = _locked(complaint, actor)
    text = _clean_text(note, limit=c.ACTION_TEXT_MAX, field="note")
    _transition(complaint, "close", at=clock.now())
    complaint.save()
    _log(complaint, actor=actor, kind=ActionKind.CLOSED, on=clock.today(), text=text or "Closed.")
    audit_log(action="complaints.complaint.closed", actor=actor, obj=complaint)
    return complaint


def complaint_log_exported(*, actor, rows: int, filters: dict) -> None:
    """The CSV export of the log is personal data leaving the system: audited with its filters and row count."""
    require(actor, MANAGE)
    audit_log(action="complaints.log.exported", actor=actor, data={"rows": rows, "filters": filters})
