"""Saving, renaming and removing a job seeker's saved searches (docs/adr/0044).

What is stored is exactly the public job search form's validated fields (``joborders.search_forms.JobSearchForm``),
as text, empty ones left out: running a saved search re-validates them with the same form, so the search, its link
and its notices all mean what the search page means. A person keeps at most ``MAX_PER_SEEKER`` saved searches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.joborders.search_forms import JobSearchForm
from jobcenter.savedsearches.models import Frequency, SavedSearch

MAX_PER_SEEKER = 10
NAME_MAX = 80
FIELDS = ("q", "place", "radius", "occupation", "min_wage", "employment_type", "posted")
LIMIT_REACHED = (
    f"You already have {MAX_PER_SEEKER} saved searches, the most you can keep. Delete one you no longer need on "
    "Saved searches, then save this one."
)
ALREADY_SAVED = "You already saved this search as “{name}”."
NAME_REQUIRED = "Give the search a name."
NAME_TOO_LONG = f"Use at most {NAME_MAX} characters for the name."
NOTHING_TO_SAVE = "Fill in at least one box of the search before saving it."


def criteria_from_form(form: JobSearchForm) -> dict[str, str]:
    """The validated fields of a search form (call after ``is_valid()``), as text, empty ones left out. The
    distance is kept only with a place (it means nothing without one)."""
    d = form.cleaned_data
    out: dict[str, str] = {}
    for name in FIELDS:
        value = d.get(name)
        if value is None or value == "":
            continue
        out[name] = str(value).strip()
    if "place" not in out:
        out.pop("radius", None)
    return {k: v for k, v in out.items() if v}


def search_form(criteria: dict) -> JobSearchForm:
    """The search form bound to stored criteria (only the form's own fields are read)."""
    return JobSearchForm({k: str(v) for k, v in (criteria or {}).items() if k in FIELDS})


def criteria_query(criteria: dict) -> str:
    """The query string of the search page for ``criteria`` (the link that runs the saved search)."""
    return urlencode([(k, criteria[k]) for k in FIELDS if criteria.get(k)])


def default_name(criteria: dict) -> str:
    """A first name for a saved search, from what was searched: "forklift near 64106"."""
    what = criteria.get("q") or criteria.get("occupation") or "Open jobs"
    where = criteria.get("place")
    name = f"{what} near {where}" if where else what
    return name[:NAME_MAX]


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": NAME_REQUIRED})
    if len(name) > NAME_MAX:
        raise ValidationError({"name": NAME_TOO_LONG})
    return name


@transaction.atomic
def saved_search_create(*, seeker, criteria: dict, actor, name: str = "", frequency: str = Frequency.WEEKLY):
    """Save a search for ``seeker``. Refused (``ValidationError`` with plain words) at ``MAX_PER_SEEKER``, when
    the same criteria are already saved, or when nothing was searched for."""
    from jobcenter.seekers.models import JobSeeker

    form = search_form(criteria)
    if not form.is_valid():
        raise ValidationError(form.errors)
    criteria = criteria_from_form(form)
    if not criteria:
        raise ValidationError(NOTHING_TO_SAVE)
    JobSeeker.objects.select_for_update().filter(pk=seeker.pk).first()  # one save at a time per person
    mine = SavedSearch.objects.filter(seeker=seeker)
    same = next((s for s in mine if s.criteria == criteria), None)
    if same is not None:
        raise ValidationError(ALREADY_SAVED.format(name=same.name))
    if mine.count() >= MAX_PER_SEEKER:
        raise ValidationError(LIMIT_REACHED)
    if frequency not in Frequency.values:
        frequency = Frequency.WEEKLY
    now = clock.now()
    saved = SavedSearch.objects.create(
        seeker=seeker,
        name=clean_name(name or default_name(criteria)),
        criteria=criteria,
        frequency=frequency,
        created_at=now,
        checked_through=now,
    )
    audit_log(action="savedsearches.search.saved", actor=actor, obj=saved, data={"frequency": frequency})
    return saved


@transaction.atomic
def saved_search_update(*, saved_search: SavedSearch, actor, name: str, frequency: str) -> SavedSearch:
    """Rename a saved search or change how often its notices come. Notices turned back on cover only jobs put
    online from now on (not everything since they were stopped)."""
    if frequency not in Frequency.values:
        raise ValidationError({"frequency": "Choose how often we tell you."})
    saved_search.name = clean_name(name)
    if saved_search.frequency == Frequency.NEVER and frequency != Frequency.NEVER:
        saved_search.checked_through = clock.now()
    saved_search.frequency = frequency
    saved_search.save(update_fields=["name", "frequency", "checked_through"])
    audit_log(action="savedsearches.search.changed", actor=actor, obj=saved_search, data={"frequency": frequency})
    return saved_search


def saved_search_stop(*, saved_search: SavedSearch, actor) -> bool:
    """Stop a saved search's notices (the search is kept). False when they were already stopped."""
    changed = (
        SavedSearch.objects.filter(pk=saved_search.pk)
        .exclude(frequency=Frequency.NEVER)
        .update(frequency=Frequency.NEVER)
    )
    saved_search.frequency = Frequency.NEVER
    if changed:
        audit_log(action="savedsearches.search.stopped", actor=actor, obj=saved_search, data={})
    return bool(changed)


def saved_search_delete(*, saved_search: SavedSearch, actor) -> None:
    audit_log(action="savedsearches.search.deleted", actor=actor, obj=saved_search, data={})
    saved_search.delete()
