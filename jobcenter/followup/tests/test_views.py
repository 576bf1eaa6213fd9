"""Follow-up pages and API: who may open what (personas), the public upload page, the PDF, the facts API."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jobcenter.core import clock
from jobcenter.followup import services
from jobcenter.followup.tests.helpers import NOW, pdf_upload, selected_case

pytestmark = pytest.mark.django_db

INTERVIEWERS = {"interviewer_a", "dcsupervisor_a", "admin"}
SUPERVISORS_A = {"supervisor_a", "regional_a", "wpc", "dcsupervisor_a", "admin"}
SUPERVISORS_ALL = SUPERVISORS_A | {"supervisor_b", "regional_b"}


def test_the_queue_is_for_interviewers(client, personas):
    personas.assert_matrix(client, reverse("staff:followup-queue"), allowed=INTERVIEWERS)


def test_the_supervision_dashboard_is_for_data_collection_supervisors(client, personas):
    personas.assert_matrix(client, reverse("staff:followup-dashboard"), allowed=SUPERVISORS_ALL)


def test_reports_are_for_supervisors_and_analysts(client, personas):
    personas.assert_matrix(
        client, reverse("staff:followup-reports"), allowed=SUPERVISORS_ALL | {"analyst", "sma", "supervisor_b"}
    )


def test_a_case_page_is_seen_by_its_region_and_statewide_roles_only(client, personas):
    case = selected_case(personas)
    personas.assert_matrix(client, reverse("staff:followup-case", args=[case.pk]), allowed=INTERVIEWERS | SUPERVISORS_A)


def test_logging_an_attempt_is_for_interviewers(client, personas):
    case = selected_case(personas)
    personas.assert_matrix(client, reverse("staff:followup-attempt", args=[case.pk]), allowed=INTERVIEWERS)


def test_the_mail_in_form_is_a_pdf_with_the_policys_questions(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    response = client.get(reverse("staff:followup-form-pdf", args=[case.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    from jobcenter.followup.pdf import form_lines

    text = " ".join(t for _s, t in form_lines(case))
    assert "July to September 2025" in text and "Prefer Not to Answer".lower() in text.lower()
    assert "no intent to commit fraud" in text


def test_the_upload_page_opens_without_sign_in_only_with_a_valid_link(client, personas):
    case = selected_case(personas)
    _link, token = services.upload_link_create(
        actor=personas.interviewer_a, case=case, audience="participant", kind="pay_stubs"
    )
    response = client.get(reverse("portal:followup-upload", args=[token]))
    assert response.status_code == 200 and "Pay stubs (at least two)" in response.content.decode()
    assert client.get(reverse("portal:followup-upload", args=["not-a-token"])).status_code == 404


def test_the_upload_page_refuses_a_file_that_is_not_a_document(client, personas):
    case = selected_case(personas)
    _link, token = services.upload_link_create(
        actor=personas.interviewer_a, case=case, audience="participant", kind="pay_stubs"
    )
    response = client.post(
        reverse("portal:followup-upload", args=[token]), {"file": pdf_upload("x.pdf", b"<html>hi</html>")}
    )
    assert response.status_code == 200 and "Upload a PDF, JPEG or PNG file." in response.content.decode()
    assert case.documents.count() == 0


def test_the_facts_api_returns_documented_cases_to_reporting_roles(client, personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="form_941", upload=pdf_upload())
        services.document_accept(
            actor=personas.interviewer_a,
            document=doc,
            fields={"employed": False},
        )
    url = "/api/v1/followup/facts"
    client.force_login(personas.analyst)
    body = client.get(url).json()
    assert body[0]["seeker_id"] == case.seeker_id and body[0]["employed"] is False
    client.force_login(personas.staff_a)
    assert client.get(url).status_code == 403


def test_the_api_logs_an_attempt_and_refuses_an_early_employer_contact(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    url = f"/api/v1/followup/cases/{case.pk}/attempts"
    payload = {
        "attempted_at": "2025-10-06T09:00:00Z",
        "method": "phone",
        "contactee": "employer",
        "outcome": "no_answer",
    }
    with clock.frozen(NOW):
        refused = client.post(url, payload, content_type="application/json")
        assert refused.status_code == 400 and "3 documented attempts" in refused.json()["detail"]
        payload["contactee"] = "participant"
        ok = client.post(url, payload, content_type="application/json")
    assert ok.status_code == 200 and ok.json()["status"] == "contacting" and ok.json()["attempts"] == 1
    client.force_login(personas.staff_b)
    assert client.get(f"/api/v1/followup/cases/{case.pk}").status_code in (403, 404)


def test_the_api_takes_a_document_upload_then_accepts_it(client, personas):
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    with clock.frozen(NOW):
        up = client.post(
            f"/api/v1/followup/cases/{case.pk}/documents", {"kind": "pay_stubs", "stub_count": 2, "file": pdf_upload()}
        )
        assert up.status_code == 201 and up.json()["content_type"] == "application/pdf"
        fields = {
            "employed": True, "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "431234567",
            "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
            "total_earnings": "7215.00",
        }  # fmt: skip
        accepted = client.post(
            f"/api/v1/followup/documents/{up.json()['id']}/accept", fields, content_type="application/json"
        )
    assert accepted.status_code == 200 and accepted.json()["status"] == "documented"


def test_only_supervisors_run_the_selection_through_the_api(client, personas):
    client.force_login(personas.interviewer_a)
    assert (
        client.post("/api/v1/followup/select", {"quarter": "2025Q4"}, content_type="application/json").status_code
        == 403
    )
    client.force_login(personas.wpc)
    bad = client.post("/api/v1/followup/select", {"quarter": "Q4"}, content_type="application/json")
    assert bad.status_code == 422  # the quarter pattern is part of the schema


def test_the_staff_dashboard_shows_interviewers_their_follow_up_work(client, personas):
    quarter_case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    with clock.frozen(NOW):
        body = client.get(reverse("staff:dashboard")).content.decode()
    assert "Wage follow-up" in body and "open cases to interview by Dec 31, 2025" in body
    assert quarter_case.due_on.isoformat() == "2025-12-31"


def test_taking_a_case_says_so(client, personas):
    from jobcenter.followup import constants

    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    page = client.post(reverse("staff:followup-take", args=[case.pk]), follow=True).content.decode()
    assert constants.CASE_TAKEN in page
    case.refresh_from_db()
    assert case.assigned_to == personas.interviewer_a


def test_the_document_page_takes_an_fein_typed_with_its_hyphen(client, personas):
    # Found walking the demo: the field's maxlength of 9 cut "12-3456789" to "12-345678" as it was typed, and the
    # page then said "An FEIN has 9 digits."
    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    url = reverse("staff:followup-document", kwargs={"pk": case.pk})
    with clock.frozen(NOW):
        assert 'maxlength="9"' not in client.get(url).content.decode()
        response = client.post(
            url,
            {
                "kind": "pay_stubs", "stub_count": 2, "file": pdf_upload(), "employed": "yes",
                "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "43-1234567",
                "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
                "total_earnings": "7215.00",
            },
        )  # fmt: skip
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "documented"


def test_a_document_the_page_refused_leaves_nothing_behind_to_review(client, personas):
    # Found walking the demo: each refused try at "Record a document" left a "Received, awaiting review" document
    # on the case; after two mistakes the case listed three documents.
    from jobcenter.followup.models import SourceDocument

    case = selected_case(personas)
    client.force_login(personas.interviewer_a)
    url = reverse("staff:followup-document", kwargs={"pk": case.pk})
    with clock.frozen(NOW):
        response = client.post(
            url,
            {
                "kind": "pay_stubs", "stub_count": 2, "file": pdf_upload(), "employed": "yes",
                "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "43-123456",
                "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
                "total_earnings": "7215.00",
            },
        )  # fmt: skip
    assert response.status_code == 200 and "An FEIN has 9 digits." in response.content.decode()
    assert not SourceDocument.objects.filter(case=case).exists()


def test_the_supervisor_chooses_the_interview_quarter_in_words(client, personas):
    # Found walking the demo: the selection asked the supervisor to type a code ("For example 2026Q1").
    client.force_login(personas.dcsupervisor_a)
    with clock.frozen(NOW):  # October 2025
        page = client.get(reverse("staff:followup-dashboard")).content.decode()
    assert '<option value="2025Q4">October to December 2025</option>' in page
    assert '<option value="2025Q1">January to March 2025</option>' in page
    assert "For example 2026Q1" not in page


def test_a_person_with_no_ssn_on_file_is_not_asked_its_last_four_digits(client, personas):
    from jobcenter.followup import constants
    from jobcenter.followup.models import FollowupCase

    with_ssn = selected_case(personas)
    client.force_login(personas.interviewer_a)
    form = client.get(reverse("staff:followup-identity", args=[with_ssn.pk])).content.decode()
    assert "Last 4 digits of the Social Security Number" in form

    without = selected_case(personas, ssn=None)
    assert not without.seeker.ssn_last4
    case_page = client.get(reverse("staff:followup-case", args=[without.pk])).content.decode()
    assert "Ask the address or the date of birth; record only whether it matched." in case_page
    form = client.get(reverse("staff:followup-identity", args=[without.pk])).content.decode()
    assert "Social Security" not in form and "Address" in form and "Date of birth" in form
    # Posted anyway (an old tab, a crafted request): refused, nothing recorded.
    page = client.post(
        reverse("staff:followup-identity", args=[without.pk]), {"question": "ssn_last4", "result": "pass"}
    ).content.decode()
    assert 'id="id_question-error"' in page
    assert FollowupCase.objects.get(pk=without.pk).identity_verified is None
    with pytest.raises(ValidationError) as exc:
        services.identity_record(actor=personas.interviewer_a, case=without, question="ssn_last4", passed=True)
    assert exc.value.message_dict == {"question": [constants.IDENTITY_QUESTION_NOT_ON_FILE]}
