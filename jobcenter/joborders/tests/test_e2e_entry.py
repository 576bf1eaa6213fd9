"""Browser: staff enter a job order, press Check, and see the substandard-wage finding beside the wage field;
after fixing the wage the order is submitted and goes online (manual: Substandard Orders; Job Order Entry)."""

import os

import pytest

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State, User
from jobcenter.joborders.models import JobOrder
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_employer


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Let the ORM run beside Playwright's event loop (see jobcenter.testing.browser)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_staff_enter_an_order_and_see_a_finding_beside_the_wage_field(page, live_server):
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region = Region.objects.create(state=state, code="E2E", name="E2E Region")
    center = JobCenter.objects.create(region=region, code="E2EJC", name="E2E Job Center")
    user = User(username="staff_e2e", role=Role.STAFF, job_center=center, first_name="Sam")
    user.set_password("Long-enough-pass-2026")
    user.save()
    employer = make_employer(job_center=center, name="Prairie Foods LLC")

    login(page, live_server, "staff_e2e", "Long-enough-pass-2026")
    page.goto(f"{live_server.url}/staff/job-orders/new/")
    page.get_by_label("Employer").select_option(str(employer.pk))
    page.get_by_label("Title").fill("Line Cook")
    page.get_by_label("Description").fill("Prepare food on the line.")
    page.get_by_label("Worksite city").fill("Kansas City")
    page.get_by_label("Worksite state").fill("MO")
    page.get_by_label("Worksite ZIP").fill("64106")
    page.get_by_label("Minimum wage offered").fill("5.00")
    page.get_by_label("Hours per week").fill("40")
    page.get_by_role("button", name="Check").click()

    wage_row = page.locator('[data-field-row="wage_min"]')
    finding = wage_row.locator('[data-rule="substandard-wage"]')
    finding.wait_for()
    assert "below the minimum wage" in finding.inner_text()
    assert page.get_by_label("Title").input_value() == "Line Cook"  # nothing typed is lost
    assert JobOrder.objects.count() == 0

    page.get_by_label("Minimum wage offered").fill("16.00")
    page.get_by_role("button", name="Submit for screening").click()
    assert page.get_by_test_id("order-status").inner_text() == "Open"
    assert JobOrder.objects.get().status == "open"
