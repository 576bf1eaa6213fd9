"""Registration validation: SSN, date of birth, phone, address, notification method, work authorization.

Sources: python-stdnum us.ssn (SSA: area 000/666/900-999, group 00, serial 0000 never issued); manual,
Job Seekers - Service Policy (legally eligible to work); manual, Notifications.
"""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from jobcenter.core import clock
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import normalize_phone, normalize_ssn, seeker_register
from jobcenter.seekers.tests.factories import registration

SSN_CASES = [
    ("a normal number is accepted", "123-45-6789", True),
    ("area 001 is the lowest issued area", "001-01-0001", True),
    ("area 000 was never issued", "000-45-6789", False),
    ("area 665 is issued", "665-45-6789", True),
    ("area 666 is never issued", "666-45-6789", False),
    ("area 667 is issued", "667-45-6789", True),
    ("area 899 is the highest issued area", "899-45-6789", True),
    ("area 900 (9xx) is not an SSN", "900-45-6789", False),
    ("area 999 is not an SSN", "999-45-6789", False),
    ("group 00 is never issued", "123-00-6789", False),
    ("group 01 is issued", "123-01-6789", True),
    ("serial 0000 is never issued", "123-45-0000", False),
    ("serial 0001 is issued", "123-45-0001", True),
    ("eight digits are too few", "123-45-678", False),
    ("letters are refused", "12A-45-6789", False),
]


@pytest.mark.parametrize(("case", "raw", "valid"), SSN_CASES, ids=[c[0] for c in SSN_CASES])
def test_ssn_validity(case, raw, valid):
    if valid:
        assert normalize_ssn(raw) == raw.replace("-", "")
    else:
        with pytest.raises(ValidationError) as exc:
            normalize_ssn(raw)
        assert exc.value.message_dict == {"ssn": [constants.SSN_INVALID]}


@pytest.mark.django_db
def test_a_registration_with_an_invalid_ssn_is_refused_beside_the_ssn_field():
    with pytest.raises(ValidationError) as exc:
        seeker_register(actor=None, ssn="666-12-3456", **registration())
    assert exc.value.message_dict["ssn"] == [constants.SSN_INVALID]
    assert not JobSeeker.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("case", "days_from_today", "accepted"),
    [("born today is accepted", 0, True), ("born tomorrow is refused", 1, False)],
)
def test_date_of_birth_may_not_be_in_the_future(case, days_from_today, accepted):
    with clock.frozen(dt.date(2026, 3, 2)):
        dob = dt.date(2026, 3, 2) + dt.timedelta(days=days_from_today)
        if accepted:
            assert seeker_register(actor=None, **registration(date_of_birth=dob)).date_of_birth == dob
        else:
            with pytest.raises(ValidationError) as exc:
                seeker_register(actor=None, **registration(date_of_birth=dob))
            assert exc.value.message_dict["date_of_birth"] == [constants.DOB_IN_FUTURE]


PHONE_CASES = [
    ("dashes are normalised to E.164", "816-555-0123", "+18165550123"),
    ("brackets and spaces are normalised", "(573) 555 0100", "+15735550100"),
    ("a leading +1 is kept", "+1 816 555 0123", "+18165550123"),
    ("seven digits without an area code are refused", "555-0123", None),
    ("a UK number is refused", "+44 20 7946 0958", None),
    ("letters are refused", "call me", None),
]


@pytest.mark.parametrize(("case", "raw", "expected"), PHONE_CASES, ids=[c[0] for c in PHONE_CASES])
def test_phone_numbers_are_stored_in_e164(case, raw, expected):
    if expected:
        assert normalize_phone(raw) == expected
    else:
        with pytest.raises(ValidationError) as exc:
            normalize_phone(raw)
        assert exc.value.message_dict == {"phone": [constants.PHONE_INVALID]}


ADDRESS_CASES = [
    ("a street address with a number is accepted", "123 Main St", True),
    ("an address with a unit is accepted", "4500 N Oak Trafficway Apt 3", True),
    ("a PO box is accepted", "PO Box 44", True),
    ("a street without a number is refused", "Main St", False),
    ("words that are no address are refused", "asdf qwer", False),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("case", "line", "accepted"), ADDRESS_CASES, ids=[c[0] for c in ADDRESS_CASES])
def test_street_address_must_parse_as_a_us_address(case, line, accepted):
    if accepted:
        assert seeker_register(actor=None, **registration(address_1=line)).address_1 == line
    else:
        with pytest.raises(ValidationError) as exc:
            seeker_register(actor=None, **registration(address_1=line))
        assert exc.value.message_dict["address_1"] == [constants.ADDRESS_UNPARSEABLE]


NOTIFY_CASES = [
    ("email with an email address is fine", {"notification_method": "email"}, None),
    (
        "email without an email address is refused",
        {"notification_method": "email", "email": ""},
        constants.NOTIFY_EMAIL_NEEDS_EMAIL,
    ),
    ("text with a mobile phone is fine", {"notification_method": "text", "phone_is_mobile": True}, None),
    (
        "text with a phone not confirmed mobile is refused",
        {"notification_method": "text"},
        constants.NOTIFY_TEXT_NEEDS_MOBILE,
    ),
    (
        "text without a phone is refused",
        {"notification_method": "text", "phone": "", "phone_is_mobile": True},
        constants.NOTIFY_TEXT_NEEDS_MOBILE,
    ),
    ("mail with a full address is fine", {"notification_method": "mail"}, None),
    (
        "mail without a ZIP code is refused",
        {"notification_method": "mail", "postcode": ""},
        constants.NOTIFY_MAIL_NEEDS_ADDRESS,
    ),
    (
        "mail without a street is refused",
        {"notification_method": "mail", "address_1": ""},
        constants.NOTIFY_MAIL_NEEDS_ADDRESS,
    ),
    (
        "no notifications needs no contact data",
        {"notification_method": "none", "email": "", "phone": "", "address_1": ""},
        None,
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("case", "overrides", "error"), NOTIFY_CASES, ids=[c[0] for c in NOTIFY_CASES])
def test_notification_method_must_be_usable(case, overrides, error):
    if error is None:
        assert seeker_register(actor=None, **registration(**overrides)).pk
    else:
        with pytest.raises(ValidationError) as exc:
            seeker_register(actor=None, **registration(**overrides))
        assert exc.value.message_dict["notification_method"] == [error]


@pytest.mark.django_db
def test_registration_needs_the_work_authorization_attestation():
    with pytest.raises(ValidationError) as exc:
        seeker_register(actor=None, **registration(authorized_to_work=False))
    assert exc.value.message_dict["authorized_to_work"] == [constants.WORK_AUTHORIZATION_REQUIRED]


@pytest.mark.django_db
def test_every_problem_is_reported_at_once():
    with pytest.raises(ValidationError) as exc:
        seeker_register(
            actor=None,
            ssn="000-00-0000",
            **registration(phone="12", address_1="nowhere", state="XX", postcode="6410", date_of_birth=None),
        )
    errors = exc.value.message_dict
    assert errors["ssn"] == [constants.SSN_INVALID]
    assert errors["phone"] == [constants.PHONE_INVALID]
    assert errors["address_1"] == [constants.ADDRESS_UNPARSEABLE]
    assert errors["state"] == [constants.STATE_INVALID]
    assert errors["postcode"] == [constants.POSTCODE_INVALID]
    assert errors["date_of_birth"] == [constants.DOB_REQUIRED]


@pytest.mark.django_db
def test_a_valid_registration_stores_e164_phone_last_four_and_the_attestation_time():
    with clock.frozen(dt.date(2026, 3, 2)):
        seeker = seeker_register(actor=None, ssn="123-45-6789", **registration())
    seeker.refresh_from_db()
    assert seeker.phone == "+18165550123"
    assert seeker.ssn_last4 == "6789"
    assert "123456789" not in seeker.ssn_encrypted
    assert seeker.work_authorization_attested_at.date() == dt.date(2026, 3, 2)
    assert seeker.state_id.startswith("MO") and len(seeker.state_id) == 12


def test_there_is_no_union_affiliation_field():
    assert not [f.name for f in JobSeeker._meta.get_fields() if "union" in f.name]
