"""Incremental duplicate check: one new or edited person against every active job seeker.

Manual, "Verifying Accounts": staff verify whether an account already exists before a customer registers;
"Duplicate Accounts": the account with the correct SSN is the primary one, so the same SSN (keyed hash)
is the same person (probability 1.0, reason "same SSN").

Design for <= 200 ms against a million people (ADR 0010): candidates come from the database through
indexed blocking keys only (SSN hash; date of birth and its transposed/swapped variants; upper-case
surname + given name, and the same two the other way round; phone; lower-case email), never a full scan, then are scored in Python with the
same m/u weights as the Splink batch model (``model.Model``). The check is deliberately not scoped to
the caller's job center: an account anywhere in the state is a duplicate. It returns only the seeker id,
State ID, probability and reasons; callers show details through ``scoped()`` selectors.
"""

from __future__ import annotations

import datetime as dt
import time

from django.db.models import Q
from django.db.models.functions import Lower, Upper

from jobcenter.seekers.linkage import constants, normalize
from jobcenter.seekers.linkage.model import default_model

MAX_BLOCK_ROWS = 5000  # a safety net: the blocking keys return a few hundred rows even at 1M people
POPULATION_TTL_SECONDS = 600
_population: tuple[float, int] | None = None


def active_seekers():
    """Active (not merged) job seekers: the population duplicates are searched in."""
    from jobcenter.seekers.models import JobSeeker

    return JobSeeker.objects.filter(is_active=True, merged_into__isnull=True)


def population() -> int:
    """Number of active job seekers, cached for ten minutes (it only sets the prior's scale)."""
    global _population
    now = time.monotonic()
    if _population is None or now - _population[0] > POPULATION_TTL_SECONDS:
        _population = (now, active_seekers().count())
    return _population[1]


def reset_population_cache() -> None:
    """Forget the cached population size (tests, after bulk loads)."""
    global _population
    _population = None


def dob_variants(value: dt.date) -> list[dt.date]:
    """The date, its day/month swap and every adjacent-digit transposition of ``YYYY-MM-DD`` that is a date."""
    text = value.isoformat()
    out = {value}
    candidates = [f"{text[:4]}-{text[8:10]}-{text[5:7]}"]
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    for i in digits:
        j = i + 1 if i + 1 < len(text) and text[i + 1].isdigit() else None
        if j is not None:
            candidates.append(text[:i] + text[j] + text[i] + text[j + 1 :])
    for c in candidates:
        try:
            out.add(dt.date.fromisoformat(c))
        except ValueError:
            continue
    return sorted(out)


def _parse_dob(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _ssn_hash(raw: str | None) -> str | None:
    from django.core.exceptions import ValidationError

    from jobcenter.seekers.services import ssn_hash

    if not raw:
        return None
    try:
        return ssn_hash(raw)
    except ValidationError:
        return None  # an invalid SSN is reported by registration; here it is simply no evidence


def blocking_query(record: dict, *, dob: dt.date | None, ssn_h: str | None) -> Q | None:
    """The OR of the indexed blocking keys the record has (``None`` when it has none)."""
    q = Q()
    if ssn_h:
        q |= Q(ssn_hash=ssn_h)
    if dob:
        q |= Q(date_of_birth__in=dob_variants(dob))
    given = (record.get("given_name") or "").strip().upper()
    surname = (record.get("surname") or "").strip().upper()
    if given and surname:
        q |= Q(_surname_u=surname, _given_u=given)
        q |= Q(_surname_u=given, _given_u=surname)  # given name and surname entered the other way round
    phone = normalize.phone(record.get("phone"))
    if phone:
        q |= Q(phone__in=[f"+1{phone}", phone])
    email = normalize.email(record.get("email"))
    if email:
        q |= Q(_email_l=email)
    return q if q.children else None


def find(record: dict, *, exclude_id: int | None = None, limit: int = 10, threshold: float = 0.5):
    """Implementation of ``linkage.find_candidates`` (see there)."""
    from jobcenter.seekers.linkage import Candidate

    dob = _parse_dob(record.get("date_of_birth"))
    ssn_h = _ssn_hash(record.get("ssn")) or (record.get("ssn_hash") or None)
    q = blocking_query(record, dob=dob, ssn_h=ssn_h)
    if q is None:
        return []
    qs = active_seekers().annotate(_surname_u=Upper("surname"), _given_u=Upper("given_name"), _email_l=Lower("email"))
    if exclude_id is not None:
        qs = qs.exclude(pk=exclude_id)
    rows = (
        qs.filter(q)
        .order_by()
        .values_list(
            "id",
            "state_id",
            "given_name",
            "surname",
            "date_of_birth",
            "address_1",
            "city",
            "postcode",
            "phone",
            "email",
            "ssn_hash",
        )[:MAX_BLOCK_ROWS]
    )
    left = normalize.record({**record, "date_of_birth": dob})
    model = default_model().with_population(population())
    found = []
    for pk, state_id, given, surname, row_dob, addr, city, postcode, phone, email, row_ssn_h in rows:
        right = {
            "given_name": normalize.name(given),
            "surname": normalize.name(surname),
            "date_of_birth": normalize.dob(row_dob),
            "address": normalize.address(None, addr),
            "city": normalize.city(city),
            "postcode": normalize.postcode(postcode),
            "phone": normalize.phone(phone),
            "email": normalize.email(email),
        }
        same_ssn = (ssn_h == row_ssn_h) if (ssn_h and row_ssn_h) else None
        score = model.score(left, right, same_ssn=same_ssn)
        if same_ssn:
            reasons = (constants.REASON_SAME_SSN, *(r for r in score.reasons if r != "same SSN"))
            found.append(Candidate(pk, state_id, 1.0, reasons))
        elif score.match_probability >= threshold:
            found.append(Candidate(pk, state_id, score.match_probability, score.reasons))
    found.sort(key=lambda c: (-c.match_probability, c.seeker_id))
    return found[:limit]
