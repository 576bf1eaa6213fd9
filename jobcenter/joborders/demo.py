"""Demo job orders across the demo employers in several statuses, one labor dispute, one suspected violation,
one fraud investigation and one self-employment posting. Idempotent: rows are found by natural keys."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jobcenter.core import clock
from jobcenter.core.demo import DemoContext
from jobcenter.joborders.choices import DisputeStatus, JobOrderStatus
from jobcenter.joborders.models import JobOrder, LaborDispute, SelfEmploymentPosting
from jobcenter.joborders.services import (
    job_order_act,
    job_order_create,
    job_order_report_fraud,
    job_order_submit,
    labor_dispute_report,
    labor_dispute_verify,
    self_employment_posting_create,
    self_employment_posting_initial,
)

# (title, soc, wage min, extra fields, what to do after screening)
ORDERS = [
    ("Forklift Operator", "53-7051.00", "19.50", {}, None),
    ("Registered Nurse", "29-1141.00", "38.00", {"employment_type": "full_time"}, None),
    ("Line Cook", "35-2014.00", "15.50", {}, None),
    ("Warehouse Associate", "53-7062.00", "17.25", {"hiring_requirements": ["drug_screen"]}, None),
    ("Software Developer", "15-1252.00", "45.00", {}, "fill"),
    ("Truck Driver, Class A CDL", "53-3032.00", "26.00", {"hiring_requirements": ["license", "driving_record"]}, None),
    ("Retail Cashier", "41-2011.00", "15.00", {}, "close"),
    ("Carpenter", "47-2031.00", "24.00", {}, "hold"),
    ("Dishwasher", "35-9021.00", "5.00", {}, None),  # below the minimum wage: back to the employer
    (
        "Sales Trainee",
        "41-2031.00",
        "16.00",
        {"requirements": "New hires pay a $50 registration fee before training starts."},
        None,
    ),  # a charge to applicants: denied
    ("AES Farmworker (H-2A)", "45-2092.00", "16.00", {"visa_program": "h2a", "special_categories": ["aes"]}, None),
    ("Receptionist", "43-4171.00", "16.00", {"requirements": "Applicants must be under 30 years old."}, None),
    ("Machinist", "51-4041.00", "23.00", {}, None),
]


def seed(ctx: DemoContext) -> None:
    """Create the demo job orders and cases (skips rows that exist)."""
    users = ctx.objects["users"]
    employers = ctx.objects["employers"]
    staff, supervisor = users["staff"], users["supervisor"]
    now = clock.now()
    orders = {}
    for i, (title, soc, wage, extra_fields, after) in enumerate(ORDERS):
        extra = dict(extra_fields)  # never mutate the module-level table (the loader may run twice in a process)
        employer = employers[(i * 3 + 1) % len(employers)]
        existing = JobOrder.objects.filter(employer=employer, title=title).first()
        if existing:
            orders[title] = existing
            continue
        order = job_order_create(
            actor=staff,
            employer=employer,
            job_center=staff.job_center,
            received_at=now - dt.timedelta(days=len(ORDERS) - i, hours=3),
            title=title,
            description=f"{title} wanted. Full duties explained at interview; training provided.",
            requirements=extra.pop("requirements", "Able to perform the essential duties of the job."),
            application_instructions="Apply through the job center or the online labor exchange.",
            soc_code=soc,
            worksite_city=employer.city or "Kansas City",
            worksite_state="MO",
            worksite_zip=(employer.postcode or "64106")[:5],
            wage_min=Decimal(wage),
            wage_max=Decimal(wage) + Decimal("3.00"),
            wage_unit="hour",
            hours_per_week=Decimal("40"),
            **extra,
        )
        job_order_submit(order=order, actor=staff)
        order = JobOrder.objects.get(pk=order.pk)
        if after and order.status == JobOrderStatus.OPEN:
            job_order_act(order=order, action=after, actor=supervisor)
        orders[title] = order

    # One order received two days ago and never entered: shows on the overdue report.
    late_employer = employers[7]
    if not JobOrder.objects.filter(employer=late_employer, title="Maintenance Technician").exists():
        job_order_create(
            actor=staff,
            employer=late_employer,
            job_center=staff.job_center,
            received_at=now - dt.timedelta(days=2),
            title="Maintenance Technician",
            description="Maintain plant equipment.",
            worksite_city=late_employer.city or "Kansas City",
            worksite_state="MO",
            worksite_zip=(late_employer.postcode or "64106")[:5],
            wage_min=Decimal("24.00"),
            wage_unit="hour",
            hours_per_week=Decimal("40"),
        )

    # A labor dispute at the Machinist's employer, verified by the regional manager (the order goes on hold).
    machinist = orders["Machinist"]
    if not LaborDispute.objects.filter(employer=machinist.employer).exists():
        dispute = labor_dispute_report(
            actor=staff,
            employer=machinist.employer,
            establishment="Main plant",
            description="Machinists' strike with a work stoppage since last Monday.",
        )
        labor_dispute_verify(dispute=dispute, actor=users["regional"], positions_at_issue=["Machinist"])
    else:
        dispute = LaborDispute.objects.filter(employer=machinist.employer).first()
    assert dispute.status in (DisputeStatus.VERIFIED, DisputeStatus.ENDED, DisputeStatus.REPORTED)

    # A suspected fraud report on an open order.
    candidates = JobOrder.objects.filter(
        pk__in=[orders[t].pk for t in ("Line Cook", "Forklift Operator", "Registered Nurse")]
    ).order_by("pk")
    if any(o.fraud_cases.exists() for o in candidates):
        return _selfemp(ctx, orders, staff, supervisor)
    cook = next((o for o in candidates if o.status == JobOrderStatus.OPEN), None)
    if cook is not None:
        job_order_report_fraud(
            order=cook, actor=supervisor, reason="Applicants asked to interview over an online chat system."
        )

    _selfemp(ctx, orders, staff, supervisor)


def _selfemp(ctx: DemoContext, orders: dict, staff, supervisor) -> None:
    # A self-employment posting, initialed by the supervisor.
    if not SelfEmploymentPosting.objects.filter(firm_name="Swift Route Couriers").exists():
        posting = self_employment_posting_create(
            actor=staff,
            firm_name="Swift Route Couriers",
            firm_contact="Call Dana at 816-555-0142 to schedule an interview.",
            title="Independent parcel delivery contractor (own vehicle)",
            details="Deliver parcels on your own schedule as an independent contractor; paid per route.",
            posted_from=clock.today(),
            posted_until=clock.today() + dt.timedelta(days=59),  # 60 days counting both ends
        )
        self_employment_posting_initial(posting=posting, actor=supervisor, initials="SP")
    ctx.objects["job_orders"] = list(orders.values())
