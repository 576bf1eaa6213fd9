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

# How to apply, as the employer would write it: in person (address, hours, what to bring), by email, by phone or on
# the company's site. Addresses and sites are examples (example.com; phone numbers in the fictional 555-01xx range).
# ``{city}`` is the worksite city.
INSTRUCTIONS = {
    "Forklift Operator": (
        "Apply in person at the warehouse office, 2100 Front Street, {city}, Monday to Friday from 8 a.m. to 3 p.m. "
        "Bring your résumé and any forklift operator certificate you hold."
    ),
    "Registered Nurse": (
        "Email your résumé to nurse.recruiting@example.com with “Registered Nurse” in the subject line and include "
        "your Missouri nursing license number. A recruiter replies within three business days."
    ),
    "Line Cook": (
        "Call the kitchen manager at 816-555-0147, Tuesday to Saturday between 2 and 4 p.m., to set up a working "
        "interview."
    ),
    "Warehouse Associate": (
        "Apply on the company website at https://careers.example.com/warehouse-associate and choose the {city} "
        "location."
    ),
    "Software Developer": (
        "Apply at https://www.example.com/careers/software-developer with your résumé and a link to work you have "
        "done (a portfolio or code repository)."
    ),
    "Truck Driver, Class A CDL": (
        "Call the safety office at 816-555-0163, Monday to Friday from 7 a.m. to 5 p.m. Have your CDL class, "
        "endorsements and the names of your last three driving employers ready."
    ),
    "Retail Cashier": (
        "Apply in person at the customer service desk, 415 Main Street, {city}, any day from 10 a.m. to 6 p.m. Ask "
        "for the store manager and bring the days and hours you can work."
    ),
    "Carpenter": (
        "Email your résumé to carpentry.jobs@example.com, listing the kinds of framing and finish work you have "
        "done. Interviews are held at the job site."
    ),
    "Dishwasher": (
        "Apply in person at the restaurant's back office, 88 Grand Boulevard, {city}, Monday to Thursday from 2 to "
        "4 p.m. No résumé needed: you fill in a short application there."
    ),
    "Sales Trainee": "Email your résumé to sales.hiring@example.com.",
    "AES Farmworker (H-2A)": (
        "Call the farm office at 660-555-0181, Monday to Saturday from 7 a.m. to noon, or email your work history to "
        "harvest.jobs@example.com."
    ),
    "Receptionist": "Email a résumé and a short cover letter to front.desk@example.com.",
    "Machinist": (
        "Apply online at https://jobs.example.com/machinist: attach your résumé and list the machines and controls "
        "you have run."
    ),
}
# A confidential employer's order names no employer, address or phone (manual: Job Order from Employer Requesting
# Confidentiality): people apply through the job center holding it.
CONFIDENTIAL_INSTRUCTIONS = (
    "Ask the job center holding this order to refer you. Staff send your résumé to the employer, who calls the "
    "people referred to arrange an interview."
)


def application_instructions(title: str, *, employer, city: str) -> str:
    """The demo order's application instructions (plain, specific, different from order to order)."""
    if employer.confidential:
        return CONFIDENTIAL_INSTRUCTIONS
    return INSTRUCTIONS[title].format(city=city)


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
            application_instructions=application_instructions(
                title, employer=employer, city=employer.city or "Kansas City"
            ),
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
