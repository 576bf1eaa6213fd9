"""A staff member signs in through a real browser and sees the dashboard."""

import pytest

from jobcenter.testing.browser import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_staff_signs_in_and_sees_the_dashboard(page, live_server, personas):
    login(page, live_server, "staff_a", "x-persona-pass-1")
    page.wait_for_url(f"{live_server.url}/staff/")
    assert page.get_by_role("heading", name="Dashboard").is_visible()
    assert "staff_a" in page.get_by_test_id("current-user").inner_text()
    assert page.get_by_test_id("dashboard-panels").is_visible()
    # USWDS styles are served offline from the built static files.
    assert page.evaluate("getComputedStyle(document.querySelector('.usa-header')).display") != ""
    response = page.request.get(f"{live_server.url}/static/vendor/uswds/css/uswds.min.css")
    assert response.status == 200


def test_wrong_password_shows_an_error_and_stays_on_login(page, live_server, personas):
    login(page, live_server, "staff_a", "wrong-password")
    assert page.get_by_role("alert").inner_text().startswith("Your username and password didn't match")
    assert "/accounts/login/" in page.url
