"""The registry-wide duplicate scan: a background job that queues likely duplicate pairs for CSU review."""

import datetime as dt

import pytest
from django.core.management import call_command

from jobcenter.core.models import BackgroundJob
from jobcenter.seekers.models import MergeRequest
from jobcenter.seekers.tests.factories import make_seeker

pytestmark = pytest.mark.django_db
URL = "/staff/duplicates/"


@pytest.fixture
def registry(personas):
    same = {
        "date_of_birth": dt.date(1987, 3, 14),
        "address_1": "4410 Troost Ave",
        "postcode": "64110",
        "phone": "(816) 555-0188",
        "city": "Kansas City",
    }
    original = make_seeker(
        job_center=personas.center_a, given_name="Jonathan", surname="Whitfield", email="jwhitfield@example.com", **same
    )
    typo = make_seeker(
        job_center=personas.center_b, given_name="Johnathan", surname="Whitfeld", email="jwhitfield@example.com", **same
    )
    shared_ssn_a = make_seeker(job_center=personas.center_a, ssn="212-55-3434", given_name="Mary", surname="Oak")
    shared_ssn_b = make_seeker(job_center=personas.center_b, ssn="212-55-3434", given_name="Maria", surname="Elm")
    people = [
        ("Alice", "Nakamura", "18 Elm St", "64111"),
        ("Bernard", "Okafor", "902 Grand Blvd", "64106"),
        ("Chloe", "Villanueva", "77 Oak Ridge Dr", "64055"),
        ("Dmitri", "Kowalski", "3 Pine Ct", "63101"),
        ("Esther", "Abernathy", "615 Walnut St", "63303"),
        ("Farid", "Haddad", "2200 Main St", "64108"),
    ]
    strangers = [
        make_seeker(
            job_center=personas.center_a,
            given_name=g,
            surname=s,
            address_1=a,
            postcode=z,
            date_of_birth=dt.date(1960 + i * 5, 1 + i, 3 + i * 4),
        )
        for i, (g, s, a, z) in enumerate(people)
    ]
    return {"original": original, "typo": typo, "ssn": (shared_ssn_a, shared_ssn_b), "strangers": strangers}


def pairs() -> set[frozenset[int]]:
    return {frozenset((m.seeker_a_id, m.seeker_b_id)) for m in MergeRequest.objects.all()}


def test_the_scan_queues_the_duplicates_and_only_them_and_a_rerun_adds_nothing(client, personas, registry):
    client.force_login(personas.csu)
    response = client.post(URL, {"scope": "registry"})
    scan = BackgroundJob.objects.get(kind="seekers.registry.scan")
    assert response.status_code == 302 and response["Location"] == f"/staff/jobs/{scan.pk}/"
    assert scan.status == "succeeded" and scan.percent == 100
    expected = {frozenset((registry["original"].pk, registry["typo"].pk)), frozenset(s.pk for s in registry["ssn"])}
    assert pairs() == expected
    assert scan.result["pairs_queued"] == 2
    assert "State ID" not in str(scan.result) and "212" not in str(scan.result)
    client.post(URL, {"scope": "registry"})
    assert MergeRequest.objects.count() == 2  # nothing new on a second scan


def test_the_scan_is_for_duplicate_reviewers_only(client, personas, registry):
    client.force_login(personas.staff_a)
    assert client.post(URL, {"scope": "registry"}).status_code == 403
    assert not BackgroundJob.objects.exists()


def test_the_command_scans_and_reports(registry, capsys):
    call_command("people_scan")
    assert "2 pair(s) queued" in capsys.readouterr().out
    assert len(pairs()) == 2
