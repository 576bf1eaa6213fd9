"""Issue #10, identity data: no SSN enumeration at registration, a second record with an SSN on file only as
pending CSU review (portal, staff, API), duplicate screens reduced outside the caller's scope, neutral
"report a duplicate" answers, and the registration throttle."""

import datetime as dt

import pytest
from django.urls import reverse

from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import merge_request_dismiss
from jobcenter.seekers.tests.factories import make_seeker, registration

pytestmark = pytest.mark.django_db

SSN = "123-45-6789"


def _portal_form(**overrides):
    data = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in registration().items()}
    data.update(authorized_to_work="on", username="newperson1", password="a-Long-pass-2026", **overrides)
    return data


def _staff_form(personas, **overrides):
    data = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in registration().items()}
    data.update(authorized_to_work="on", home_job_center=personas.center_a.pk, **overrides)
    return data


def test_portal_registration_with_an_ssn_on_file_reveals_nothing_and_goes_to_the_csu_queue(client, personas):
    existing = make_seeker(job_center=personas.center_b, ssn=SSN, given_name="Orla", surname="Keane")
    response = client.post(
        reverse("portal:seeker-register"), _portal_form(home_job_center=personas.center_a.pk, ssn=SSN)
    )
    html = response.content.decode()
    assert response.status_code == 200 and "We need to check your details" in html
    for leak in ("Center B", "Orla", "Keane", existing.state_id, "already have an account", "6789"):
        assert leak not in html
    new = JobSeeker.objects.exclude(pk=existing.pk).get()
    assert new.identity_review_pending and new.user.username == "newperson1"
    request = MergeRequest.objects.get(status="pending")
    assert {request.seeker_a_id, request.seeker_b_id} == {new.pk, existing.pk}
    assert request.source == "registration" and "Same Social Security number" in request.reasons


def test_portal_registration_without_a_match_is_welcomed_as_usual(client, personas):
    make_seeker(job_center=personas.center_b, ssn=SSN)
    response = client.post(
        reverse("portal:seeker-register"), _portal_form(home_job_center=personas.center_a.pk, ssn="234-56-7890")
    )
    assert response.status_code == 302 and response["Location"] == reverse("portal:seeker-resume")
    assert not MergeRequest.objects.exists()
    assert not JobSeeker.objects.get(user__username="newperson1").identity_review_pending


def test_staff_registration_with_an_ssn_on_file_is_pending_review_and_queued(client, personas):
    existing = make_seeker(job_center=personas.center_a, ssn=SSN)
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-register")
    first = client.post(url, _staff_form(personas, ssn=SSN))
    assert first.status_code == 200 and existing.state_id in first.content.decode()
    second = client.post(url, _staff_form(personas, ssn=SSN, proceed_reason="Person says the other is a relative"))
    assert second.status_code == 302
    new = JobSeeker.objects.exclude(pk=existing.pk).get()
    assert new.identity_review_pending
    assert MergeRequest.objects.filter(status="pending", seeker_a=new, seeker_b=existing).exists()
    page = client.get(reverse("staff:seeker-detail", args=[new.state_id])).content.decode()
    assert constants.IDENTITY_REVIEW_PENDING in page


def test_api_registration_with_an_ssn_on_file_queues_for_csu_and_shows_only_state_id_and_birth_year(client, personas):
    existing = make_seeker(
        job_center=personas.center_b, ssn=SSN, given_name="Orla", surname="Keane", date_of_birth=dt.date(1971, 3, 9)
    )
    client.force_login(personas.staff_a)
    payload = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in registration(ssn=SSN).items()}
    dup = client.post("/api/v1/seekers/", payload, content_type="application/json")
    assert dup.status_code == 409
    (candidate,) = dup.json()["candidates"]
    assert candidate == {
        "state_id": existing.state_id,
        "name": "",
        "date_of_birth": None,
        "birth_year": 1971,
        "home_job_center": "",
        "in_scope": False,
        "reasons": ["Same Social Security number"],
    }
    created = client.post(
        "/api/v1/seekers/", {**payload, "proceed_reason": "Checked documents"}, content_type="application/json"
    )
    assert created.status_code == 201
    new = JobSeeker.objects.get(state_id=created.json()["state_id"])
    assert new.identity_review_pending
    assert MergeRequest.objects.filter(status="pending", seeker_a=new, seeker_b=existing).exists()


def test_in_scope_candidates_keep_their_details(client, personas):
    make_seeker(job_center=personas.center_a, given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12))
    client.force_login(personas.staff_a)
    html = client.post(reverse("staff:seeker-register"), _staff_form(personas)).content.decode()
    assert "Center A" in html and "1990-04-12" in html and "Dana Rivera" in html


def test_dismissing_the_pair_clears_the_pending_identity_check(personas):
    existing = make_seeker(job_center=personas.center_a, ssn=SSN)
    from jobcenter.seekers.services import seeker_register

    new = seeker_register(
        actor=personas.staff_a,
        ssn=SSN,
        proceed_reason="Different person",
        home_job_center=personas.center_a,
        **registration(),
    )
    assert new.identity_review_pending
    merge_request_dismiss(merge_request=MergeRequest.objects.get(), actor=personas.csu, note="Twins")
    new.refresh_from_db()
    existing.refresh_from_db()
    assert not new.identity_review_pending and not existing.identity_review_pending


@pytest.mark.parametrize("target", ["exists", "missing"])
def test_reporting_a_duplicate_outside_scope_answers_the_same_whether_the_state_id_exists(client, personas, target):
    mine = make_seeker(job_center=personas.center_a)
    theirs = make_seeker(job_center=personas.center_b)
    other_id = theirs.state_id if target == "exists" else "MO0000000001"
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-report-duplicate", args=[mine.state_id])
    response = client.post(url, {"other_state_id": other_id, "note": "Same phone"}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert constants.DUPLICATE_REPORT_PASSED_ON in html and constants.MERGE_UNKNOWN_STATE_ID not in html
    assert MergeRequest.objects.filter(status="pending").count() == (1 if target == "exists" else 0)
    assert AuditEntry.objects.filter(action="seekers.merge.reported_outside_scope").count() == 1


def test_self_registration_is_throttled_per_ip_address(client, personas, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REGISTRATION_LIMIT_PER_HOUR = 2
    url = reverse("portal:seeker-register")
    codes = [client.post(url, {"username": f"u{i}", "password": "x"}).status_code for i in range(3)]
    assert codes == [200, 200, 429]
    assert "too many attempts" in client.post(url, {"username": "u9"}).content.decode()
    cache.clear()


def test_self_registration_is_throttled_per_ssn_across_addresses(client, personas, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REGISTRATION_LIMIT_PER_HOUR = 2
    url = reverse("portal:seeker-register")
    codes = [
        client.post(url, {"username": f"u{i}", "ssn": SSN}, REMOTE_ADDR=f"10.0.0.{i}").status_code for i in range(3)
    ]
    assert codes == [200, 200, 429]
    cache.clear()
