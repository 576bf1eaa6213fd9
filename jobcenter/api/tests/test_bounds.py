"""Every string and list an API caller can send is bounded, in the OpenAPI schema and in fact (issue #10:
"every text input has a maximum length"; ``jobcenter.api.schemas``)."""

import pytest

from jobcenter.accounts.models import ApiToken
from jobcenter.api.schemas import MAX_ITEMS, MAX_QUERY, MAX_TEXT
from jobcenter.api.urls import api
from jobcenter.employers.models import Employer
from jobcenter.seekers.models import JobSeeker


def _unbounded(schema: dict, components: dict, where: str, seen: tuple = ()) -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return [] if name in seen else _unbounded(components[name], components, f"{where}->{name}", (*seen, name))
    found = []
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            found += _unbounded(sub, components, where, seen)
    kind = schema.get("type")
    if kind == "string" and not {"maxLength", "format", "enum"} & set(schema):
        found.append(where)
    if kind == "array":
        if "maxItems" not in schema:
            found.append(f"{where} (list without maxItems)")
        found += _unbounded(schema.get("items", {}), components, f"{where}[]", seen)
    for name, sub in schema.get("properties", {}).items():
        found += _unbounded(sub, components, f"{where}.{name}", seen)
    return found


def test_every_string_and_list_a_caller_sends_has_a_bound_in_the_openapi_schema():
    schema = api.get_openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    unbounded = []
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            for parameter in op.get("parameters", []):
                where = f"{method.upper()} {path} ?{parameter['name']}"
                unbounded += _unbounded(parameter.get("schema", {}), components, where)
            for content in op.get("requestBody", {}).get("content", {}).values():
                unbounded += _unbounded(content.get("schema", {}), components, f"{method.upper()} {path} body")
    assert unbounded == [], "Subclass jobcenter.api.schemas.In / use Query(max_length=...):\n" + "\n".join(unbounded)


@pytest.fixture
def token(personas):
    return {"Authorization": f"Bearer {ApiToken.issue(user=personas.staff_a, name='t')[1]}"}


@pytest.mark.django_db
def test_an_overlong_string_is_refused_with_422_and_nothing_is_stored(client, personas, token):
    body = {"legal_name": "x" * (MAX_TEXT + 1), "fein": "12-3456789", "city": "Joplin", "state": "MO"}
    response = client.post("/api/v1/employers/", body, content_type="application/json", headers=token)
    assert response.status_code == 422
    assert not Employer.objects.exists()
    seeker = {"given_name": "A" * (MAX_TEXT + 1), "surname": "B", "date_of_birth": "1990-01-01"}
    assert client.post("/api/v1/seekers/", seeker, content_type="application/json", headers=token).status_code == 422
    assert not JobSeeker.objects.exists()


@pytest.mark.django_db
def test_an_overlong_query_and_a_list_past_its_bound_are_refused(client, personas, token):
    assert client.get("/api/v1/seekers/", {"q": "x" * (MAX_QUERY + 1)}, headers=token).status_code == 422
    assert client.get("/api/v1/seekers/", {"q": "x" * MAX_QUERY}, headers=token).status_code == 200
    ids = [f"S{i}" for i in range(MAX_ITEMS + 1)]
    url = "/api/v1/cases/events/1/attendance"
    response = client.post(url, {"state_ids": ids}, content_type="application/json", headers=token)
    assert response.status_code == 422
