"""The job seeker's side of referrals (issue #12 part B): "Refer me" on the public job page, "My referrals" with
the status in plain words, and notification preferences (manual: Manage Labor Exchange Tools — Referrals
Pending Review, Notifications; Job Order from Employer Requesting Confidentiality)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from jobcenter.referrals.models import Referral
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeker(personas):
    return make_seeker(job_center=personas.center_a, user=personas.users["seeker_user"], authorized_to_work=True)


@pytest.fixture
def seeker_client(client, personas, seeker):
    client.force_login(personas.users["seeker_user"])
    return client


def test_refer_me_on_an_ordinary_order_refers_at_once_and_shows_how_to_apply(seeker_client, personas, seeker):
    employer = make_employer(job_center=personas.center_a, name="Open Door Bakery")
    order = make_order(
        employer=employer, job_center=personas.center_a, application_instructions="Ask for Dana at the back door."
    )
    page = seeker_client.get(reverse("portal:job-public", args=[order.pk])).content.decode()
    assert "Refer me" in page and "Ask for Dana" not in page
    response = seeker_client.post(reverse("portal:job-refer", args=[order.pk]), {"via": "order"}, follow=True)
    html = response.content.decode()
    assert "You are referred to this job" in html
    assert "Referred: you may apply" in html and "Ask for Dana at the back door." in html
    referral = Referral.objects.get(seeker=seeker, job_order=order)
    assert (referral.status, referral.source) == ("referred", "self")
    # Asking twice: plain answer, still one referral.
    again = seeker_client.post(reverse("portal:job-refer", args=[order.pk]), follow=True).content.decode()
    assert "already asked to be referred" in again
    assert Referral.objects.filter(seeker=seeker, job_order=order).count() == 1


def test_a_confidential_order_waits_for_staff_review_and_never_names_the_employer(seeker_client, personas, seeker):
    employer = make_employer(job_center=personas.center_a, name="Hidden Harbor Foods", confidential=True)
    order = make_order(
        employer=employer, job_center=personas.center_a, application_instructions="Call Hidden Harbor Foods."
    )
    html = seeker_client.post(
        reverse("portal:job-refer", args=[order.pk]), {"via": "notification"}, follow=True
    ).content.decode()
    assert "Waiting for staff review" in html
    assert "Hidden Harbor" not in html
    referral = Referral.objects.get(seeker=seeker, job_order=order)
    assert (referral.status, referral.source) == ("pending_review", "notification")
    mine = seeker_client.get(reverse("portal:my-referrals")).content.decode()
    assert "Waiting for staff review" in mine and "Hidden Harbor" not in mine
    assert "pending_review" not in mine


def test_a_person_not_authorized_to_work_is_told_why_in_plain_words(seeker_client, personas, seeker):
    seeker.authorized_to_work = False
    seeker.save()
    order = make_order(employer=make_employer(job_center=personas.center_a), job_center=personas.center_a)
    html = seeker_client.post(reverse("portal:job-refer", args=[order.pk]), follow=True).content.decode()
    assert "confirm that you may legally work in the United States" in html
    assert not Referral.objects.exists()


def test_my_referrals_is_empty_then_lists_each_referral(seeker_client, personas, seeker):
    assert "You have no referrals yet" in seeker_client.get(reverse("portal:my-referrals")).content.decode()
    order = make_order(employer=make_employer(job_center=personas.center_a), job_center=personas.center_a)
    seeker_client.post(reverse("portal:job-refer", args=[order.pk]))
    html = seeker_client.get(reverse("portal:my-referrals")).content.decode()
    assert order.title in html and "Referred: you may apply" in html


def test_notification_preferences_change_the_method_or_stop_notifications(seeker_client, seeker):
    url = reverse("portal:notification-preferences")
    page = seeker_client.get(url).content.decode()
    assert re.search(r'value="email"[^>]*checked', page)  # the method chosen at registration
    # Text needs a mobile phone: a plain error, nothing saved.
    html = seeker_client.post(
        url, {"notification_method": "text", "email": seeker.email, "phone": "", "phone_is_mobile": ""}
    ).content.decode()
    assert "mobile phone number" in html
    seeker.refresh_from_db()
    assert seeker.notification_method == "email"
    response = seeker_client.post(
        url,
        {"notification_method": "text", "email": seeker.email, "phone": "816-555-0142", "phone_is_mobile": "on"},
        follow=True,
    )
    assert "send you a text message" in response.content.decode()
    seeker.refresh_from_db()
    assert (seeker.notification_method, seeker.phone, seeker.phone_is_mobile) == ("text", "+18165550142", True)
    assert "(816) 555-0142" in seeker_client.get(url).content.decode()  # never the stored E.164 form
    response = seeker_client.post(
        url,
        {"notification_method": "none", "email": seeker.email, "phone": "(816) 555-0142", "phone_is_mobile": "on"},
        follow=True,
    )
    assert "We will not tell you about new jobs" in response.content.decode()
    seeker.refresh_from_db()
    assert seeker.notification_method == "none"
