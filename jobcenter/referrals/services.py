"""Writes for referrals — the referrals domain API (docs/adr/0031-referrals.md):

    referral_request_self(*, actor, seeker, order, via="order"|"notification") -> Referral
    referral_create_staff(*, actor, seeker, order, consent, consent_note="", dispute_notice_given=False) -> Referral
    referral_review_approve(*, actor, referral, dispute_notice_given=False) -> Referral
    referral_review_deny(*, actor, referral, reason) -> Referral
    referral_outcome_record(*, actor, referral, outcome, on) -> Referral
    referrals_settle_for_ended_order(*, actor, order, filled, ...) -> OrderEndSettlement
    ReferralRefused(.reasons: list of (plain text for the seeker, staff text with citation))

Every state change is audited (``referrals.referral.<verb>``). One person, one order, one referral: checked first
and enforced by a unique constraint, so concurrent requests give one referral and ``ReferralRefused`` to the rest.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, OperationalError, connection, transaction

from jobcenter.accounts.scoping import require, scoped
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.referrals import constants as C
from jobcenter.referrals import selectors
from jobcenter.referrals.choices import OUTCOMES, Consent, ReferralSource, ReferralStatus
from jobcenter.referrals.models import Referral
from jobcenter.referrals.selectors import Blocker

S = ReferralStatus


class ReferralRefused(Exception):
    """The referral cannot be made (or approved). ``reasons``: (plain text for the job seeker, staff text with
    the procedure and its citation) pairs."""

    def __init__(self, blockers):
        self.blockers = [Blocker(*b) for b in blockers]
        self.reasons = [(b.plain, b.staff) for b in self.blockers]
        super().__init__("; ".join(b.staff for b in self.blockers))

    @property
    def plain(self) -> list[str]:
        """What the job seeker reads."""
        return list(dict.fromkeys(b.plain for b in self.blockers))

    @property
    def staff(self) -> list[str]:
        """What staff read."""
        return [b.staff for b in self.blockers]


def _retry_when_locked(fn):
    """Retry a whole write transaction that SQLite refused with "database (table) is locked" (a busy timeout
    that ran out, or the shared-cache test database whose table locks ignore the timeout), with backoff; only
    when it is the outermost transaction. PostgreSQL never raises this: its row locks wait."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        attempts = 8
        for attempt in range(attempts):
            try:
                return fn(*args, **kwargs)
            except OperationalError as exc:
                if "locked" not in str(exc) or connection.in_atomic_block or attempt == attempts - 1:
                    raise
                time.sleep(0.02 * 2**attempt)
        raise AssertionError("unreachable")

    return wrapper


# --- helpers -------------------------------------------------------------------------------------------------------


def _lock_order(order):
    from jobcenter.joborders.models import JobOrder

    return JobOrder.objects.select_for_update().select_related("employer", "job_center").get(pk=order.pk)


def _lock_referral(referral: Referral) -> Referral:
    return (
        Referral.objects.select_for_update()
        .select_related("seeker", "job_order", "job_order__employer", "job_center")
        .get(pk=referral.pk)
    )


def _insert(referral: Referral) -> Referral:
    """Save a new referral; a concurrent request for the same person and order that committed first turns the
    unique constraint's ``IntegrityError`` into ``ReferralRefused``."""
    referral.full_clean(validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            referral.save(force_insert=True)
    except IntegrityError as exc:
        if Referral.objects.filter(seeker_id=referral.seeker_id, job_order_id=referral.job_order_id).exists():
            raise ReferralRefused([C.ALREADY_REFERRED]) from exc
        raise
    return referral


def referral_service_code(day: dt.date) -> str:
    """The catalogue's code for the referral service (PIRL 1105, "Referral to employment")."""
    from jobcenter.cases.catalogue import catalogue

    for entry in catalogue(as_of=day):
        if entry.pirl == C.REFERRAL_SERVICE_PIRL:
            return entry.code
    raise ValidationError(f"The service catalogue has no referral service (PIRL {C.REFERRAL_SERVICE_PIRL}).")


def _record_service(*, actor, referral: Referral):
    """Record the referral service on the person's case (manual: Case Notes & Services — "Record activities ...
    on the job seeker ... record"); needs the active WP enrollment already checked."""
    from jobcenter.cases.services import service_record

    today = clock.today()
    order = referral.job_order
    service = service_record(
        actor=actor,
        seeker=referral.seeker,
        code=referral_service_code(today),
        service_date=today,
        remarks=f"Referred to job order {order.number}, {order.title}",
    )
    referral.service = service
    return service


def _give_dispute_notice(referral: Referral, *, given: bool) -> list[Blocker]:
    """Referral to a position not at issue in a verified labor dispute: the written notice must be given before
    or at the referral and is recorded on it (20 CFR 652.9(b); manual: Job Orders and Labor Disputes)."""
    if referral.dispute_notice or not selectors.dispute_notice_required(referral.job_order):
        return []
    if not given:
        return [Blocker(*C.DISPUTE_NOTICE_NEEDED)]
    referral.dispute_notice = selectors.dispute_notice_text()
    referral.dispute_notice_at = clock.now()
    return []


def _seeker_in_scope(actor, seeker) -> None:
    from jobcenter.seekers.models import JobSeeker

    if not scoped(JobSeeker.objects.filter(pk=seeker.pk), actor).exists():
        raise PermissionDenied("This person's record is outside your job center.")


def _announce_review(order, referral) -> None:
    """Tell the staff who work the holding center's Referrals Pending Review that a request waits."""
    notify(
        kind="referrals.review.waiting",
        subject=f"Referral waiting for review: {order.number} {order.title}",
        body="; ".join(selectors.review_reasons(order)),
        link=_link("staff:referral-review"),
        obj=referral,
        **_review_recipients(order),
    )


def _review_recipients(order) -> dict:
    """Who is told that a request waits for review: the responsible staff member for a confidential order,
    otherwise the holding center's staff and supervisors."""
    from jobcenter.accounts.choices import Role

    if order.is_confidential and order.responsible_staff_id:
        return {"users": [order.responsible_staff]}
    return {"roles": [Role.STAFF, Role.SUPERVISOR], "job_center": order.job_center}


def _link(name: str, *args) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, args=list(args))
    except NoReverseMatch:
        return ""


def _tell_seeker(referral: Referral, *, subject: str, body: str = "") -> None:
    user = referral.seeker.user
    if user is not None and user.is_active:
        notify(kind="referrals.referral.decided", subject=subject, body=body, obj=referral, users=[user])


def _issue(*, actor, referral: Referral) -> None:
    """A referral is issued: record the service, the decision and, for H-2A, send the application."""
    from jobcenter.joborders.choices import VisaProgram

    _record_service(actor=actor, referral=referral)
    referral.status = S.REFERRED
    referral.decided_by = actor
    referral.decided_at = clock.now()
    if referral.job_order.visa_program == VisaProgram.H2A:
        from jobcenter.referrals.application import send_application

        send_application(actor=actor, referral=referral)


# --- self-referral -------------------------------------------------------------------------------------------------


@_retry_when_locked
@transaction.atomic
def referral_request_self(*, actor, seeker, order, via: str = "order") -> Referral:
    """The person asks to be referred to ``order`` from its page (``via="order"``) or a job notification
    (``via="notification"``) (manual: Manage Labor Exchange Tools — Notifications: "make a self-referral should
    they choose"; Registration Requirements: referral information needs a registration).

    Orders marked for screening (H-2A, confidential, the employer's choice: ``selectors.review_reasons``) put the
    request in the holding center's Referrals Pending Review; otherwise the person is referred at once. A
    referral to a position not at issue in a labor dispute carries the written notice, shown to the person
    with the order and kept on the referral (20 CFR 652.9(b))."""
    if via not in ("order", "notification"):
        raise ValueError(f"via must be 'order' or 'notification', not {via!r}")
    if getattr(actor, "pk", None) is None or seeker.user_id != actor.pk:
        raise PermissionDenied("Only the person may ask for their own referral.")
    order = _lock_order(order)
    blockers = selectors.referral_blockers(order=order, seeker=seeker)
    if blockers:
        raise ReferralRefused(blockers)
    review = selectors.needs_review(order)
    now = clock.now()
    referral = Referral(
        seeker=seeker,
        job_order=order,
        job_center=order.job_center,
        status=S.PENDING_REVIEW if review else S.REFERRED,
        source=ReferralSource.NOTIFICATION if via == "notification" else ReferralSource.SELF,
        consent=Consent.SELF,
        requested_by=actor,
        decided_at=None if review else now,
        created_at=now,
    )
    _give_dispute_notice(referral, given=True)  # the order page and the confirmation show the notice
    _insert(referral)
    audit_log(
        action="referrals.referral.requested" if review else "referrals.referral.self_referred",
        actor=actor,
        obj=referral,
        data={"order": order.pk, "via": via, "review": review, "dispute_notice": bool(referral.dispute_notice)},
    )
    if review:
        _announce_review(order, referral)
    return referral


# --- staff referral ------------------------------------------------------------------------------------------------


@_retry_when_locked
@transaction.atomic
def referral_create_staff(
    *, actor, seeker, order, consent: str, consent_note: str = "", dispute_notice_given: bool = False
) -> Referral:
    """Staff refer a person to ``order`` (manual: Manage Labor Exchange Tools — "Staff should never issue a referral
    unless the job seeker is present or verbally indicates by phone a desire to apply for that specific job and
    gives approval for staff to issue that referral").

    Needs: the ``matching.refer`` capability and the person in the actor's scope; ``consent`` present or phone
    (a phone consent needs a note); an active WP enrollment (manual: WP Enrollment; Referrals Pending Review);
    the order's minimum requirements met; nothing in ``referral_blockers``; the labor dispute notice given when
    the position is not at issue. The referral service is recorded on the case. Orders marked for screening are
    issued directly only by staff who may work them (``selectors.may_work_order``); anyone else's referral goes
    to the holding center's Referrals Pending Review with the consent recorded."""
    require(actor, "matching.refer")
    _seeker_in_scope(actor, seeker)
    consent_note = (consent_note or "").strip()
    if consent not in (Consent.PRESENT, Consent.PHONE):
        raise ValidationError({"consent": C.CONSENT_REQUIRED})
    if consent == Consent.PHONE and not consent_note:
        raise ValidationError({"consent_note": C.CONSENT_NOTE_REQUIRED})
    order = _lock_order(order)
    blockers = selectors.staff_referral_blockers(seeker=seeker, order=order)
    now = clock.now()
    referral = Referral(
        seeker=seeker,
        job_order=order,
        job_center=order.job_center,
        status=S.PENDING_REVIEW,
        source=ReferralSource.STAFF,
        consent=consent,
        consent_note=consent_note[:2000],
        requested_by=actor,
        created_at=now,
    )
    blockers += _give_dispute_notice(referral, given=dispute_notice_given)
    if blockers:
        raise ReferralRefused(blockers)
    review = selectors.needs_review(order) and selectors.may_work_order(actor, order) is not None
    _insert(referral)
    if not review:
        _issue(actor=actor, referral=referral)
        referral.save()
    audit_log(
        action="referrals.referral.sent_to_review" if review else "referrals.referral.referred",
        actor=actor,
        obj=referral,
        data={
            "order": order.pk,
            "consent": consent,
            "service": referral.service_id,
            "dispute_notice": bool(referral.dispute_notice),
        },
    )
    if review:
        _announce_review(order, referral)
    return referral


# --- Referrals Pending Review --------------------------------------------------------------------------------------


def _may_review(actor, referral: Referral) -> None:
    require(actor, "matching.refer")
    if not scoped(Referral.objects.filter(pk=referral.pk), actor).exists():
        raise PermissionDenied("This referral is outside your job center.")
    blocker = selectors.may_work_order(actor, referral.job_order)
    if blocker is not None:
        raise PermissionDenied(blocker.staff)


@_retry_when_locked
@transaction.atomic
def referral_review_approve(*, actor, referral: Referral, dispute_notice_given: bool = False) -> Referral:
    """Approve a request in Referrals Pending Review: "If a job seeker meets all the minimum requirements set forth
    in the job order, the designated staff person must provide the referral" (manual: Manage Labor Exchange
    Tools). A person without an active WP enrollment is enrolled first, with the reviewer as case manager ("Job
    Seekers without an active WP enrollment cannot be issued a job order referral until the WP enrollment has
    been completed"); the referral service is recorded; for H-2A orders the application, résumé and profile go
    to the employer (manual: H-2A and H-2B Job Orders). Refused (``ReferralRefused``) when the order no longer
    takes referrals or the requirements are not met: deny it instead."""
    referral = _lock_referral(referral)
    if referral.status != S.PENDING_REVIEW:
        raise ValidationError(C.NOT_PENDING.format(status=referral.get_status_display().lower()))
    _may_review(actor, referral)
    order = _lock_order(referral.job_order)
    referral.job_order = order
    seeker = referral.seeker
    blockers = selectors.referral_blockers(order=order)
    if not seeker.is_active:
        blockers.append(Blocker(*C.SEEKER_INACTIVE))
    blockers += selectors.requirement_blockers(seeker=seeker, order=order)
    blockers += _give_dispute_notice(referral, given=dispute_notice_given)
    if blockers:
        raise ReferralRefused(blockers)
    enrolled = None
    if selectors.enrollment_blockers(seeker):
        from jobcenter.cases.services import enrollment_create

        enrolled = enrollment_create(
            actor=actor,
            seeker=seeker,
            case_manager=actor,
            job_center=actor.job_center or order.job_center,
            situations={"staff_assisted_job_finding": True},
        )
    _issue(actor=actor, referral=referral)
    referral.save()
    audit_log(
        action="referrals.referral.approved",
        actor=actor,
        obj=referral,
        data={"order": order.pk, "service": referral.service_id, "enrolled": enrolled.pk if enrolled else None},
    )
    _tell_seeker(
        referral,
        subject=f"You were referred to {order.title}",
        body=order.application_instructions if not order.is_confidential else "",
    )
    return referral


@_retry_when_locked
@transaction.atomic
def referral_review_deny(*, actor, referral: Referral, reason: str) -> Referral:
    """Deny a request in Referrals Pending Review, with the reason the person is told (manual: Manage Labor
    Exchange Tools — "If the job seeker does not meet the minimum requirements, a referral should not be
    issued")."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": C.DENY_REASON_REQUIRED})
    referral = _lock_referral(referral)
    if referral.status != S.PENDING_REVIEW:
        raise ValidationError(C.NOT_PENDING.format(status=referral.get_status_display().lower()))
    _may_review(actor, referral)
    referral.status = S.DENIED
    referral.deny_reason = reason[:2000]
    referral.decided_by = actor
    referral.decided_at = clock.now()
    referral.save()
    audit_log(action="referrals.referral.denied", actor=actor, obj=referral, data={"reason": referral.deny_reason})
    _tell_seeker(referral, subject=f"You were not referred to {referral.job_order.title}", body=referral.deny_reason)
    return referral


# --- outcomes ------------------------------------------------------------------------------------------------------


@_retry_when_locked
@transaction.atomic
def referral_outcome_record(*, actor, referral: Referral, outcome: str, on: dt.date) -> Referral:
    """Record what happened after the referral: hired, not hired, did not show up, or turned the job down, with
    the date. Staff who may refer and the order's employer users record it; a later entry corrects an earlier
    one (both audited). A hire is a placement (``selectors.placements``)."""
    from jobcenter.accounts.roles import user_can

    if outcome not in OUTCOMES:
        raise ValidationError({"outcome": C.OUTCOME_INVALID})
    if not (user_can(actor, "matching.refer") or user_can(actor, "portal.employer")):
        raise PermissionDenied("Your role cannot record referral outcomes.")
    if not scoped(Referral.objects.filter(pk=referral.pk), actor).exists():
        raise PermissionDenied("This referral is outside your scope.")
    referral = _lock_referral(referral)
    if referral.status not in (S.REFERRED, *OUTCOMES):
        raise ValidationError(C.OUTCOME_NOT_REFERRED.format(status=referral.get_status_display().lower()))
    if on > clock.today():
        raise ValidationError({"on": C.OUTCOME_DATE_FUTURE})
    referred_on = (referral.decided_at or referral.created_at).astimezone(clock.local_tz()).date()
    if on < referred_on:
        raise ValidationError({"on": C.OUTCOME_DATE_BEFORE.format(date=referred_on.strftime("%B %-d, %Y"))})
    before = referral.status
    referral.status = outcome
    referral.outcome_on = on
    referral.outcome_by = actor
    referral.outcome_at = clock.now()
    referral.save()
    audit_log(
        action="referrals.referral.outcome_recorded",
        actor=actor,
        obj=referral,
        data={"from": before, "to": outcome, "on": on, "placement": outcome == S.HIRED},
    )
    return referral


# --- the order is filled or closed ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderEndSettlement:
    """What became of the order's referrals still being worked when it was filled or closed."""

    requests_closed: list[Referral]  # were waiting in Referrals Pending Review: now denied with the reason
    awaiting_outcome: list[Referral]  # issued, no outcome yet: kept for the employer or staff to record one


def referrals_settle_for_ended_order(
    *, actor, order, filled: bool, deny_reason: str, subject: str, request_body: str, referred_body: str
) -> OrderEndSettlement:
    """The order was just filled, closed or expired (``joborders.services.ending.job_order_end``, inside its
    transaction). A request still in Referrals Pending Review can no longer be approved (``referral_blockers``: no
    referral to a filled, closed or expired order), so it is denied with ``deny_reason`` — final for that person
    and order, like any denial — and the person is told. An issued referral without an outcome stays ``referred``:
    the person may have been hired, so only the employer or staff record what happened (``referral_outcome_record``);
    the person is told the job is no longer open. Each change is audited (``referrals.referral.closed_with_order`` /
    ``referrals.referral.order_ended``)."""
    pending = list(
        Referral.objects.select_for_update(of=("self",))
        .select_related("seeker", "seeker__user")
        .filter(job_order=order, status__in=(S.PENDING_REVIEW, S.REFERRED))
        .order_by("pk")
    )
    now = clock.now()
    closed, waiting = [], []
    for referral in pending:
        if referral.status == S.PENDING_REVIEW:
            referral.status = S.DENIED
            referral.deny_reason = deny_reason[:2000]
            referral.decided_by = actor
            referral.decided_at = now
            referral.save(update_fields=["status", "deny_reason", "decided_by", "decided_at"])
            audit_log(
                action="referrals.referral.closed_with_order",
                actor=actor,
                obj=referral,
                data={"order": order.pk, "filled": filled, "detail": deny_reason},
            )
            _tell_seeker(referral, subject=subject, body=request_body)
            closed.append(referral)
        else:
            audit_log(
                action="referrals.referral.order_ended",
                actor=actor,
                obj=referral,
                data={"order": order.pk, "filled": filled},
            )
            _tell_seeker(referral, subject=subject, body=referred_body)
            waiting.append(referral)
    return OrderEndSettlement(requests_closed=closed, awaiting_outcome=waiting)


__all__ = [
    "OrderEndSettlement",
    "ReferralRefused",
    "referral_create_staff",
    "referral_outcome_record",
    "referral_request_self",
    "referral_review_approve",
    "referral_review_deny",
    "referral_service_code",
    "referrals_settle_for_ended_order",
]
