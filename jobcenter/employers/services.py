"""Writes for employers: accounts, verification, worksites, contacts, users, terms of service and the
discontinuation of services (20 CFR 658.500-504). Keyword-only, atomic, validated, audited."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django_fsm import TransitionNotAllowed

from jobcenter.accounts.choices import Role
from jobcenter.accounts.roles import user_can
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.calendar import add_business_days
from jobcenter.core.notifications import notify
from jobcenter.core.parameters import param
from jobcenter.core.presentation import format_date
from jobcenter.employers import constants
from jobcenter.employers.choices import (
    DiscontinuationStatus,
    EmployerStatus,
    JobCenterSource,
    RegisteredVia,
    ReinstatementStatus,
)
from jobcenter.employers.models import (
    DiscontinuationCase,
    Employer,
    EmployerMembership,
    ReinstatementRequest,
    TermsAcceptance,
    TermsVersion,
)
from jobcenter.employers.sites import (  # noqa: F401 - worksites and contacts are written there
    contact_create,
    contact_remove,
    contact_update,
    employer_propose_job_center,
    worksite_create,
    worksite_remove,
    worksite_update,
)

EMPLOYER_FIELDS = (
    "legal_name",
    "dba",
    "fein",
    "ui_account_number",
    "naics",
    "job_center",
    "job_center_source",
    "address_1",
    "city",
    "state",
    "postcode",
    "phone",
    "email",
    "website",
    "employees",
    "annual_sales",
    "is_labor_organization",
    "confidential",
    "federal_status",
)


def _check_fein_unique(fein: str, *, exclude_pk=None) -> None:
    """A FEIN identifies one employer account; a second registration is refused with the field named."""
    if not fein:
        return
    from jobcenter.employers.validators import normalize_fein

    try:
        fein = normalize_fein(fein)
    except ValidationError:
        return  # the field validator reports it
    other = Employer.objects.filter(fein=fein).exclude(pk=exclude_pk).first()
    if other is not None:
        raise ValidationError({"fein": constants.FEIN_DUPLICATE.format(name=other.legal_name)})


@transaction.atomic
def employer_create(*, actor=None, **fields) -> Employer:
    """Create an employer account in ``pending_verification`` and audit it (low level: no attestation
    check and no CSU notice; use ``employer_register`` for people registering an employer)."""
    employer = Employer(**fields)
    employer.full_clean(exclude=["status"])  # status is an FSM field: set by transitions only
    employer.save()
    audit_log(
        action="employers.employer.created",
        actor=actor,
        obj=employer,
        data={"assisted": bool(actor and getattr(actor, "is_staff_role", False))},
    )
    return employer


def _notify_csu_to_verify(employer: Employer, *, via: str) -> None:
    """Tell CSU a new employer waits for validation (manual: Employers — "If staff assist in the creation of a
    new employer account, contact CSU and provide the employer name")."""
    who = "staff-assisted" if via == RegisteredVia.STAFF else "self-registered"
    notify(
        kind="employers.verification.requested",
        subject=f"Verify new employer: {employer.legal_name}",
        body=f"A {who} employer account is pending verification (FEIN {employer.fein or 'not given'}).",
        link=reverse("staff:employer-detail", args=[employer.pk]),
        obj=employer,
        roles=[Role.CSU],
    )


@transaction.atomic
def employer_register(*, actor, attests_open_position: bool, via: str = RegisteredVia.STAFF, **fields) -> Employer:
    """Register a new employer account (staff-assisted or from the portal): pending verification, CSU notified.

    Manual (Employers): the employer "must have a position for which they are seeking applicants before
    creating an account"; creation "by either party" leaves the account 'Pending Verification' until CSU
    validates it.
    """
    errors = {}
    if not attests_open_position:
        errors["attests_open_position"] = [constants.ATTESTATION_REQUIRED]
    try:
        _check_fein_unique(fields.get("fein", ""))
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if fields.get("job_center") is not None:
        fields["job_center_source"] = JobCenterSource.CHOSEN
    employer = Employer(
        attests_open_position=attests_open_position,
        registered_via=via,
        created_by=actor if getattr(actor, "pk", None) else None,
        **fields,
    )
    try:
        employer.full_clean(exclude=["status"])
    except ValidationError as exc:
        for k, v in exc.message_dict.items():
            errors.setdefault(k, []).extend(m for m in v if m not in errors.get(k, []))
    if errors:
        raise ValidationError(errors)
    employer.save()
    audit_log(action="employers.employer.registered", actor=actor, obj=employer, data={"via": via})
    employer_propose_job_center(employer=employer, actor=actor)
    _notify_csu_to_verify(employer, via=via)
    return employer


@transaction.atomic
def employer_self_register(
    *,
    username: str,
    password: str,
    first_name: str,
    last_name: str,
    user_email: str,
    accepts_terms: bool,
    attests_open_position: bool,
    **fields,
) -> tuple[Employer, object]:
    """Portal self-registration: creates the user (role employer), the employer (pending verification), the
    admin membership and the terms acceptance, and notifies CSU. All or nothing."""
    errors: dict[str, list[str]] = {}
    if not accepts_terms:
        errors["accepts_terms"] = [constants.TERMS_REQUIRED]
    user = _employer_user(
        username=username,
        email=user_email,
        first_name=first_name,
        last_name=last_name,
        password=password,
        errors=errors,
    )
    try:
        with transaction.atomic():
            employer = employer_register(
                actor=None, attests_open_position=attests_open_position, via=RegisteredVia.PORTAL, **fields
            )
            if errors:
                raise ValidationError(errors)
    except ValidationError as exc:
        for k, v in exc.message_dict.items():
            errors.setdefault(k, []).extend(m for m in v if m not in errors.get(k, []))
        raise ValidationError(errors) from None
    user.set_password(password)
    user.save()
    EmployerMembership.objects.create(employer=employer, user=user, is_admin=True)
    terms_accept(employer=employer, user=user)
    audit_log(action="employers.employer.self_registered", actor=user, obj=employer, data={"username": username})
    return employer, user


@transaction.atomic
def employer_update(*, employer: Employer, actor, **fields) -> Employer:
    """Edit the company profile (not its status). FEIN stays unique."""
    _check_fein_unique(fields.get("fein", employer.fein), exclude_pk=employer.pk)
    changed = {}
    for name, value in fields.items():
        if name not in EMPLOYER_FIELDS:
            raise ValueError(f"{name} cannot be edited here")
        if getattr(employer, name) != value:
            changed[name] = str(value)[:100]
            setattr(employer, name, value)
    employer.full_clean(exclude=["status"])
    employer.save()
    audit_log(action="employers.employer.updated", actor=actor, obj=employer, data={"fields": sorted(changed)})
    return employer


def _transition(employer, method: str, **kwargs) -> None:
    try:
        getattr(employer, method)(**kwargs)
    except TransitionNotAllowed:
        raise ValidationError(
            constants.TRANSITION_NOT_ALLOWED.format(status=employer.get_status_display().lower())
        ) from None


@transaction.atomic
def employer_verify(*, employer: Employer, actor, job_center=None) -> Employer:
    """CSU verifies a pending employer: status -> active, who and when recorded, the serving job center confirmed
    (the proposal from the worksite ZIP, or the one CSU chose instead), audited (manual: Employers); job orders
    that passed screening while the employer was pending go online. Orders the employer entered while waiting move
    to the confirmed job center (orders staff entered stay with the job center that entered them)."""
    if not user_can(actor, "employers.verify"):
        raise PermissionDenied("Your role cannot verify employers (employers.verify).")
    job_center = job_center or employer.job_center
    proposed = employer.job_center
    _transition(employer, "verify", by=actor, at=clock.now())
    if job_center is not None:
        employer.job_center = job_center
        employer.job_center_source = JobCenterSource.CONFIRMED
    employer.save()
    audit_log(
        action="employers.employer.verified",
        actor=actor,
        obj=employer,
        data={
            "job_center": job_center.code if job_center else "",
            "proposed": proposed.code if proposed else "",
        },
    )
    if job_center is not None:
        _move_waiting_orders(employer=employer, job_center=job_center)
    # Orders entered while the employer awaited verification go online now (manual: Employers — "available
    # online once the account is validated").
    from jobcenter.joborders.services import job_orders_open_after_verification

    job_orders_open_after_verification(employer=employer, actor=actor)
    return employer


def _move_waiting_orders(*, employer: Employer, job_center) -> int:
    """Orders the employer's own users entered before verification belong to the confirmed job center."""
    from jobcenter.joborders.choices import JobOrderStatus
    from jobcenter.joborders.models import JobOrder

    return (
        JobOrder.objects.filter(
            employer=employer,
            status__in=[JobOrderStatus.DRAFT, JobOrderStatus.SCREENING],
            created_by__role=Role.EMPLOYER,
        )
        .exclude(job_center=job_center)
        .update(job_center=job_center, region=job_center.region)
    )


@transaction.atomic
def employer_deny(*, employer: Employer, actor, reason: str) -> Employer:
    """CSU could not validate the employer: status -> denied with the reason, audited (manual: Employers)."""
    if not user_can(actor, "employers.verify"):
        raise PermissionDenied("Your role cannot verify employers (employers.verify).")
    if not (reason or "").strip():
        raise ValidationError({"reason": constants.DENY_REASON_REQUIRED})
    _transition(employer, "deny", reason=reason.strip())
    employer.save()
    audit_log(action="employers.employer.denied", actor=actor, obj=employer, data={"reason": reason.strip()[:500]})
    return employer


@transaction.atomic
def employer_user_add(
    *,
    employer: Employer,
    actor,
    username: str,
    email: str,
    first_name: str,
    last_name: str,
    password: str,
    is_admin: bool = False,
) -> EmployerMembership:
    """An employer admin (or staff) adds a user who acts for the company in the portal (role employer)."""
    errors: dict[str, list[str]] = {}
    user = _employer_user(
        username=username, email=email, first_name=first_name, last_name=last_name, password=password, errors=errors
    )
    if errors:
        raise ValidationError(errors)
    user.set_password(password)
    user.save()
    membership = EmployerMembership.objects.create(employer=employer, user=user, is_admin=is_admin)
    audit_log(action="employers.membership.created", actor=actor, obj=employer, data={"username": username})
    return membership


# --- terms of service -------------------------------------------------------------------------------


@transaction.atomic
def terms_accept(*, employer: Employer, user, version: TermsVersion | None = None) -> TermsAcceptance:
    """Record that ``user`` accepted ``version`` (default: the current one) for ``employer`` (manual: Employer -
    Policy & Terms of Service). Accepting twice keeps the first acceptance."""
    from jobcenter.employers.selectors import terms_current

    version = version or terms_current()
    if version is None:
        raise ValidationError(constants.NO_CURRENT_TERMS)
    row, created = TermsAcceptance.objects.get_or_create(
        employer=employer, user=user, version=version, defaults={"accepted_at": clock.now()}
    )
    if created:
        audit_log(action="employers.terms.accepted", actor=user, obj=employer, data={"version": version.version})
    return row


# --- discontinuation of services (20 CFR 658.500-504) ----------------------------------------------


def discontinuation_response_due(notice_date: dt.date) -> dt.date:
    """Last day for the employer to respond: notice date + 20 working days (20 CFR 658.502; weekends and
    federal holidays are not working days; the 20 is the dated parameter
    ``employers.discontinuation_response_working_days``)."""
    days = param("employers.discontinuation_response_working_days", as_of=notice_date)
    return add_business_days(notice_date, days)


def reinstatement_decision_due(received_on: dt.date) -> dt.date:
    """Day by which the SWA must decide a reinstatement request: receipt + 20 working days (20 CFR 658.504;
    parameter ``employers.reinstatement_decision_working_days``)."""
    days = param("employers.reinstatement_decision_working_days", as_of=received_on)
    return add_business_days(received_on, days)


def _require_sma(actor) -> None:
    if not user_can(actor, "employers.discontinue"):
        raise PermissionDenied("Only the State Monitor Advocate decides discontinuation (employers.discontinue).")


def _case_transition(case, method: str, **kwargs) -> None:
    try:
        getattr(case, method)(**kwargs)
    except TransitionNotAllowed:
        raise ValidationError(constants.CASE_WRONG_STATUS.format(status=case.get_status_display().lower())) from None


@transaction.atomic
def discontinuation_initiate(
    *, employer: Employer, actor, reason_code: str, facts: str, job_order_reference: str = ""
) -> DiscontinuationCase:
    """Staff, supervisors or the SMA refer an employer for discontinuation of services; the case goes to the
    State Monitor Advocate (manual: Discontinuation of Services; 20 CFR 658.501(a) — the SWA must initiate
    for the reasons in (a)(1)-(8)). Only an active employer can be referred; one open case at a time."""
    if not (user_can(actor, "employers.edit") or user_can(actor, "employers.discontinue")):
        raise PermissionDenied("Your role cannot refer employers for discontinuation.")
    if employer.status != EmployerStatus.ACTIVE:
        raise ValidationError(constants.CASE_NOT_ACTIVE_EMPLOYER.format(status=employer.get_status_display().lower()))
    open_statuses = [DiscontinuationStatus.REFERRED, DiscontinuationStatus.NOTICE_ISSUED]
    if employer.discontinuation_cases.filter(status__in=open_statuses).exists():
        raise ValidationError(constants.CASE_ALREADY_OPEN)
    if not (facts or "").strip():
        raise ValidationError({"facts": constants.CASE_FACTS_REQUIRED})
    case = DiscontinuationCase(
        employer=employer,
        reason_code=reason_code,
        facts=facts.strip(),
        job_order_reference=job_order_reference,
        referred_by=actor,
        referred_at=clock.now(),
    )
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(
        action="employers.discontinuation.referred",
        actor=actor,
        obj=employer,
        data={"case": case.pk, "reason": reason_code},
    )
    notify(
        kind="employers.discontinuation.referred",
        subject=f"Discontinuation referral: {employer.legal_name}",
        body=f"{case.get_reason_code_display()}",
        link=reverse("staff:discontinuation-detail", args=[case.pk]),
        obj=case,
        roles=[Role.MONITOR_ADVOCATE],
    )
    return case


@transaction.atomic
def discontinuation_issue_notice(
    *, case: DiscontinuationCase, actor, notice_date: dt.date | None = None
) -> DiscontinuationCase:
    """The SMA issues the written notice of intent to discontinue, with the reasons (20 CFR 658.502). The
    response is due ``notice_date`` + 20 working days; a notice dated on a weekend or holiday counts from it
    all the same (the period counts working days after it)."""
    _require_sma(actor)
    notice_date = notice_date or clock.today()
    _case_transition(case, "issue_notice", by=actor, on=notice_date, due=discontinuation_response_due(notice_date))
    case.save()
    audit_log(
        action="employers.discontinuation.notice_issued",
        actor=actor,
        obj=case.employer,
        data={"case": case.pk, "notice_date": notice_date, "response_due": case.response_due},
    )
    return case


@transaction.atomic
def discontinuation_record_response(
    *,
    case: DiscontinuationCase,
    actor,
    response_text: str,
    received_on: dt.date | None = None,
    hearing_requested: bool = False,
) -> DiscontinuationCase:
    """Record the employer's response to the notice (and whether it asks for a hearing, 658.502)."""
    _require_sma(actor)
    if case.status != DiscontinuationStatus.NOTICE_ISSUED:
        raise ValidationError(constants.CASE_WRONG_STATUS.format(status=case.get_status_display().lower()))
    case.response_text = (response_text or "").strip()
    case.response_received_on = received_on or clock.today()
    case.hearing_requested = hearing_requested
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(
        action="employers.discontinuation.response_recorded",
        actor=actor,
        obj=case.employer,
        data={"case": case.pk, "received_on": case.response_received_on, "hearing_requested": hearing_requested},
    )
    return case


@transaction.atomic
def discontinuation_decide(*, case: DiscontinuationCase, actor, decision: str, notes: str = "") -> DiscontinuationCase:
    """The SMA decides: ``withdraw`` (services continue) or ``discontinue``. Discontinuing needs a notice and
    either the employer's response or the end of the 20-working-day period (658.502); the employer's status
    becomes ``services_discontinued`` and its job orders are refused by screening."""
    _require_sma(actor)
    now = clock.now()
    if decision == "withdraw":
        _case_transition(case, "withdraw", by=actor, at=now, notes=notes)
    elif decision == "discontinue":
        if (
            case.status == DiscontinuationStatus.NOTICE_ISSUED
            and case.response_received_on is None
            and clock.today() <= case.response_due
        ):
            raise ValidationError(constants.CASE_DECISION_TOO_EARLY.format(due=format_date(case.response_due)))
        _case_transition(case, "discontinue", by=actor, at=now, notes=notes)
        employer = Employer.objects.select_for_update().get(pk=case.employer_id)
        _transition(employer, "discontinue_services")
        employer.save()
        case.employer = employer
    else:
        raise ValidationError(constants.CASE_DECISION_UNKNOWN)
    case.save()
    audit_log(
        action=f"employers.discontinuation.{'withdrawn' if decision == 'withdraw' else 'discontinued'}",
        actor=actor,
        obj=case.employer,
        data={"case": case.pk, "notes": notes[:500]},
    )
    return case


@transaction.atomic
def reinstatement_request_record(
    *, case: DiscontinuationCase, actor, request_text: str, received_on: dt.date | None = None
) -> ReinstatementRequest:
    """Record an employer's written request for reinstatement; the decision is due in 20 working days
    (20 CFR 658.504). Staff or the SMA may record it; the SMA is notified."""
    if not (user_can(actor, "employers.edit") or user_can(actor, "employers.discontinue")):
        raise PermissionDenied("Your role cannot record reinstatement requests.")
    if case.status != DiscontinuationStatus.DISCONTINUED:
        raise ValidationError(constants.CASE_WRONG_STATUS.format(status=case.get_status_display().lower()))
    if case.reinstatement_requests.filter(status=ReinstatementStatus.PENDING).exists():
        raise ValidationError(constants.REINSTATEMENT_ALREADY_PENDING)
    if not (request_text or "").strip():
        raise ValidationError({"request_text": constants.REINSTATEMENT_TEXT_REQUIRED})
    received_on = received_on or clock.today()
    req = ReinstatementRequest(
        case=case,
        received_on=received_on,
        request_text=request_text.strip(),
        decision_due=reinstatement_decision_due(received_on),
        recorded_by=actor,
    )
    req.full_clean(exclude=["status"])
    req.save()
    audit_log(
        action="employers.reinstatement.requested",
        actor=actor,
        obj=case.employer,
        data={"case": case.pk, "request": req.pk, "decision_due": req.decision_due},
    )
    notify(
        kind="employers.reinstatement.requested",
        subject=f"Reinstatement request: {case.employer.legal_name} (decide by {format_date(req.decision_due)})",
        link=reverse("staff:discontinuation-detail", args=[case.pk]),
        obj=case,
        roles=[Role.MONITOR_ADVOCATE],
    )
    return req


@transaction.atomic
def reinstatement_decide(*, request: ReinstatementRequest, actor, grant: bool, notes: str = "") -> ReinstatementRequest:
    """The SMA grants (causes corrected, findings resolved: employer -> active, case -> reinstated) or refuses
    a reinstatement request (20 CFR 658.504)."""
    _require_sma(actor)
    now = clock.now()
    try:
        (request.grant if grant else request.refuse)(by=actor, at=now, notes=notes)
    except TransitionNotAllowed:
        raise ValidationError(constants.CASE_WRONG_STATUS.format(status=request.get_status_display().lower())) from None
    request.save()
    case = request.case
    if grant:
        _case_transition(case, "reinstate")
        case.save()
        employer = Employer.objects.select_for_update().get(pk=case.employer_id)
        _transition(employer, "reinstate")
        employer.save()
        case.employer = employer
    audit_log(
        action=f"employers.reinstatement.{'granted' if grant else 'refused'}",
        actor=actor,
        obj=case.employer,
        data={"case": case.pk, "request": request.pk, "notes": notes[:500]},
    )
    return request


def _employer_user(*, username: str, email: str, first_name: str, last_name: str, password: str, errors: dict):
    """An unsaved portal user (role employer); what is wrong with it (username taken, password refused, invalid
    fields) is added to ``errors``."""
    from django.contrib.auth.password_validation import validate_password

    from jobcenter.accounts.models import User

    if User.objects.filter(username__iexact=username).exists():
        errors["username"] = [constants.USERNAME_TAKEN]
    user = User(username=username, first_name=first_name, last_name=last_name, email=email, role=Role.EMPLOYER)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        errors["password"] = list(exc.messages)
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as exc:
        for k, v in exc.message_dict.items():
            errors.setdefault(k, []).extend(m for m in v if m not in errors.get(k, []))
    return user
