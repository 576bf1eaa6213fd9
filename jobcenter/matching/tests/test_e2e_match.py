"""Browser journey: staff sign in, open a job order, see ranked candidates with reasons, require a certification
and see the list narrow (manual: Job Orders & Job Matching; priority of service, 38 U.S.C. 4215)."""

import os

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import User
from jobcenter.matching.models import OrderRequirements
from jobcenter.matching.tests.factories import FORKLIFT, LABORER, coded_seeker
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_order


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_staff_open_an_order_and_see_ranked_candidates_with_reasons(page, live_server, personas, employer, occupations):
    user = User(username="staff_match", role=Role.STAFF, job_center=personas.center_a, first_name="Sam")
    user.set_password("Long-enough-pass-2026")
    user.save()
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, title="Forklift Operator")
    veteran = coded_seeker(
        job_center=personas.center_a, code=LABORER, months=6, given_name="Vera", surname="Veteran", eligible_veteran="2"
    )
    expert = coded_seeker(
        job_center=personas.center_a,
        months=48,
        given_name="Eli",
        surname="Expert",
        availability="full_time",
        credentials=("Forklift certification",),
    )

    login(page, live_server, "staff_match", "Long-enough-pass-2026")
    page.get_by_role("link", name="Job orders").first.click()
    page.get_by_role("link", name=order.number).click()
    page.get_by_role("link", name="Matching candidates").click()

    rows = page.get_by_test_id("candidate")
    expect(rows).to_have_count(2)  # count() does not wait: the second row may not be on the page yet
    first, second = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert "Vera Veteran" in first and "covered person" in first.lower()  # priority of service before a better score
    assert "Eli Expert" in second
    assert "Related occupation per O*NET" in first
    assert "Worked in or wants this occupation" in second
    assert "General Requirements" in second and "Skills Match" in second

    page.get_by_role("link", name="Edit matching requirements").click()
    page.get_by_label("Required licenses and certifications").fill("Forklift certification")
    page.get_by_role("button", name="Save requirements").click()
    page.get_by_text("Matching requirements saved.").wait_for()
    expect(page.get_by_test_id("candidate")).to_have_count(1)
    assert "Eli Expert" in page.get_by_test_id("candidate").first.inner_text()
    assert "Has Forklift certification" in page.get_by_test_id("reasons-specialized").first.inner_text()
    assert OrderRequirements.objects.get(order=order).required_credentials == ["Forklift certification"]
    assert veteran.pk != expert.pk
