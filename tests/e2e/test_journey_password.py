"""Journey: a person who forgot the password asks for a link on the sign-in page, opens the emailed link, chooses a
new password (the hint comes from the configured validators) and signs in with it."""

import re

import pytest
from django.core import mail

from jobcenter.testing.journeys import field, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_a_forgotten_password_is_replaced_through_the_emailed_link(page, live_server, db):
    personas = build_personas()
    user = personas.seeker_user
    user.email = "jordan@example.com"
    user.save()

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    field(page, "Email").fill("jordan@example.com")
    page.get_by_role("button", name="Send the link").click()
    assert "we sent it a link" in page.get_by_test_id("reset-sent").inner_text()

    link = re.search(r"https?://\S+/accounts/password-reset/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)  # the person opens the link in their email
    assert "at least 10 characters" in page.content()
    field(page, "New password").fill("A-new-long-pass-2026")
    field(page, "New password confirmation").fill("A-new-long-pass-2026")
    page.get_by_role("button", name="Save the new password").click()
    page.locator("#main-content").get_by_role("link", name="Sign in").click()
    sign_in_here(page, "seeker_user", "A-new-long-pass-2026")
    assert page.get_by_test_id("current-user").inner_text().startswith("seeker_user")
    user.refresh_from_db()
    assert user.check_password("A-new-long-pass-2026")
