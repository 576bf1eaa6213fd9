"""Browser: an employer registers itself in the portal, then CSU verifies it from the queue
(manual: Employers — pending verification until CSU validates the employer)."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State
from jobcenter.core.models import Notification
from jobcenter.employers import constants
from jobcenter.employers.choices import EmployerStatus
from jobcenter.employers.models import Employer, TermsVersion
from jobcenter.employers.tests.factories import make_user
from jobcenter.testing.browser import login
from jobcenter.testing.journeys import sign_out


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Playwright's sync API runs an event loop in the test thread. pytest-django's live-server helper opens
    the database before the shared browser plugin's function-scoped fixture allows that, so allow it for this
    module first (left set, like the plugin does, so the test database can be torn down at the end)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_an_employer_self_registers_and_csu_verifies_it(page, live_server):
    make_user("csu_e2e", Role.CSU)
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    center = JobCenter.objects.create(
        region=Region.objects.create(state=state, code="RX", name="Region X"), code="JX", name="Center X"
    )
    TermsVersion.objects.get_or_create(
        version=constants.DEFAULT_TERMS_VERSION,
        defaults={"effective_from": dt.date(2024, 1, 1), "body": constants.DEFAULT_TERMS_BODY},
    )
    page.goto(f"{live_server.url}/portal/employer/register/")
    page.get_by_label("Your first name").fill("Lee")
    page.get_by_label("Your last name").fill("Owner")
    page.get_by_label("Username").fill("leeowner")
    page.get_by_label("Your email").fill("lee@example.com")
    page.get_by_label("Password").fill("Long-enough-pass-2026")
    page.get_by_label("Legal name").fill("Lee's Landscaping LLC")
    page.get_by_label("FEIN").fill("07-1234567")  # not an IRS campus prefix
    page.get_by_label("NAICS").fill("561730")
    page.get_by_label("We have a position").check()
    page.get_by_label("I accept the terms of service").check()
    page.get_by_role("button", name="Create employer account").click()

    # the error is next to the field and nothing typed is lost
    assert "not a valid IRS campus prefix" in page.locator("#id_fein-error").inner_text()
    assert page.get_by_label("Legal name").input_value() == "Lee's Landscaping LLC"
    page.get_by_label("FEIN").fill("43-5550123")
    page.get_by_label("Password").fill("Long-enough-pass-2026")
    page.get_by_label("We have a position").check()
    page.get_by_label("I accept the terms of service").check()
    page.get_by_role("button", name="Create employer account").click()

    assert page.get_by_test_id("employer-status").inner_text() == "Pending verification"
    assert "go online once your account is verified" in page.get_by_test_id("pending-notice").inner_text()
    employer = Employer.objects.get(fein="43-5550123")
    assert Notification.objects.filter(recipient__username="csu_e2e", object_id=str(employer.pk)).exists()

    sign_out(page)  # waits for the sign-in page: the next page.goto must not cut the sign-out short
    login(page, live_server, "csu_e2e", "x-persona-pass-1")
    page.goto(f"{live_server.url}/staff/employers/verification/")
    assert "Lee's Landscaping LLC" in page.get_by_test_id("verification-queue").inner_text()
    # No service area knows the address: CSU chooses the serving job center while verifying.
    page.get_by_label("Serving job center of Lee's Landscaping LLC").select_option(label="Center X")
    page.get_by_role("button", name="Verify Lee's Landscaping LLC").click()
    # The queue is on the page being left too: wait for the verified message before reading it (and the database).
    expect(page.get_by_role("status").first).to_contain_text("is verified")
    expect(page.get_by_test_id("verification-queue")).not_to_contain_text("Lee's Landscaping LLC")
    employer.refresh_from_db()
    assert employer.status == EmployerStatus.ACTIVE and employer.verified_by.username == "csu_e2e"
    assert employer.job_center == center
