"""The public job search and a job seeker's notification preferences through the API (issue #12)."""

import pytest

from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db


def test_anyone_searches_open_jobs_and_confidential_employers_stay_unnamed(client, personas):
    employer = make_employer(job_center=personas.center_a, name="Hidden Foods LLC")
    make_order(employer=employer, job_center=personas.center_a, title="Line Cook", confidential=True)
    make_order(employer=employer, job_center=personas.center_a, title="Dishwasher")
    make_order(employer=employer, job_center=personas.center_a, title="Old Cook", status="closed")
    body = client.get("/api/v1/jobs/search", {"q": "cook"}).json()  # no token, no session
    assert body["count"] == 1 and body["more"] is False and body["pages"] == 1
    assert [r["title"] for r in body["results"]] == ["Line Cook"]
    assert "Hidden Foods" not in str(body)
    assert client.get("/api/v1/jobs/search").json()["count"] == 2  # newest first, closed orders never


def test_bad_search_input_is_a_field_error(client):
    bad = client.get("/api/v1/jobs/search", {"radius": "0"})
    assert bad.status_code == 422
    assert client.get("/api/v1/jobs/search", {"min_wage": "-1"}).status_code == 422
    assert client.get("/api/v1/jobs/search", {"q": "x" * 201}).status_code == 422


def test_a_job_seeker_reads_and_changes_notification_preferences(client, personas):
    seeker = make_seeker(job_center=personas.center_a, user=personas.seeker_user, email="ana@example.com")
    client.force_login(personas.seeker_user)
    assert client.get("/api/v1/jobs/notifications").json()["notification_method"] == seeker.notification_method
    changed = client.put("/api/v1/jobs/notifications", {"notification_method": "none"}, content_type="application/json")
    assert changed.status_code == 200 and changed.json()["notification_method"] == "none"
    assert JobSeeker.objects.get(pk=seeker.pk).notification_method == "none"
    text = client.put("/api/v1/jobs/notifications", {"notification_method": "text"}, content_type="application/json")
    assert text.status_code == 422  # a text message needs a mobile phone
    client.force_login(personas.staff_a)
    assert client.get("/api/v1/jobs/notifications").status_code == 403
