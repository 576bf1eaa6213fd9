"""Keeping the match index current: seeker profiles and order positions.

``profile_refresh(seeker)`` rebuilds one seeker's ``MatchProfile`` and ``MatchOccupation`` rows from the live
record (profile, work history, desired occupations, credentials, skills, staff occupation corrections).
Signals registered in ``MatchingConfig.ready`` call it after every save or delete of those rows (in the same
transaction), so a change is reflected in the next query. ``profiles_rebuild`` re-indexes in bulk
(after merges or imports that write with ``update()``); ``jobcenter matching reindex`` runs it.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction

from jobcenter.cases.rules import priority_tier
from jobcenter.core import clock
from jobcenter.matching import constants as C
from jobcenter.matching.geo import zip_position
from jobcenter.matching.models import MatchOccupation, MatchProfile, OrderRequirements
from jobcenter.matching.scoring import EDUCATION_RANK, has_drivers_license, merged_spans, normalize_name, reach_degrees

OPEN = "open"  # JobOrder.status of an order taking referrals
RESUME_RELATIONS = ("work_history", "desired_occupations", "credentials", "skills")


def _months(start: dt.date | None, end: dt.date | None, today: dt.date) -> int:
    return _covered_months([(start, end)], today)


def _spans(periods, today: dt.date) -> list[list[int]]:
    """The work periods ``(start, end or None = still there)`` as merged ``[first, past_last)`` month numbers."""
    return merged_spans(
        (start.year * 12 + start.month, (end or today).year * 12 + (end or today).month)
        for start, end in periods
        if start
    )


def _covered_months(periods, today: dt.date) -> int:
    """Calendar months covered by the work periods ``(start, end or None = still there)``, each month counted once:
    two entries for the same job, or two jobs held at the same time, are not twice the experience."""
    return sum(last - first for first, last in _spans(periods, today))


def seeker_codes(seeker, *, today: dt.date | None = None, spans: dict | None = None) -> dict[str, int]:
    """O*NET-SOC codes the seeker is classified in -> months of experience in each (desired only = 0); when a
    ``spans`` dict is given, it receives each code's months worked as merged month-number spans (``_spans``), so
    that months in related codes held at the same time can be counted once (``scoring.relevant_experience``).

    Work history and desired occupations give the codes; the coder fills codes of uncoded titles; staff
    corrections (``seekers``' classification) add or remove codes and win over both."""
    today = today or clock.today()
    spans = {} if spans is None else spans
    periods: dict[str, list] = {}
    for w in seeker.work_history.all():
        if w.onet_soc_code:
            periods.setdefault(w.onet_soc_code, []).append((w.start_date, w.end_date))
    for code, worked in periods.items():
        spans[code] = _spans(worked, today)
    codes: dict[str, int] = {code: sum(b - a for a, b in spans[code]) for code in periods}
    for d in seeker.desired_occupations.all():
        if d.onet_soc_code:
            codes.setdefault(d.onet_soc_code, 0)
    for extra in _classification_hooks:
        extra(seeker, codes, spans)
    for code in [c for c in spans if not spans[c] or c not in codes]:
        del spans[code]
    return codes


def apply_classification(seeker, codes: dict[str, int], spans: dict | None = None) -> None:
    """Add the occupation coder's and staff's codes and drop those staff said do not apply (``seekers``'
    classification, ADR 0028): months of experience for coded work history, 0 for desired occupations."""
    from jobcenter.seekers.classification import classification_refresh

    today = clock.today()
    spans = {} if spans is None else spans
    result = classification_refresh(seeker)
    for row in result.rows:
        if not row.applies:
            codes.pop(row.code, None)
        elif row.code not in codes:
            spans[row.code] = _spans(result.periods.get(row.code, []), today)
            codes[row.code] = sum(b - a for a, b in spans[row.code])


# Functions (seeker, codes) -> None that adjust the classification (occupation coder, staff corrections).
_classification_hooks: list = [apply_classification]


def profile_values(seeker, *, today: dt.date | None = None) -> tuple[dict, dict[str, int]]:
    """Field values of the seeker's MatchProfile and their occupation codes."""
    today = today or clock.today()
    spans: dict[str, list] = {}
    codes = seeker_codes(seeker, today=today, spans=spans)
    credentials = list(seeker.credentials.all())
    radius = seeker.commute_radius_miles or C.DEFAULT_RADIUS_MILES
    position = zip_position(seeker.postcode)
    values = {
        "job_center_id": seeker.home_job_center_id,
        "active": bool(seeker.is_active),
        "priority": int(
            priority_tier(eligible_veteran=seeker.eligible_veteran, disabled_veteran=seeker.disabled_veteran)
        ),
        "education_code": seeker.education_level or "",
        "education_rank": EDUCATION_RANK.get(seeker.education_level or ""),
        "experience_months": _covered_months([(w.start_date, w.end_date) for w in seeker.work_history.all()], today),
        "availability": seeker.availability or "",
        "lat": position[0] if position else None,
        "lon": position[1] if position else None,
        "radius_miles": radius,
        "reach_deg": reach_degrees(radius),
        "relocate": bool(seeker.willing_to_relocate),
        "birth_date": seeker.date_of_birth,
        "drivers_license": has_drivers_license(c.name for c in credentials if c.kind == "license"),
        "credentials": sorted(
            {normalize_name(c.name) for c in credentials if c.expires_on is None or c.expires_on >= today}
        ),
        "skills": sorted({normalize_name(s.name) for s in seeker.skills.all()}),
        "occupations": codes,
        "occupation_periods": spans,
    }
    return values, codes


def search_values(values: dict) -> dict:
    """The profile facts copied onto each of the seeker's ``MatchOccupation`` rows (see that model)."""
    banded = (
        values["lat"] is not None and not values["relocate"] and values["radius_miles"] <= MatchOccupation.BAND_MILES
    )
    return {
        "active": values["active"],
        "priority": values["priority"],
        "band_lat": values["lat"] if banded else None,
        "band_lon": values["lon"] if banded else None,
        "lat": values["lat"],
        "lon": values["lon"],
        "reach_deg": values["reach_deg"],
        "relocate": values["relocate"],
        "education_rank": values["education_rank"],
        "drivers_license": values["drivers_license"],
        "birth_date": values["birth_date"],
    }


def occupation_rows(seeker_id: int, values: dict, codes: dict[str, int]) -> list[MatchOccupation]:
    """The seeker's ``MatchOccupation`` rows: one per code, with its months and the copied profile facts."""
    shared = search_values(values)
    return [MatchOccupation(profile_id=seeker_id, code=c, months=m, **shared) for c, m in sorted(codes.items())]


@transaction.atomic
def profile_refresh(seeker) -> MatchProfile:
    """Rebuild one seeker's index rows from the live record."""
    values, codes = profile_values(seeker)
    profile, _ = MatchProfile.objects.update_or_create(seeker_id=seeker.pk, defaults=values)
    MatchOccupation.objects.filter(profile_id=seeker.pk).delete()
    MatchOccupation.objects.bulk_create(occupation_rows(seeker.pk, values, codes))
    return profile


def profiles_rebuild(seekers: Iterable | None = None, *, progress=None) -> int:
    """Re-index many seekers (all active ones by default)."""
    from jobcenter.seekers.models import JobSeeker

    qs = seekers if seekers is not None else JobSeeker.objects.all()
    qs = qs.prefetch_related(*RESUME_RELATIONS)
    n = 0
    for seeker in qs.iterator(chunk_size=500):
        profile_refresh(seeker)
        n += 1
        if progress:
            progress(1)
    return n


def order_index_values(order) -> dict:
    """The order's facts copied onto its ``OrderRequirements`` row: worksite position, open or not, occupation
    code, employment type and lawful minimum age."""
    position = zip_position(order.worksite_zip)
    return {
        "lat": position[0] if position else None,
        "lon": position[1] if position else None,
        "is_open": order.status == OPEN,
        "soc_code": order.soc_code or "",
        "employment_type": order.employment_type or "",
        "minimum_age": order.minimum_age,
    }


def order_index_refresh(order) -> OrderRequirements:
    """Create the order's requirements row if missing and refresh the facts copied from the order."""
    values = order_index_values(order)
    req, created = OrderRequirements.objects.get_or_create(order=order, defaults=values)
    changed = [k for k, v in values.items() if getattr(req, k) != v]
    if not created and changed:
        for k in changed:
            setattr(req, k, values[k])
        req.save(update_fields=[*changed, "updated_at"])
    return req


# --- signals -------------------------------------------------------------------------------------------------------


_deferred = threading.local()  # .seeker_ids (an insertion-ordered dict) while inside ``refresh_deferred()``


@contextmanager
def refresh_deferred() -> Iterator[None]:
    """Within the block, signals note which seekers changed and each is refreshed once when the block ends (still
    inside the caller's transaction), instead of once per saved row. For bulk writers (the demo loader saves a person
    and up to six résumé rows) that neither read the index nor move the clock inside the block: the refresh reads
    the live record and today's date when the block ends. An exception skips the refresh (the caller's transaction
    is rolled back with it)."""
    if hasattr(_deferred, "seeker_ids"):
        yield
        return
    _deferred.seeker_ids = {}
    try:
        yield
        pending = list(_deferred.seeker_ids)
    finally:
        del _deferred.seeker_ids
    from jobcenter.seekers.models import JobSeeker

    seekers = JobSeeker.objects.prefetch_related(*RESUME_RELATIONS).in_bulk(pending)
    for pk in pending:  # in the order they changed
        if pk in seekers:
            profile_refresh(seekers[pk])


def _schedule(seeker_id: int | None) -> None:
    """Refresh now, inside the caller's transaction (a rollback undoes the index change with the record)."""
    if not seeker_id:
        return
    pending = getattr(_deferred, "seeker_ids", None)
    if pending is not None:
        pending[seeker_id] = None
        return
    from jobcenter.seekers.models import JobSeeker

    seeker = JobSeeker.objects.filter(pk=seeker_id).prefetch_related(*RESUME_RELATIONS).first()
    if seeker is not None:
        profile_refresh(seeker)


def on_seeker_saved(sender, instance, **kwargs) -> None:
    """A seeker's profile changed."""
    _schedule(instance.pk)


def on_resume_entry_changed(sender, instance, **kwargs) -> None:
    """A work history, education, credential, skill or desired-occupation row changed (a row deleted because its
    seeker is being deleted is skipped: the profile goes with the seeker)."""
    from jobcenter.seekers.models import JobSeeker

    origin = kwargs.get("origin")
    if origin is not None and getattr(origin, "model", type(origin)) is JobSeeker:
        return
    _schedule(instance.seeker_id)


def on_order_saved(sender, instance, **kwargs) -> None:
    """A job order was saved: keep its requirements row and worksite position current."""
    order_index_refresh(instance)


def connect() -> None:
    """Wire the signals (called from the app config)."""
    from django.db.models.signals import post_delete, post_save

    from jobcenter.joborders.models import JobOrder
    from jobcenter.seekers.models import Credential, DesiredOccupation, Education, JobSeeker, Skill, WorkHistory

    post_save.connect(on_seeker_saved, sender=JobSeeker, dispatch_uid="matching.seeker")
    for model in (WorkHistory, Education, Credential, Skill, DesiredOccupation):
        post_save.connect(on_resume_entry_changed, sender=model, dispatch_uid=f"matching.{model.__name__}.save")
        post_delete.connect(on_resume_entry_changed, sender=model, dispatch_uid=f"matching.{model.__name__}.delete")
    post_save.connect(on_order_saved, sender=JobOrder, dispatch_uid="matching.order")
