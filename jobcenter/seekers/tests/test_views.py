"""Pages and API: authorization matrices (every view and endpoint) and what users see on them."""

import datetime as dt
import html
import json

import pytest
from django.urls import reverse

from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import merge_request_create
from jobcenter.seekers.tests.factories import make_seeker, registration

pytestmark = pytest.mark.django_db

SEARCHERS = {"staff_a", "staff_b", "supervisor_a", "supervisor_b", "regional_a", "regional_b", "csu", "wpc", "admin"}
STATEWIDE_VIEWERS = {"csu", "wpc", "sma", "analyst", "admin"}
CENTER_A_VIEWERS = {"staff_a", "supervisor_a", "regional_a", "interviewer_a", "dcsupervisor_a"} | STATEWIDE_VIEWERS
REVIEWERS = {"csu", "admin"}

REVEAL_OK = {"reason": "wage_records", "detail": "UI claim 2026-0412 wage record mismatch"}


@pytest.fixture
def seeker_a(personas):
    return make_seeker(job_center=personas.center_a, ssn="123-45-6789", user=personas.seeker_user)


def test_search_page_matrix(client, personas):
    personas.assert_matrix(client, reverse("staff:seeker-search"), allowed=SEARCHERS)


def test_register_page_matrix(client, personas):
    personas.assert_matrix(client, reverse("staff:seeker-register"), allowed=SEARCHERS)


def test_profile_page_matrix_is_scoped_to_the_job_center(client, personas, seeker_a):
    personas.assert_matrix(client, reverse("staff:seeker-detail", args=[seeker_a.state_id]), allowed=CENTER_A_VIEWERS)


def test_reveal_ssn_matrix(client, personas, seeker_a):
    url = reverse("staff:seeker-reveal-ssn", args=[seeker_a.state_id])
    personas.assert_matrix(client, url, allowed={"csu", "admin"}, method="post", data=REVEAL_OK)


def test_report_duplicate_matrix(client, personas, seeker_a):
    url = reverse("staff:seeker-report-duplicate", args=[seeker_a.state_id])
    # Invalid input (no other State ID) answers 400 to allowed personas; nothing is created.
    personas.assert_matrix(
        client,
        url,
        allowed={"staff_a", "supervisor_a", "regional_a", "csu", "wpc", "admin"},
        method="post",
        data={},
        ok=(400,),
    )


def test_duplicate_queue_and_merge_page_matrix(client, personas, seeker_a):
    other = make_seeker(job_center=personas.center_b)
    mr = merge_request_create(actor=personas.staff_a, seeker_a=seeker_a, seeker_b=other, source="staff")
    personas.assert_matrix(client, reverse("staff:duplicates"), allowed=REVIEWERS)
    personas.assert_matrix(client, reverse("staff:duplicates"), allowed=REVIEWERS, method="post")
    personas.assert_matrix(client, reverse("staff:merge-detail", args=[mr.pk]), allowed=REVIEWERS)


def test_portal_pages_matrix(client, personas, seeker_a):
    make_seeker(user=personas.other_seeker_user)
    for name in ("portal:seeker-profile", "portal:seeker-resume"):
        personas.assert_matrix(client, reverse(name), allowed={"seeker_user", "other_seeker_user"})
    add_skill = {"kind": "skill", "skill-name": "Forklift"}
    personas.assert_matrix(
        client,
        reverse("portal:seeker-resume"),
        method="post",
        data=add_skill,
        allowed={"seeker_user", "other_seeker_user"},
    )
    # Each person's entry landed on their own résumé only.
    assert seeker_a.skills.count() == 1


def test_portal_register_is_public_and_signed_in_users_are_sent_home(client, personas):
    assert client.get(reverse("portal:seeker-register")).status_code == 200
    client.force_login(personas.seeker_user)
    assert client.get(reverse("portal:seeker-register")).status_code == 302


def test_api_matrix(client, personas, seeker_a):
    make_seeker(user=personas.other_seeker_user)
    viewers = {"staff_a", "staff_b", "supervisor_a", "supervisor_b", "regional_a", "regional_b", "interviewer_a"}
    viewers |= {"dcsupervisor_a"}
    viewers |= STATEWIDE_VIEWERS | {"seeker_user", "other_seeker_user"}
    personas.assert_matrix(client, "/api/v1/seekers/?q=", allowed=viewers, denied=(401, 403))
    detail = f"/api/v1/seekers/{seeker_a.state_id}"
    personas.assert_matrix(client, detail, allowed=CENTER_A_VIEWERS | {"seeker_user"}, denied=(401, 403, 404))
    personas.assert_matrix(
        client,
        "/api/v1/seekers/",
        method="post",
        data='{"given_name": "A", "surname": "B"}',  # well-formed but incomplete: 422 from the service
        content_type="application/json",
        allowed=SEARCHERS,
        ok=(422,),
        denied=(401, 403),
    )


def test_a_job_seeker_sees_only_themselves_in_the_api(client, personas, seeker_a):
    other = make_seeker(user=personas.other_seeker_user)
    client.force_login(personas.seeker_user)
    rows = client.get("/api/v1/seekers/?q=").json()
    assert [r["state_id"] for r in rows] == [seeker_a.state_id]
    assert rows[0]["ssn_last4"] == "6789" and "ssn" not in rows[0]
    assert client.get(f"/api/v1/seekers/{other.state_id}").status_code == 404


def test_api_registration_gives_field_errors_then_candidates_then_creates(client, personas):
    client.force_login(personas.staff_a)
    payload = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in registration().items()}
    bad = client.post(
        "/api/v1/seekers/", {**payload, "phone": "12", "ssn": "000-12-3456"}, content_type="application/json"
    )
    assert bad.status_code == 422
    assert bad.json()["errors"] == {"phone": [constants.PHONE_INVALID], "ssn": [constants.SSN_INVALID]}
    created = client.post("/api/v1/seekers/", payload, content_type="application/json")
    assert created.status_code == 201 and created.json()["home_job_center"] == "JA"
    dup = client.post("/api/v1/seekers/", payload, content_type="application/json")
    assert dup.status_code == 409
    assert [c["state_id"] for c in dup.json()["candidates"]] == [created.json()["state_id"]]
    again = client.post("/api/v1/seekers/", {**payload, "proceed_reason": "Twin"}, content_type="application/json")
    assert again.status_code == 201
    assert JobSeeker.objects.count() == 2


def _form(**overrides):
    data = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in registration().items()}
    data["authorized_to_work"] = "on"
    data.update(overrides)
    return data


def test_staff_registration_shows_errors_beside_fields_and_keeps_the_input(client, personas):
    client.force_login(personas.staff_a)
    response = client.post(
        reverse("staff:seeker-register"),
        _form(home_job_center=personas.center_a.pk, phone="12", ssn="666-12-3456", date_of_birth="2999-01-01"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert constants.PHONE_INVALID in html
    assert constants.DOB_IN_FUTURE in html
    assert 'id="id_phone-error"' in html and 'id="id_ssn-error"' in html
    assert 'aria-describedby="id_phone-hint id_phone-error"' in html and 'aria-invalid="true"' in html
    assert 'value="Kansas City"' in html
    assert not JobSeeker.objects.exists()


def test_staff_record_the_persons_statement_of_work_authorization_and_the_person_attests_it(client, personas):
    client.force_login(personas.staff_a)
    staff_page = client.get(reverse("staff:seeker-register")).content.decode()
    assert "The person states they are legally authorized to work in the United States" in staff_page
    assert "I am legally authorized" not in staff_page
    client.logout()
    portal_page = client.get(reverse("portal:seeker-register")).content.decode()
    assert "I am legally authorized to work in the United States" in portal_page


def test_staff_registration_warns_about_duplicates_and_proceeds_with_a_reason(client, personas):
    other = make_seeker(
        job_center=personas.center_b, given_name="Dana", surname="Rivera", date_of_birth=dt.date(1990, 4, 12)
    )
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-register")
    first = client.post(url, _form(home_job_center=personas.center_a.pk))
    html = first.content.decode()
    # Outside staff_a's job center: only the State ID and the year of birth (issue #10).
    table = html[html.index('data-testid="duplicate-candidates"') :]
    table = table[: table.index("</table>")]
    assert other.state_id in table and "Born 1990" in table
    assert "Center B" not in table and "1990-04-12" not in table and "Dana Rivera" not in table
    assert JobSeeker.objects.count() == 1
    second = client.post(url, _form(home_job_center=personas.center_a.pk, proceed_reason="Checked ID: different"))
    assert second.status_code == 302
    new = JobSeeker.objects.exclude(pk=other.pk).get()
    assert second["Location"] == reverse("staff:seeker-detail", args=[new.state_id])
    assert AuditEntry.objects.filter(action="seekers.seeker.registered_despite_duplicates").exists()


def test_profile_shows_last_four_and_reveal_needs_a_listed_reason_and_a_real_sentence(client, personas, seeker_a):
    client.force_login(personas.csu)
    page = client.get(reverse("staff:seeker-detail", args=[seeker_a.state_id])).content.decode()
    assert "***-**-6789" in page and "123-45-6789" not in page
    url = reverse("staff:seeker-reveal-ssn", args=[seeker_a.state_id])
    no_reason = client.post(url, {"reason": "", "detail": ""}).content.decode()
    assert constants.REVEAL_REASON_CHOICE in no_reason and "123-45-6789" not in no_reason
    one_char = client.post(url, {"reason": "wage_records", "detail": "x"}).content.decode()
    assert "123-45-6789" not in one_char
    assert html.escape(constants.REVEAL_DETAIL_TOO_SHORT) in one_char
    padded = client.post(url, {"reason": "wage_records", "detail": "x" * 30}).content.decode()
    assert "123-45-6789" not in padded
    assert not AuditEntry.objects.filter(action="seekers.ssn.viewed").exists()
    shown = client.post(url, REVEAL_OK)
    assert "123-45-6789" in shown.content.decode()
    assert shown["Cache-Control"] == "no-store"
    entry = AuditEntry.objects.get(action="seekers.ssn.viewed")
    assert entry.data == {
        "reason": "wage_records",
        "reason_label": "Matching wage or unemployment insurance records",
        "detail": REVEAL_OK["detail"],
    }


def test_search_page_reduces_out_of_scope_rows(client, personas):
    make_seeker(job_center=personas.center_b, given_name="Zed", surname="Out", email="zed@example.com")
    client.force_login(personas.staff_a)
    html = client.post(reverse("staff:seeker-search"), {"name": "Zed"}).content.decode()
    assert "Zed" in html and "zed@example.com" not in html and "Outside your job center" in html


def test_staff_report_a_duplicate_by_state_id(client, personas, seeker_a):
    other = make_seeker(job_center=personas.center_b)
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-report-duplicate", args=[seeker_a.state_id])
    unknown = client.post(url, {"other_state_id": "MO0000000000"}, follow=True)
    # Unknown and out-of-scope State IDs get the same neutral answer (issue #10).
    assert constants.DUPLICATE_REPORT_PASSED_ON in unknown.content.decode()
    assert not MergeRequest.objects.exists()
    ok = client.post(url, {"other_state_id": other.state_id, "note": "Same phone"})
    assert ok.status_code == 302
    assert MergeRequest.objects.get().requested_by == personas.staff_a


def test_merge_page_merges_and_undoes(client, personas, seeker_a):
    dup = make_seeker(job_center=personas.center_b)
    mr = merge_request_create(actor=personas.staff_a, seeker_a=dup, seeker_b=seeker_a, source="staff")
    url = reverse("staff:merge-detail", args=[mr.pk])
    client.force_login(personas.csu)
    page = client.get(url).content.decode()
    assert seeker_a.state_id in page and dup.state_id in page and "123-45-6789" not in page
    assert client.post(url, {"action": "merge"}).status_code == 302
    dup.refresh_from_db()
    assert dup.merged_into == seeker_a
    assert client.post(url, {"action": "undo"}).status_code == 302
    dup.refresh_from_db()
    assert dup.is_active and dup.merged_into is None


def test_merge_page_shows_the_ssn_rule_refusal(client, personas):
    a = make_seeker(ssn="123-45-6789")
    b = make_seeker(ssn="234-56-7890")
    mr = merge_request_create(actor=None, seeker_a=a, seeker_b=b, source="linkage")
    client.force_login(personas.admin)
    html = client.post(reverse("staff:merge-detail", args=[mr.pk]), {"action": "merge"}).content.decode()
    assert constants.MERGE_DIFFERENT_SSNS in html
    mr.refresh_from_db()
    assert mr.status == "pending"


def test_portal_self_registration_signs_the_person_in(client, db):
    from jobcenter.accounts.models import JobCenter, Region, State

    state = State.objects.create(code="MO", name="Missouri")
    center = JobCenter.objects.create(region=Region.objects.create(state=state, code="R", name="R"), code="C", name="C")
    data = _form(username="dana90", password="a-Long-pass-2026", home_job_center=center.pk)
    response = client.post(reverse("portal:seeker-register"), data)
    assert response.status_code == 302 and response["Location"] == reverse("portal:seeker-resume")
    seeker = JobSeeker.objects.get()
    assert seeker.user.username == "dana90" and seeker.home_job_center == center
    assert client.get(reverse("portal:seeker-resume")).status_code == 200


def test_portal_resume_adds_and_validates_entries(client, personas, seeker_a):
    client.force_login(personas.seeker_user)
    url = reverse("portal:seeker-resume")
    bad = client.post(url, {"kind": "occupation", "occupation-title": "Welder", "occupation-onet_soc_code": "51-41"})
    assert constants.ONET_SOC_INVALID in bad.content.decode()
    short = client.post(
        url, {"kind": "occupation", "occupation-title": "Welder", "occupation-onet_soc_code": "51-4121"}
    )
    assert short.status_code == 302  # the SOC code without the O*NET suffix reads as 51-4121.00
    assert seeker_a.desired_occupations.get().onet_soc_code == "51-4121.00"
    seeker_a.desired_occupations.all().delete()
    ok = client.post(
        url, {"kind": "occupation", "occupation-title": "Welder", "occupation-onet_soc_code": "51-4121.06"}
    )
    assert ok.status_code == 302
    assert seeker_a.desired_occupations.get().onet_soc_code == "51-4121.06"


def test_portal_profile_checks_notification_consistency(client, personas, seeker_a):
    client.force_login(personas.seeker_user)
    url = reverse("portal:seeker-profile")
    data = _form(notification_method="text", phone="816-555-0199")
    data.pop("date_of_birth")
    html = client.post(url, data).content.decode()
    assert constants.NOTIFY_TEXT_NEEDS_MOBILE in html
    data["phone_is_mobile"] = "on"
    assert client.post(url, data).status_code == 302
    seeker_a.refresh_from_db()
    assert (seeker_a.notification_method, seeker_a.phone) == ("text", "+18165550199")


def test_nav_shows_job_seekers_and_duplicates_by_role(client, personas):
    client.force_login(personas.csu)
    html = client.get(reverse("staff:dashboard")).content.decode()
    assert "Job seekers" in html and "Duplicates" in html
    client.force_login(personas.staff_a)
    html = client.get(reverse("staff:dashboard")).content.decode()
    assert "Job seekers" in html and "Duplicates" not in html


def test_api_payload_is_json_not_ssn(client, personas, seeker_a):
    client.force_login(personas.csu)
    body = client.get(f"/api/v1/seekers/{seeker_a.state_id}").content.decode()
    assert "123456789" not in body and json.loads(body)["ssn_last4"] == "6789"


def test_reviewers_can_scan_for_candidates_and_dismiss_a_pair(client, personas):
    a = make_seeker(ssn="123-45-6789")
    make_seeker(ssn="123-45-6789")
    client.force_login(personas.csu)
    assert client.post(reverse("staff:duplicates")).status_code == 302
    mr = MergeRequest.objects.get()
    assert a.state_id in client.get(reverse("staff:duplicates")).content.decode()
    url = reverse("staff:merge-detail", args=[mr.pk])
    assert client.post(url, {"action": "dismiss", "note": "Father and son"}).status_code == 302
    mr.refresh_from_db()
    assert (mr.status, mr.decision_note, mr.decided_by) == ("dismissed", "Father and son", personas.csu)


def test_only_reviewers_can_post_a_merge_decision(client, personas):
    """CSU dismisses first (302); the admin then sees the "already decided" message (200)."""
    a, b = make_seeker(), make_seeker()
    mr = merge_request_create(actor=None, seeker_a=a, seeker_b=b, source="linkage")
    personas.assert_matrix(
        client,
        reverse("staff:merge-detail", args=[mr.pk]),
        method="post",
        data={"action": "dismiss"},
        allowed={"csu", "admin"},
    )


def test_edit_page_matrix_and_a_pirl_change_is_saved_and_audited(client, personas, seeker_a):
    url = reverse("staff:seeker-edit", args=[seeker_a.state_id])
    editors = {"staff_a", "supervisor_a", "regional_a", "csu", "wpc", "admin"}
    personas.assert_matrix(client, url, allowed=editors)
    client.force_login(personas.staff_a)
    data = _form(home_job_center=personas.center_a.pk, uc_status="1", msfw="2", veteran="1", eligible_veteran="2")
    data["given_name"], data["surname"] = seeker_a.given_name, seeker_a.surname
    assert client.post(url, data).status_code == 302
    seeker_a.refresh_from_db()
    assert (seeker_a.uc_status, seeker_a.msfw, seeker_a.veteran) == ("1", "2", "1")
    entry = AuditEntry.objects.filter(action="seekers.seeker.updated").latest("id")
    assert {"uc_status", "msfw", "veteran"} <= set(entry.data["fields"])
    bad = client.post(url, {**data, "postcode": "ABCDE"}).content.decode()
    assert constants.POSTCODE_INVALID in bad


def test_a_job_seeker_cannot_remove_someone_elses_resume_entry(client, personas, seeker_a):
    from jobcenter.seekers.services import resume_entry_add

    make_seeker(user=personas.other_seeker_user)
    skill = resume_entry_add(seeker=seeker_a, actor=None, section="skill", name="Welding")
    client.force_login(personas.other_seeker_user)
    client.post(reverse("portal:seeker-resume"), {"kind": "skill", "remove": skill.pk})
    assert seeker_a.skills.filter(pk=skill.pk).exists()
    client.force_login(personas.seeker_user)
    client.post(reverse("portal:seeker-resume"), {"kind": "skill", "remove": skill.pk})
    assert not seeker_a.skills.exists()
