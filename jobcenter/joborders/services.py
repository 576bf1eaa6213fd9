"""Writes for job orders: entry, screening, workflow transitions, labor disputes, suspected violations, fraud
investigations and self-employment postings.

Every transition is audited (``joborders.order.<verb>``) and journalled as a note on the employer's record
(the employer's case notes, ``cases.EmployerCaseNote``). Rules cite the Missouri Wagner-Peyser &
Labor Exchange Manual (rev. Jan 2024) and 20 CFR.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django_fsm import can_proceed

from jobcenter.accounts.choices import Role
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.core.parameters import param
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    ACTIVE_STATUSES,
    DisputeStatus,
    HoldReason,
    JobOrderStatus,
    LaborDisputeValue,
    ScreeningDecision,
    ViolationRoute,
)
from jobcenter.joborders.models import (
    FraudInvestigation,
    JobOrder,
    LaborDispute,
    ScreeningRecord,
    SelfEmploymentPosting,
    ViolationCase,
)
from jobcenter.joborders.timeline import entry_deadline

S = JobOrderStatus
D = ScreeningDecision

# ---------------------------------------------------------------------------------------------------------------
# helpers


def normalize_title(title: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed: "Forklift  Operator!" -> "forklift operator"."""
    return " ".join(re.sub(r"[^\w\s]", " ", (title or "").lower()).split())


def _normalize_zip(value: str) -> str:
    return re.sub(r"\D", "", value or "")[:5]


def employer_note_add(*, employer, text: str, kind: str, actor=None, job_order=None):
    """Journal a job order event in the employer's case notes (manual: Case Notes & Services; Job Orders &
    Labor Disputes). One journal for the employer: ``cases.services.case_note_add``."""
    from jobcenter.cases.choices import NoteKind
    from jobcenter.cases.services import case_note_add

    return case_note_add(
        actor=actor, employer=employer, body=text, kind=NoteKind.JOB_ORDER, job_order=job_order, event=kind
    )


def _record(order: JobOrder, *, verb: str, actor, text: str, data: dict | None = None) -> None:
    """Audit a job order event and journal it on the employer."""
    audit_log(action=f"joborders.order.{verb}", actor=actor, obj=order, data={"status": order.status, **(data or {})})
    employer_note_add(employer=order.employer, job_order=order, kind=f"joborders.order.{verb}", text=text, actor=actor)


def _transition(order: JobOrder, name: str, *, actor, verb: str, text: str, data: dict | None = None, **kwargs):
    """Run FSM transition ``name`` on ``order``, save, audit and journal it; ValidationError if not allowed."""
    method = getattr(order, name)
    if not can_proceed(method):
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
    before = order.status
    method(**kwargs)
    order.full_clean(exclude=["status"])
    order.save()
    _record(order, verb=verb, actor=actor, text=text, data={"from": before, **(data or {})})
    return order


# ---------------------------------------------------------------------------------------------------------------
# entry and duplicates


def job_order_find_duplicate(
    *, employer, title: str, worksite_city: str, worksite_state: str, worksite_zip: str, exclude_pk=None
) -> JobOrder | None:
    """An active order (screening, open, on hold) of the same employer for the same normalised title at the same
    worksite. Manual: Job Orders from Employers with a Work Site Located in Another JC's Administrative Area —
    "Duplicate job orders when only one opening exists are prohibited."
    """
    qs = JobOrder.objects.filter(
        employer=employer,
        title_normalized=normalize_title(title),
        worksite_state__iexact=(worksite_state or "").strip(),
        status__in=ACTIVE_STATUSES,
    )
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    city = " ".join((worksite_city or "").lower().split())
    zip5 = _normalize_zip(worksite_zip)
    for other in qs:
        if " ".join(other.worksite_city.lower().split()) == city and _normalize_zip(other.worksite_zip) == zip5:
            return other
    return None


def _refuse_duplicate(order: JobOrder) -> None:
    dup = job_order_find_duplicate(
        employer=order.employer,
        title=order.title,
        worksite_city=order.worksite_city,
        worksite_state=order.worksite_state,
        worksite_zip=order.worksite_zip,
        exclude_pk=order.pk,
    )
    if dup is not None:
        raise ValidationError({"title": constants.DUPLICATE_ORDER.format(existing=dup.number)})


EDITABLE_FIELDS: tuple[str, ...] = (  # in form order
    "title",
    "description",
    "requirements",
    "application_instructions",
    "soc_code",
    "naics",
    "worksite_city",
    "worksite_state",
    "worksite_zip",
    "wage_min",
    "wage_max",
    "wage_unit",
    "tipped",
    "hours_per_week",
    "openings",
    "employment_type",
    "visa_program",
    "special_categories",
    "minimum_age",
    "hiring_requirements",
    "confidential",
    "screen_referrals",
    "display_company_name",
    "display_address",
    "display_phone",
    "responsible_staff",
    "closes_on",
)


@transaction.atomic
def job_order_create(*, actor, employer, job_center, received_at: dt.datetime | None = None, **fields: Any) -> JobOrder:
    """Record a job order received by ``job_center`` (a draft). Tied to that job center and its region (manual:
    orders "must be tied to the Region and JC entering the job order"); the entry deadline is computed from
    ``received_at`` (manual: Job Order Entry Timeline). Duplicates of an active order are refused.
    """
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown job order fields: {sorted(unknown)}")
    if getattr(actor, "role", None) == "employer":
        # Employer users accept the current terms (bona fide openings, no resale of job seeker data,
        # employer-employee relationship) before posting (manual: Employer - Policy & Terms of Service).
        from jobcenter.employers.selectors import employer_has_accepted_current_terms

        if not employer_has_accepted_current_terms(employer, user=actor):
            raise ValidationError(constants.TERMS_NOT_ACCEPTED)
    received_at = received_at or clock.now()
    order = JobOrder(
        employer=employer,
        job_center=job_center,
        region=job_center.region,
        received_at=received_at,
        entry_due_at=entry_deadline(received_at),
        created_by=actor if getattr(actor, "pk", None) else None,
        **fields,
    )
    if order.responsible_staff is None and getattr(actor, "is_staff_role", False):
        order.responsible_staff = actor
    if order.visa_program == "h2a":
        # "H-2A job orders require JC staff to screen all applicants" (manual: H-2A and H-2B Job Orders).
        order.screen_referrals = True
    order.title_normalized = normalize_title(order.title)
    order.full_clean(exclude=["status", "entry_due_at", "title_normalized"])
    _refuse_duplicate(order)
    order.save()
    _record(order, verb="created", actor=actor, text=f"Job order {order.number} '{order.title}' received.")
    return order


@transaction.atomic
def job_order_update(*, order: JobOrder, actor, **fields: Any) -> JobOrder:
    """Change a draft order's fields (an order past draft is changed by closing it and entering a new one)."""
    if order.status != S.DRAFT:
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown job order fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(order, name, value)
    order.title_normalized = normalize_title(order.title)
    order.full_clean(exclude=["status"])
    _refuse_duplicate(order)
    order.save()
    audit_log(action="joborders.order.updated", actor=actor, obj=order, data={"fields": sorted(fields)})
    return order


# ---------------------------------------------------------------------------------------------------------------
# screening


def labor_dispute_value(*, employer, title: str) -> str:
    """``employer.labor_dispute`` for the screening input, from the registry (20 CFR 652.9): a verified,
    not ended dispute at the employer -> position at issue (all positions, or the normalised title listed) or
    not at issue; no verified dispute -> none."""
    disputes = LaborDispute.objects.filter(employer=employer, status=DisputeStatus.VERIFIED)
    if not disputes:
        return LaborDisputeValue.NONE
    title_n = normalize_title(title)
    for d in disputes:
        if d.all_positions or title_n in {normalize_title(p) for p in d.positions_at_issue}:
            return LaborDisputeValue.POSITION_AT_ISSUE
    return LaborDisputeValue.POSITION_NOT_AT_ISSUE


def _orders_last_12_months(*, employer, as_of: dt.datetime, exclude_pk=None) -> int:
    from jobcenter.joborders.selectors import employer_orders_within_lookback

    return employer_orders_within_lookback(employer=employer, as_of=as_of, exclude_pk=exclude_pk).count()


def _decimal_str(value) -> str | None:
    return None if value is None else str(value)


# Our codes -> the engine's (jobcenter.compliance.screening.inputs): a denied employer is, like a discontinued
# one, not served.
ENGINE_EMPLOYER_STATUS = {"services_discontinued": "discontinued", "denied": "discontinued"}
ENGINE_VISA = {"none": None, "h2a": "H-2A", "h2b": "H-2B"}


def job_order_screening_input(order: JobOrder) -> dict:
    """The order in the input shape of ``jobcenter.compliance.screening.screen_job_order``."""
    e = order.employer
    return {
        "received_at": order.received_at.isoformat() if order.received_at else None,
        "employer": {
            "name": e.legal_name,
            "fein": e.fein or None,
            "status": ENGINE_EMPLOYER_STATUS.get(e.status, e.status),
            "state": e.state,
            "employees": e.employees,
            "annual_sales": _decimal_str(e.annual_sales),
            "labor_dispute": str(labor_dispute_value(employer=e, title=order.title)),
            "job_orders_last_12_months": _orders_last_12_months(
                employer=e, as_of=order.received_at or clock.now(), exclude_pk=order.pk
            ),
            "is_labor_organization": e.is_labor_organization,
            "confidential": bool(e.confidential or order.confidential),
        },
        "title": order.title,
        "description": order.description,
        "requirements": order.requirements,
        "application_instructions": order.application_instructions,
        "soc_code": order.soc_code or None,
        "naics": order.naics or e.naics or None,
        "worksite": {"city": order.worksite_city, "state": order.worksite_state, "zip": order.worksite_zip},
        "wage": {"min": _decimal_str(order.wage_min), "max": _decimal_str(order.wage_max), "unit": order.wage_unit},
        "tipped": order.tipped,
        "hours_per_week": _decimal_str(order.hours_per_week),
        "openings": order.openings,
        "employment_type": order.employment_type,
        "visa_program": ENGINE_VISA.get(order.visa_program),
        "special_categories": list(order.special_categories or []),
        "minimum_age": order.minimum_age,
        "hiring_requirements": list(order.hiring_requirements or []),
    }


@dataclass
class ScreeningOutcome:
    """What screening did to an order: the decision, the stored record, and a message for the person."""

    decision: str
    findings: list[dict] = field(default_factory=list)
    notices: list = field(default_factory=list)
    message: str = ""
    record: ScreeningRecord | None = None
    violation_case: ViolationCase | None = None


def result_as_dict(result) -> dict:
    """A screening result (engine object with ``to_dict()`` or a plain dict) as a JSON-ready dict."""
    data = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    findings = [f if isinstance(f, dict) else dict(vars(f)) for f in data.get("findings", [])]
    return {"decision": str(data["decision"]), "findings": findings, "notices": list(data.get("notices", []))}


def screen_data(data: dict, *, as_of: dt.date) -> dict:
    """Run the screening engine on an input dict and return the result as a dict. Input errors of the engine
    become a ``ValidationError`` keyed by our field names."""
    from jobcenter.compliance.screening import screen_job_order
    from jobcenter.compliance.screening.types import ScreeningInputError

    try:
        return result_as_dict(screen_job_order(data, as_of=as_of))
    except ScreeningInputError as exc:
        errors: dict[str, list[str]] = {}
        for path, message in exc.errors.items():
            key = FIELD_ALIASES.get(path, path.split("[")[0].replace(".", "_"))
            errors.setdefault(key if key != "__all__" else "__all__", []).append(message)
        raise ValidationError(errors) from exc


def findings_by_field(findings: list[dict]) -> dict[str, list[dict]]:
    """Findings grouped by the form field they are about (top-level name: ``wage.min`` -> ``wage_min``)."""
    out: dict[str, list[dict]] = {}
    for f in findings:
        key = FIELD_ALIASES.get(f.get("field") or "", (f.get("field") or "__all__").replace(".", "_"))
        out.setdefault(key, []).append(f)
    return out


FIELD_ALIASES = {
    "wage": "wage_min",
    "worksite": "worksite_city",
    "worksite.city": "worksite_city",
    "worksite.state": "worksite_state",
    "worksite.zip": "worksite_zip",
    "employer": "__all__",
    "employer.labor_dispute": "__all__",
    "": "__all__",
}


@transaction.atomic
def job_order_submit(*, order: JobOrder, actor, result=None) -> ScreeningOutcome:
    """Staff finished entering the order: it is marked entered, moves to screening, the screening engine runs
    and its decision drives the next transition (``job_order_apply_screening``).

    ``result`` lets a caller pass a result already computed (the engine is otherwise called here).
    """
    _refuse_duplicate(order)
    if order.entered_at is None:
        order.entered_at = clock.now()
    _transition(order, "submit", actor=actor, verb="submitted", text=f"Job order {order.number} entered.")
    data = job_order_screening_input(order)
    as_of = clock.now()
    # Screened against the rules in force on the day of screening (ADR 0014).
    result_dict = result_as_dict(result) if result is not None else screen_data(data, as_of=clock.today())
    result_dict = _flc_coordinator_enters(result_dict, actor=actor)
    record = ScreeningRecord(
        job_order=order,
        decision=result_dict["decision"],
        findings=result_dict["findings"],
        notices=result_dict["notices"],
        input_snapshot=data,
        screened_at=as_of,
        screened_by=actor if getattr(actor, "pk", None) else None,
    )
    record.full_clean()
    record.save()
    order.last_decision = record.decision
    order.supervisor_cleared = False
    order.save(update_fields=["last_decision", "supervisor_cleared", "updated_at"])
    audit_log(
        action="joborders.order.screened",
        actor=actor,
        obj=order,
        data={"decision": record.decision, "rules": [f.get("rule") for f in record.findings]},
    )
    return job_order_apply_screening(order=order, record=record, actor=actor)


def _flc_coordinator_enters(result: dict, *, actor) -> dict:
    """H-2A/H-2B orders are routed to the FLC coordinator, who enters them (manual: H-2A and H-2B Job Orders).
    When the coordinator is the one entering the order, the routing finding is satisfied: the decision becomes the
    most severe of the *other* findings (or accept), and the routing finding stays on the record."""
    from jobcenter.accounts.roles import user_can
    from jobcenter.compliance.screening.types import SEVERITY_RANK

    if result["decision"] != D.ROUTE_FLC or not user_can(actor, "joborders.flc"):
        return result
    others = [f for f in result["findings"] if f.get("severity") != D.ROUTE_FLC]
    decision = min((f["severity"] for f in others), key=SEVERITY_RANK.__getitem__, default=D.ACCEPT)
    if decision == D.ACCEPT and result["notices"]:
        decision = D.ACCEPT_WITH_NOTICE
    return {**result, "decision": decision, "notices": [*result["notices"], constants.ENTERED_BY_FLC]}


def job_order_apply_screening(*, order: JobOrder, record: ScreeningRecord, actor) -> ScreeningOutcome:
    """Move an order in screening according to the engine's decision:

    reject -> denied; route_flc -> routed_flc; not_entered -> not_entered; hold -> on_hold; refer_supervisor ->
    stays in screening and a suspected-violation case opens for the supervisor; fix_required -> back to draft;
    accept / accept_with_notice -> open if the employer is active, else stays in screening until verification
    (manual: Employers; Job Orders in Violation of the Law; Suspected Violations in the Job Order).
    """
    decision = record.decision
    out = ScreeningOutcome(decision=decision, findings=record.findings, notices=record.notices, record=record)
    rules = ", ".join(sorted({str(f.get("rule")) for f in record.findings if f.get("rule")})) or "none"
    if decision == D.REJECT:
        _transition(order, "deny", actor=actor, verb="denied", text=f"Order denied by screening (rules: {rules}).")
        out.message = constants.ORDER_DENIED
    elif decision == D.ROUTE_FLC:
        _transition(order, "route_flc", actor=actor, verb="routed_flc", text="Order routed to the FLC coordinator.")
        notify(
            kind="joborders.order.routed_flc",
            subject=f"H-2A/H-2B job order {order.number} to enter",
            link=_staff_link(order),
            obj=order,
            roles=[Role.FLC_COORDINATOR],
        )
        out.message = constants.ORDER_ROUTED_FLC
    elif decision == D.NOT_ENTERED:
        _transition(order, "mark_not_entered", actor=actor, verb="not_entered", text=f"Not entered (rules: {rules}).")
        out.message = constants.ORDER_NOT_ENTERED
    elif decision == D.HOLD:
        _transition(
            order,
            "hold",
            actor=actor,
            verb="held",
            text=f"Order put on hold by screening (rules: {rules}).",
            reason=HoldReason.SCREENING,
        )
        out.message = constants.ORDER_HELD
    elif decision == D.FIX_REQUIRED:
        _transition(
            order, "return_for_fixes", actor=actor, verb="returned", text=f"Order needs changes (rules: {rules})."
        )
        out.message = constants.RETURNED_FOR_FIXES
    elif decision == D.REFER_SUPERVISOR:
        out.violation_case = violation_case_open(order=order, findings=record.findings, actor=actor)
        out.message = constants.REFERRED_TO_SUPERVISOR
    elif decision in (D.ACCEPT, D.ACCEPT_WITH_NOTICE):
        if order.employer.is_active:
            _transition(order, "open", actor=actor, verb="opened", text=f"Order {order.number} is open.")
            out.message = constants.ORDER_OPENED
        else:
            employer_note_add(
                employer=order.employer,
                job_order=order,
                kind="joborders.order.awaiting_verification",
                text=constants.GOES_ONLINE_AFTER_VERIFICATION,
                actor=actor,
            )
            out.message = constants.GOES_ONLINE_AFTER_VERIFICATION
    else:
        raise ValueError(f"Unknown screening decision {decision!r}")
    return out


def _staff_link(order: JobOrder) -> str:
    return _link("staff:joborder-detail", order.pk)


# ---------------------------------------------------------------------------------------------------------------
# workflow actions by people

ACTION_CAPABILITIES = {
    "open": "joborders.edit",
    "hold": "joborders.hold",
    "release": "joborders.hold",
    "fill": "joborders.edit",
    "close": "joborders.edit",
    "expire": "joborders.edit",
}
ACTION_VERBS = {
    "open": "opened",
    "hold": "held",
    "release": "released",
    "fill": "filled",
    "close": "closed",
    "expire": "expired",
}
ACTION_LABELS = {
    "open": "Put online",
    "hold": "Put on hold",
    "release": "Release hold",
    "fill": "Mark filled",
    "close": "Close",
    "expire": "Mark expired",
}


def job_order_actions_for(*, order: JobOrder, user) -> list[tuple[str, str]]:
    """(action, label) pairs this user may run on this order now."""
    from jobcenter.accounts.roles import user_can

    out = []
    for name, cap in ACTION_CAPABILITIES.items():
        if not user_can(user, cap) or not can_proceed(getattr(order, name)):
            continue
        if name == "release" and order.hold_reason in (HoldReason.LABOR_DISPUTE, HoldReason.FRAUD):
            continue  # released by ending the dispute / clearing the fraud case
        out.append((name, ACTION_LABELS[name]))
    return out


@transaction.atomic
def job_order_act(*, order: JobOrder, action: str, actor, note: str = "") -> JobOrder:
    """Run a staff workflow action (open, hold, release, fill, close, expire) after checking the capability.

    Holds put by a labor dispute or a fraud investigation are released only by ending the dispute or clearing
    the investigation (manual: Job Orders and Labor Disputes; Suspected Fraudulent Job Orders).
    """
    from jobcenter.accounts.scoping import require

    if action not in ACTION_CAPABILITIES:
        raise ValidationError(f"Unknown action {action!r}.")
    require(actor, ACTION_CAPABILITIES[action])
    if action == "release" and order.hold_reason in (HoldReason.LABOR_DISPUTE, HoldReason.FRAUD):
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_hold_reason_display().lower()))
    if action == "open" and not order.employer.is_active:
        raise ValidationError(constants.EMPLOYER_NOT_ACTIVE)
    kwargs = {"reason": HoldReason.STAFF} if action == "hold" else {}
    text = f"Order {order.number}: {ACTION_LABELS[action].lower()}." + (f" {note}" if note else "")
    return _transition(order, action, actor=actor, verb=ACTION_VERBS[action], text=text, **kwargs)


@transaction.atomic
def job_orders_open_after_verification(*, employer, actor) -> list[JobOrder]:
    """Put online the orders of a newly verified employer that passed screening and waited in screening."""
    opened = []
    for order in JobOrder.objects.filter(employer=employer, status=S.SCREENING).select_for_update():
        order.employer = employer
        if can_proceed(order.open):
            _transition(order, "open", actor=actor, verb="opened", text=f"Order {order.number} is open (verified).")
            opened.append(order)
    return opened


# ---------------------------------------------------------------------------------------------------------------
# suspected violations (manual: Suspected Violations in the Job Order)


@transaction.atomic
def violation_case_open(*, order: JobOrder, findings: list[dict], actor) -> ViolationCase:
    """Document a suspected violation and refer it to the local supervisor. The route follows the 12-month rule:
    an employer that filed a job order within the last 12 months (parameter
    ``joborders.violation_prior_order_lookback_months``) gets informal resolution; otherwise the supervisor refers
    it in writing to the enforcement agency."""
    from jobcenter.joborders.selectors import employer_orders_within_lookback

    now = clock.now()
    prior = (
        employer_orders_within_lookback(employer=order.employer, as_of=order.received_at, exclude_pk=order.pk)
        .order_by("-received_at")
        .first()
    )
    case = ViolationCase(
        job_order=order,
        employer=order.employer,
        job_center=order.job_center,
        findings=findings,
        route=ViolationRoute.INFORMAL_RESOLUTION if prior else ViolationRoute.WRITTEN_REFERRAL,
        prior_order_at=prior.received_at if prior else None,
        opened_at=now,
        opened_by=actor if getattr(actor, "pk", None) else None,
    )
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action="joborders.violation.opened", actor=actor, obj=case, data={"route": case.route})
    employer_note_add(
        employer=order.employer,
        job_order=order,
        kind="joborders.violation.opened",
        text=f"Suspected violation in {order.number} referred to the supervisor ({case.get_route_display()}).",
        actor=actor,
    )
    notify(
        kind="joborders.violation.opened",
        subject=f"Suspected violation in job order {order.number}",
        body=f"Route: {case.get_route_display()}.",
        link=_link("staff:violation-detail", case.pk),
        obj=case,
        roles=[Role.SUPERVISOR],
        job_center=order.job_center,
    )
    return case


def _link(name: str, pk=None) -> str:
    try:
        return reverse(name, args=[pk] if pk is not None else [])
    except Exception:  # noqa: BLE001
        return ""


@transaction.atomic
def violation_case_close(
    *, case: ViolationCase, actor, outcome: str, resolution: str, agency: str = ""
) -> ViolationCase:
    """The supervisor closes a suspected-violation case.

    * ``resolve``: resolved informally; the order goes back to draft for the employer's changes (manual: "If the
      employer modifies the job ... the job order is accepted").
    * ``refer``: written referral to the enforcement agency (``agency`` required); the order is denied.
    * ``dismiss``: no violation; the supervisor clears the order, which goes online if the employer is active.
    """
    from jobcenter.accounts.scoping import require

    require(actor, "violations.review")
    if outcome == "refer" and not agency.strip():
        raise ValidationError({"agency": constants.VIOLATION_NEEDS_AGENCY})
    getattr(case, {"resolve": "resolve", "refer": "refer", "dismiss": "dismiss"}[outcome])()
    case.resolution = resolution
    case.agency = agency
    case.closed_by = actor
    case.closed_at = clock.now()
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action=f"joborders.violation.{case.status}", actor=actor, obj=case, data={"agency": agency})
    order = case.job_order
    if order.status == S.SCREENING:
        if outcome == "resolve":
            _transition(order, "return_for_fixes", actor=actor, verb="returned", text=f"Resolved: {resolution}")
        elif outcome == "refer":
            _transition(order, "deny", actor=actor, verb="denied", text=f"Referred in writing to {agency}.")
        else:
            order.supervisor_cleared = True
            order.save(update_fields=["supervisor_cleared", "updated_at"])
            if order.employer.is_active:
                _transition(order, "open", actor=actor, verb="opened", text="Supervisor found no violation.")
    return case


@transaction.atomic
def violation_question_ask(*, case: ViolationCase, actor, question: str) -> None:
    """Route a question about the apparent-violations process to the State Monitor Advocate (manual)."""
    audit_log(action="joborders.violation.question_asked", actor=actor, obj=case, data={"length": len(question)})
    notify(
        kind="joborders.violation.question",
        subject=f"Question about suspected violation in {case.job_order.number}",
        body=question,
        link=_link("staff:violation-detail", case.pk),
        obj=case,
        roles=[Role.MONITOR_ADVOCATE],
    )


# ---------------------------------------------------------------------------------------------------------------
# suspected fraud (manual: Suspected Fraudulent Job Orders)


@transaction.atomic
def job_order_report_fraud(*, order: JobOrder, actor, reason: str) -> FraudInvestigation:
    """The supervisor puts a suspicious order on temporary hold and asks CSU to investigate."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.hold")
    if order.status in (S.OPEN, S.SCREENING):
        _transition(order, "hold", actor=actor, verb="held", text=f"Suspected fraud: {reason}", reason=HoldReason.FRAUD)
    case = FraudInvestigation(job_order=order, reason=reason, reported_by=actor, reported_at=clock.now())
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action="joborders.fraud.reported", actor=actor, obj=case)
    notify(
        kind="joborders.fraud.reported",
        subject=f"Investigate job order {order.number}",
        body=reason,
        link=_link("staff:fraud-queue"),
        obj=case,
        roles=[Role.CSU],
    )
    return case


@transaction.atomic
def fraud_investigation_close(*, case: FraudInvestigation, actor, confirmed: bool, outcome: str) -> FraudInvestigation:
    """CSU closes an investigation: confirmed -> the order is closed; cleared -> the hold is released."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.investigate")
    (case.confirm if confirmed else case.clear)()
    case.outcome = outcome
    case.closed_by = actor
    case.closed_at = clock.now()
    case.full_clean(exclude=["status"])
    case.save()
    audit_log(action=f"joborders.fraud.{case.status}", actor=actor, obj=case)
    order = case.job_order
    if order.status == S.ON_HOLD and order.hold_reason == HoldReason.FRAUD:
        if confirmed:
            _transition(order, "close", actor=actor, verb="closed", text=f"Closed: fraud confirmed. {outcome}")
        else:
            _transition(order, "release", actor=actor, verb="released", text=f"Fraud cleared. {outcome}")
    return case


# ---------------------------------------------------------------------------------------------------------------
# labor disputes (20 CFR 652.9; manual: Job Orders and Labor Disputes)


def _dispute_notify(dispute: LaborDispute, *, kind: str, subject: str, body: str = "") -> None:
    notify(
        kind=kind,
        subject=subject,
        body=body,
        link=_link("staff:dispute-detail", dispute.pk),
        obj=dispute,
        roles=[Role.WP_COORDINATOR, Role.STAFF, Role.SUPERVISOR, Role.REGIONAL_MANAGER],
        region=dispute.region,
    )


@transaction.atomic
def labor_dispute_report(*, actor, employer, establishment: str, description: str, job_center=None) -> LaborDispute:
    """Staff report a dispute involving a work stoppage; the regional manager is asked to verify it."""
    job_center = job_center or employer.job_center or actor.job_center
    dispute = LaborDispute(
        employer=employer,
        establishment=establishment,
        description=description,
        job_center=job_center,
        region=job_center.region,
        reported_by=actor,
        reported_at=clock.now(),
    )
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(action="joborders.dispute.reported", actor=actor, obj=dispute)
    employer_note_add(
        employer=employer, kind="joborders.dispute.reported", text=f"Labor dispute reported: {description}", actor=actor
    )
    notify(
        kind="joborders.dispute.reported",
        subject=f"Verify a reported labor dispute at {employer}",
        body=description,
        link=_link("staff:dispute-detail", dispute.pk),
        obj=dispute,
        roles=[Role.REGIONAL_MANAGER],
        region=dispute.region,
    )
    return dispute


@transaction.atomic
def labor_dispute_verify(
    *, dispute: LaborDispute, actor, positions_at_issue: list[str], all_positions: bool = False
) -> list[JobOrder]:
    """The regional manager verifies the dispute and records the positions at issue. The WP coordinator and the
    staff of the region are notified; open orders of the employer for positions at issue go on hold (audited,
    noted on the employer). Returns the orders put on hold."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    positions = [p.strip() for p in positions_at_issue if p and p.strip()]
    if not positions and not all_positions:
        raise ValidationError({"positions_at_issue": constants.DISPUTE_NEEDS_POSITIONS})
    dispute.verify()
    dispute.positions_at_issue = positions
    dispute.all_positions = all_positions
    dispute.verified_by = actor
    dispute.verified_at = clock.now()
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(
        action="joborders.dispute.verified",
        actor=actor,
        obj=dispute,
        data={"positions": positions, "all_positions": all_positions},
    )
    titles = {normalize_title(p) for p in positions}
    held = []
    for order in JobOrder.objects.filter(employer=dispute.employer, status=S.OPEN).select_for_update():
        if all_positions or order.title_normalized in titles:
            _transition(
                order,
                "hold",
                actor=actor,
                verb="held",
                text="On hold: the position is at issue in a verified labor dispute (20 CFR 652.9).",
                reason=HoldReason.LABOR_DISPUTE,
                dispute=dispute,
            )
            held.append(order)
    at_issue = "all positions" if all_positions else ", ".join(positions)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.verified",
        subject=f"Labor dispute verified at {dispute.employer}",
        body=f"Positions at issue: {at_issue}. {len(held)} open job order(s) put on hold; no referrals to them.",
    )
    return held


@transaction.atomic
def labor_dispute_reject(*, dispute: LaborDispute, actor, reason: str) -> LaborDispute:
    """The regional manager could not confirm a dispute with a work stoppage."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    dispute.reject()
    dispute.save()
    audit_log(action="joborders.dispute.not_confirmed", actor=actor, obj=dispute, data={"reason": reason})
    return dispute


@transaction.atomic
def labor_dispute_end(
    *, dispute: LaborDispute, actor, confirmed_with_employer: str, confirmed_with_workers_rep: str
) -> list[JobOrder]:
    """End a verified dispute once its end is confirmed with the employer and the workers' representative
    (20 CFR 652.9(d)); orders held for it go back online and everyone notified at verification is told."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    if not (confirmed_with_employer.strip() and confirmed_with_workers_rep.strip()):
        raise ValidationError(constants.DISPUTE_END_NEEDS_BOTH)
    dispute.end()
    dispute.ended_by = actor
    dispute.ended_at = clock.now()
    dispute.end_confirmed_with_employer = confirmed_with_employer.strip()
    dispute.end_confirmed_with_workers_rep = confirmed_with_workers_rep.strip()
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(action="joborders.dispute.ended", actor=actor, obj=dispute)
    restored = []
    for order in JobOrder.objects.filter(hold_dispute=dispute, status=S.ON_HOLD).select_for_update():
        if can_proceed(order.release):
            _transition(order, "release", actor=actor, verb="released", text="Labor dispute ended; referrals resume.")
            restored.append(order)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.ended",
        subject=f"Labor dispute ended at {dispute.employer}",
        body=f"Full referral services resume. {len(restored)} job order(s) back online.",
    )
    return restored


# ---------------------------------------------------------------------------------------------------------------
# self-employment postings


@transaction.atomic
def self_employment_posting_create(
    *,
    actor,
    firm_name: str,
    firm_contact: str,
    title: str,
    details: str,
    posted_from: dt.date,
    posted_until: dt.date,
    job_center=None,
) -> SelfEmploymentPosting:
    """Record a self-employment (independent contractor) opportunity for the job center's board, never as a job
    order. It carries the manual's notice and stays up at most ``joborders.entry_self_employment_posting_days``."""
    max_days = param("joborders.entry_self_employment_posting_days", as_of=posted_from)
    if posted_until < posted_from or (posted_until - posted_from).days > max_days:
        raise ValidationError({"posted_until": constants.SELF_EMPLOYMENT_TOO_LONG.format(days=max_days)})
    posting = SelfEmploymentPosting(
        firm_name=firm_name,
        firm_contact=firm_contact,
        title=title,
        details=details,
        notice=constants.SELF_EMPLOYMENT_NOTICE,
        posted_from=posted_from,
        posted_until=posted_until,
        job_center=job_center or actor.job_center,
        created_by=actor,
    )
    posting.full_clean(exclude=["status"])
    posting.save()
    audit_log(action="joborders.self_employment.created", actor=actor, obj=posting)
    return posting


@transaction.atomic
def self_employment_posting_initial(*, posting: SelfEmploymentPosting, actor, initials: str) -> SelfEmploymentPosting:
    """A supervisor initials and dates the notice, and the posting goes up (manual: "must be initialed and dated
    prior to posting")."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.approve_notice")
    if not initials.strip():
        raise ValidationError({"initials": constants.SELF_EMPLOYMENT_NEEDS_INITIALS})
    posting.initials = initials.strip().upper()[:5]
    posting.initialed_by = actor
    posting.initialed_on = clock.today()
    posting.post()
    posting.full_clean(exclude=["status"])
    posting.save()
    audit_log(action="joborders.self_employment.posted", actor=actor, obj=posting, data={"initials": posting.initials})
    return posting


@transaction.atomic
def self_employment_posting_remove(*, posting: SelfEmploymentPosting, actor) -> SelfEmploymentPosting:
    """Take a posting down."""
    posting.remove()
    posting.save()
    audit_log(action="joborders.self_employment.removed", actor=actor, obj=posting)
    return posting


@transaction.atomic
def self_employment_interest_record(*, posting: SelfEmploymentPosting, actor) -> SelfEmploymentPosting:
    """An applicant asked for the firm's contact details. A public service only: never a referral or placement."""
    SelfEmploymentPosting.objects.filter(pk=posting.pk).update(interest_count=posting.interest_count + 1)
    posting.refresh_from_db(fields=["interest_count"])
    audit_log(action="joborders.self_employment.interest", actor=actor, obj=posting)
    return posting


# ---------------------------------------------------------------------------------------------------------------
# expiry


def job_order_expiry_date(order: JobOrder) -> dt.date | None:
    """The last day an order stays online: its ``closes_on`` date, or (when the employer gave none) the date it
    was entered plus the state's default open period (parameter ``joborders.expiry_default_open_days``)."""
    if order.closes_on:
        return order.closes_on
    if order.entered_at is None:
        return None
    entered = order.entered_at.astimezone(clock.local_tz()).date()
    days = param("joborders.expiry_default_open_days", as_of=entered, state=order.worksite_state or "MO")
    return entered + dt.timedelta(days=days)


@transaction.atomic
def job_orders_expire_due(*, as_of: dt.date, actor=None) -> list[JobOrder]:
    """Expire open and on-hold orders whose expiry date is before ``as_of`` (audited, noted on the employer).
    Safe to run repeatedly (a nightly job): expired orders are no longer open or on hold."""
    expired = []
    candidates = JobOrder.objects.select_for_update().filter(status__in=[S.OPEN, S.ON_HOLD]).select_related("employer")
    for order in candidates:
        last_day = job_order_expiry_date(order)
        if last_day is not None and last_day < as_of:
            _transition(
                order,
                "expire",
                actor=actor,
                verb="expired",
                text=f"Order {order.number} expired (last day {last_day:%Y-%m-%d}).",
            )
            expired.append(order)
    return expired
