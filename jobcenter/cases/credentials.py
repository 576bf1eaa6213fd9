"""Recognized credentials on the case and PIRL 1800/1801 (DOL PIRL public-use layout PY2022 Q4; federal-specs 1.5).

1800 "Type of recognized credential" applies to a participant "who received education or training services"
(PIRL 1300 = 1 in the period); it is blank otherwise. Credentials count when attained "either during
participation or within one year of exit": from the date of program entry (900) to one year after the exit (901),
and no later than the end of the report quarter. 1800/1801 are the type and date of the first such credential
(the earliest; 1802-1805, the second and third, stay Title I's). With training and none in the window, 1800 = 0
("did not attain") and 1801 is blank; the record is rebuilt every quarter, so a later credential replaces the 0.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.cases import constants
from jobcenter.cases.models import RecognizedCredential
from jobcenter.core import clock
from jobcenter.core.audit import audit_log


def first_credential(
    credentials, *, trained: bool, entry: dt.date, exit_date: dt.date | None, last: dt.date
) -> tuple[str, str]:
    """(1800, 1801) for one period (see the module docstring)."""
    if not trained:
        return "", ""
    until = min(clock.one_year_after(exit_date), last) if exit_date else last
    inside = sorted((c for c in credentials if entry <= c.attained_on <= until), key=lambda c: (c.attained_on, c.pk))
    if not inside:
        return "0", ""
    return inside[0].kind, f"{inside[0].attained_on:%Y%m%d}"


@transaction.atomic
def credential_record(*, actor, seeker, kind: str, attained_on: dt.date, name: str = "") -> RecognizedCredential:
    """Record a recognized credential staff verified; it cannot be attained in the future."""
    if attained_on and attained_on > clock.today():
        raise ValidationError({"attained_on": constants.CREDENTIAL_IN_FUTURE})
    credential = RecognizedCredential(
        seeker=seeker,
        kind=kind,
        name=name,
        attained_on=attained_on,
        recorded_by=actor if getattr(actor, "pk", None) else None,
        recorded_at=clock.now(),
    )
    credential.full_clean()
    credential.save()
    audit_log(action="cases.credential.recorded", actor=actor, obj=credential, data={"attained_on": attained_on})
    return credential
