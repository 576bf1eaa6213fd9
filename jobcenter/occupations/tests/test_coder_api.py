"""The coder behind the API (bounded input) and behind the occupation autocomplete on forms."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jobcenter.occupations.importer import import_onet
from jobcenter.occupations.tests.onet_subset import ONET, write_subset

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    return write_subset(tmp_path_factory.mktemp("onet"))


@pytest.fixture
def imported(subset, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    import_onet(subset, release="29.3")


def test_the_api_codes_one_title_with_confidences(client, personas, imported):
    assert client.get("/api/v1/occupations/code?title=rn").status_code == 401
    client.force_login(personas.staff_a)
    rows = client.get("/api/v1/occupations/code", {"title": "truck driver cdl", "top": 3}).json()
    assert rows[0]["code"] == "53-3032.00" and rows[0]["title"].startswith("Heavy and Tractor-Trailer")
    assert len(rows) == 3 and all(0 <= r["confidence"] <= 1 for r in rows)
    assert client.get("/api/v1/occupations/code", {"title": "xqzzv"}).json() == []


def test_the_api_codes_a_batch_in_order(client, personas, imported):
    client.force_login(personas.seeker_user)
    body = {"titles": ["rn", "", "forklift driver"], "top": 1}
    rows = client.post("/api/v1/occupations/code", body, content_type="application/json").json()
    assert [r["title"] for r in rows] == body["titles"]
    assert [r["suggestions"][0]["code"] if r["suggestions"] else None for r in rows] == [
        "29-1141.00",
        None,
        "53-7051.00",
    ]


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("get", {"title": "x" * 201}),
        ("get", {"title": ""}),
        ("get", {"title": "cook", "top": 21}),
        ("get", {"title": "cook", "description": "d" * 2001}),
        ("post", {"titles": ["cook"] * 501}),
        ("post", {"titles": ["x" * 201]}),
        ("post", {"titles": []}),
    ],
)
def test_the_api_bounds_its_input(client, personas, imported, method, args):
    client.force_login(personas.staff_a)
    if method == "get":
        response = client.get("/api/v1/occupations/code", args)
    else:
        response = client.post("/api/v1/occupations/code", args, content_type="application/json")
    assert response.status_code == 422


def test_the_api_says_when_no_occupations_are_imported(client, personas):
    client.force_login(personas.staff_a)
    response = client.get("/api/v1/occupations/code", {"title": "rn"})
    assert response.status_code == 503
    assert "jobcenter occupations import" in response.json()["detail"]


def test_the_autocomplete_offers_the_coders_occupations_for_lay_titles(client, personas, imported):
    client.force_login(personas.staff_a)
    rn = client.get(reverse("occupation-suggest"), {"title": "rn"}).content.decode()
    assert rn.startswith('<option value="29-1141.00">Registered Nurses</option>')
    truck = client.get(reverse("occupation-suggest"), {"soc_code": "truck driver cdl"}).content.decode()
    assert truck.startswith('<option value="53-3032.00">')
    by_code = client.get(reverse("occupation-suggest"), {"soc_code": "53-7051"}).content.decode()
    assert '<option value="53-7051.00">' in by_code
