"""Journeys (issue #8): staff edit an open order and it is re-screened; the regional manager verifies a labor
dispute and the order is held; the supervisor decides a suspected violation. Each starts at sign-in and reaches
every step by clicking what the person sees; the page and the database are checked at the end."""

import os

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State, User
from jobcenter.joborders.models import JobOrder, LaborDispute, ViolationCase
from jobcenter.joborders.services import job_order_submit, labor_dispute_report
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_employer, make_order

PASSWORD = "Long-enough-pass-2026"


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Let the ORM run beside Playwright's event loop (see jobcenter.testing.browser)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def _world():
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region = Region.objects.create(state=state, code="E2O", name="E2E Orders Region")
    center = JobCenter.objects.create(region=region, code="E2OJC", name="E2E Orders Job Center")
    employer = make_employer(job_center=center, name="Prairie Machine Works LLC")
    return region, center, employer


def _user(username, role, *, job_center=None, region=None):
    user = User(username=username, role=role, job_center=job_center, region=region, first_name=username.title())
    user.set_password(PASSWORD)
    user.save()
    return user


def _nav(page, label):
    with page.expect_event("load"):  # the click does not wait for the page it opens
        page.get_by_role("link", name=label, exact=True).first.click()


@pytest.mark.e2e
def test_staff_edit_an_open_order_and_it_is_screened_again(page, live_server):
    _region, center, employer = _world()
    _user("staff_edit", Role.STAFF, job_center=center)
    order = make_order(employer=employer, job_center=center, status="open", title="Press Operator")

    login(page, live_server, "staff_edit", PASSWORD)
    _nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    page.get_by_role("link", name="Edit order").click()
    page.get_by_label("Description").fill("Run the press. New hires pay a $40 uniform fee before the first shift.")
    page.get_by_role("button", name="Save changes").click()

    assert page.get_by_test_id("order-status").inner_text() == "On hold"
    assert "taken off line" in page.locator(".usa-alert").first.inner_text()
    assert "Version 1" in page.get_by_test_id("versions").inner_text()
    order.refresh_from_db()
    assert (order.status, order.hold_reason) == ("on_hold", "screening")
    assert order.versions.get().changes["description"][1].startswith("Run the press.")
    assert order.screenings.first().findings[0]["rule"] == "applicant-charge"

    page.get_by_role("link", name="Edit order").click()
    page.get_by_label("Description").fill("Run the press. Uniforms are provided at no cost.")
    page.get_by_role("button", name="Save changes").click()
    assert page.get_by_test_id("order-status").inner_text() == "Open"
    order.refresh_from_db()
    assert order.status == "open" and order.versions.count() == 2


@pytest.mark.e2e
def test_the_regional_manager_verifies_a_labor_dispute_and_the_order_is_held(page, live_server):
    region, center, employer = _world()
    staff = _user("staff_disp", Role.STAFF, job_center=center)
    _user("rm_disp", Role.REGIONAL_MANAGER, region=region)
    cnc = make_order(employer=employer, job_center=center, status="open", title="CNC Machinist")
    helper = make_order(employer=employer, job_center=center, status="open", title="Machinist Helper")
    clerk = make_order(employer=employer, job_center=center, status="open", title="Office Clerk")
    dispute = labor_dispute_report(
        actor=staff, employer=employer, establishment="Main plant", description="Machinists on strike since Monday"
    )

    login(page, live_server, "rm_disp", PASSWORD)
    _nav(page, "Labor disputes")
    page.get_by_role("link", name=str(employer)).click()
    page.get_by_label("Positions at issue").fill("Machinist")
    page.get_by_role("button", name="Show the orders at issue").click()
    page.get_by_text(f"{helper.number} Machinist Helper").click()  # untick: not at issue
    assert not page.get_by_label(f"{helper.number} Machinist Helper").is_checked()
    assert page.get_by_label(f"{cnc.number} CNC Machinist").is_checked()
    page.get_by_role("button", name="Verify and hold the ticked orders").click()

    # The dispute's page is also the page being left (status "Reported"): wait for the new status.
    expect(page.get_by_test_id("dispute-status")).to_have_text("Verified")
    expect(page.locator("main")).to_contain_text(cnc.number)
    dispute.refresh_from_db()
    assert dispute.status == "verified" and dispute.positions_at_issue == ["Machinist"]
    statuses = {o.pk: o.status for o in JobOrder.objects.filter(pk__in=[cnc.pk, helper.pk, clerk.pk])}
    assert statuses == {cnc.pk: "on_hold", helper.pk: "open", clerk.pk: "open"}
    assert JobOrder.objects.get(pk=cnc.pk).hold_dispute == dispute
    assert LaborDispute.objects.count() == 1


@pytest.mark.e2e
def test_the_supervisor_decides_a_suspected_violation(page, live_server):
    _region, center, employer = _world()
    staff = _user("staff_viol", Role.STAFF, job_center=center)
    _user("sup_viol", Role.SUPERVISOR, job_center=center)
    order = make_order(
        employer=employer,
        job_center=center,
        status="draft",
        title="Sales Associate",
        description="Seeking young, energetic people under 30 for our sales floor.",
        entered_at=None,
    )
    job_order_submit(order=order, actor=staff)
    case = ViolationCase.objects.get(job_order=order)

    login(page, live_server, "sup_viol", PASSWORD)
    _nav(page, "Violations")
    page.get_by_role("link", name=f"{order.number} Sales Associate").click()
    page.get_by_text("Resolved informally: the employer will change the order").click()
    page.get_by_label("Resolution").fill("Called the employer; the age wording will be removed.")
    page.get_by_role("button", name="Record decision").click()

    expect(page.locator("main")).to_contain_text("Resolved informally")
    case.refresh_from_db()
    order.refresh_from_db()
    assert case.status == "resolved" and case.closed_by.username == "sup_viol"
    assert order.status == "draft"  # back to the employer's changes
