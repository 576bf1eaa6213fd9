"""Presentation on real pages: occupation fields suggest O*NET titles and accept "31-9097", placeholder service
codes are marked, long forms get the USWDS error summary, check boxes get USWDS markup, no API-token link for
portal users."""

import pytest
from django.urls import reverse

from jobcenter.cases.catalogue import code_label, is_placeholder_code
from jobcenter.occupations.models import Occupation
from jobcenter.occupations.selectors import normalize_onet_code
from jobcenter.seekers.forms import RESUME_FORMS
from jobcenter.seekers.tests.factories import make_seeker


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("31-9097", "31-9097.00"),
        ("319097", "31-9097.00"),
        ("31-9097.00", "31-9097.00"),
        ("Phlebotomist", "Phlebotomist"),
    ],
)
def test_short_soc_codes_read_as_onet_codes(typed, code):
    assert normalize_onet_code(typed) == code


def test_occupation_fields_suggest_titles_and_accept_the_short_code(client, personas):
    Occupation.objects.create(code="31-9097.00", title="Phlebotomists")
    client.force_login(personas.staff_a)
    by_title = client.get(reverse("occupation-suggest"), {"soc_code": "phleb"}).content.decode()
    by_code = client.get(reverse("occupation-suggest"), {"work-onet_soc_code": "31-9097"}).content.decode()
    assert '<option value="31-9097.00">Phlebotomists</option>' in by_title
    assert "31-9097.00" in by_code
    form = RESUME_FORMS["occupation"](
        {"occupation-title": "Phlebotomist", "occupation-onet_soc_code": "31-9097"}, prefix="occupation"
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["onet_soc_code"] == "31-9097.00"
    assert form.fields["onet_soc_code"].widget.attrs["list"] == "onet-suggestions"


def test_placeholder_service_codes_are_marked_on_the_record_and_in_the_api(client, personas):
    from jobcenter.cases.services import service_record
    from jobcenter.cases.tests.factories import enroll
    from jobcenter.core import clock

    assert is_placeholder_code("108") and not is_placeholder_code("102")
    assert code_label("108") == "108 (placeholder code)" and code_label("102") == "102"
    seeker = make_seeker(job_center=personas.center_a)
    enroll(seeker, case_manager=personas.staff_a)
    service_record(actor=personas.staff_a, seeker=seeker, code="108", service_date=clock.today())
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:case-detail", args=[seeker.pk])).content.decode()
    assert "Service 108 (placeholder code)" in page
    catalogue = client.get("/api/v1/cases/catalogue").json()
    assert {row["code"]: row["placeholder"] for row in catalogue}["108"] is True
    case = client.get(f"/api/v1/cases/seekers/{seeker.pk}").json()
    assert case["services"][0]["code_is_placeholder"] is True


def test_a_long_form_shows_the_error_summary_linking_to_each_field(client, personas):
    client.force_login(personas.staff_a)
    page = client.post(reverse("staff:employer-register"), {"legal_name": ""}).content.decode()
    assert 'data-testid="error-summary"' in page and 'href="#id_legal_name"' in page


def test_check_boxes_sit_beside_their_labels_and_portal_users_get_no_api_token_link(client, personas):
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:employer-register")).content.decode()
    assert 'class="jc-checkbox"' in page and "jc-checkbox__input" in page
    assert reverse("api-tokens") in page
    client.force_login(personas.seeker_user)
    assert reverse("api-tokens") not in client.get(reverse("portal:seeker-jobs")).content.decode()
