"""API authentication: bearer tokens or a session; everything else is 401."""

import pytest

from jobcenter.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def test_anonymous_requests_get_401(client):
    assert client.get("/api/v1/me").status_code == 401


def test_a_bearer_token_authenticates_and_is_stored_only_as_a_hash(client, personas):
    row, token = ApiToken.issue(user=personas.staff_a, name="script")
    assert token not in row.token_hash and row.token_hash == ApiToken.hash(token)
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    body = response.json()
    assert body["username"] == "staff_a" and body["scope"] == "job_center" and body["job_center"] == "JA"
    assert "cases.record_service" in body["capabilities"]
    row.refresh_from_db()
    assert row.last_used_at is not None


@pytest.mark.parametrize("header", ["Bearer wrong", "Token x", "Bearer "])
def test_bad_tokens_get_401(client, personas, header):
    ApiToken.issue(user=personas.staff_a, name="script")
    assert client.get("/api/v1/me", headers={"Authorization": header}).status_code == 401


def test_revoked_tokens_and_inactive_users_get_401(client, personas):
    row, token = ApiToken.issue(user=personas.staff_a, name="script")
    row.revoked = True
    row.save()
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    _, token2 = ApiToken.issue(user=personas.staff_b, name="script")
    personas.staff_b.is_active = False
    personas.staff_b.save()
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token2}"}).status_code == 401


def test_a_browser_session_authenticates(client, personas):
    client.force_login(personas.seeker_user)
    assert client.get("/api/v1/me").json()["role"] == "job_seeker"


def test_openapi_docs_are_served(client):
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/api/docs").status_code == 302


def test_tokens_page_issues_a_token_once_and_revokes_it(client, personas):
    client.force_login(personas.staff_a)
    html = client.post("/accounts/tokens/", {"name": "my script"}).content.decode()
    assert "will not be shown again" in html
    row = ApiToken.objects.get(user=personas.staff_a)
    client.post("/accounts/tokens/", {"revoke": row.pk})
    row.refresh_from_db()
    assert row.revoked
