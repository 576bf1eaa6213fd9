"""Validate one raw wage record into a stored row (SSN replaced by the keyed hash). Raises ``LineError``."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from jobcenter.wages import constants
from jobcenter.wages.formats import LineError
from jobcenter.wages.states import USPS_CODES

YEAR_LOW, YEAR_HIGH = 1990, 2100
MAX_CENTS = 9_999_999_999
_DIGITS = re.compile(r"^\d+$")
_ACCOUNT = re.compile(r"^[A-Za-z0-9]{1,15}$")
_MONEY = re.compile(r"^\$?\d{1,3}(,?\d{3})*(\.\d{1,2})?$|^\$?\d+(\.\d{1,2})?$")


class Hasher:
    """Keyed SSN hash through ``seekers.services.ssn_hash`` (the same function job seekers use), cached per SSN."""

    def __init__(self):
        from jobcenter.seekers.services import ssn_hash

        self._hash = ssn_hash
        self._cache: dict[str, str | None] = {}

    def __call__(self, raw: str) -> str | None:
        digits = raw.replace("-", "").replace(" ", "")
        if digits not in self._cache:
            try:
                self._cache[digits] = self._hash(digits) if len(digits) == 9 else None
            except ValidationError:
                self._cache[digits] = None
        return self._cache[digits]


def validate_row(line: int, raw: dict, *, hasher: Hasher) -> dict:
    """A stored row (without ``source``/``file_id``) or ``LineError`` naming the first problem on the line."""
    ssn_hash = hasher(raw.get("ssn", "")[:20])
    if ssn_hash is None:
        raise LineError(line, constants.SSN_INVALID)
    fein = raw.get("employer_fein", "").replace("-", "")
    if fein and not (len(fein) == 9 and _DIGITS.match(fein)):
        raise LineError(line, constants.FEIN_INVALID)
    account = raw.get("ui_account", "").replace("-", "")
    if account and not _ACCOUNT.match(account):
        raise LineError(line, constants.UI_ACCOUNT_INVALID)
    if not fein and not account:
        raise LineError(line, constants.EMPLOYER_MISSING)
    naics = raw.get("naics", "")
    if naics and not (2 <= len(naics) <= 6 and _DIGITS.match(naics)):
        raise LineError(line, constants.NAICS_INVALID)
    state = raw.get("state", "").upper()
    if state not in USPS_CODES:
        raise LineError(line, constants.STATE_INVALID)
    year = _int(raw.get("year", ""))
    if year is None or not YEAR_LOW <= year <= YEAR_HIGH:
        raise LineError(line, constants.YEAR_INVALID.format(low=YEAR_LOW, high=YEAR_HIGH))
    quarter = _int(raw.get("quarter", ""))
    if quarter not in (1, 2, 3, 4):
        raise LineError(line, constants.QUARTER_INVALID)
    cents = _cents(raw.get("wages", ""))
    if cents is None:
        raise LineError(line, constants.WAGES_INVALID)
    return {
        "ssn_hash": ssn_hash,
        "employer_fein": fein or None,
        "ui_account": account.upper() or None,
        "naics": naics or None,
        "state": state,
        "year": year,
        "quarter": quarter,
        "wages_cents": cents,
    }


def _int(text: str) -> int | None:
    text = text.strip()
    if text.endswith(".0"):  # Parquet/pandas floats written as text
        text = text[:-2]
    return int(text) if text.isdigit() and len(text) <= 4 else None


def _cents(text: str) -> int | None:
    text = text.strip()
    if not text or len(text) > 20 or not _MONEY.match(text):
        return None
    try:
        cents = int(Decimal(text.replace("$", "").replace(",", "")) * 100)
    except InvalidOperation:
        return None
    return cents if 0 <= cents <= MAX_CENTS else None
