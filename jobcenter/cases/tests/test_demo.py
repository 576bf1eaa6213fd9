"""The cases demo data is varied and idempotent."""

import pytest

from jobcenter.accounts import demo as accounts_demo
from jobcenter.cases import demo, selectors
from jobcenter.cases.choices import EnrollmentStatus, ServiceStatus
from jobcenter.cases.models import CaseNote, Enrollment, Event, Service
from jobcenter.cases.tests.factories import make_employer, make_seeker
from jobcenter.core.demo import DemoContext


@pytest.mark.django_db
def test_the_demo_creates_varied_cases_and_a_second_run_changes_nothing():
    ctx = DemoContext()
    accounts_demo.seed(ctx)
    centers = ctx.objects["centers"]
    ctx.objects["seekers"] = [make_seeker(job_center=centers["KC-DT" if i % 2 else "STL-CITY"]) for i in range(24)]
    ctx.objects["employers"] = [make_employer(job_center=centers["KC-DT"])]
    demo.seed(ctx)
    counts = (Enrollment.objects.count(), Service.objects.count(), CaseNote.objects.count(), Event.objects.count())
    assert Enrollment.objects.filter(status=EnrollmentStatus.EXITED).exists()
    assert Enrollment.objects.filter(status=EnrollmentStatus.REGISTERED).exists()
    assert Service.objects.filter(status=ServiceStatus.SCHEDULED).exists()
    supervisor = ctx.objects["users"]["supervisor"]
    assert selectors.late_entries(
        user=ctx.objects["users"]["wpc"], since=Service.objects.earliest("service_date").service_date
    )
    for user in (supervisor, ctx.objects["users"]["staff2"]):  # both demo job centers get every kind of case
        rows = selectors.caseload(user=user)
        assert any(r.forecast and r.forecast.days_left is not None and r.forecast.days_left <= 10 for r in rows)
        assert any(r.forecast and r.forecast.scheduled_blocking for r in rows)
        assert any(r.period is None for r in rows), "some are registered, awaiting a first service"
    demo.seed(ctx)
    assert counts == (
        Enrollment.objects.count(),
        Service.objects.count(),
        CaseNote.objects.count(),
        Event.objects.count(),
    )
