"""Classifying a person by every applicable O*NET-SOC code (manual, Job Seekers - Service Policy), and staff
corrections that the coder never overwrites (ADR 0028).

``classification_refresh(seeker)`` codes the work-history and desired-occupation titles entered without a code and
keeps the coder's rows in step with them; it runs whenever the match index refreshes the person (every change of
the profile or résumé). ``occupation_replace`` / ``occupation_reject`` / ``occupation_add`` are the staff
corrections: audited, and kept (``source=staff``) however the résumé changes later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.core.audit import audit_log
from jobcenter.occupations.models import Occupation
from jobcenter.occupations.selectors import normalize_onet_code
from jobcenter.seekers.models import JobSeeker, OccupationSource, SeekerOccupation

MIN_CONFIDENCE = 0.2  # the coder's best code for a title is kept from this confidence up
SECOND_MIN_CONFIDENCE = 0.35  # its second code too, when the title sits between two occupations
UNKNOWN_CODE = "Choose an occupation from the list (O*NET-SOC code NN-NNNN.NN)."


@dataclass
class Classification:
    """The person's coder and staff rows, and the work periods behind each coder code (for months of experience)."""

    rows: list[SeekerOccupation]
    periods: dict[str, list[tuple[dt.date | None, dt.date | None]]] = field(default_factory=dict)


def _uncoded_entries(seeker: JobSeeker) -> list[tuple[str, str, str, tuple | None]]:
    """(title, description, basis, work period) of each résumé title entered without a code."""
    entries = []
    for w in seeker.work_history.all():
        if not w.onet_soc_code and w.title.strip():
            entries.append((w.title, w.duties or "", f"Work history: {w.title}", (w.start_date, w.end_date)))
    for d in seeker.desired_occupations.all():
        if not d.onet_soc_code and d.title.strip():
            entries.append((d.title, "", f"Desired occupation: {d.title}", None))
    return entries


def coder_codes(entries) -> tuple[dict[str, tuple[float, str, str]], dict[str, list]] | None:
    """code -> (confidence, occupation title, basis) for the entries, and the work periods of each code; None when
    no O*NET data is imported (nothing can be coded)."""
    from jobcenter.occupations.coder_index import get_coder

    coder = get_coder(required=False)
    if coder is None:
        return None
    wanted: dict[str, tuple[float, str, str]] = {}
    periods: dict[str, list] = {}
    if not entries:
        return wanted, periods
    results = coder.code_many([e[0] for e in entries], top=2, descriptions=[e[1] for e in entries])
    for (_, _, basis, period), suggestions in zip(entries, results, strict=True):
        for rank, s in enumerate(suggestions[:2]):
            if s.confidence < (MIN_CONFIDENCE if rank == 0 else SECOND_MIN_CONFIDENCE):
                continue
            if s.code not in wanted or wanted[s.code][0] < s.confidence:
                wanted[s.code] = (s.confidence, s.title, basis)
            if period:
                periods.setdefault(s.code, []).append(period)
    return wanted, periods


def classification_refresh(seeker: JobSeeker) -> Classification:
    """Bring the coder's rows in line with the résumé (staff rows are left as they are)."""
    rows = {r.code: r for r in SeekerOccupation.objects.filter(seeker=seeker)}
    entries = _uncoded_entries(seeker)
    coded = coder_codes(entries) if entries or any(r.source == OccupationSource.CODER for r in rows.values()) else None
    if coded is None:
        return Classification(rows=list(rows.values()))
    wanted, periods = coded
    stale = [r.pk for code, r in rows.items() if r.source == OccupationSource.CODER and code not in wanted]
    if stale:
        SeekerOccupation.objects.filter(pk__in=stale).delete()
        rows = {c: r for c, r in rows.items() if r.pk not in stale}
    for code, (confidence, title, basis) in wanted.items():
        row = rows.get(code)
        if row is None:
            rows[code] = SeekerOccupation.objects.create(
                seeker=seeker, code=code, title=title, confidence=confidence, basis=basis[:250]
            )
        elif row.source == OccupationSource.CODER and (row.confidence, row.basis) != (confidence, basis[:250]):
            row.confidence, row.basis, row.title = confidence, basis[:250], title
            row.save(update_fields=["confidence", "basis", "title", "updated_at"])
    return Classification(rows=list(rows.values()), periods=periods)


def _occupation(code: str) -> Occupation:
    occ = Occupation.objects.filter(code=normalize_onet_code(code)).first()
    if occ is None:
        raise ValidationError({"code": UNKNOWN_CODE})
    return occ


def _refresh_index(seeker: JobSeeker) -> None:
    from jobcenter.matching.index import profile_refresh

    profile_refresh(seeker)


@transaction.atomic
def occupation_replace(
    *, actor, seeker: JobSeeker, row: SeekerOccupation, code: str, note: str = ""
) -> SeekerOccupation:
    """Staff replace a code with another: the old one no longer applies, the new one is set by staff."""
    occ = _occupation(code)
    if occ.code == row.code:
        raise ValidationError({"code": "Choose a different occupation, or leave this one as it is."})
    row.source, row.applies, row.set_by, row.note = OccupationSource.STAFF, False, actor, note[:300]
    row.save(update_fields=["source", "applies", "set_by", "note", "updated_at"])
    new = _set_staff(actor=actor, seeker=seeker, occ=occ, note=note, basis=f"Corrected from {row.code} {row.title}")
    audit_log(
        action="seekers.occupation.corrected",
        actor=actor,
        obj=seeker,
        data={"from": row.code, "to": occ.code, "coder_confidence": row.confidence, "note": note[:300]},
    )
    _refresh_index(seeker)
    return new


@transaction.atomic
def occupation_reject(*, actor, seeker: JobSeeker, row: SeekerOccupation, note: str = "") -> SeekerOccupation:
    """Staff decide a code does not apply to the person (the coder will not suggest it again)."""
    row.source, row.applies, row.set_by, row.note = OccupationSource.STAFF, False, actor, note[:300]
    row.save(update_fields=["source", "applies", "set_by", "note", "updated_at"])
    audit_log(action="seekers.occupation.rejected", actor=actor, obj=seeker, data={"code": row.code, "note": note})
    _refresh_index(seeker)
    return row


@transaction.atomic
def occupation_add(*, actor, seeker: JobSeeker, code: str, note: str = "") -> SeekerOccupation:
    """Staff classify the person in one more code."""
    occ = _occupation(code)
    row = _set_staff(actor=actor, seeker=seeker, occ=occ, note=note, basis="Added by staff")
    audit_log(action="seekers.occupation.added", actor=actor, obj=seeker, data={"code": occ.code, "note": note})
    _refresh_index(seeker)
    return row


def _set_staff(*, actor, seeker, occ: Occupation, note: str, basis: str) -> SeekerOccupation:
    row, _ = SeekerOccupation.objects.update_or_create(
        seeker=seeker,
        code=occ.code,
        defaults={
            "title": occ.title,
            "source": OccupationSource.STAFF,
            "applies": True,
            "confidence": None,
            "basis": basis[:250],
            "note": note[:300],
            "set_by": actor,
        },
    )
    return row


@dataclass
class MergedCorrections:
    """What a merge did with the duplicate record's staff occupation rows (``classification_merge``)."""

    moved: list[int] = field(default_factory=list)  # primary keys moved to the primary record (merge lineage)
    moved_codes: list[str] = field(default_factory=list)
    replaced_suggestions: list[str] = field(default_factory=list)  # the primary's coder rows a staff row replaced
    left_on_duplicate: list[str] = field(default_factory=list)  # the primary already had a staff row for the code

    def audit_data(self) -> dict[str, list[str]]:
        return {
            "moved": self.moved_codes,
            "replaced_coder_suggestions": self.replaced_suggestions,
            "primary_already_set_by_staff": self.left_on_duplicate,
        }


def classification_merge(*, keep: JobSeeker, dup: JobSeeker) -> MergedCorrections:
    """Staff corrections follow the person when two records are merged (manual: Duplicate Accounts; ADR 0028).

    Each of the duplicate's staff rows (codes set, and codes staff said do not apply) moves to the primary record:
    * the primary has no row for the code: the row moves;
    * the primary has only the coder's suggestion for it: the staff decision replaces the suggestion (the
      suggestion is deleted; the coder rebuilds it after an unmerge);
    * the primary has its own staff row for the code: the primary's decision stands and the duplicate's row stays
      on the merged record (one row per code and person), named in the audit so staff can look at it.
    The moved rows are returned for the merge lineage, so undoing the merge moves exactly those back. Coder rows are
    derived and rebuilt by the match-index refresh after the merge."""
    keep_rows = {r.code: r for r in SeekerOccupation.objects.select_for_update().filter(seeker=keep)}
    out = MergedCorrections()
    replaced: list[int] = []
    for row in SeekerOccupation.objects.select_for_update().filter(seeker=dup, source=OccupationSource.STAFF):
        mine = keep_rows.get(row.code)
        if mine is not None and mine.source == OccupationSource.STAFF:
            out.left_on_duplicate.append(row.code)
            continue
        if mine is not None:
            replaced.append(mine.pk)
            out.replaced_suggestions.append(row.code)
        out.moved.append(row.pk)
        out.moved_codes.append(row.code)
    if replaced:
        SeekerOccupation.objects.filter(pk__in=replaced).delete()
    if out.moved:
        SeekerOccupation.objects.filter(pk__in=out.moved).update(seeker=keep)
    for codes in (out.moved_codes, out.replaced_suggestions, out.left_on_duplicate):
        codes.sort()
    return out
