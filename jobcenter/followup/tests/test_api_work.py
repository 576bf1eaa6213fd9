"""The follow-up API does what the case page does: take and assign, contact sources and alternate contacts,
attempts naming the alternate contact, staff-noted paths, signed consent, documents, links, the interview and
the printable form. Inputs are bounded (issue #10); out-of-scope ids answer 404."""

import pytest

from jobcenter.core import clock
from jobcenter.followup import services
from jobcenter.followup.choices import ExpectedPath, SelectionReason
from jobcenter.followup.models import FollowupCase, PathDeclaration
from jobcenter.followup.tests.helpers import NOW, PDF, employed_answers, pdf_upload, selected_case

pytestmark = pytest.mark.django_db

API = "/api/v1/followup"


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def test_the_api_names_the_alternate_contact_an_attempt_was_made_to(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    made = post(client, f"{API}/cases/{case.pk}/alternate-contacts", {"name": "Lee Rivera", "relationship": "Sister",
                                                                       "phone": "816-555-0142"})  # fmt: skip
    assert made.status_code == 201 and made.json()["label"] == "Lee Rivera (Sister)"
    attempt = {"attempted_at": "2025-10-06T09:00:00Z", "method": "phone", "contactee": "alternate",
               "outcome": "message_left"}  # fmt: skip
    with clock.frozen(NOW):
        unnamed = post(client, f"{API}/cases/{case.pk}/attempts", attempt)
        assert unnamed.status_code == 400 and "alternate_contact" in unnamed.json()["errors"]
        ok = post(client, f"{API}/cases/{case.pk}/attempts", {**attempt, "alternate_contact_id": made.json()["id"]})
    assert ok.status_code == 200
    (row,) = client.get(f"{API}/cases/{case.pk}/attempts").json()
    assert row["whom"] == "Alternate contact: Lee Rivera (Sister)" and row["alternate_contact_id"] == made.json()["id"]
    contacts = client.get(f"{API}/cases/{case.pk}/contacts").json()
    assert [a["name"] for a in contacts["alternates"]] == ["Lee Rivera"]
    assert contacts["participant_attempts"] == 1 and contacts["employer_contact_allowed"] is False
    assert "3 documented attempts" in contacts["employer_contact_problem"]


def test_inputs_are_bounded(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    too_long = {"attempted_at": "2025-10-06T09:00:00Z", "method": "phone", "contactee": "participant",
                "outcome": "no_answer", "notes": "x" * 2001}  # fmt: skip
    assert post(client, f"{API}/cases/{case.pk}/attempts", too_long).status_code == 422
    assert post(client, f"{API}/cases/{case.pk}/alternate-contacts", {"name": "n" * 201}).status_code == 422
    assert client.get(f"{API}/cases?quarter=nonsense").status_code == 422
    assert not case.attempts.exists()


def test_the_supervisor_lists_assignees_and_reassigns_through_the_api(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    assert post(client, f"{API}/cases/{case.pk}/take", {}).json()["assigned_to"] == "interviewer_a"
    assert client.get(f"{API}/cases/{case.pk}/assignees").status_code == 403
    client.force_login(personas.dcsupervisor_a)
    people = {p["username"]: p["id"] for p in client.get(f"{API}/cases/{case.pk}/assignees").json()}
    assert set(people) == {"interviewer_a", "dcsupervisor_a", "admin"}
    moved = post(client, f"{API}/cases/{case.pk}/assign", {"assignee_id": people["dcsupervisor_a"]})
    assert moved.status_code == 200 and moved.json()["assigned_to"] == "dcsupervisor_a"
    refused = post(client, f"{API}/cases/{case.pk}/assign", {"assignee_id": personas.staff_a.pk})
    assert refused.status_code == 400
    client.force_login(personas.supervisor_b)
    assert client.get(f"{API}/cases/{case.pk}/assignees").status_code == 404


def test_paths_and_selection_reasons_through_the_api(client, personas):
    case = selected_case(personas)
    seeker_id = case.seeker_id
    client.force_login(personas.staff_a)
    made = post(client, f"{API}/seekers/{seeker_id}/paths", {"path": "federal", "note": "Applying to the VA"})
    assert made.status_code == 201 and made.json()["path_label"] == "Federal government employment"
    assert post(client, f"{API}/seekers/{seeker_id}/paths", {"path": "astronaut"}).status_code == 422
    assert [p["path"] for p in client.get(f"{API}/seekers/{seeker_id}/paths").json()] == [ExpectedPath.FEDERAL]
    assert PathDeclaration.objects.filter(seeker_id=seeker_id).count() == 1
    client.force_login(personas.staff_b)
    assert client.get(f"{API}/seekers/{seeker_id}/paths").status_code == 404
    client.force_login(personas.interviewer_a)
    body = client.get(f"{API}/cases/{case.pk}").json()
    assert body["reasons"] == [SelectionReason.NO_WAGE_RECORD] and body["reason_labels"][0].startswith("No direct")


def test_consent_documents_links_interview_and_form_through_the_api(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    with clock.frozen(NOW):  # one clock for the whole session (the staff idle timeout reads it)
        consent = client.post(f"{API}/cases/{case.pk}/consent", {"signed_on": "2025-03-01", "file": pdf_upload()})
        assert consent.status_code == 200
        assert client.get(f"{API}/cases/{case.pk}/contacts").json()["consent_signed_on"] == "2025-03-01"
        assert client.get(f"{API}/cases/{case.pk}/interview").json() is None
        services.identity_record(actor=personas.interviewer_a, case=case, question="dob", passed=True)
        services.introduction_record(actor=personas.interviewer_a, case=case, points_given=[True] * 6)
        services.interview_complete(actor=personas.interviewer_a, case=case, answers=employed_answers())
        interview = client.get(f"{API}/cases/{case.pk}/interview").json()
        assert interview["quarterly_earnings"] == "7215.00" and interview["respondent"] == "participant"
        link = post(client, f"{API}/cases/{case.pk}/links", {"audience": "participant", "kind": "pay_stubs"})
        (sent,) = client.get(f"{API}/cases/{case.pk}/links").json()
        assert sent["id"] == link.json()["id"] and "token" not in sent
        doc = services.document_receive(actor=None, case=case, kind="pay_stubs", upload=pdf_upload(), via="participant")
        (listed,) = client.get(f"{API}/cases/{case.pk}/documents").json()
        assert (listed["id"], listed["received_via"], listed["status"]) == (doc.pk, "participant", "received")
        file = client.get(f"{API}/documents/{doc.pk}/file")
        assert file.status_code == 200 and file.content == PDF
        rejected = post(client, f"{API}/documents/{doc.pk}/reject", {"note": "Only one stub is readable"})
        assert rejected.json()["status"] == "rejected"
        assert rejected.json()["review_note"] == "Only one stub is readable"
        again = post(client, f"{API}/documents/{doc.pk}/reject", {"note": "twice"})
        assert again.status_code == 400 and again.json()["detail"] == "This document was already reviewed."
        pdf = client.get(f"{API}/cases/{case.pk}/form")
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
        assert FollowupCase.objects.get(pk=case.pk).status == "interviewed"
        client.force_login(personas.staff_a)  # no follow-up capability
        assert client.get(f"{API}/documents/{doc.pk}/file").status_code == 403
