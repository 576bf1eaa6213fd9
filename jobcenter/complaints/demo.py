"""Demo complaints: two in the demo staff member's job center, one a farmworker's wage complaint referred to the
Wage and Hour Division, one about how the job center served a person without a record. Run twice: no change."""

from __future__ import annotations

import datetime as dt

from jobcenter.core import clock
from jobcenter.core.demo import DemoContext

WAGE_TEXT = "Demo: paid less than the piece rate promised on the clearance order for the apple harvest."
SERVICE_TEXT = "Demo: was told the job center could not help without an email address."


def seed(ctx: DemoContext) -> None:
    from jobcenter.complaints.choices import ComplaintKind, RespondentKind
    from jobcenter.complaints.models import Complaint
    from jobcenter.complaints.services import complaint_refer, complaint_take

    if Complaint.objects.filter(description__in=[WAGE_TEXT, SERVICE_TEXT]).exists():
        return
    staff = ctx.objects["users"]["staff"]
    center = staff.job_center
    seeker = next((s for s in ctx.objects.get("seekers", []) if s.home_job_center_id == center.pk), None)
    employer = (ctx.objects.get("employers") or [None])[0]
    filed = clock.today() - dt.timedelta(days=10)
    wage = complaint_take(
        actor=staff,
        job_center=center,
        seeker=seeker,
        complainant_name="" if seeker else "Rosa Demo",
        filed_on=filed,
        msfw=True,
        kind=ComplaintKind.EMPLOYMENT_LAW,
        respondent_kind=RespondentKind.EMPLOYER if employer else RespondentKind.OTHER,
        employer=employer,
        respondent_name="" if employer else "Orchard Demo Farms",
        description=WAGE_TEXT,
        in_writing=True,
    )
    complaint_refer(complaint=wage, actor=staff, agency="U.S. DOL Wage and Hour Division", on=filed)
    complaint_take(
        actor=staff,
        job_center=center,
        complainant_name="Lee Demo",
        complainant_contact="816-555-0142",
        filed_on=filed + dt.timedelta(days=2),
        msfw=False,
        kind=ComplaintKind.ES_REGULATIONS,
        respondent_kind=RespondentKind.EMPLOYMENT_SERVICE,
        description=SERVICE_TEXT,
        in_writing=False,
    )
