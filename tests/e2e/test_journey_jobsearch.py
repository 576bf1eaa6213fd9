"""Journeys of issue #12 part B (ADR 0032), clicking only after the first page:

1. An anonymous visitor opens ``/``, searches, opens a job, creates an account with the real registration form,
   comes back to the job and clicks "Refer me"; the page says they are referred and shows how to apply, and the
   referral is in the database (manual: Registration Requirements — referral information needs a registration).
2. Staff enter a job order that goes online; qualified job seekers are notified by the method each chose,
   veterans and eligible spouses first (the others after the 24-hour priority window, dated parameter
   ``referrals.notification_priority_window_hours``); the count is case-noted on the employer's record (manual:
   Manage Labor Exchange Tools — Notifications; Employers; 20 CFR 1010.110, TEGL 10-09).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core import clock
from jobcenter.joborders.models import JobOrder
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.referrals import notify
from jobcenter.referrals.messaging import MemoryLetterBackend, MemorySMSBackend
from jobcenter.referrals.models import NotificationDelivery, Referral
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_employer, make_order
from jobcenter.testing.journeys import click_nav, field
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e
PASSWORD = "Long-enough-pass-2026"


@pytest.fixture
def world(db):
    personas = build_personas()
    employer = make_employer(job_center=personas.center_a, name="Riverside Logistics LLC")
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Forklift Operator",
        description="Load and unload trailers at our Kansas City dock.",
        application_instructions="Ask for Dana at the shipping office, 8 a.m. to 4 p.m.",
    )
    make_order(employer=employer, job_center=personas.center_a, title="Night Baker", description="Bake bread.")
    return personas, order


def test_anonymous_visitor_searches_registers_and_asks_to_be_referred(page, live_server, world):
    personas, order = world
    page.goto(f"{live_server.url}/")
    field(page, "Keywords").fill("forklift")
    field(page, "City or ZIP code").fill("64106")
    field(page, "Within (miles)").fill("25")
    page.get_by_role("button", name="Search jobs").click()
    # "/" shows a count of every open job too: wait for the search's own.
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job within 25 miles of 64106")
    expect(page).to_have_url(re.compile(r"[?&]q=forklift(&|$)"))  # a search is a link anyone can share
    page.get_by_role("link", name="Forklift Operator").click()

    box = page.get_by_test_id("referral-box")
    assert "Sign in or create an account to get referral information" in box.inner_text()
    assert "Ask for Dana" not in page.content()
    box.get_by_role("link", name="Create an account").click()

    page.locator("#id_username").fill("jordan77")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_given_name").fill("Jordan")
    page.locator("#id_surname").fill("Lee")
    page.locator("#id_date_of_birth").fill("1988-07-04")
    page.locator("#id_email").fill("jordan@example.com")
    page.locator("#id_phone").fill("(816) 555-0188")
    page.locator("#id_address_1").fill("400 Grand Blvd")
    page.locator("#id_city").fill("Kansas City")
    page.locator("#id_state").fill("MO")
    page.locator("#id_postcode").fill("64106")
    page.locator("#id_home_job_center").select_option(str(personas.center_a.pk))
    page.locator("#id_authorized_to_work").check()
    page.get_by_role("button", name="Create account").click()

    # Back on the job they were reading, now with "Refer me".
    page.get_by_role("heading", name="Forklift Operator").wait_for()
    page.get_by_role("button", name="Refer me").click()
    # The job's page being left shows a message too (the welcome after registering): wait for the referral's.
    expect(page.get_by_role("status").first).to_contain_text("You are referred to this job")
    assert page.get_by_test_id("referral-status").inner_text().startswith("Referred: you may apply")
    instructions = page.get_by_test_id("referral-instructions").inner_text()
    assert "Ask for Dana at the shipping office" in instructions and "Riverside Logistics LLC" in instructions

    seeker = JobSeeker.objects.get(user__username="jordan77")
    referral = Referral.objects.get(seeker=seeker)
    assert (referral.job_order_id, referral.status, referral.source) == (order.pk, "referred", "self")

    click_nav(page, "My referrals")
    row = page.get_by_test_id("my-referrals").get_by_role("row").filter(has_text="Forklift Operator")
    assert "Referred: you may apply" in row.inner_text()


def test_an_order_goes_online_and_qualified_people_hear_of_it_veterans_first(page, live_server, db):
    personas = build_personas()
    load_occupations()
    make_employer(job_center=personas.center_a, name="Prairie Freight LLC")
    a = personas.center_a
    vet = coded_seeker(job_center=a, given_name="Vera", eligible_veteran="2", disabled_veteran="1")
    spouse = coded_seeker(
        job_center=a,
        given_name="Sol",
        eligible_veteran="3",
        notification_method="text",
        phone="(816) 555-0150",
        phone_is_mobile=True,
    )
    other = coded_seeker(job_center=a, given_name="Omar")
    letter = coded_seeker(job_center=a, given_name="Lena", notification_method="mail")
    coded_seeker(job_center=a, given_name="Quinn", notification_method="none")  # opted out
    MemorySMSBackend.outbox.clear()
    MemoryLetterBackend.outbox.clear()

    login(page, live_server, "staff_a", "x-persona-pass-1")
    click_nav(page, "Job orders")
    page.get_by_role("link", name="New job order").click()
    page.get_by_label("Employer").select_option(label="Prairie Freight LLC")
    field(page, "Title").fill("Forklift Operator")
    field(page, "Description").fill("Move pallets in our Kansas City warehouse.")
    field(page, "O*NET-SOC code").fill(FORKLIFT)
    field(page, "Worksite city").fill("Kansas City")
    field(page, "Worksite state").fill("MO")
    field(page, "Worksite ZIP").fill("64106")
    field(page, "Minimum wage offered").fill("19.00")
    field(page, "Hours per week").fill("40")
    page.get_by_role("button", name="Submit for screening").click()
    assert page.get_by_test_id("order-status").inner_text() == "Open"
    order = JobOrder.objects.get(title="Forklift Operator")

    # Covered persons now: the disabled veteran by email, the eligible spouse by text. Nobody else yet.
    assert [m.to for m in mail.outbox] == [[vet.email]]
    assert f"/portal/jobs/{order.pk}/?from=notification" in mail.outbox[0].body
    assert [t["to"] for t in MemorySMSBackend.outbox] == ["+18165550150"]
    assert MemoryLetterBackend.outbox == []
    waiting = NotificationDelivery.objects.filter(job_order=order, status="queued")
    assert {d.seeker_id for d in waiting} == {other.pk, letter.pk}
    assert not EmployerCaseNote.objects.filter(event="referrals.notifications.sent").exists()

    # The priority window ends (the worker sends what is due); then everyone qualified has heard.
    opened = NotificationDelivery.objects.filter(job_order=order, status="sent").first().sent_at
    with clock.frozen(opened + dt.timedelta(hours=24)):
        assert notify.send_due() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([vet.email, other.email])
    assert MemoryLetterBackend.outbox[0]["to"].startswith(letter.full_name)
    sent = list(NotificationDelivery.objects.filter(job_order=order).order_by("sent_at"))
    assert [d.seeker_id for d in sent[:2]] in ([vet.pk, spouse.pk], [spouse.pk, vet.pk])

    # Staff see the case note on the order's employer journal.
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    body = page.locator("body")  # waits for the order page (content() during the navigation is empty)
    expect(body).to_contain_text("4 qualified job-seeking people notified (email 2, text message 1, letter 1)")
    expect(body).to_contain_text("Covered persons (veterans and eligible spouses) first: 2")


def test_a_job_seeker_changes_how_they_hear_of_new_jobs_and_then_stops_them(page, live_server, db):
    from jobcenter.seekers.tests.factories import make_seeker

    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, user=personas.users["seeker_user"])
    login(page, live_server, "seeker_user", "x-persona-pass-1")
    click_nav(page, "Job notifications")
    assert page.get_by_label("By email").is_checked()  # the method chosen at registration
    page.get_by_label("By text message").check()
    field(page, "Phone number").fill("816-555-0142")
    page.get_by_label("This phone can receive text messages").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").first).to_contain_text("We will send you a text message")
    seeker.refresh_from_db()
    assert (seeker.notification_method, seeker.phone, seeker.phone_is_mobile) == ("text", "+18165550142", True)

    page.get_by_label("Do not tell me about new jobs").check()
    page.get_by_role("button", name="Save").click()
    # The page being left is the same page with the previous message: wait for the new one.
    expect(page.get_by_role("status").first).to_contain_text("We will not tell you about new jobs")
    seeker.refresh_from_db()
    assert seeker.notification_method == "none"
