"""What staff record on the pages they already use for PIRL 1005 (career service by a DVOP specialist) and PIRL
1114 (referred to JVSG and why); DOL PIRL public-use layout PY2022 Q4, federal-specs 1.4."""

import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jobcenter.cases import constants
from jobcenter.cases.models import Enrollment, Service
from jobcenter.cases.services import service_record
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock

pytestmark = pytest.mark.django_db


def page_of(response) -> str:
    return html.unescape(response.content.decode())


def test_staff_mark_a_career_service_as_provided_by_a_dvop_specialist(client, personas):
    seeker = make_seeker(job_center=personas.center_a, veteran="1")
    enroll(seeker, case_manager=personas.staff_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:case-service-new", kwargs={"pk": seeker.pk})
    assert "Disabled Veterans' Outreach Program (DVOP) specialist" in page_of(client.get(url))
    today = clock.today().isoformat()
    response = client.post(url, {"code": "102", "when": "received", "service_date": today, "dvop_specialist": "on"})
    assert response.status_code == 302
    assert Service.objects.get().dvop_specialist
    case_page = page_of(client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk})))
    assert "provided by a DVOP specialist" in case_page


def test_a_self_service_cannot_be_marked_as_a_dvop_career_service(client, personas):
    seeker = make_seeker(job_center=personas.center_a, veteran="1")
    client.force_login(personas.staff_a)
    url = reverse("staff:case-service-new", kwargs={"pk": seeker.pk})
    today = clock.today().isoformat()
    response = client.post(url, {"code": "100", "when": "received", "service_date": today, "dvop_specialist": "on"})
    assert response.status_code == 200 and constants.DVOP_NOT_CAREER_SERVICE in page_of(response)
    assert not Service.objects.exists()
    with pytest.raises(ValidationError):
        service_record(actor=personas.staff_a, seeker=seeker, code="500", dvop_specialist=True)  # follow-up


def test_a_jvsg_enrollment_records_why_the_person_was_referred(client, personas):
    seeker = make_seeker(job_center=personas.center_a, veteran="1")
    client.force_login(personas.staff_a)
    url = reverse("staff:case-enroll", kwargs={"pk": seeker.pk})
    assert "Reason referred to Jobs for Veterans State Grants" in page_of(client.get(url))
    data = {"program": "jvsg", "case_manager": personas.staff_a.pk, "job_center": personas.center_a.pk}
    refused = client.post(url, data)
    assert refused.status_code == 200 and constants.JVSG_REASON_REQUIRED in page_of(refused)
    assert client.post(url, {**data, "jvsg_referral_reason": "1"}).status_code == 302
    assert Enrollment.objects.get().jvsg_referral_reason == "1"
    case_page = page_of(client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk})))
    assert "referred because: significant barrier to employment" in case_page


def test_a_reason_for_jvsg_is_refused_on_another_program(personas):
    seeker = make_seeker(job_center=personas.center_a)
    with pytest.raises(ValidationError) as exc:
        enroll(seeker, case_manager=personas.staff_a, jvsg_referral_reason="4")
    assert constants.JVSG_REASON_NOT_JVSG in str(exc.value)
