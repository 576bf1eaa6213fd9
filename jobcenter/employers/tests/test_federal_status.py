"""Staff mark an employer as a Federal agency or Federal contractor on the profile they already edit, so referrals
to its orders are reported as Federal (contractor) jobs (PIRL 1108-1111; federal-specs 1.4)."""

import html

import pytest
from django.urls import reverse

from jobcenter.employers.tests.factories import make_employer

pytestmark = pytest.mark.django_db


def test_staff_mark_an_employer_as_a_federal_contractor_and_the_profile_shows_it(client, personas):
    employer = make_employer(legal_name="Fort Supply Co", active=True, job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:employer-edit", args=[employer.pk])
    page = html.unescape(client.get(url).content.decode())
    assert "Federal agency or Federal contractor" in page and "Federal contractor" in page
    data = {"legal_name": "Fort Supply Co", "fein": employer.fein, "naics": "722511", "state": "MO"}
    assert client.post(url, {**data, "federal_status": "federal_contractor"}).status_code == 302
    employer.refresh_from_db()
    assert employer.federal_status == "federal_contractor"
    detail = html.unescape(client.get(reverse("staff:employer-detail", args=[employer.pk])).content.decode())
    assert "Federal contractor" in detail
    assert "federal_contractor" not in detail  # the label, never the stored code


def test_an_employer_cannot_mark_itself_federal_in_the_portal(client, personas):
    employer = make_employer(legal_name="Mine Co", active=True, job_center=personas.center_a)
    from jobcenter.employers.tests.factories import link

    link(employer, personas.employer_user)
    client.force_login(personas.employer_user)
    url = reverse("portal:employer-company-edit")
    data = {"legal_name": "Mine Co", "fein": employer.fein, "naics": "722511", "state": "MO"}
    assert client.post(url, {**data, "federal_status": "federal_agency"}).status_code == 302
    employer.refresh_from_db()
    assert employer.federal_status == ""
