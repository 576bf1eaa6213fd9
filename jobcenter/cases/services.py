"""Writes for cases: enrollments, services, events, case notes, survey notices, exits.

Every function is keyword-only, validates with ``full_clean()`` before saving and audits what people do.
Rules (participation, exit) live in ``rules.py``; the facts they need are read by ``selectors.py``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.cases import constants
from jobcenter.cases.choices import NoteKind
from jobcenter.cases.models import CaseNote, EmployerCaseNote, NoteTemplate
from jobcenter.core import clock
from jobcenter.core.audit import audit_log


@transaction.atomic
def case_note_add(
    *,
    actor,
    seeker=None,
    employer=None,
    body: str,
    kind: str = NoteKind.GENERAL,
    template: NoteTemplate | None = None,
    addendum_to: CaseNote | EmployerCaseNote | None = None,
) -> CaseNote | EmployerCaseNote:
    """Append a case note to a job seeker's or an employer's journal (manual: Case Notes & Services, Employer
    Case Notes & Services — "enter case notes ... upon interaction").

    Notes are never edited or deleted; a correction is a new note with ``addendum_to`` set to the note it
    corrects (kind ``addendum``). Returns a ``CaseNote`` (seeker) or ``EmployerCaseNote`` (employer).
    """
    if (seeker is None) == (employer is None):
        raise ValidationError(constants.NOTE_TARGET)
    body = (body or "").strip()
    if not body and template is not None:
        body = template.body.strip()
    if not body:
        raise ValidationError({"body": constants.NOTE_EMPTY})
    if addendum_to is not None:
        same = (seeker is not None and isinstance(addendum_to, CaseNote) and addendum_to.seeker_id == seeker.pk) or (
            employer is not None
            and isinstance(addendum_to, EmployerCaseNote)
            and addendum_to.employer_id == employer.pk
        )
        if not same:
            raise ValidationError(constants.ADDENDUM_TARGET)
        kind = NoteKind.ADDENDUM
    common = {
        "kind": kind,
        "body": body,
        "template": template,
        "author": actor if getattr(actor, "pk", None) else None,
        "author_label": getattr(actor, "display_name", None) or "system",
        "created_at": clock.now(),
        "addendum_to": addendum_to,
    }
    note = CaseNote(seeker=seeker, **common) if seeker is not None else EmployerCaseNote(employer=employer, **common)
    note.full_clean()
    note.save()
    audit_log(
        action="cases.note.created" if seeker is not None else "cases.employer_note.created",
        actor=actor,
        obj=note,
        data={"kind": kind, "addendum_to": addendum_to.pk if addendum_to else None},
    )
    return note
