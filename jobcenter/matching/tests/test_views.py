"""Matching pages and API: who may open them, what they show, confidential employers hidden."""

import pytest

from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.usefixtures("occupations", "today")

STAFF_WITH_ORDERS_AND_SEEKERS = {"staff_a", "supervisor_a", "regional_a", "csu", "flc", "wpc", "sma", "admin"}


@pytest.fixture
def order(personas, employer):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT)


def test_candidate_page_matrix_and_content(client, personas, order):
    from jobcenter.accounts.roles import user_can

    seeker = coded_seeker(job_center=personas.center_a, given_name="Casey", surname="Candidate")
    allowed = {n for n, u in personas.users.items() if user_can(u, "joborders.view") and user_can(u, "seekers.view")}
    url = f"/staff/job-orders/{order.pk}/candidates/"
    personas.assert_matrix(client, url, allowed=allowed)
    client.force_login(personas.staff_a)
    page = client.get(url).content.decode()
    assert "Casey Candidate" in page and seeker.state_id in page
    assert "General Requirements" in page and "Worked in or wants this occupation" in page
    assert "O*NET" in page and "CC BY 4.0" in page
    client.force_login(personas.staff_b)
    assert "Casey Candidate" not in client.get(url).content.decode()  # another center's seeker is out of scope


def test_requirements_page_saves_and_is_audited(client, personas, order):
    from jobcenter.core.models import AuditEntry

    client.force_login(personas.staff_a)
    url = f"/staff/job-orders/{order.pk}/requirements/"
    response = client.post(
        url,
        {"min_education": "1", "min_experience_months": "6", "required_credentials": "Forklift certification\n"},
    )
    assert response.status_code == 302
    req = order.match_requirements
    req.refresh_from_db()
    assert (req.min_education, req.min_experience_months, req.required_credentials) == (
        "1",
        6,
        ["Forklift certification"],
    )
    assert AuditEntry.objects.filter(action="matching.requirements.updated").exists()
    client.force_login(personas.seeker_user)
    assert client.get(url).status_code == 403


def test_seeker_sees_jobs_that_match_with_confidential_employers_hidden(client, personas, employer):
    from jobcenter.seekers.models import JobSeeker

    secret = make_employer(job_center=personas.center_a, name="Hush Logistics", confidential=True)
    make_order(employer=secret, job_center=personas.center_a, soc_code=FORKLIFT, title="Night Forklift Driver")
    make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, title="Day Forklift Driver")
    seeker = coded_seeker(job_center=personas.center_a)
    JobSeeker.objects.filter(pk=seeker.pk).update(user=personas.seeker_user)
    client.force_login(personas.seeker_user)
    page = client.get("/portal/seeker/matching-jobs/").content.decode()
    assert "Night Forklift Driver" in page and "Day Forklift Driver" in page
    assert "Hush Logistics" not in page and "Confidential employer" in page
    api = client.get("/api/v1/matching/me/jobs").json()
    assert {j["employer_name"] for j in api} == {"Confidential employer", "Acme Widgets LLC"}
    assert "Hush" not in str(api)
    assert client.get(f"/api/v1/matching/seekers/{seeker.state_id}/jobs").status_code == 403


def test_api_candidates_need_staff_in_scope(client, personas, order):
    seeker = coded_seeker(job_center=personas.center_a, eligible_veteran="2")
    url = f"/api/v1/matching/orders/{order.pk}/candidates"
    assert client.get(url).status_code == 401
    client.force_login(personas.staff_a)
    rows = client.get(url).json()
    assert rows[0]["state_id"] == seeker.state_id
    assert rows[0]["priority_of_service"] == 2 and set(rows[0]["scores"]) == {"general", "specialized", "skills"}
    assert rows[0]["reasons"]["skills"]
    client.force_login(personas.seeker_user)
    assert client.get(url).status_code == 403
    client.force_login(personas.staff_a)
    staff_view = client.get(f"/api/v1/matching/seekers/{seeker.state_id}/jobs").json()
    assert staff_view[0]["order_id"] == order.pk
    page = client.get(f"/staff/seekers/{seeker.state_id}/matching-jobs/").content.decode()
    assert order.number in page
