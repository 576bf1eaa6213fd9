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
)
from jobcenter.joborders.services.entry import _refuse_duplicate
from jobcenter.joborders.services.violations import violation_case_open


def labor_dispute_value(*, employer, title: str, soc_code: str = "", disputes=None) -> str:
    """``employer.labor_dispute`` for the screening input, from the registry (20 CFR 652.9): a verified,
    not ended dispute at the employer -> position at issue (all positions, or a listed position matching the
    occupation code or the normalised title, ``position_matches``) or not at issue; none verified -> none.
    ``disputes``: the employer's verified disputes when the caller has already read them (a page of orders)."""
    from jobcenter.joborders.services.disputes import position_matches

    if disputes is None:
        disputes = LaborDispute.objects.filter(employer=employer, status=DisputeStatus.VERIFIED)
    if not disputes:
        return LaborDisputeValue.NONE
    for d in disputes:
        if d.all_positions or any(
            position_matches(position=p, title=title, soc_code=soc_code or "") for p in d.positions_at_issue
        ):
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
            "labor_dispute": str(labor_dispute_value(employer=e, title=order.title, soc_code=order.soc_code)),
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
        "answers": {
            "applicant_pays_before_hire": order.applicant_pays_before_hire,
            "union_membership_condition": order.union_membership_condition,
            "paid_on_w2": order.paid_on_w2,
            "position_open_now": order.position_open_now,
        },
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
    "answers.applicant_pays_before_hire": "applicant_pays_before_hire",
    "answers.union_membership_condition": "union_membership_condition",
    "answers.paid_on_w2": "paid_on_w2",
    "answers.position_open_now": "position_open_now",
    "wage": "wage_min",
    "worksite": "worksite_city",
    "worksite.city": "worksite_city",
    "worksite.state": "worksite_state",
    "worksite.zip": "worksite_zip",
    "employer": "__all__",
    "employer.labor_dispute": "__all__",
    "": "__all__",
}


def _store_screening(*, order: JobOrder, actor, result_dict: dict, data: dict) -> ScreeningRecord:
    record = ScreeningRecord(
        job_order=order,
        decision=result_dict["decision"],
        findings=result_dict["findings"],
        notices=result_dict["notices"],
        input_snapshot=data,
        screened_at=clock.now(),
        screened_by=actor if getattr(actor, "pk", None) else None,
    )
    record.full_clean()
    record.save()
    order.last_decision = record.decision
    order.save(update_fields=["last_decision", "updated_at"])
    audit_log(
        action="joborders.order.screened",
        actor=actor,
        obj=order,
        data={"decision": record.decision, "rules": [f.get("rule") for f in record.findings]},
    )
    return record


@transaction.atomic
def job_order_screen_now(*, order: JobOrder, actor) -> ScreeningRecord:
    """Re-run screening on the order as it is, against the rules and registries in force today (the online
    guard; an edit of an open order). Stored as a ``ScreeningRecord`` and audited; moves no status."""
    data = job_order_screening_input(order)
    result_dict = screen_data(data, as_of=clock.today())
    return _store_screening(order=order, actor=actor, result_dict=result_dict, data=data)


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
    return screen_and_apply(order=order, actor=actor, result=result)


def screen_and_apply(*, order: JobOrder, actor, result=None, flc_notice: str = "") -> ScreeningOutcome:
    """Screen an order that is in screening and let the decision drive the next transition (the tail of
    ``job_order_submit``; also the FLC coordinator's take-over and return, ``services.flc``). ``flc_notice``
    dismisses the routing to the FLC coordinator with that notice on the record."""
    data = job_order_screening_input(order)
    # Screened against the rules in force on the day of screening (ADR 0014).
    result_dict = result_as_dict(result) if result is not None else screen_data(data, as_of=clock.today())
    if flc_notice:
        result_dict = _flc_dismiss_routing(result_dict, notice=flc_notice)
    else:
        result_dict = _flc_coordinator_enters(result_dict, actor=actor, order=order)
    result_dict = _substandard_route(order, result_dict)
    order.supervisor_cleared = False
    order.save(update_fields=["supervisor_cleared", "updated_at"])
    record = _store_screening(order=order, actor=actor, result_dict=result_dict, data=data)
    return job_order_apply_screening(order=order, record=record, actor=actor)


def _flc_coordinator_enters(result: dict, *, actor, order: JobOrder | None = None) -> dict:
    """H-2A/H-2B orders are routed to the FLC coordinator, who enters them (manual: H-2A and H-2B Job Orders).
    When the coordinator is the one entering the order, the routing finding is satisfied: the decision becomes the
    most severe of the *other* findings (or accept), and the routing finding stays on the record. An order the
    coordinator already returned as not a foreign labor order is not routed again when resubmitted."""
    from jobcenter.accounts.roles import user_can

    if result["decision"] != D.ROUTE_FLC:
        return result
    if user_can(actor, "joborders.flc"):
        return _flc_dismiss_routing(result, notice=constants.ENTERED_BY_FLC)
    if (
        order is not None
        and order.visa_program == "none"
        and any(constants.NOT_FOREIGN_LABOR in (r.notices or []) for r in order.screenings.all())
    ):
        return _flc_dismiss_routing(result, notice=constants.NOT_FOREIGN_LABOR)
    return result


def _flc_dismiss_routing(result: dict, *, notice: str) -> dict:
    """The routing finding decided by the FLC coordinator: the decision is the most severe other finding (or
    accept), the dismissed findings stay on the record and ``notice`` says who decided. Entered by the coordinator,
    only the routing is satisfied (the AEWR still applies); not a foreign labor order, every rule that follows from
    the visa program is dismissed (``constants.FOREIGN_LABOR_RULES``)."""
    from jobcenter.compliance.screening.types import SEVERITY_RANK

    if notice == constants.NOT_FOREIGN_LABOR:

        def dismissed(f):
            return f.get("rule") in constants.FOREIGN_LABOR_RULES
    else:

        def dismissed(f):
            return f.get("severity") == D.ROUTE_FLC

    notices = [*result["notices"], notice]
    if not any(dismissed(f) for f in result["findings"]):
        return {**result, "notices": notices}
    others = [f for f in result["findings"] if not dismissed(f)]
    decision = min((f["severity"] for f in others), key=SEVERITY_RANK.__getitem__, default=D.ACCEPT)
    if decision == D.ACCEPT and result["notices"]:
        decision = D.ACCEPT_WITH_NOTICE
    return {**result, "decision": decision, "notices": notices}


def _substandard_route(order: JobOrder, result: dict) -> dict:
    """A substandard wage is not a denial for good (manual: Substandard Orders): when the wage is the only
    reason to reject, the order goes back to the employer to raise the wage (fix required); submitted again with
    the same wage, it goes to a supervisor, who decides the proper course (refer to supervisor)."""
    if result["decision"] != D.REJECT:
        return result
    rejecting = {f.get("rule") for f in result["findings"] if f.get("severity") == D.REJECT}
    if rejecting != {"substandard-wage"}:
        return result
    offered = next(f.get("matched") for f in result["findings"] if f.get("rule") == "substandard-wage")
    previous = order.screenings.order_by("-screened_at", "-id").first()
    unchanged = previous is not None and any(
        f.get("rule") == "substandard-wage" and f.get("matched") == offered for f in previous.findings
    )
    return {**result, "decision": D.REFER_SUPERVISOR if unchanged else D.FIX_REQUIRED}


def _open_hold_investigations(*, order: JobOrder, record: ScreeningRecord, actor) -> str:
    """A screening hold opens the matching investigation and returns the hold reason: suspected fraud -> a CSU
    fraud investigation (manual: Suspected Fraudulent Job Orders); a strike or lockout mentioned -> a labor
    dispute reported to the Regional Manager (20 CFR 652.9(c)). Only their decisions release the order."""
    from jobcenter.joborders.services.disputes import labor_dispute_report
    from jobcenter.joborders.services.violations import fraud_investigation_open

    reason = HoldReason.SCREENING
    hold_findings = [f for f in record.findings if f.get("severity") == D.HOLD]
    reporter = actor if getattr(actor, "pk", None) else (order.responsible_staff or order.created_by)
    dispute = None
    strike = [f for f in hold_findings if f.get("rule") == "labor-dispute-mentioned"]
    if strike and reporter is not None:
        dispute = labor_dispute_report(
            actor=reporter,
            employer=order.employer,
            establishment=f"{order.worksite_city}, {order.worksite_state} {order.worksite_zip}".strip(),
            description=constants.SCREENING_DISPUTE_DESCRIPTION.format(
                number=order.number, matched=strike[0].get("matched") or ""
            ),
            job_center=order.job_center,
        )
        reason = HoldReason.LABOR_DISPUTE
    fraud = [f for f in hold_findings if f.get("rule") == "suspected-fraud"]
    if fraud and reporter is not None:
        matched = "; ".join(str(f.get("matched")) for f in fraud)
        fraud_investigation_open(
            order=order, actor=reporter, reason=constants.SCREENING_FRAUD_REASON.format(matched=matched)
        )
        reason = HoldReason.FRAUD
    order._hold_dispute = dispute
    return reason


def job_order_apply_screening(*, order: JobOrder, record: ScreeningRecord, actor) -> ScreeningOutcome:
    """Move an order in screening according to the decision:

    reject -> denied; route_flc -> routed_flc; not_entered -> not_entered; hold -> on_hold with the matching
    investigation opened (CSU fraud case, labor dispute report to the Regional Manager); refer_supervisor ->
    stays in screening and a suspected-violation case opens for the supervisor; fix_required -> back to draft
    (for a substandard wage the employer is told); accept / accept_with_notice -> online through the guard
    (``job_order_put_online``), or stays in screening until the employer is verified (manual: Employers; Job
    Orders in Violation of the Law; Substandard Orders; Suspected Violations in the Job Order).
    """
    from jobcenter.joborders.services.online import job_order_put_online

    decision = record.decision
    out = ScreeningOutcome(decision=decision, findings=record.findings, notices=record.notices, record=record)
    rules = ", ".join(sorted({str(f.get("rule")) for f in record.findings if f.get("rule")})) or "none"
    substandard = any(f.get("rule") == "substandard-wage" for f in record.findings)
    if decision == D.REJECT:
        _transition(order, "deny", actor=actor, verb="denied", text=f"Order denied by screening (rules: {rules}).")
        out.message = constants.ORDER_DENIED
    elif decision == D.ROUTE_FLC:
        program, detail = _routing_detail(record.findings)
        _transition(
            order,
            "route_flc",
            actor=actor,
            verb="routed_flc",
            text=constants.ROUTED_FLC_NOTE.format(detail=detail),
            data={"detail": detail, "program": program},
        )
        notify(
            kind="joborders.order.routed_flc",
            subject=constants.ROUTED_FLC_SUBJECT.format(program=program, number=order.number),
            link=_staff_link(order),
            obj=order,
            roles=[Role.FLC_COORDINATOR],
        )
        out.message = constants.ORDER_ROUTED_FLC
    elif decision == D.NOT_ENTERED:
        _transition(order, "mark_not_entered", actor=actor, verb="not_entered", text=f"Not entered (rules: {rules}).")
        out.message = constants.ORDER_NOT_ENTERED
    elif decision == D.HOLD:
        reason = _open_hold_investigations(order=order, record=record, actor=actor)
        _transition(
            order,
            "hold",
            actor=actor,
            verb="held",
            text=f"Order put on hold by screening (rules: {rules}).",
            reason=reason,
            dispute=getattr(order, "_hold_dispute", None),
        )
        out.message = constants.ORDER_HELD
    elif decision == D.FIX_REQUIRED:
        _transition(
            order, "return_for_fixes", actor=actor, verb="returned", text=f"Order needs changes (rules: {rules})."
        )
        out.message = constants.RETURNED_FOR_FIXES
        if substandard:
            _tell_employer_substandard(order, record)
            out.message = constants.SUBSTANDARD_RETURNED
    elif decision == D.REFER_SUPERVISOR:
        out.violation_case = violation_case_open(order=order, findings=record.findings, actor=actor)
        out.message = constants.SUBSTANDARD_TO_SUPERVISOR if substandard else constants.REFERRED_TO_SUPERVISOR
    elif decision in (D.ACCEPT, D.ACCEPT_WITH_NOTICE):
        check = job_order_put_online(order=order, actor=actor, record=record, text=f"Order {order.number} is open.")
        if check.ok:
            out.message = constants.ORDER_OPENED
        else:
            waiting = constants.ONLINE_EMPLOYER_NOT_ACTIVE in check.reasons and not order.employer.is_active
            text = constants.GOES_ONLINE_AFTER_VERIFICATION if waiting else check.message
            employer_note_add(
                employer=order.employer,
                job_order=order,
                kind="joborders.order.awaiting_verification" if waiting else "joborders.order.online_blocked",
                text=text,
                actor=actor,
            )
            out.message = text
    else:
        raise ValueError(f"Unknown screening decision {decision!r}")
    return out


def _routing_detail(findings: list[dict]) -> tuple[str, str]:
    """(program, why in words) for an order routed to the FLC coordinator: which program, and whether the visa field
    or the order's text names it — quoting the words that did (manual: H-2A and H-2B Job Orders)."""
    from jobcenter.joborders.templatetags.joborder_tags import order_field_label

    routing = next((f for f in findings if f.get("rule") in constants.VISA_RULE_PROGRAM), None)
    if routing is None:
        return "H-2A/H-2B", "the order names a foreign labor program (H-2A or H-2B)"
    program = constants.VISA_RULE_PROGRAM[routing["rule"]]
    where = routing.get("field") or ""
    if where == "visa_program" or not routing.get("matched"):
        return program, constants.ROUTED_FLC_BY_FIELD.format(program=program)
    return program, constants.ROUTED_FLC_BY_TEXT.format(
        program=program, field=order_field_label(where), matched=routing["matched"]
    )


def _tell_employer_substandard(order: JobOrder, record: ScreeningRecord) -> None:
    """The employer is told the wage is substandard (manual: Substandard Orders), in plain language."""
    offered = next((f.get("matched") for f in record.findings if f.get("rule") == "substandard-wage"), "")
    users = [m.user for m in order.employer.memberships.select_related("user").all()]
    notify(
        kind="joborders.order.substandard_wage",
        subject=constants.SUBSTANDARD_EMPLOYER_SUBJECT.format(number=order.number),
        body=constants.SUBSTANDARD_EMPLOYER_BODY.format(number=order.number, offered=offered),
        obj=order,
        users=users,
    )
