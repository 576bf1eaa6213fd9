"""``POST /api/v1/job-orders/screen``: 200 with the result, 422 with field errors, 401 anonymous, 403 without
the joborders.screen capability (authorization matrix over every persona)."""

import json

import pytest

from jobcenter.accounts.models import ApiToken
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import make_order

URL = "/api/v1/job-orders/screen"
CAN_SCREEN = {
    "staff_a",
    "staff_b",
    "supervisor_a",
    "supervisor_b",
    "regional_a",
    "regional_b",
    "csu",
    "flc",
    "wpc",
    "admin",
    "employer_user",
    "other_employer_user",
}


def post(client, body, **extra):
    return client.post(
        URL, data=json.dumps(body) if not isinstance(body, str) else body, content_type="application/json", **extra
    )


def test_screening_authorization_matrix(client, personas):
    personas.assert_matrix(
        client,
        URL,
        allowed=CAN_SCREEN,
        method="post",
        ok=(200,),
        denied=(403,),
        data=json.dumps(make_order()),
        content_type="application/json",
    )


@pytest.mark.django_db
def test_an_anonymous_caller_gets_401(client):
    assert post(client, make_order()).status_code == 401


def test_a_role_without_the_capability_gets_403_with_the_reason(client, personas):
    client.force_login(personas.sma)
    response = post(client, make_order())
    assert response.status_code == 403
    assert "joborders.screen" in response.json()["detail"]


def test_staff_get_the_decision_findings_and_notices(client, personas):
    client.force_login(personas.staff_a)
    response = post(client, make_order({"description": "Independent contractor role."}))
    assert response.status_code == 200
    data = response.json()
    assert data["decision"] == "not_entered"
    assert data["findings"][0]["rule"] == "self-employment"
    assert data["notices"][0].startswith("Earnings and wages are subject to taxes.")


def test_bad_input_gets_422_with_field_errors(client, personas):
    client.force_login(personas.staff_a)
    response = post(client, make_order({"employer.status": "closed", "special_categories": ["Rural"]}))
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["employer.status"] == C.INPUT_BAD_CHOICE.format(choices="active, pending_verification, discontinued")
    assert "special_categories[0]" in errors


def test_a_body_that_is_not_json_gets_422(client, personas):
    client.force_login(personas.staff_a)
    response = post(client, "{not json")
    assert response.status_code == 422
    assert "Not valid JSON" in response.json()["errors"][""]


def test_as_of_in_the_query_screens_on_that_date(client, personas):
    client.force_login(personas.staff_a)
    body = make_order({"wage": {"min": "14.00", "unit": "hour"}})
    assert post(client, body).json()["decision"] == "reject"
    response = client.post(f"{URL}?as_of=2025-06-30", data=json.dumps(body), content_type="application/json")
    assert response.json()["decision"] == "accept"
    response = client.post(f"{URL}?as_of=June", data=json.dumps(body), content_type="application/json")
    assert response.status_code == 422 and response.json()["errors"] == {"as_of": C.INPUT_BAD_AS_OF}


def test_a_bearer_token_works_for_an_employer(client, personas):
    _row, token = ApiToken.issue(user=personas.employer_user, name="ats")
    response = post(client, make_order(), HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200 and response.json()["decision"] == "accept"
