"""Issue #10, identity data: sign-in throttling (django-axes), the separate SSN hash key and key rotation,
SSN redaction in every log handler, region following the job center, NUL characters refused."""

import io
import logging

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.urls import reverse

from jobcenter.core.middleware import NUL_MESSAGE
from jobcenter.core.models import AuditEntry
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import seeker_create, seeker_reveal_ssn, ssn_hash

pytestmark = pytest.mark.django_db

PASSWORD = "x-persona-pass-1"


def _login(client, username, password, ip="127.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_an_account_is_locked_after_five_failures_even_with_the_right_password(client, personas):
    for i in range(4):
        assert _login(client, "staff_a", "wrong-password", ip=f"10.1.0.{i}").status_code == 200
    assert _login(client, "staff_a", "wrong-password", ip="10.1.0.4").status_code == 429
    locked = _login(client, "staff_a", PASSWORD, ip="10.1.0.99")
    assert locked.status_code == 429 and "Sign-in paused" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account from the same address still signs in.
    assert _login(client, "staff_b", PASSWORD, ip="10.1.0.99").status_code == 302


def test_an_address_is_locked_after_five_failures_across_usernames(client, personas):
    for name in ("staff_a", "staff_b", "csu", "admin", "wpc"):
        _login(client, name, "wrong-password", ip="10.2.0.1")
    assert _login(client, "supervisor_a", PASSWORD, ip="10.2.0.1").status_code == 429
    assert _login(client, "supervisor_a", PASSWORD, ip="10.2.0.2").status_code == 302


def test_a_success_resets_the_count(client, personas):
    for _ in range(4):
        _login(client, "staff_a", "wrong-password")
    assert _login(client, "staff_a", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        _login(client, "staff_a", "wrong-password")
    assert _login(client, "staff_a", PASSWORD).status_code == 302


# --- SSN hash key and rotation ---------------------------------------------------------------------------------


def _seekers(personas, n=3):
    return [
        seeker_create(
            given_name=f"Rot{i}",
            surname="Ation",
            home_job_center=personas.center_a,
            ssn=f"123-45-{6780 + i:04d}",
            notification_method="none",
        )
        for i in range(n)
    ]


def test_the_ssn_hash_does_not_depend_on_the_encryption_keys(personas, settings):
    before = ssn_hash("123-45-6789")
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *settings.FIELD_ENCRYPTION_KEYS]
    assert ssn_hash("123-45-6789") == before
    settings.SSN_HASH_KEY = "another-installation-" + "k" * 40
    assert ssn_hash("123-45-6789") != before


def test_rotate_keys_reencrypts_under_the_new_key_keeps_lookups_and_is_idempotent(personas, settings):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    seekers = _seekers(personas)
    hashes = {s.pk: s.ssn_hash for s in seekers}
    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    out = io.StringIO()
    call_command("people_rotate_keys", "--no-progress", stdout=out)
    assert "3 stored SSNs checked, 3 re-encrypted" in out.getvalue()
    # Only the new key is needed now.
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    for s in JobSeeker.objects.filter(pk__in=hashes):
        assert Fernet(new_key).decrypt(s.ssn_encrypted.encode()).decode().startswith("1234567")
        assert s.ssn_hash == hashes[s.pk]
    assert JobSeeker.objects.get(ssn_hash=ssn_hash("123-45-6781")).given_name == "Rot1"
    detail = "Checking a wage record after the key rotation"
    assert (
        seeker_reveal_ssn(
            seeker=JobSeeker.objects.get(given_name="Rot2"), actor=personas.csu, reason="wage_records", detail=detail
        )
        == "123-45-6782"
    )
    again = io.StringIO()
    call_command("people_rotate_keys", "--no-progress", stdout=again)
    assert "3 stored SSNs checked, 0 re-encrypted under the current key, 0 hashes recomputed" in again.getvalue()
    assert AuditEntry.objects.filter(action="seekers.ssn.keys_rotated").count() == 2


def test_rotate_keys_recomputes_hashes_made_under_another_hash_key(personas, settings):
    _seekers(personas, n=2)
    settings.SSN_HASH_KEY = "a-new-installation-hash-key-" + "z" * 20
    out = io.StringIO()
    call_command("people_rotate_keys", "--no-progress", stdout=out)
    assert "2 hashes recomputed" in out.getvalue()
    assert JobSeeker.objects.get(ssn_hash=ssn_hash("123-45-6780")).given_name == "Rot0"


def test_rotate_keys_stops_with_exit_2_when_the_old_key_is_missing(personas, settings):
    from django.core.management.base import CommandError

    _seekers(personas, n=1)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(CommandError) as exc:
        call_command("people_rotate_keys", "--no-progress")
    assert exc.value.returncode == 2 and "cannot be decrypted" in str(exc.value) and "6780" not in str(exc.value)


# --- Logs ------------------------------------------------------------------------------------------------------


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.mark.parametrize("logger_name", ["django.request", "django.server", "gunicorn.access", "any.third.party"])
def test_an_ssn_never_reaches_any_log_handler(logger_name):
    handler = _Capture()  # a handler with no filter of its own
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    try:
        logger.warning("Not Found: %s", "/staff/seekers/123-45-6789/")
        logger.error("lookup %(ssn)s failed", {"ssn": "123456789"})
        try:
            raise ValueError("bad 123 45 6789")
        except ValueError:
            logger.exception("boom %d", 500)
    finally:
        logger.removeHandler(handler)
    text = "\n".join(handler.lines)
    assert "6789" not in text and "***-**-****" in text and "boom 500" in text


def test_a_request_for_an_url_holding_an_ssn_is_logged_masked(client, personas):
    handler = _Capture()
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.force_login(personas.staff_a)
        assert client.get("/staff/seekers/123-45-6789/").status_code == 404
    finally:
        logger.removeHandler(handler)
    assert handler.lines and all("6789" not in line for line in handler.lines)


# --- Users move between job centers ---------------------------------------------------------------------------


def test_a_region_scoped_user_who_moves_job_center_moves_region(personas):
    user = personas.interviewer_a
    user.job_center = personas.center_a
    user.save()
    assert user.region == personas.region_a
    user.job_center = personas.center_b
    user.save()
    user.refresh_from_db()
    assert user.region_id == personas.region_b.pk


# --- NUL characters ------------------------------------------------------------------------------------------


def test_a_nul_character_is_refused_by_the_api_and_nothing_is_stored(client, personas):
    client.force_login(personas.staff_a)
    payload = (
        '{"given_name": "A\\u0000na", "surname": "Diaz", "date_of_birth": "1990-01-01", '
        '"notification_method": "none", "authorized_to_work": true}'
    )
    response = client.post("/api/v1/seekers/", payload, content_type="application/json")
    assert response.status_code == 422 and response.json()["detail"] == NUL_MESSAGE
    assert not JobSeeker.objects.exists()


def test_a_nul_character_is_refused_by_forms_and_urls(client, personas):
    client.force_login(personas.staff_a)
    form = client.post(reverse("staff:seeker-search"), {"name": "A\x00na"})
    assert form.status_code == 400 and NUL_MESSAGE in form.content.decode()
    assert client.get("/staff/seekers/?q=a%00b").status_code == 400
