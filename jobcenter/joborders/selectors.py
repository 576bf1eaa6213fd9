"""Reads for job orders. Staff and employer reads go through ``scoped``; the seeker-facing selector returns
public-safe rows only (open orders of active employers, confidential employers masked)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.db.models import Q, QuerySet

from jobcenter.accounts.scoping import scoped
from jobcenter.core import clock
from jobcenter.core.parameters import param
from jobcenter.employers.choices import EmployerStatus
from jobcenter.joborders import constants
from jobcenter.joborders.choices import FraudStatus, JobOrderStatus, ViolationStatus
from jobcenter.joborders.models import (
    FraudInvestigation,
    JobOrder,
    LaborDispute,
    ScreeningRecord,
    SelfEmploymentPosting,
    ViolationCase,
)

S = JobOrderStatus


def user_holds_order(user, order: JobOrder) -> bool:
    """Whether ``user`` may change ``order``: statewide staff, staff of the region and job center that hold it, and
    the employer's own users. Staff elsewhere may read the order (job orders are statewide) but coordinate with the
    holding center instead of changing it (manual: Job Orders from Employers with a Work Site Located in Another
    JC's Administrative Area — "All job orders must be tied to the Region and JC entering the job order"; Job Order
    from Employer Requesting Confidentiality — "Follow-up with the employer is the responsibility of the JC holding
    the job order")."""
    from jobcenter.accounts.choices import ScopeLevel

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    level = user.scope_level
    if level == ScopeLevel.STATE:
        return True
    if level == ScopeLevel.REGION:
        region_id = user.region_id or (user.job_center.region_id if user.job_center_id else None)
        return region_id is not None and region_id == order.region_id
    if level == ScopeLevel.JOB_CENTER:
        return user.job_center_id is not None and user.job_center_id == order.job_center_id
    if level == ScopeLevel.EMPLOYER:
        return order.employer.memberships.filter(user=user).exists()
    return False


def employer_orders_within_lookback(*, employer, as_of: dt.datetime, exclude_pk=None) -> QuerySet[JobOrder]:
    """Orders the employer filed in the 12 months before ``as_of`` (manual: Suspected Violations in the Job
    Order; window from ``joborders.violation_prior_order_lookback_months``). An order received exactly 12 months
    earlier (same calendar date) still counts; drafts never submitted count too, since the employer filed them.
    """
    local = as_of.astimezone(clock.local_tz())
    months = param("joborders.violation_prior_order_lookback_months", as_of=local.date())
    start_day = local.date() - relativedelta(months=months)
    start = dt.datetime.combine(start_day, dt.time(0, 0), tzinfo=clock.local_tz())
    qs = JobOrder.objects.filter(employer=employer, received_at__gte=start, received_at__lte=as_of)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs


def job_order_list(
    *, user, status: str = "", job_center=None, overdue: bool = False, q: str = "", visa_program: str = ""
) -> QuerySet:
    """Job orders the user may see, filtered for the staff list."""
    qs = scoped(JobOrder.objects.select_related("employer", "job_center", "responsible_staff"), user)
    if status:
        qs = qs.filter(status=status)
    if visa_program:
        qs = qs.filter(Q(visa_program=visa_program) | Q(pk__in=orders_naming_visa_program(visa_program)))
    if job_center:
        qs = qs.filter(job_center=job_center)
    if overdue:
        qs = qs.filter(overdue_q(clock.now()))
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(employer__legal_name__icontains=q) | Q(employer__dba__icontains=q))
    return qs


def orders_naming_visa_program(visa_program: str) -> set[int]:
    """Ids of orders whose visa field is empty but whose text names the program: their latest screening has the
    program's routing finding (``visa-h2a`` / ``visa-h2b``, read from the order's text), and the FLC coordinator has
    not returned them as not a foreign labor order (manual: H-2A and H-2B Job Orders; ADR 0014). These are routed to
    the coordinator exactly like orders whose visa field names the program, so the coordinator's filter finds them.
    """
    from django.db.models import OuterRef, Subquery

    rule_id = constants.VISA_RULE_FOR_PROGRAM.get(visa_program)
    if rule_id is None:
        return set()
    latest = ScreeningRecord.objects.filter(job_order=OuterRef("pk")).order_by("-screened_at", "-id").values("pk")[:1]
    latest_ids = JobOrder.objects.filter(visa_program="none").annotate(latest=Subquery(latest)).values("latest")
    # JSON text holds the rule id; the exact check on the decoded findings follows (the same on SQLite and
    # PostgreSQL, where ``contains`` on a JSON list is not portable).
    candidates = ScreeningRecord.objects.filter(pk__in=latest_ids, findings__icontains=rule_id).values_list(
        "job_order_id", "findings"
    )
    named = {order_id for order_id, findings in candidates if any(f.get("rule") == rule_id for f in findings or ())}
    if not named:
        return named
    notices = ScreeningRecord.objects.filter(job_order_id__in=named).values_list("job_order_id", "notices")
    return named - {order_id for order_id, items in notices if constants.NOT_FOREIGN_LABOR in (items or ())}


def overdue_q(now: dt.datetime) -> Q:
    """Received but not entered by the deadline, or entered after it (manual: Job Order Entry Timeline)."""
    from django.db.models import F

    return Q(entered_at__isnull=True, entry_due_at__lt=now) | Q(entered_at__gt=F("entry_due_at"))


def overdue_orders(*, user, job_center=None, now: dt.datetime | None = None) -> QuerySet[JobOrder]:
    """The one definition of "overdue" that the dashboard card counts and the overdue report lists: orders not
    entered by their deadline, and orders entered late (manual: Job Order Entry Timeline)."""
    return job_order_list(user=user, job_center=job_center).filter(overdue_q(now or clock.now()))


@dataclass
class OverdueRow:
    """One line of the overdue-entry report."""

    order: JobOrder
    late_by: dt.timedelta
    still_open: bool  # True: not entered yet


def overdue_report(*, user, job_center=None, now: dt.datetime | None = None) -> dict:
    """Overdue orders per job center: not entered by the deadline, and entered late, with the responsible
    staff member. Returns ``{job_center: [OverdueRow, ...]}`` in job center name order."""
    now = now or clock.now()
    qs = overdue_orders(user=user, job_center=job_center, now=now).order_by("job_center__name", "entry_due_at")
    out: dict = {}
    for order in qs:
        entered = order.entered_at
        out.setdefault(order.job_center, []).append(
            OverdueRow(order=order, late_by=(entered or now) - order.entry_due_at, still_open=entered is None)
        )
    return out


def violation_queue(*, user) -> QuerySet[ViolationCase]:
    """Open suspected-violation cases for the supervisor (scoped to their job center)."""
    return scoped(ViolationCase.objects.select_related("job_order", "employer"), user).filter(
        status=ViolationStatus.OPEN
    )


def fraud_queue(*, user) -> QuerySet[FraudInvestigation]:
    """Open fraud investigations (CSU)."""
    return scoped(FraudInvestigation.objects.select_related("job_order__employer"), user).filter(
        status=FraudStatus.OPEN
    )


def labor_dispute_list(*, user) -> QuerySet[LaborDispute]:
    """Disputes in the registry the user may see."""
    return scoped(LaborDispute.objects.select_related("employer", "region"), user)


def self_employment_list(*, user) -> QuerySet[SelfEmploymentPosting]:
    """Self-employment postings the user may see."""
    return scoped(SelfEmploymentPosting.objects.select_related("job_center"), user)


# --- seeker-facing ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicJobOrder:
    """What a job seeker may see of a job order. A confidential employer's name, address and phone never
    appear (manual: Job Order from Employer Requesting Confidentiality); ``apply_through`` then names the job
    center that holds the order."""

    pk: int
    number: str
    title: str
    description: str
    requirements: str
    application_instructions: str
    employer_name: str
    employer_address: str
    employer_phone: str
    worksite: str
    wage: str
    hours_per_week: str
    employment_type: str
    openings: int
    hiring_requirements: list[str]
    confidential: bool
    apply_through: str
    labor_dispute_notice: str


def _employer_name(order: JobOrder) -> str:
    try:
        from jobcenter.employers.selectors import employer_display_name
    except ImportError:
        return str(order.employer)
    return employer_display_name(order.employer, for_applicant=True)


def _redact(text: str, employer) -> str:
    """Remove a confidential employer's name, address and phone if staff typed them into free text."""
    import re

    for secret in (employer.legal_name, employer.dba, employer.address_1, employer.phone):
        if secret and len(secret.strip()) >= 3:
            text = re.sub(re.escape(secret.strip()), "[withheld]", text or "", flags=re.IGNORECASE)
    return text


def public_job_orders(orders) -> list[PublicJobOrder]:
    """The public-safe view of a page of orders, reading their employers' verified labor disputes in one query
    (not one per order)."""
    from jobcenter.joborders.choices import DisputeStatus

    orders = list(orders)
    verified: dict[int, list[LaborDispute]] = {}
    for d in LaborDispute.objects.filter(
        employer_id__in={o.employer_id for o in orders}, status=DisputeStatus.VERIFIED
    ).order_by("pk"):
        verified.setdefault(d.employer_id, []).append(d)
    return [public_job_order(o, disputes=verified.get(o.employer_id, [])) for o in orders]


def public_job_order(order: JobOrder, *, disputes=None) -> PublicJobOrder:
    """The public-safe view of one order (``disputes``: its employer's verified labor disputes, if read)."""
    from jobcenter.joborders.choices import HiringRequirement, LaborDisputeValue
    from jobcenter.joborders.services import labor_dispute_value

    e = order.employer
    confidential = order.is_confidential
    wage = ""
    if order.wage_min is not None:
        wage = f"${order.wage_min}" + (
            f"–${order.wage_max}" if order.wage_max and order.wage_max != order.wage_min else ""
        )
        wage += f" {order.get_wage_unit_display().lower()}"
    dispute = labor_dispute_value(employer=e, title=order.title, soc_code=order.soc_code, disputes=disputes)
    return PublicJobOrder(
        pk=order.pk,
        number=order.number,
        title=_redact(order.title, e) if confidential else order.title,
        description=_redact(order.description, e) if confidential else order.description,
        requirements=_redact(order.requirements, e) if confidential else order.requirements,
        application_instructions="" if confidential else order.application_instructions,
        employer_name=constants.CONFIDENTIAL_EMPLOYER_LABEL if confidential else _employer_name(order),
        employer_address="" if confidential or not order.display_address else f"{e.address_1}, {e.city}, {e.state}",
        employer_phone="" if confidential or not order.display_phone else e.phone,
        worksite=f"{order.worksite_city}, {order.worksite_state} {order.worksite_zip}",
        wage=wage,
        hours_per_week="" if order.hours_per_week is None else f"{order.hours_per_week:g}",
        employment_type=order.get_employment_type_display(),
        openings=order.openings,
        hiring_requirements=[
            HiringRequirement(c).label for c in order.hiring_requirements if c in HiringRequirement.values
        ],
        confidential=confidential,
        apply_through=constants.CONFIDENTIAL_CONTACT.format(job_center=order.job_center) if confidential else "",
        labor_dispute_notice=constants.LABOR_DISPUTE_NOTICE
        if dispute == LaborDisputeValue.POSITION_NOT_AT_ISSUE
        else "",
    )


def _seeker_visible() -> QuerySet[JobOrder]:
    return JobOrder.objects.select_related("employer", "job_center").filter(
        status=S.OPEN, employer__status=EmployerStatus.ACTIVE
    )


def job_orders_for_seekers(*, q: str = "", city: str = "", limit: int = 200) -> list[PublicJobOrder]:
    """Open orders of active employers as public-safe rows. Orders of pending (or denied, discontinued)
    employers are never shown to job seekers. Search by title/description and worksite city."""
    qs = _seeker_visible()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(description__icontains=q))
    if city:
        qs = qs.filter(worksite_city__icontains=city)
    return public_job_orders(qs.order_by("-entered_at", "-id")[:limit])


def job_order_for_seeker(*, pk: int) -> PublicJobOrder | None:
    """One public-safe order, or None if it is not visible to job seekers."""
    order = _seeker_visible().filter(pk=pk).first()
    return public_job_order(order) if order else None


@dataclass(frozen=True)
class ReferralContact:
    """Who arranges referrals to an order. For a confidential employer only the holding job center's staff
    member responsible for the order contacts the employer (manual: Job Order from Employer Requesting
    Confidentiality); ``coordinate_through_holder`` tells other job centers to go through them."""

    job_center: object
    staff: object
    coordinate_through_holder: bool


def job_order_referral_contact(order: JobOrder) -> ReferralContact:
    """The contact for referrals to ``order`` (used by matching/referrals)."""
    return ReferralContact(
        job_center=order.job_center, staff=order.responsible_staff, coordinate_through_holder=order.is_confidential
    )


def employer_end_summary(order: JobOrder) -> str:
    """For a filled or closed order the employer ended from the portal, the sentence staff read on the order page:
    "Filled by the employer on Nov 29, 2026: 2 hired through the job center" / "Closed by the employer on ...:
    position no longer needed". Empty otherwise (``joborders.services.employer_end``)."""
    from jobcenter.core.audit import audit_trail
    from jobcenter.core.presentation import action_label, format_date

    verb = {S.FILLED: "employer_filled", S.CLOSED: "employer_closed"}.get(order.status)
    if verb is None:
        return ""
    entry = audit_trail(order).filter(action=f"joborders.order.{verb}").order_by("-created_at", "-id").first()
    if entry is None:
        return ""
    detail = (entry.data or {}).get("detail") if isinstance(entry.data, dict) else ""
    line = f"{action_label(entry.action)} on {format_date(entry.created_at)}"
    return f"{line}: {detail}" if detail else line
