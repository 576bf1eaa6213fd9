"""Browser: a staff member records a service on a case page and sees it on the timeline with the exit forecast
(manual: Case Notes & Services; TEGL 10-16 Chg 3 for the 90-day forecast)."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.cases import constants
from jobcenter.cases.models import Service
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Let the ORM run beside Playwright's event loop (see jobcenter.testing.browser)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_staff_record_a_service_on_a_case_page(page, live_server):
    personas = build_personas()
    enrolled = make_seeker(job_center=personas.center_a, given_name="Robin", surname="Case")
    walk_in = make_seeker(job_center=personas.center_a, given_name="Walk", surname="In")
    enroll(enrolled, case_manager=personas.staff_a)
    login(page, live_server, "staff_a", "x-persona-pass-1")

    # Without an enrollment the service is refused with the manual's rule, and the input is kept.
    page.goto(f"{live_server.url}/staff/cases/seekers/{walk_in.pk}/services/new/")
    page.get_by_role("combobox", name="Service").select_option("102")
    page.get_by_label("Remarks").fill("Resume review")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("body")).to_contain_text(constants.ENROLLMENT_REQUIRED)
    assert page.get_by_label("Remarks").input_value() == "Resume review"

    page.goto(f"{live_server.url}/staff/cases/seekers/{enrolled.pk}/")
    page.get_by_role("link", name="Record a service").click()
    page.get_by_role("combobox", name="Service").select_option("102")
    page.get_by_label("Remarks").fill("Resume review and job search plan")
    page.get_by_role("button", name="Save").click()

    page.wait_for_url(f"**/staff/cases/seekers/{enrolled.pk}/")
    timeline = page.get_by_test_id("timeline")
    assert "Job search assistance" in timeline.inner_text()
    assert "Resume review and job search plan" in timeline.inner_text()
    forecast = page.get_by_test_id("exit-forecast").inner_text()
    exits_on = clock.today() + dt.timedelta(days=91)
    assert f"Exits on {exits_on:%b %-d, %Y}" in forecast
    assert "1 — participant" in forecast
    assert Service.objects.get(seeker=enrolled).recorded_by == personas.staff_a
