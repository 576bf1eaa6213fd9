"""Journey: a new employer registers, adds its worksite, enters a job order and sees it waiting; CSU verifies the
employer, confirming the job center proposed from the worksite ZIP code; the order goes online.

Manual: Employers (pending verification; orders "available online once the account is validated"); Job Orders from
Employers with a Work Site Located in Another JC's Administrative Area (orders tied to the job center, the location
is the real worksite)."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.models import ServiceArea
from jobcenter.employers import constants
from jobcenter.employers.choices import EmployerStatus, JobCenterSource
from jobcenter.employers.models import Employer, TermsVersion
from jobcenter.joborders.models import JobOrder
from jobcenter.testing.journeys import click_nav, field, sign_in_here, sign_out
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(db):
    personas = build_personas()
    ServiceArea.objects.create(state="MO", zip_code="64106", job_center=personas.center_a)
    ServiceArea.objects.create(state="MO", county="Jackson", job_center=personas.center_a2)
    TermsVersion.objects.get_or_create(
        version=constants.DEFAULT_TERMS_VERSION,
        defaults={"effective_from": dt.date(2024, 1, 1), "body": constants.DEFAULT_TERMS_BODY},
    )
    return personas


def test_employer_registers_adds_a_worksite_enters_an_order_and_csu_verifies_it(page, live_server, world):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="Register your business").click()
    page.get_by_label("Your first name").fill("Lee")
    page.get_by_label("Your last name").fill("Owner")
    page.get_by_label("Username").fill("leeowner")
    page.get_by_label("Your email").fill("lee@example.com")
    page.get_by_label("Password").fill("Long-enough-pass-2026")
    page.get_by_label("Legal name").fill("Riverside Bakery LLC")
    page.get_by_label("FEIN").fill("43-5550123")
    # The industry: a word of what the business does, then the matching industry picked from the list.
    page.get_by_label("NAICS").press_sequentially("bakery")
    page.get_by_role("button", name="311811 Retail Bakeries").click()
    expect(page.get_by_test_id("industry-chosen")).to_have_text("311811 Retail Bakeries")
    expect(page.get_by_label("NAICS")).to_have_value("311811")
    field(page, "Street address").fill("1 Main St")
    field(page, "City").fill("Elsewhere")
    field(page, "State").fill("MO")
    field(page, "ZIP code").fill("65999")  # not in the service-area table: no job center yet
    page.get_by_label("We have a position").check()
    page.get_by_label("I accept the terms of service").check()
    page.get_by_role("button", name="Create employer account").click()
    assert page.get_by_test_id("employer-status").inner_text() == "Pending verification"
    assert "add the worksite" in page.get_by_test_id("company-job-center").inner_text()

    # The worksite's ZIP code proposes the job center.
    click_nav(page, "Worksites")
    field(page, "Name").fill("Bakery")
    field(page, "Street address").fill("200 Grand Blvd")
    field(page, "City").fill("Kansas City")
    field(page, "State").fill("MO")
    field(page, "ZIP code").fill("64106")
    field(page, "County").fill("Jackson")
    page.get_by_role("button", name="Add worksite").click()
    # The (empty) list is on the page being left too: wait for the new worksite before reading the database.
    expect(page.get_by_test_id("worksites")).to_contain_text("200 Grand Blvd")
    employer = Employer.objects.get(fein="43-5550123")
    assert employer.naics == "311811"  # the picked industry's code is what is stored
    assert employer.job_center == world.center_a  # the ZIP row wins over the county row
    assert employer.job_center_source == JobCenterSource.PROPOSED

    page.get_by_role("link", name="Enter a job order").click()
    field(page, "Title").fill("Baker")
    field(page, "Worksite").select_option(label=employer.worksites.get().__str__())
    field(page, "Description").fill("Bake bread and pastries from 4 am.")
    field(page, "Minimum wage offered").fill("18.00")
    field(page, "Hours per week").fill("40")
    field(page, "Is the position open now?").select_option(label="Yes")
    field(page, "Will the workers be your employees, paid on a W-2?").select_option(label="Yes")
    page.get_by_role("button", name="Submit job order").click()
    explanation = page.get_by_test_id("order-explanation").inner_text()
    assert "Screening" in explanation or "verif" in explanation.lower()
    answers = page.get_by_test_id("order-answers").inner_text()  # the structured answers, in plain words
    assert "Is the position open now?\nYes" in answers
    assert "Does an applicant pay anything before being hired?\nNot answered" in answers
    order = JobOrder.objects.get(employer=employer)
    assert order.status == "screening"
    assert (order.worksite_city, order.worksite_zip, order.job_center) == ("Kansas City", "64106", world.center_a)
    assert (order.position_open_now, order.paid_on_w2, order.applicant_pays_before_hire) == (True, True, None)

    click_nav(page, "Job orders")
    assert "Baker" in page.get_by_test_id("employer-orders").inner_text()

    # CSU verifies the employer from the queue on the dashboard and confirms the proposed job center.
    sign_out(page)
    sign_in_here(page, "csu")
    page.get_by_role("link", name="Verification queue").click()
    form = page.get_by_test_id("verify-form").filter(has_text="Riverside Bakery LLC")
    assert form.get_by_role("combobox").input_value() == str(world.center_a.pk)
    page.get_by_role("button", name="Verify Riverside Bakery LLC").click()
    expect(page.get_by_role("status").first).to_contain_text("served by Center A")

    employer.refresh_from_db()
    order.refresh_from_db()
    assert employer.status == EmployerStatus.ACTIVE
    assert (employer.job_center, employer.job_center_source) == (world.center_a, JobCenterSource.CONFIRMED)
    assert order.status == "open"

    click_nav(page, "Job orders")
    row = page.get_by_role("row").filter(has_text="Baker")
    expect(row.first).to_contain_text("Open")
