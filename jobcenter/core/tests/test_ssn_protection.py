"""SSNs: encrypted at rest, found by keyed hash, shown as last 4, full view audited, never logged."""

import logging

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from jobcenter.core import crypto
from jobcenter.core.logging import RedactSSNFilter, redact
from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import normalize_ssn, seeker_create, seeker_reveal_ssn, ssn_hash

pytestmark = pytest.mark.django_db
DETAIL = "Merge review of two accounts for the same person"


def make(personas, ssn="123-45-6789"):
    return seeker_create(
        given_name="Ana", surname="Diaz", home_job_center=personas.center_a, ssn=ssn, notification_method="none"
    )


def test_the_ssn_is_not_stored_in_clear(personas):
    seeker = make(personas)
    with connection.cursor() as cur:
        cur.execute("SELECT * FROM seekers_jobseeker WHERE id = %s", [seeker.pk])
        row = " ".join(str(v) for v in cur.fetchone())
    assert "123456789" not in row and "123-45-6789" not in row
    assert seeker.ssn_last4 == "6789" and seeker.ssn_masked == "***-**-6789"
    assert crypto.decrypt(seeker.ssn_encrypted) == "123456789"


def test_the_keyed_hash_finds_the_person_whatever_the_formatting(personas):
    seeker = make(personas)
    assert JobSeeker.objects.get(ssn_hash=ssn_hash("123 45 6789")) == seeker
    assert ssn_hash("123456789") != crypto.keyed_hash("123456789", purpose="other")


@pytest.mark.parametrize(
    "bad",
    [
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "999-12-3456",
        "123-00-4567",
        "123-45-0000",
        "12345678",
        "1234567890",
        "abc-de-fghi",
    ],
)
def test_invalid_ssns_are_refused_with_the_field_named(bad):
    with pytest.raises(ValidationError) as exc:
        normalize_ssn(bad)
    assert exc.value.message_dict == {"ssn": [constants.SSN_INVALID]}


@pytest.mark.parametrize("good", ["001-01-0001", "665-99-9999", "667-01-0001", "899-99-9999"])
def test_valid_ssns_next_to_the_forbidden_ranges_are_accepted(good):
    assert normalize_ssn(good) == good.replace("-", "")


def test_revealing_the_full_ssn_needs_the_permission_and_a_reason_and_is_audited(personas):
    seeker = make(personas)
    with pytest.raises(PermissionDenied):
        seeker_reveal_ssn(seeker=seeker, actor=personas.staff_a, reason="duplicate", detail=DETAIL)
    with pytest.raises(ValidationError) as exc:
        seeker_reveal_ssn(seeker=seeker, actor=personas.csu, reason=" ", detail=" ")
    assert set(exc.value.message_dict) == {"reason", "detail"}
    with pytest.raises(ValidationError) as exc:
        seeker_reveal_ssn(seeker=seeker, actor=personas.csu, reason="duplicate", detail="a")
    assert exc.value.message_dict == {"detail": [constants.REVEAL_DETAIL_TOO_SHORT]}
    assert seeker_reveal_ssn(seeker=seeker, actor=personas.csu, reason="duplicate", detail=DETAIL) == "123-45-6789"
    entry = AuditEntry.objects.get(action="seekers.ssn.viewed")
    assert entry.actor == personas.csu and entry.data["reason"] == "duplicate" and entry.data["detail"] == DETAIL
    assert "6789" not in str(entry.data)


def test_log_records_mask_ssn_shaped_numbers():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "looked up %s and 987654321", ("123-45-6789",), None)
    RedactSSNFilter().filter(record)
    assert "123-45-6789" not in record.getMessage() and "987654321" not in record.getMessage()
    assert redact("call 816-555-1234") == "call 816-555-1234"  # phone numbers are not SSN-shaped


def test_rotated_keys_still_decrypt_old_values(settings):
    from cryptography.fernet import Fernet

    old = crypto.encrypt("123456789")
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *settings.FIELD_ENCRYPTION_KEYS]
    assert crypto.decrypt(old) == "123456789"
