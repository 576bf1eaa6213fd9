"""After sending an order from the portal the employer reads the outcome in their own words, never the staff
text ("The employer was told; the order goes back for the employer ...")."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from jobcenter.employers.models import EmployerMembership
from jobcenter.joborders import constants
from jobcenter.portal.views.joborders import employer_outcome_message
from jobcenter.testing.joborders import make_order, order_fields

pytestmark = pytest.mark.django_db


def test_every_staff_outcome_has_employer_words_and_anything_else_a_plain_fallback():
    for staff_text, employer_text in constants.EMPLOYER_OUTCOME_MESSAGES.items():
        assert employer_outcome_message(staff_text) == employer_text
        assert "the employer" not in employer_text.lower()
    blocked = constants.ONLINE_BLOCKED.format(reasons=constants.ONLINE_FRAUD_OPEN)
    assert employer_outcome_message(blocked) == constants.EMPLOYER_OUTCOME_OTHER


def test_a_wage_below_the_minimum_is_explained_to_the_employer_in_plain_words(client, personas, employer):
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(employer=employer, job_center=personas.center_a, status="draft")
    fields = order_fields(wage_min="7.00", wage_max="")
    data = {
        **{k: v for k, v in fields.items() if v is not None},
        "employment_type": "full_time",
        "visa_program": "none",
        "position_open_now": "true",
        "paid_on_w2": "true",
        "applicant_pays_before_hire": "false",
        "union_membership_condition": "false",
    }
    client.force_login(personas.employer_user)
    response = client.post(reverse("portal:employer-joborder-correct", args=[order.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert shown == [constants.EMPLOYER_OUTCOME_MESSAGES[constants.SUBSTANDARD_RETURNED]]
    assert constants.SUBSTANDARD_RETURNED not in shown


def test_the_order_form_offers_no_visa_program_in_words_and_an_employer_hint_for_special_categories(
    client, personas, employer
):
    from jobcenter.employers.models import Worksite

    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    Worksite.objects.create(
        employer=employer, name="Plant", address_1="1 Main St", city="Kansas City", state="MO", postcode="64106"
    )
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-new")).content.decode()
    assert '<option value="none" selected>No visa program</option>' in page
    assert "Tick a program only if this job is part of it" in page and "program guidance" not in page
    client.force_login(personas.staff_a)
    staff_page = client.get(reverse("staff:joborder-new")).content.decode()
    assert "No visa program</option>" in staff_page and "Record as your program guidance says" in staff_page
