"""50 deterministic demo employers, some still pending verification."""

from __future__ import annotations

from jobcenter.core.demo import DemoContext
from jobcenter.employers.models import Employer, EmployerMembership
from jobcenter.employers.services import employer_create, employer_verify

N_EMPLOYERS = 50
NAICS = ["311611", "445110", "622110", "541511", "236220", "111998", "484121", "722511", "561320", "332710"]


def seed(ctx: DemoContext) -> None:
    """Create employers; every 6th stays pending verification."""
    fake = ctx.faker("employers")
    rng = ctx.rng("employers")
    centers = list(ctx.objects["centers"].values())
    employers = []
    for i in range(N_EMPLOYERS):
        fein = f"43-{1000000 + i * 7919 % 8999999:07d}"
        name = fake.company()
        naics = NAICS[i % len(NAICS)]
        employees = rng.choice([4, 12, 35, 120, 800])
        emp = Employer.objects.filter(fein=fein).first()
        if emp is None:
            emp = employer_create(
                legal_name=name,
                fein=fein,
                naics=naics,
                job_center=centers[i % len(centers)],
                address_1=fake.street_address(),
                city=fake.city(),
                state="MO",
                postcode=fake.postcode_in_state("MO"),
                phone=f"+1314555{i:04d}",
                email=f"hr{i}@example.com",
                employees=employees,
                annual_sales=employees * 90000,
                confidential=(i % 17 == 5),
            )
            if i % 6 != 0:
                employer_verify(employer=emp, actor=ctx.objects["users"]["csu"])
        employers.append(emp)
    EmployerMembership.objects.get_or_create(
        employer=employers[1], user=ctx.objects["users"]["employer"], defaults={"is_admin": True}
    )
    ctx.objects["employers"] = employers
