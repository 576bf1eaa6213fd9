"""50 deterministic demo employers, some still pending verification, with worksites, contacts, accepted terms
and one employer whose services were discontinued (with its case). Idempotent: natural keys throughout."""

from __future__ import annotations

import datetime as dt

from jobcenter.core import clock
from jobcenter.core.demo import DemoContext
from jobcenter.employers.choices import DiscontinuationReason, EmployerStatus
from jobcenter.employers.models import DiscontinuationCase, Employer, EmployerContact, EmployerMembership, Worksite
from jobcenter.employers.selectors import terms_current
from jobcenter.employers.services import (
    discontinuation_decide,
    discontinuation_initiate,
    discontinuation_issue_notice,
    employer_create,
    employer_verify,
    terms_accept,
)

N_EMPLOYERS = 50
NAICS = ["311611", "445110", "622110", "541511", "236220", "111998", "484121", "722511", "561320", "332710"]
DISCONTINUED_INDEX = 7  # a verified employer (7 % 6 != 0)


def seed(ctx: DemoContext) -> None:
    """Create employers; every 6th stays pending verification; add worksites, contacts, terms, one case."""
    fake = ctx.faker("employers")
    rng = ctx.rng("employers")
    centers = list(ctx.objects["centers"].values())
    users = ctx.objects["users"]
    employers = []
    for i in range(N_EMPLOYERS):
        fein = f"43-{1000000 + i * 7919 % 8999999:07d}"
        name = fake.company()
        naics = NAICS[i % len(NAICS)]
        employees = rng.choice([4, 12, 35, 120, 800])
        street, city, postcode = fake.street_address(), fake.city(), fake.postcode_in_state("MO")
        contact_name, contact_title = fake.name(), fake.job()[:120]
        emp = Employer.objects.filter(fein=fein).first()
        if emp is None:
            emp = employer_create(
                legal_name=name,
                fein=fein,
                naics=naics,
                job_center=centers[i % len(centers)],
                address_1=street,
                city=city,
                state="MO",
                postcode=postcode,
                phone=f"+1314555{i:04d}",
                email=f"hr{i}@example.com",
                employees=employees,
                annual_sales=employees * 90000,
                confidential=(i % 17 == 5),
                attests_open_position=True,
            )
            if i % 6 != 0:
                employer_verify(employer=emp, actor=users["csu"])
        Worksite.objects.get_or_create(
            employer=emp,
            name="Main location",
            defaults={
                "address_1": emp.address_1 or street,
                "city": emp.city or city,
                "state": "MO",
                "postcode": (emp.postcode or postcode)[:5],
            },
        )
        EmployerContact.objects.get_or_create(
            employer=emp,
            is_primary=True,
            defaults={"name": contact_name, "title": contact_title, "phone": emp.phone, "email": emp.email},
        )
        employers.append(emp)
    demo_employer = employers[1]
    EmployerMembership.objects.get_or_create(
        employer=demo_employer, user=users["employer"], defaults={"is_admin": True}
    )
    if terms_current() is not None:
        terms_accept(employer=demo_employer, user=users["employer"])
    _seed_discontinued(employers[DISCONTINUED_INDEX], users)
    ctx.objects["employers"] = employers


def _seed_discontinued(employer: Employer, users) -> None:
    """One employer discontinued after a notice about a sub-minimum-wage job order (20 CFR 658.501(a)(1))."""
    if employer.discontinuation_cases.exists():
        return
    if employer.status != EmployerStatus.ACTIVE:
        return
    notice_day = clock.today() - dt.timedelta(days=60)
    with clock.frozen(notice_day - dt.timedelta(days=3)):
        case = discontinuation_initiate(
            employer=employer,
            actor=users["supervisor"],
            reason_code=DiscontinuationReason.A1_UNLAWFUL_JOB_ORDER,
            facts="Job order offered $5.50 an hour, below the Missouri minimum wage; the employer refused to correct it.",
            job_order_reference="DEMO-0007",
        )
    with clock.frozen(notice_day):
        discontinuation_issue_notice(case=case, actor=users["sma"], notice_date=notice_day)
    case = DiscontinuationCase.objects.get(pk=case.pk)
    with clock.frozen(case.response_due + dt.timedelta(days=1)):
        discontinuation_decide(
            case=case, actor=users["sma"], decision="discontinue", notes="No response within 20 working days."
        )
