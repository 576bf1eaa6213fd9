"""Registration runs the statewide duplicate check first (manual: Verifying Accounts; Registration Requirements)."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from jobcenter.accounts.choices import Role
from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import DuplicatesFound, seeker_register, seeker_self_register
from jobcenter.seekers.tests.factories import make_seeker, registration

pytestmark = pytest.mark.django_db


def test_a_new_person_is_registered_without_warning(personas):
    seeker = seeker_register(actor=personas.staff_a, home_job_center=personas.center_a, **registration())
    assert JobSeeker.objects.get(state_id=seeker.state_id).home_job_center == personas.center_a
    assert AuditEntry.objects.filter(action="seekers.seeker.created", actor=personas.staff_a).exists()


def test_same_name_and_birth_date_in_another_center_is_a_candidate(personas):
    other = make_seeker(
        job_center=personas.center_b, given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12)
    )
    with pytest.raises(DuplicatesFound) as exc:
        seeker_register(actor=personas.staff_a, home_job_center=personas.center_a, **registration())
    [candidate] = exc.value.candidates
    assert (candidate.state_id, candidate.name, candidate.date_of_birth, candidate.home_job_center) == (
        other.state_id,
        "Dana Rivera",
        dt.date(1990, 4, 12),
        "Center B",
    )
    assert not hasattr(candidate, "ssn_last4")
    assert JobSeeker.objects.count() == 1


def test_same_ssn_under_another_name_is_a_candidate(personas):
    other = make_seeker(job_center=personas.center_a, ssn="123-45-6789")
    with pytest.raises(DuplicatesFound) as exc:
        seeker_register(actor=personas.staff_a, ssn="123456789", **registration())
    assert [c.state_id for c in exc.value.candidates] == [other.state_id]
    assert "Same Social Security number" in exc.value.candidates[0].reasons


def test_a_different_person_born_the_same_day_is_not_a_candidate(personas):
    make_seeker(
        given_name="Maria",
        surname="Okafor",
        date_of_birth=dt.date(1990, 4, 12),
        address_1="9 Elm Ave",
        city="Joplin",
        postcode="64801",
    )
    assert seeker_register(actor=personas.staff_a, **registration()).pk


def test_the_duplicate_model_flags_a_typo_in_the_birth_date(personas):
    """Same name, email and address, birth date one day off: the probabilistic model (seekers.linkage) finds it."""
    other = make_seeker(
        given_name="Dana",
        surname="Rivera",
        date_of_birth=dt.date(1990, 4, 13),
        email="dana.rivera@example.com",
        phone="816-555-0123",
    )
    with pytest.raises(DuplicatesFound) as exc:
        seeker_register(actor=personas.staff_a, **registration())
    [candidate] = exc.value.candidates
    assert candidate.state_id == other.state_id
    assert candidate.match_probability is not None and candidate.match_probability >= 0.5


def test_merged_records_are_not_offered_as_candidates(personas):
    old = make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12))
    JobSeeker.objects.filter(pk=old.pk).update(is_active=False)
    assert seeker_register(actor=personas.staff_a, **registration()).pk


def test_staff_may_proceed_with_a_reason_and_it_is_audited(personas):
    other = make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12))
    seeker = seeker_register(actor=personas.staff_a, proceed_reason="Different person, checked ID", **registration())
    entry = AuditEntry.objects.get(action="seekers.seeker.registered_despite_duplicates")
    assert entry.actor == personas.staff_a
    assert entry.data == {
        "reason": "Different person, checked ID",
        "self_service": False,
        "candidates": [other.state_id],
    }
    assert entry.object_id == str(seeker.pk)


def test_a_blank_reason_does_not_count(personas):
    make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12))
    with pytest.raises(DuplicatesFound):
        seeker_register(actor=personas.staff_a, proceed_reason="   ", **registration())


def test_self_registration_creates_a_job_seeker_user_and_record(db):
    seeker = seeker_self_register(username="dana90", password="a-Long-pass-2026", **registration())
    assert seeker.user.username == "dana90"
    assert seeker.user.role == Role.JOB_SEEKER
    assert seeker.user.check_password("a-Long-pass-2026")


def test_self_registration_with_a_taken_username_saves_nothing(personas):
    with pytest.raises(ValidationError) as exc:
        seeker_self_register(username="staff_a", password="a-Long-pass-2026", **registration(phone="1"))
    assert "username" in exc.value.message_dict
    assert exc.value.message_dict["phone"] == [constants.PHONE_INVALID]
    assert not JobSeeker.objects.exists()


def test_self_registration_never_reveals_a_match_and_queues_a_review(db):
    other = make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12))
    seeker = seeker_self_register(username="dana90", password="a-Long-pass-2026", **registration())
    request = MergeRequest.objects.get()
    assert {request.seeker_a, request.seeker_b} == {seeker, other}
    assert request.source == "registration"
