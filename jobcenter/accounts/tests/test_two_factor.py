"""Issue #10, sign-in and sessions: two-step sign-in (TOTP, django-otp) required for roles that can reveal SSNs or
export data and offered to all staff; the staff idle timeout (dated parameter)."""

import datetime as dt
import re
import time

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from jobcenter.accounts.middleware import IDLE_SIGNED_OUT
from jobcenter.accounts.twofactor import two_factor_required
from jobcenter.accounts.views_twostep import CODE_WRONG
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.testing.browser import totp_code

pytestmark = pytest.mark.django_db
PASSWORD = "x-persona-pass-1"


@pytest.fixture
def required(settings):
    settings.JOBCENTER_2FA_REQUIRED = True


def _sign_in(client, username):
    response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client.get("/staff/", follow=False)


def test_roles_that_see_full_ssns_or_export_data_need_it(personas, required):
    needs = {n for n, u in personas.users.items() if two_factor_required(u)}
    assert needs == {
        "csu",
        "admin",
        "supervisor_a",
        "supervisor_b",
        "regional_a",
        "regional_b",
        "wpc",
        "sma",
        "analyst",
    }


def test_a_csu_member_sets_up_an_authenticator_then_gets_in(client, personas, required):
    first = _sign_in(client, "csu")
    assert first.status_code == 302 and first["Location"].startswith("/accounts/two-step/setup/?next=")
    page = client.get(first["Location"]).content.decode()
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', page).group(1)
    assert "<svg" in page
    wrong = client.post(first["Location"], {"code": "000000", "next": "/staff/"})
    assert CODE_WRONG in wrong.content.decode()
    assert client.get("/staff/").status_code == 302
    time.sleep(1.1)  # django-otp makes a wrong code wait before the next try (1 s, doubling)
    ok = client.post(first["Location"], {"code": totp_code(secret=secret), "next": "/staff/"})
    assert ok.status_code == 302 and ok["Location"] == "/staff/"
    assert client.get("/staff/").status_code == 200
    assert TOTPDevice.objects.get(user=personas.csu).confirmed
    assert AuditEntry.objects.filter(action="accounts.two_factor.enrolled", actor=personas.csu).exists()


def test_next_time_the_code_is_asked_after_the_password(client, personas, required):
    TOTPDevice.objects.create(user=personas.admin, name="phone", confirmed=True)
    first = _sign_in(client, "admin")
    assert first["Location"].startswith("/accounts/two-step/?next=")
    assert client.get(reverse("staff:seeker-search")).status_code == 302
    ok = client.post(reverse("two-step"), {"code": totp_code(username="admin"), "next": "/staff/"})
    assert ok.status_code == 302 and client.get("/staff/").status_code == 200


def test_staff_without_the_requirement_are_offered_it_and_then_need_it(client, personas, required):
    assert _sign_in(client, "staff_a").status_code == 200
    setup = client.get(reverse("two-step-setup"))
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', setup.content.decode()).group(1)
    client.post(reverse("two-step-setup"), {"code": totp_code(secret=secret), "next": "/staff/"})
    client.logout()
    assert _sign_in(client, "staff_a")["Location"].startswith("/accounts/two-step/")


def test_portal_users_are_not_asked(client, personas, required):
    client.post(reverse("login"), {"username": "seeker_user", "password": PASSWORD})
    assert client.get(reverse("portal:seeker-home")).status_code in (200, 404)
    assert client.get(reverse("two-step-setup"))["Location"] == "/"


def test_the_api_with_a_token_is_not_redirected(client, personas, required):
    from jobcenter.accounts.models import ApiToken

    _, token = ApiToken.issue(user=personas.csu, name="ci")
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_a_staff_session_ends_after_the_idle_timeout(client, personas):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    client.force_login(personas.staff_a)
    with clock.frozen(start):
        assert client.get("/staff/").status_code == 200
    with clock.frozen(start + dt.timedelta(minutes=14)):
        assert client.get("/staff/").status_code == 200
    with clock.frozen(start + dt.timedelta(minutes=14 + 16)):
        gone = client.get("/staff/", follow=True)
    assert gone.redirect_chain[0][0].startswith("/accounts/login/")
    assert IDLE_SIGNED_OUT.format(minutes=15) in gone.content.decode()
    assert AuditEntry.objects.filter(action="accounts.session.idle_timeout").exists()


def test_portal_sessions_have_no_staff_idle_timeout(client, personas):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    client.force_login(personas.seeker_user)
    with clock.frozen(start):
        first = client.get(reverse("portal:seeker-home")).status_code
    with clock.frozen(start + dt.timedelta(hours=2)):
        assert client.get(reverse("portal:seeker-home")).status_code == first
