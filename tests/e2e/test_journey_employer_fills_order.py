"""Journey: an employer who hired someone takes the order down themselves (ADR 0038 amendment).

The employer's user signs in (two-step sign-in when their account uses it), opens "Job orders", the order, "I filled
this job", reads what will happen, says one person was hired through the job center and confirms. The page says the
order is filled; the database has the status and the history entry ("Filled by the employer: 1 hired ..."); staff
read it in words on their order page; and the job no longer appears in the public job search, while the employer's
other job still does."""

import pytest
from playwright.sync_api import expect

from jobcenter.core.models import AuditEntry
from jobcenter.core.presentation import history_line
from jobcenter.joborders import constants as C
from jobcenter.joborders.models import JobOrder
from jobcenter.testing.browser import login
from jobcenter.testing.journeys import PASSWORD, click_nav, field, sign_in_here, sign_out
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(db):
    from jobcenter.employers.models import EmployerMembership
    from jobcenter.testing.joborders import make_employer, make_order

    personas = build_personas()
    employer = make_employer(job_center=personas.center_a, name="Riverside Logistics LLC")
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Forklift Operator",
        description="Load and unload trailers at our Kansas City dock.",
        openings=2,
    )
    make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Forklift Trainer",
        description="Train new forklift drivers.",
    )
    return personas, order


def test_employer_marks_an_order_filled_and_it_leaves_the_public_search(page, live_server, world):
    personas, order = world
    login(page, live_server, "employer_user", PASSWORD)
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    expect(page.get_by_role("heading", name=f"{order.number} · Forklift Operator")).to_be_visible()

    page.get_by_role("link", name="I filled this job").click()
    consequences = page.get_by_test_id("end-consequences")
    expect(consequences).to_contain_text("The job leaves the public job search and job matching")
    expect(consequences).to_contain_text("People already referred to you are told")
    field(page, "How many people did you hire through the job center for this job?").fill("1")
    page.get_by_role("button", name="Yes, mark this job filled").click()

    expect(page.get_by_role("status").first).to_contain_text(C.EMPLOYER_FILLED_DONE)
    expect(page.get_by_test_id("order-explanation")).to_contain_text("Filled")
    expect(page.get_by_test_id("order-explanation")).to_contain_text("Your order is filled.")
    expect(page.get_by_role("link", name="I filled this job")).to_have_count(0)
    assert "employer_filled" not in page.content()

    order.refresh_from_db()
    assert order.status == "filled"
    entry = AuditEntry.objects.get(action="joborders.order.employer_filled", object_id=str(order.pk))
    assert entry.actor == personas.employer_user and entry.data["hired"] == 1
    assert history_line(entry) == "Filled by the employer: 1 hired through the job center"
    assert JobOrder.objects.get(title="Forklift Trainer").status == "open"

    # Staff of the holding center read it in words on the order page.
    sign_out(page)
    sign_in_here(page, "staff_a")
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    expect(page.get_by_test_id("employer-ended")).to_contain_text("Filled by the employer on", use_inner_text=True)
    expect(page.get_by_test_id("history")).to_contain_text("Filled by the employer: 1 hired through the job center")

    # Anyone searching for jobs no longer finds it; the employer's other job is still there.
    sign_out(page)
    page.get_by_role("link", name="Find a job").click()
    field(page, "Keywords").fill("forklift")
    page.get_by_role("button", name="Search jobs").click()
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job")
    expect(page.get_by_role("link", name="Forklift Trainer")).to_be_visible()
    expect(page.get_by_role("link", name="Forklift Operator")).to_have_count(0)
