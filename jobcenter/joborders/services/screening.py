"""Screening of job orders with the compliance engine and the transition its decision drives (ADR 0013, 0014)."""

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.accounts.choices import Role
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    DisputeStatus,
    HoldReason,
    LaborDisputeValue,
)
from jobcenter.joborders.models import (
    JobOrder,
    LaborDispute,
    ScreeningRecord,
    ViolationCase,
)
from jobcenter.joborders.services._common import (
    D,
    _staff_link,
    _transition,
    employer_note_add,
    normalize_title,
)
from jobcenter.joborders.services.entry import _refuse_duplicate
from jobcenter.joborders.services.violations import violation_case_open


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
