"""Authorization matrix for every employer page and API endpoint, and what users see on them.

Employers are not personal data: every staff role with ``employers.view`` sees them statewide. Employer users
only reach their own company; job seekers none.
"""

import json

import pytest
from django.urls import reverse
from django.utils.html import escape

from jobcenter.core.models import Notification
from jobcenter.employers import constants, industries
from jobcenter.employers.choices import DiscontinuationReason, EmployerStatus
from jobcenter.employers.models import Employer
from jobcenter.employers.services import discontinuation_initiate, discontinuation_issue_notice, terms_accept
from jobcenter.employers.tests.factories import fein, link, make_employer

pytestmark = pytest.mark.django_db

VIEWERS = {
    "staff_a",
    "staff_b",
    "supervisor_a",
    "supervisor_b",
    "regional_a",
    "regional_b",
    "csu",
    "flc",
    "wpc",
    "sma",
    "admin",
}
EDITORS = VIEWERS - {"flc", "sma"}  # employers.edit / employers.register
VERIFIERS = {"csu", "admin"}
SMA = {"sma", "admin"}
REFERRERS = EDITORS | SMA


@pytest.fixture
def world(personas):
    pending = make_employer(legal_name="Pending Co", job_center=personas.center_a)
    mine = make_employer(legal_name="Mine Co", active=True, csu=personas.csu, job_center=personas.center_a)
    theirs = make_employer(legal_name="Theirs Co", active=True, csu=personas.csu, job_center=personas.center_b)
    link(mine, personas.employer_user)
    link(theirs, personas.other_employer_user)
    case = discontinuation_initiate(
        employer=theirs, actor=personas.staff_b, reason_code=DiscontinuationReason.A8_REPEATED, facts="Third referral."
    )
    return {"pending": pending, "mine": mine, "theirs": theirs, "case": case}


def test_staff_page_matrix(client, personas, world):
    pk = world["mine"].pk
    personas.assert_matrix(client, reverse("staff:employer-list"), allowed=VIEWERS)
    personas.assert_matrix(client, reverse("staff:employer-detail", args=[pk]), allowed=VIEWERS)
    personas.assert_matrix(client, reverse("staff:employer-register"), allowed=EDITORS)
    personas.assert_matrix(client, reverse("staff:employer-edit", args=[pk]), allowed=EDITORS)
    personas.assert_matrix(client, reverse("staff:employer-worksite-add", args=[pk]), allowed=EDITORS)
    personas.assert_matrix(client, reverse("staff:employer-contact-add", args=[pk]), allowed=EDITORS)
    personas.assert_matrix(client, reverse("staff:employer-verification-queue"), allowed=VERIFIERS)
    personas.assert_matrix(client, reverse("staff:discontinuation-initiate", args=[pk]), allowed=REFERRERS - {"flc"})
    personas.assert_matrix(client, reverse("staff:discontinuation-list"), allowed=SMA)
    personas.assert_matrix(client, reverse("staff:discontinuation-detail", args=[world["case"].pk]), allowed=VIEWERS)


def test_staff_action_matrix(client, personas, world):
    """POST actions: denied roles get 403; allowed roles are redirected back (302) with a message."""
    case_pk = world["case"].pk
    pending_pk = world["pending"].pk
    personas.assert_matrix(
        client, reverse("staff:employer-verify", args=[pending_pk]), allowed=VERIFIERS, method="post"
    )
    personas.assert_matrix(
        client, reverse("staff:employer-deny", args=[pending_pk]), allowed=VERIFIERS, method="post", data={"reason": ""}
    )
    for name in ("discontinuation-issue-notice", "discontinuation-response", "discontinuation-decide"):
        personas.assert_matrix(
            client, reverse(f"staff:{name}", args=[case_pk]), allowed=SMA, method="post", data={"decision": "bogus"}
        )
    personas.assert_matrix(
        client,
        reverse("staff:reinstatement-request", args=[case_pk]),
        allowed=REFERRERS - {"flc"},
        method="post",
        data={"request_text": ""},
    )
    # nothing changed: every allowed call was refused by the service with a message
    world["pending"].refresh_from_db()
    assert world["pending"].status == EmployerStatus.ACTIVE  # csu verified it on the first allowed call


def test_portal_page_matrix(client, personas, world):
    employer_users = {"employer_user", "other_employer_user"}
    for name in ("employer-company", "employer-worksites", "employer-users", "employer-terms"):
        personas.assert_matrix(client, reverse(f"portal:{name}"), allowed=employer_users)
    personas.assert_matrix(client, reverse("portal:employer-company-edit"), allowed=employer_users)


def test_an_employer_user_sees_their_own_company_not_another(client, personas, world):
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-company")).content.decode()
    assert "Mine Co" in page and "Theirs Co" not in page


def test_a_non_admin_employer_user_cannot_edit_the_profile_or_add_users(client, personas, world):
    membership = world["mine"].memberships.get(user=personas.employer_user)
    membership.is_admin = False
    membership.save()
    client.force_login(personas.employer_user)
    assert client.get(reverse("portal:employer-company-edit")).status_code == 403
    assert client.post(reverse("portal:employer-users"), {"username": "x"}).status_code == 403


def test_api_matrix_and_scoping(client, personas, world):
    personas.assert_matrix(client, "/api/v1/employers/", allowed=VIEWERS | {"employer_user", "other_employer_user"})
    personas.assert_matrix(client, f"/api/v1/employers/{world['mine'].pk}", allowed=VIEWERS | {"employer_user"})
    client.force_login(personas.employer_user)
    rows = client.get("/api/v1/employers/").json()
    assert [r["legal_name"] for r in rows] == ["Mine Co"]
    assert client.get(f"/api/v1/employers/{world['theirs'].pk}").status_code == 404


def _post_api(client, payload):
    return client.post("/api/v1/employers/", data=json.dumps(payload), content_type="application/json")


def test_api_create_matrix(client, personas, world):
    allowed = EDITORS
    for persona in personas.users:
        client.force_login(personas.users[persona])
        response = _post_api(client, {"legal_name": f"API {persona}", "attests_open_position": True})
        assert response.status_code == (201 if persona in allowed else 403), persona
        client.logout()


def test_api_create_returns_422_with_field_errors_and_notifies_csu_on_success(client, personas):
    client.force_login(personas.staff_a)
    response = _post_api(
        client, {"legal_name": "Bad FEIN Co", "fein": "07-1234567", "naics": "999999", "attests_open_position": False}
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["fein"] == [constants.FEIN_INVALID_PREFIX.format(prefix="07")]
    assert errors["naics"] == [constants.NAICS_UNKNOWN.format(code="999999")]
    assert errors["attests_open_position"] == [constants.ATTESTATION_REQUIRED]
    response = _post_api(client, {"legal_name": "Good Co", "fein": "431112222", "attests_open_position": True})
    assert response.status_code == 201
    assert response.json()["status"] == "pending_verification" and response.json()["fein"] == "43-1112222"
    assert Notification.objects.filter(recipient=personas.csu, kind="employers.verification.requested").count() == 1


def test_staff_registration_form_keeps_input_and_shows_errors_next_to_fields(client, personas):
    client.force_login(personas.staff_a)
    response = client.post(reverse("staff:employer-register"), {"legal_name": "Keep Me Inc", "fein": "07-1234567"})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Keep Me Inc"' in page
    assert escape(constants.FEIN_INVALID_PREFIX.format(prefix="07")) in page
    assert constants.ATTESTATION_REQUIRED in page
    assert 'id="id_fein-error"' in page
    assert not Employer.objects.filter(legal_name="Keep Me Inc").exists()


def test_staff_registration_creates_a_pending_employer_and_notifies_csu(client, personas):
    client.force_login(personas.staff_a)
    response = client.post(
        reverse("staff:employer-register"),
        {
            "legal_name": "Assisted Inc",
            "fein": fein(),
            "naics": "722511",
            "attests_open_position": "on",
            "job_center": personas.center_a.pk,
        },
    )
    employer = Employer.objects.get(legal_name="Assisted Inc")
    assert response.status_code == 302 and response["Location"] == reverse("staff:employer-detail", args=[employer.pk])
    assert Notification.objects.filter(recipient=personas.csu, kind="employers.verification.requested").exists()


def test_the_csu_queue_shows_pending_employers_and_verifies_from_the_queue(client, personas, world):
    client.force_login(personas.csu)
    page = client.get(reverse("staff:employer-verification-queue")).content.decode()
    assert "Pending Co" in page and "Mine Co" not in page and "of 48 h" in page
    queue = reverse("staff:employer-verification-queue")
    response = client.post(reverse("staff:employer-verify", args=[world["pending"].pk]), {"next": queue})
    assert response["Location"] == queue
    world["pending"].refresh_from_db()
    assert world["pending"].status == EmployerStatus.ACTIVE and world["pending"].verified_by == personas.csu


def test_self_registration_page_is_public_and_signs_the_new_user_in(client, personas):
    assert client.get(reverse("portal:employer-register")).status_code == 200
    response = client.post(
        reverse("portal:employer-register"),
        {
            "first_name": "Pat",
            "last_name": "Owner",
            "username": "patowner",
            "user_email": "pat@example.com",
            "password": "Quite-long-pass-2026",
            "legal_name": "Pat's Bakery",
            "fein": fein(),
            "naics": "311811",
            "state": "MO",
            "attests_open_position": "on",
            "accepts_terms": "on",
        },
    )
    assert response.status_code == 302 and response["Location"] == reverse("portal:employer-company")
    page = client.get(reverse("portal:employer-company")).content.decode()
    assert "Pat&#x27;s Bakery" in page and constants.PENDING_NOTICE in page


def test_self_registration_without_terms_shows_the_error_and_keeps_input(client, personas):
    response = client.post(
        reverse("portal:employer-register"),
        {
            "first_name": "Pat",
            "last_name": "Owner",
            "username": "patowner",
            "user_email": "pat@example.com",
            "password": "Quite-long-pass-2026",
            "legal_name": "Pat's Bakery",
            "fein": fein(),
            "naics": "311811",
            "attests_open_position": "on",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and constants.TERMS_REQUIRED in page and 'value="patowner"' in page
    assert not Employer.objects.exists()


def test_an_employer_user_accepts_the_terms_in_the_portal(client, personas, world):
    client.force_login(personas.employer_user)
    assert "Accept the current" in client.get(reverse("portal:employer-company")).content.decode()
    client.post(reverse("portal:employer-terms"), {"accept": "yes"})
    from jobcenter.employers.selectors import employer_has_accepted_current_terms

    assert employer_has_accepted_current_terms(world["mine"], user=personas.employer_user)


def test_the_sma_issues_a_notice_and_downloads_the_pdf(client, personas, world):
    client.force_login(personas.sma)
    case = world["case"]
    client.post(reverse("staff:discontinuation-issue-notice", args=[case.pk]))
    response = client.get(reverse("staff:discontinuation-notice", args=[case.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_employer_detail_shows_terms_cases_and_audit_trail(client, personas, world):
    terms_accept(employer=world["theirs"], user=personas.other_employer_user)
    discontinuation_issue_notice(case=world["case"], actor=personas.sma)
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:employer-detail", args=[world["theirs"].pk])).content.decode()
    assert "other_employer_user" not in page or "accepted" in page
    assert f"Case #{world['case'].pk}" in page
    assert "Discontinuation notice issued" in page


def test_dashboard_panels_for_csu_and_sma(client, personas, world):
    client.force_login(personas.csu)
    assert "Employers to verify" in client.get(reverse("staff:dashboard")).content.decode()
    client.force_login(personas.sma)
    page = client.get(reverse("staff:dashboard")).content.decode()
    assert "Discontinuation of services" in page and "Employers to verify" not in page
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:dashboard")).content.decode()
    assert "Discontinuation of services" not in page and "Employers to verify" not in page


def test_a_worksite_with_a_bad_zip_is_refused_next_to_the_field_and_input_kept(client, personas, world):
    client.force_login(personas.employer_user)
    url = reverse("portal:employer-worksites")
    response = client.post(
        url, {"name": "Plant 2", "address_1": "9 Mill Rd", "city": "Sedalia", "state": "mo", "postcode": "6530"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and "ZIP code: enter 5 digits" in page and 'value="9 Mill Rd"' in page
    response = client.post(
        url, {"name": "Plant 2", "address_1": "9 Mill Rd", "city": "Sedalia", "state": "mo", "postcode": "65301"}
    )
    assert response.status_code == 302
    site = world["mine"].worksites.get()
    assert (site.state, site.postcode) == ("MO", "65301")


def test_a_company_admin_adds_a_user_who_then_sees_the_company(client, personas, world):
    client.force_login(personas.employer_user)
    response = client.post(
        reverse("portal:employer-users"),
        {
            "first_name": "New",
            "last_name": "Clerk",
            "username": "newclerk",
            "email": "clerk@example.com",
            "password": "Clerk-pass-20261",
        },
    )
    assert response.status_code == 302
    from jobcenter.employers.selectors import employers_for_user

    clerk = world["mine"].memberships.get(user__username="newclerk").user
    assert clerk.role == "employer" and list(employers_for_user(clerk)) == [world["mine"]]


def test_a_company_admin_edits_the_profile_and_a_bad_naics_is_shown_next_to_the_field(client, personas, world):
    client.force_login(personas.employer_user)
    url = reverse("portal:employer-company-edit")
    data = {"legal_name": "Mine Co", "fein": world["mine"].fein, "naics": "999999", "state": "MO"}
    page = client.post(url, data).content.decode()
    assert escape(industries.NOT_FOUND) in page and 'id="id_naics-error"' in page
    assert client.post(url, {**data, "naics": "44"}).status_code == 302
    world["mine"].refresh_from_db()
    assert world["mine"].naics == "44-45"


def test_an_employer_signing_up_reads_the_tax_and_industry_fields_spelled_out(client, personas):
    page = client.get(reverse("portal:employer-register")).content.decode()
    for label in (
        "Federal Employer Identification Number (FEIN)",
        "State unemployment insurance (UI) account number",
        "Industry code (NAICS)",
        "Number of employees",
    ):
        assert label in page


def test_the_worksite_name_hint_speaks_to_whoever_fills_it(client, personas):
    link(make_employer(), personas.employer_user)
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-worksites")).content.decode()
    assert "The name used for this location" in page and "How the employer calls" not in page


def test_an_employer_signing_up_is_told_what_each_number_is_and_where_to_find_it(client, personas):
    page = client.get(reverse("portal:employer-register")).content.decode()
    assert "The 9-digit number the IRS gave your business, on your federal tax forms" in page
    assert 'id="id_fein-hint"' in page  # read out with the field
    assert "Type a few words of what your business does (for example bakery or trucking)" in page
    assert "2022 NAICS code" not in page and "NN-NNNNNNN" not in page  # no bare shorthand


def test_an_employers_company_page_spells_out_the_identifiers_and_names_the_industry(client, personas, world):
    world["mine"].naics = "722511"
    world["mine"].save(update_fields=["naics"])
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-company")).content.decode()
    assert "Federal Employer Identification Number (FEIN)" in page
    assert "State unemployment insurance (UI) account" in page
    assert "Full-Service Restaurants (industry code 722511)" in page


def test_staff_read_the_identifiers_spelled_out_on_the_employer_page(client, personas, world):
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:employer-detail", args=[world["mine"].pk])).content.decode()
    assert "Federal Employer Identification Number (FEIN)" in page
    assert "North American Industry Classification System, NAICS" in page
