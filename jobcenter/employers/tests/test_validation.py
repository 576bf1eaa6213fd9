"""FEIN (python-stdnum us.ein, IRS campus prefixes) and 2022 NAICS validation on employer accounts.

Sources: IRS "How EINs are assigned and valid EIN prefixes" (via python-stdnum); NAICS 2022 (naics package).
"""

import pytest
from django.core.exceptions import ValidationError

from jobcenter.employers import constants
from jobcenter.employers.models import Employer
from jobcenter.employers.validators import normalize_fein, normalize_naics


@pytest.mark.parametrize(
    ("entered", "stored"),
    [
        ("04-2103594", "04-2103594"),  # Brookhaven campus prefix
        ("042103594", "04-2103594"),  # digits only are formatted
        ("04 2103594", "04-2103594"),  # a space instead of the hyphen
        ("43-1234567", "43-1234567"),
        ("91-1234567", "91-1234567"),
    ],
    ids=[
        "a hyphenated FEIN is kept",
        "nine digits get the hyphen",
        "a space is read as the hyphen",
        "prefix 43 is a campus prefix",
        "prefix 91 is a campus prefix",
    ],
)
def test_a_valid_fein_is_stored_as_nn_nnnnnnn(entered, stored):
    assert normalize_fein(entered) == stored


@pytest.mark.parametrize(
    ("entered", "message"),
    [
        ("07-1234567", constants.FEIN_INVALID_PREFIX.format(prefix="07")),
        ("00-1234567", constants.FEIN_INVALID_PREFIX.format(prefix="00")),
        ("89-1234567", constants.FEIN_INVALID_PREFIX.format(prefix="89")),
        ("12-345678", constants.FEIN_INVALID_LENGTH),
        ("12-34567890", constants.FEIN_INVALID_LENGTH),
        ("AB-1234567", constants.FEIN_INVALID_FORMAT),
    ],
    ids=[
        "prefix 07 is not an IRS campus",
        "prefix 00 is not an IRS campus",
        "prefix 89 is not an IRS campus",
        "eight digits are too few",
        "ten digits are too many",
        "letters are refused",
    ],
)
def test_an_invalid_fein_gets_a_message_naming_the_field(entered, message):
    with pytest.raises(ValidationError) as exc:
        normalize_fein(entered)
    assert exc.value.messages == [message]
    assert message.startswith("FEIN:")


@pytest.mark.parametrize(
    ("entered", "stored"),
    [
        ("722511", "722511"),
        ("7225", "7225"),
        ("31-33", "31-33"),
        ("31", "31-33"),
        ("45", "44-45"),
        ("49", "48-49"),
        ("11", "11"),
    ],
    ids=[
        "a 6-digit industry",
        "a 4-digit industry group",
        "the manufacturing sector range",
        "31 is read as manufacturing 31-33",
        "45 is read as retail 44-45",
        "49 is read as transportation 48-49",
        "agriculture sector 11",
    ],
)
def test_a_2022_naics_code_is_accepted(entered, stored):
    assert normalize_naics(entered) == stored


@pytest.mark.parametrize(
    "entered",
    ["999999", "7225119", "12", "abc"],
    ids=["an unknown 6-digit code", "seven digits", "an unused sector", "letters"],
)
def test_an_unknown_naics_code_is_refused_with_a_message_naming_the_field(entered):
    with pytest.raises(ValidationError) as exc:
        normalize_naics(entered)
    assert exc.value.messages == [constants.NAICS_UNKNOWN.format(code=entered)]


@pytest.mark.django_db
def test_an_employer_with_a_bad_fein_prefix_reports_it_under_the_fein_field():
    employer = Employer(legal_name="Bad Prefix Inc", fein="07-1234567", naics="722511")
    with pytest.raises(ValidationError) as exc:
        employer.full_clean(exclude=["status"])
    assert exc.value.message_dict["fein"] == [constants.FEIN_INVALID_PREFIX.format(prefix="07")]


@pytest.mark.django_db
def test_an_employer_fein_and_naics_are_normalised_when_cleaned():
    employer = Employer(legal_name="Good Inc", fein="431234567", naics="31")
    employer.full_clean(exclude=["status"])
    assert (employer.fein, employer.naics, employer.naics_title) == ("43-1234567", "31-33", "Manufacturing")
