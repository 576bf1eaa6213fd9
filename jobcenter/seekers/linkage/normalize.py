"""Normalisation of person fields before comparison, in Python (incremental check) and DuckDB SQL (batch).

Both forms must give the same canonical value for the same input; ``tests/test_linkage_model.py`` checks
that on a table of awkward inputs. Canonical forms:

- names: upper case, letters A-Z only (``"O'Brien "`` -> ``"OBRIEN"``);
- address: street number and line 1 joined, upper case, letters/digits/single spaces;
- street: the address without digits and spaces (letters only: the street name without the house number);
- city: upper case, letters and single spaces;
- postcode: first five digits (ZIP); phone: last ten digits of a US number (E.164 ``+1`` dropped);
- email: trimmed, lower case; date of birth: ``YYYY-MM-DD`` text; SSN: nine digits.

Empty results are ``None`` (SQL ``NULL``), which the model treats as "no evidence either way".
"""

from __future__ import annotations

import datetime as dt
import re

_NOT_LETTER = re.compile(r"[^A-Z]")
_NOT_ADDR = re.compile(r"[^A-Z0-9 ]")
_NOT_CITY = re.compile(r"[^A-Z ]")
_SPACES = re.compile(r" +")
_NOT_DIGIT = re.compile(r"[^0-9]")


def name(value: str | None) -> str | None:
    """Upper-case letters only."""
    out = _NOT_LETTER.sub("", (value or "").upper())
    return out or None


def address(street_number: str | None, address_1: str | None) -> str | None:
    """Street number and first address line as one upper-case string of letters, digits and single spaces."""
    raw = f"{street_number or ''} {address_1 or ''}".upper()
    out = _SPACES.sub(" ", _NOT_ADDR.sub("", raw)).strip()
    return out or None


def street(canonical_address: str | None) -> str | None:
    """The street name of a canonical address: digits and spaces removed (house number left out, split words)."""
    out = re.sub(r"[0-9 ]", "", canonical_address or "")
    return out or None


def city(value: str | None) -> str | None:
    """Upper-case letters and single spaces (``"St. Louis"`` -> ``"ST LOUIS"``)."""
    out = _SPACES.sub(" ", _NOT_CITY.sub("", (value or "").upper())).strip()
    return out or None


def postcode(value: str | None) -> str | None:
    """The five-digit ZIP code."""
    out = _NOT_DIGIT.sub("", value or "")[:5]
    return out or None


def phone(value: str | None) -> str | None:
    """The last ten digits (a US number without its +1); shorter numbers are not comparable."""
    digits = _NOT_DIGIT.sub("", value or "")
    return digits[-10:] if len(digits) >= 10 else None


def email(value: str | None) -> str | None:
    """Trimmed, lower case."""
    out = (value or "").strip().lower()
    return out or None


def dob(value: dt.date | str | None) -> str | None:
    """ISO date text."""
    if not value:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def ssn(value: str | None) -> str | None:
    """Nine digits (validity is checked elsewhere)."""
    out = _NOT_DIGIT.sub("", value or "")
    return out or None


def record(rec: dict) -> dict:
    """A person dict (keys as ``find_candidates``) in canonical model columns."""
    addr = address(rec.get("street_number"), rec.get("address_1"))
    return {
        "given_name": name(rec.get("given_name")),
        "surname": name(rec.get("surname")),
        "date_of_birth": dob(rec.get("date_of_birth")),
        "address": addr,
        "street": street(addr),
        "city": city(rec.get("city")),
        "postcode": postcode(rec.get("postcode")),
        "phone": phone(rec.get("phone")),
        "email": email(rec.get("email")),
    }


# The same rules in DuckDB SQL, applied to the all-text input table in the batch.
SQL_COLUMNS = {
    "given_name": "NULLIF(regexp_replace(upper(coalesce(given_name, '')), '[^A-Z]', '', 'g'), '')",
    "surname": "NULLIF(regexp_replace(upper(coalesce(surname, '')), '[^A-Z]', '', 'g'), '')",
    "date_of_birth": "NULLIF(trim(coalesce(date_of_birth, '')), '')",
    "address": (
        "NULLIF(trim(regexp_replace(regexp_replace(upper(coalesce(street_number, '') || ' ' || "
        "coalesce(address_1, '')), '[^A-Z0-9 ]', '', 'g'), ' +', ' ', 'g')), '')"
    ),
    "street": (
        "NULLIF(regexp_replace(upper(coalesce(street_number, '') || ' ' || coalesce(address_1, '')), "
        "'[^A-Z]', '', 'g'), '')"
    ),
    "city": "NULLIF(trim(regexp_replace(regexp_replace(upper(coalesce(city, '')), '[^A-Z ]', '', 'g'), ' +', ' ', 'g')), '')",
    "postcode": "NULLIF(left(regexp_replace(coalesce(postcode, ''), '[^0-9]', '', 'g'), 5), '')",
    "phone": (
        "CASE WHEN length(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) >= 10 "
        "THEN right(regexp_replace(phone, '[^0-9]', '', 'g'), 10) END"
    ),
    "email": "NULLIF(lower(trim(coalesce(email, ''))), '')",
    "ssn": "NULLIF(regexp_replace(coalesce(ssn, ''), '[^0-9]', '', 'g'), '')",
}
