"""Issue #10: the USWDS/htmx pages work under the Content-Security-Policy, in the browser, after a two-step
sign-in (the login helper enters the authenticator code as a person would)."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from jobcenter.testing.browser import login

PASSWORD = "x-persona-pass-1"
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_a_csu_member_signs_in_in_two_steps_and_the_pages_work_under_the_csp(page, live_server, personas, settings):
    settings.JOBCENTER_2FA_REQUIRED = True
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.add_init_script(WATCH)
    login(page, live_server, "csu", PASSWORD)
    assert TOTPDevice.objects.get(user=personas.csu).confirmed
    response = page.context.request.get(f"{live_server.url}/staff/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.get_by_test_id("current-user").is_visible()
    # USWDS JavaScript works: the mobile menu button opens the navigation (needs uswds.min.js, no inline script).
    page.set_viewport_size({"width": 480, "height": 900})
    page.get_by_role("button", name="Menu").click()
    expect(page.locator(".usa-nav.is-visible")).to_have_count(1)
    page.get_by_role("button", name="Close").click()
    page.set_viewport_size({"width": 1280, "height": 900})
    # htmx works: the job order "Check" button swaps the findings in without a page load.
    page.get_by_role("link", name="Job orders").first.click()
    page.get_by_role("link", name="New job order").click()
    with page.expect_response(lambda r: "/check" in r.url and r.status == 200):
        page.get_by_role("button", name="Check").click()
    page.get_by_role("link", name="Job seekers").first.click()
    page.get_by_role("textbox", name="Name", exact=True).fill("Nobody")
    page.get_by_role("button", name="Search", exact=True).click()
    # The search loads a page: check the violations on it, not on the search page being left.
    expect(page.get_by_test_id("search-results")).to_be_visible()
    page.wait_for_load_state()
    assert page.evaluate("window.__csp") == []
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
