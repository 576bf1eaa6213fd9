"""Case notes are an append-only journal on job seekers and employers (manual: Case Notes & Services)."""

import pytest
from django.core.exceptions import ValidationError

from jobcenter.cases import constants
from jobcenter.cases.models import CaseNote, EmployerCaseNote, NoteTemplate
from jobcenter.cases.services import case_note_add
from jobcenter.cases.tests.factories import make_employer, make_seeker
from jobcenter.core.models import AuditEntry


def test_a_note_on_a_job_seeker_is_kept_and_audited(personas):
    seeker = make_seeker(job_center=personas.center_a)
    note = case_note_add(actor=personas.staff_a, seeker=seeker, body="Called about the forklift job.")
    assert isinstance(note, CaseNote)
    assert note.author == personas.staff_a
    assert AuditEntry.objects.filter(action="cases.note.created", object_id=str(note.pk)).exists()


def test_a_note_on_an_employer_is_an_employer_case_note(personas):
    employer = make_employer(job_center=personas.center_a)
    note = case_note_add(actor=personas.staff_a, employer=employer, body="Took a job order by phone.", kind="job_order")
    assert isinstance(note, EmployerCaseNote)
    assert note.kind == "job_order"


def test_a_note_cannot_be_edited_or_deleted(personas):
    seeker = make_seeker(job_center=personas.center_a)
    note = case_note_add(actor=personas.staff_a, seeker=seeker, body="First version")
    note.body = "Changed"
    with pytest.raises(PermissionError):
        note.save()
    with pytest.raises(PermissionError):
        note.delete()
    with pytest.raises(PermissionError):
        CaseNote.objects.filter(pk=note.pk).update(body="x")
    with pytest.raises(PermissionError):
        CaseNote.objects.filter(pk=note.pk).delete()
    assert CaseNote.objects.get(pk=note.pk).body == "First version"


def test_a_correction_is_an_addendum_on_the_same_record(personas):
    seeker = make_seeker(job_center=personas.center_a)
    other = make_seeker(job_center=personas.center_a)
    note = case_note_add(actor=personas.staff_a, seeker=seeker, body="Has a CDL-B")
    addendum = case_note_add(actor=personas.staff_a, seeker=seeker, body="Correction: CDL-A", addendum_to=note)
    assert addendum.kind == "addendum"
    assert list(note.addenda.all()) == [addendum]
    with pytest.raises(ValidationError) as exc:
        case_note_add(actor=personas.staff_a, seeker=other, body="wrong person", addendum_to=note)
    assert constants.ADDENDUM_TARGET in str(exc.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"body": "   "}, constants.NOTE_EMPTY),
        ({"body": "x", "employer": "EMPLOYER"}, constants.NOTE_TARGET),
    ],
    ids=["an empty note is refused", "a note on both a person and an employer is refused"],
)
def test_bad_notes_are_refused_with_a_clear_message(personas, kwargs, message):
    seeker = make_seeker(job_center=personas.center_a)
    if kwargs.get("employer") == "EMPLOYER":
        kwargs["employer"] = make_employer(job_center=personas.center_a)
    with pytest.raises(ValidationError) as exc:
        case_note_add(actor=personas.staff_a, seeker=seeker, **kwargs)
    assert message in str(exc.value)


def test_a_note_template_fills_an_empty_body(personas):
    seeker = make_seeker(job_center=personas.center_a)
    template = NoteTemplate.objects.get(name="Phone contact")
    note = case_note_add(actor=personas.staff_a, seeker=seeker, body="", template=template)
    assert note.body.startswith("Called customer")
    assert note.template == template
