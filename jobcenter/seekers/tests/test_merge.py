"""Merging duplicate accounts and undoing a merge (manual: Duplicate Accounts).

"In all cases when a customer has duplicate accounts, use the account with the correct Social Security
number (SSN) as the primary account." Requests name State IDs only, never the SSN.
"""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker, MergedRow, MergeRequest, Skill, WorkHistory
from jobcenter.seekers.services import (
    merge_pick_primary,
    merge_request_create,
    merge_request_dismiss,
    resume_entry_add,
    seeker_merge,
    seeker_relations,
    seeker_unmerge,
)
from jobcenter.seekers.tests.factories import make_seeker

pytestmark = pytest.mark.django_db


def _request(personas, a, b):
    return merge_request_create(actor=personas.staff_a, seeker_a=a, seeker_b=b, source="staff", note="Same person")


def _work(seeker, title):
    return resume_entry_add(
        seeker=seeker, actor=None, section="work", employer_name="Acme", title=title, start_date=dt.date(2020, 1, 1)
    )


def test_merge_moves_every_row_and_undo_moves_exactly_those_back(personas):
    keep = make_seeker(job_center=personas.center_a, ssn="123-45-6789")
    dup = make_seeker(job_center=personas.center_a)
    kept_job = _work(keep, "Welder")
    moved_job = _work(dup, "Cook")
    moved_skill = resume_entry_add(seeker=dup, actor=None, section="skill", name="Forklift")
    request = _request(personas, dup, keep)

    seeker_merge(merge_request=request, actor=personas.csu)

    request.refresh_from_db()
    dup.refresh_from_db()
    assert (request.status, request.primary, request.duplicate) == ("merged", keep, dup)
    assert (dup.is_active, dup.merged_into) == (False, keep)
    assert set(keep.work_history.all()) == {kept_job, moved_job}
    assert list(keep.skills.all()) == [moved_skill]
    lineage = {
        (r.model_label, r.field_name, r.object_pk, r.from_seeker_id, r.to_seeker_id) for r in request.moved_rows.all()
    }
    assert lineage == {
        ("seekers.WorkHistory", "seeker", str(moved_job.pk), dup.pk, keep.pk),
        ("seekers.Skill", "seeker", str(moved_skill.pk), dup.pk, keep.pk),
    }
    entry = AuditEntry.objects.get(action="seekers.merge.executed")
    assert entry.data["primary"] == keep.state_id and entry.data["duplicate"] == dup.state_id
    assert entry.data["rows_moved"] == {"seekers.Skill": 1, "seekers.WorkHistory": 1}

    # A row added to the primary after the merge stays there when the merge is undone.
    later_job = _work(keep, "Driver")
    seeker_unmerge(merge_request=request, actor=personas.csu)

    request.refresh_from_db()
    dup.refresh_from_db()
    assert request.status == "undone"
    assert (dup.is_active, dup.merged_into) == (True, None)
    assert set(keep.work_history.all()) == {kept_job, later_job}
    assert list(dup.work_history.all()) == [moved_job]
    assert list(dup.skills.all()) == [moved_skill]
    assert AuditEntry.objects.get(action="seekers.merge.undone").data["rows_moved_back"] == 2


def test_the_portal_user_follows_the_merge_and_comes_back_on_undo(personas):
    keep = make_seeker(ssn="123-45-6789")
    dup = make_seeker(user=personas.seeker_user)
    request = _request(personas, keep, dup)
    seeker_merge(merge_request=request, actor=personas.admin)
    keep.refresh_from_db()
    assert keep.user == personas.seeker_user
    seeker_unmerge(merge_request=request, actor=personas.admin)
    keep.refresh_from_db()
    dup.refresh_from_db()
    assert (keep.user, dup.user) == (None, personas.seeker_user)


def test_when_both_have_portal_users_the_duplicates_login_is_switched_off_until_undo(client, personas):
    keep = make_seeker(ssn="123-45-6789", user=personas.seeker_user)
    dup = make_seeker(user=personas.other_seeker_user)
    request = _request(personas, keep, dup)
    seeker_merge(merge_request=request, actor=personas.admin)
    personas.other_seeker_user.refresh_from_db()
    assert personas.other_seeker_user.is_active is False
    signin = client.post("/accounts/login/", {"username": "other_seeker_user", "password": "x-persona-pass-1"})
    assert signin.status_code == 200 and "_auth_user_id" not in client.session
    assert AuditEntry.objects.get(action="seekers.merge.executed").data["deactivated_portal_user"] is True
    seeker_unmerge(merge_request=request, actor=personas.admin)
    personas.other_seeker_user.refresh_from_db()
    assert personas.other_seeker_user.is_active is True
    dup.refresh_from_db()
    assert dup.user == personas.other_seeker_user and dup.is_active


def _pair(ssn_a, ssn_b):
    a = make_seeker(ssn=ssn_a)
    b = make_seeker(ssn=ssn_b)
    return a, b


PRIMARY_CASES = [
    ("only the second has an SSN: it is primary", None, "234-56-7890", None, False, "b"),
    ("only the first has an SSN: it is primary", "123-45-6789", None, None, False, "a"),
    (
        "the reviewer cannot pick the record without an SSN",
        "123-45-6789",
        None,
        "b",
        False,
        constants.MERGE_PRIMARY_LACKS_SSN,
    ),
    ("neither has an SSN: the older record", None, None, None, False, "a"),
    ("neither has an SSN: the reviewer may pick", None, None, "b", False, "b"),
    ("same SSN on both: the reviewer may pick", "123-45-6789", "123-45-6789", "b", True, "b"),
    (
        "different SSNs without a choice are refused",
        "123-45-6789",
        "234-56-7890",
        None,
        False,
        constants.MERGE_DIFFERENT_SSNS,
    ),
    (
        "different SSNs with a choice but no confirmation are refused",
        "123-45-6789",
        "234-56-7890",
        "b",
        False,
        constants.MERGE_DIFFERENT_SSNS,
    ),
    ("different SSNs with a confirmed choice", "123-45-6789", "234-56-7890", "b", True, "b"),
]


@pytest.mark.parametrize(
    ("case", "ssn_a", "ssn_b", "chosen", "confirm", "expected"), PRIMARY_CASES, ids=[c[0] for c in PRIMARY_CASES]
)
def test_the_account_with_the_correct_ssn_is_primary(case, ssn_a, ssn_b, chosen, confirm, expected):
    a, b = _pair(ssn_a, ssn_b)
    pick = {"a": a, "b": b}.get(chosen)
    if expected in ("a", "b"):
        primary, duplicate = merge_pick_primary(a=a, b=b, chosen=pick, confirm_different_ssns=confirm)
        assert (primary, duplicate) == ((a, b) if expected == "a" else (b, a))
    else:
        with pytest.raises(ValidationError) as exc:
            merge_pick_primary(a=a, b=b, chosen=pick, confirm_different_ssns=confirm)
        assert exc.value.message_dict["primary"] == [expected]


def test_a_refused_merge_changes_nothing(personas):
    a, b = _pair("123-45-6789", "234-56-7890")
    _work(b, "Cook")
    request = _request(personas, a, b)
    with pytest.raises(ValidationError):
        seeker_merge(merge_request=request, actor=personas.csu)
    request.refresh_from_db()
    b.refresh_from_db()
    assert request.status == "pending" and b.is_active and b.work_history.count() == 1
    assert not MergedRow.objects.exists()


def test_staff_can_request_but_only_csu_and_admin_can_merge(personas):
    a, b = make_seeker(), make_seeker()
    request = _request(personas, a, b)
    for persona in ("staff_a", "supervisor_a", "regional_a", "wpc", "seeker_user"):
        with pytest.raises(PermissionDenied):
            seeker_merge(merge_request=request, actor=personas.users[persona])
    with pytest.raises(PermissionDenied):
        merge_request_create(actor=personas.analyst, seeker_a=a, seeker_b=b, source="staff")


@pytest.mark.parametrize(
    ("case", "setup", "message"),
    [
        ("a record with itself", "same", constants.MERGE_SAME_RECORD),
        ("a record already merged", "inactive", constants.MERGE_NOT_ACTIVE),
        ("a pair already waiting for review", "twice", constants.MERGE_REQUEST_EXISTS),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_merge_requests_that_make_no_sense_are_refused(personas, case, setup, message):
    a, b = make_seeker(), make_seeker()
    if setup == "same":
        b = a
    if setup == "inactive":
        JobSeeker.objects.filter(pk=b.pk).update(is_active=False)
        b.refresh_from_db()
    if setup == "twice":
        _request(personas, b, a)
    with pytest.raises(ValidationError) as exc:
        _request(personas, a, b)
    assert exc.value.messages == [message]


def test_a_dismissed_request_cannot_be_merged_and_a_pending_one_cannot_be_undone(personas):
    a, b = make_seeker(), make_seeker()
    request = _request(personas, a, b)
    with pytest.raises(ValidationError) as exc:
        seeker_unmerge(merge_request=request, actor=personas.csu)
    assert exc.value.messages == [constants.UNMERGE_NOT_MERGED]
    merge_request_dismiss(merge_request=request, actor=personas.csu, note="Twins")
    with pytest.raises(ValidationError) as exc:
        seeker_merge(merge_request=request, actor=personas.csu)
    assert exc.value.messages == [constants.MERGE_NOT_PENDING]
    assert MergeRequest.objects.get().decision_note == "Twins"


def test_every_model_pointing_at_a_job_seeker_is_moved_by_a_merge():
    from django.apps import apps

    expected = {
        (m._meta.label, f.name)
        for m in apps.get_models()
        for f in m._meta.fields
        if f.is_relation
        and f.related_model is JobSeeker
        and m._meta.label not in {"seekers.MergeRequest", "seekers.MergedRow", "seekers.JobSeeker"}
        and not getattr(m, "merge_derived", False)  # derived indexes are rebuilt after a merge, not moved
    }
    found = {(m._meta.label, f) for m, f, _ in seeker_relations()}
    assert expected <= found
    assert ("seekers.WorkHistory", "seeker") in found
    assert not any(label.startswith("seekers.Merge") for label, _ in found)


def test_merge_audit_names_state_ids_never_ssns(personas):
    keep = make_seeker(ssn="123-45-6789")
    dup = make_seeker(ssn="123-45-6789")
    request = _request(personas, keep, dup)
    seeker_merge(merge_request=request, actor=personas.csu, primary=keep, note="Checked ID")
    data = str(AuditEntry.objects.filter(action__startswith="seekers.merge.").values_list("data", flat=True))
    assert "6789" not in data and "123456789" not in data
    assert Skill.objects.count() == 0 and WorkHistory.objects.count() == 0


def test_the_queue_scan_finds_shared_ssns_and_model_matches_but_not_dismissed_pairs(personas):
    from jobcenter.seekers.services import merge_requests_from_linkage

    a = make_seeker(ssn="123-45-6789")
    b = make_seeker(ssn="123-45-6789", given_name="Other", surname="Name")
    c = make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12), phone="816-555-0123")
    d = make_seeker(given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12), phone="816-555-0123")
    assert merge_requests_from_linkage() == 2
    pairs = {frozenset((r.seeker_a_id, r.seeker_b_id)): r for r in MergeRequest.objects.all()}
    assert set(pairs) == {frozenset((a.pk, b.pk)), frozenset((c.pk, d.pk))}
    assert pairs[frozenset((a.pk, b.pk))].match_probability == 1.0
    merge_request_dismiss(merge_request=pairs[frozenset((a.pk, b.pk))], actor=personas.csu, note="Twins")
    assert merge_requests_from_linkage() == 0
    assert MergeRequest.objects.count() == 2


def test_a_one_to_one_row_on_both_records_stops_the_merge(personas, monkeypatch):
    """Simulated by declaring the work-history link one-to-one: both records have a row, so the merge must
    refuse rather than leave one behind or overwrite it."""
    from jobcenter.seekers import services

    keep = make_seeker(ssn="123-45-6789")
    dup = make_seeker()
    _work(keep, "Welder")
    _work(dup, "Cook")
    monkeypatch.setattr(services, "seeker_relations", lambda: [(WorkHistory, "seeker", True)])
    request = _request(personas, keep, dup)
    with pytest.raises(ValidationError) as exc:
        seeker_merge(merge_request=request, actor=personas.csu)
    assert exc.value.messages == [constants.MERGE_ONE_TO_ONE_CONFLICT.format(model="work history")]
    dup.refresh_from_db()
    assert dup.is_active and dup.work_history.count() == 1 and not MergedRow.objects.exists()


def test_editing_a_record_into_a_match_queues_the_pair_for_review_once(personas):
    from jobcenter.seekers.models import MergeRequest
    from jobcenter.seekers.services import seeker_update_profile

    original = make_seeker(
        given_name="Lorraine",
        surname="Castellanos",
        date_of_birth=dt.date(1979, 6, 2),
        email="lcastellanos@example.com",
    )
    other = make_seeker(given_name="Laura", surname="Smith", date_of_birth=dt.date(1990, 1, 1))
    seeker_update_profile(seeker=other, actor=personas.staff_a, notification_method="none", email="")
    assert not MergeRequest.objects.exists()  # nothing that looks like anyone else
    seeker_update_profile(
        seeker=other,
        actor=personas.staff_a,
        given_name="Lorraine",
        surname="Castellanos",
        date_of_birth=dt.date(1979, 6, 2),
        email="lcastellanos@example.com",
        notification_method="email",
    )
    request = MergeRequest.objects.get()
    assert {request.seeker_a_id, request.seeker_b_id} == {original.pk, other.pk}
    assert request.reasons[0] == "Found after a profile edit"
    seeker_update_profile(seeker=other, actor=personas.staff_a, city="Independence")
    assert MergeRequest.objects.count() == 1  # a later edit re-checks, but a pair already queued is not queued twice
    entry = AuditEntry.objects.filter(action="seekers.seeker.updated").order_by("-id")[1]
    assert entry.data["duplicates_queued"] == 1
