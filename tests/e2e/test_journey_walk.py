"""Journeys that walking the demo found broken (each step clicked as a person sees it; ADR 0020):

1. A new job seeker registers from the front page: the unticked work-authorization box is reported with the other
   mistakes on the first try (manual: Job Seekers - Service Policy); a pasted occupation code gets suggestions;
   their home says what to do next; a search survives "Back to job search"; a job that matches them opens its
   page, where they ask to be referred.
2. An employer says what happened with a referred person: nothing is chosen until they choose, so a stray Save
   records no hire.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from jobcenter.matching.tests.factories import FORKLIFT, load_occupations
from jobcenter.referrals.models import Referral
from jobcenter.referrals.services import referral_create_staff
from jobcenter.seekers import constants as seeker_constants
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_order
from jobcenter.testing.journeys import click_nav, field, portal_employer
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e
PASSWORD = "Long-enough-pass-2026"


@pytest.fixture
def world(db):
    personas = build_personas()
    load_occupations()
    employer, site = portal_employer(
        personas, name="Riverside Logistics LLC", site_name="Dock", address="400 Grand Blvd"
    )
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Forklift Operator",
        description="Load and unload trailers at our Kansas City dock.",
        soc_code=FORKLIFT,
        worksite_zip="64106",
    )
    make_order(employer=employer, job_center=personas.center_a, title="Night Baker", description="Bake bread.")
    return personas, order


def test_a_new_job_seeker_registers_finds_their_way_and_asks_to_be_referred_from_a_match(page, live_server, world):
    personas, order = world
    page.goto(f"{live_server.url}/")
    expect(page.get_by_text("Search the open jobs in Missouri.")).to_be_visible()
    page.get_by_role("link", name="Create a job seeker account").click()

    page.locator("#id_username").fill("wanda90")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_given_name").fill("Wanda")
    page.locator("#id_date_of_birth").fill("1990-05-06")
    page.locator("#id_email").fill("wanda@example.com")
    page.locator("#id_postcode").fill("64106")
    page.locator("#id_home_job_center").select_option(str(personas.center_a.pk))
    page.get_by_role("button", name="Create account").click()
    # One try lists every mistake, the unticked authorization box with the empty surname.
    summary = page.get_by_test_id("error-summary")
    expect(summary).to_contain_text(seeker_constants.WORK_AUTHORIZATION_REQUIRED)
    expect(summary).to_contain_text("Surname")
    page.locator("#id_surname").fill("Walker")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_authorized_to_work").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="My résumé")).to_be_visible()

    # The résumé: the kind of work wanted, picked from the occupation list.
    wanted = page.locator("details").filter(has=page.locator("input[name='occupation-title']"))
    wanted.locator("summary").click()
    wanted.locator("input[name='occupation-title']").fill("Forklift operator")
    # A pasted code (no key pressed: found walking the demo, only typing asked for suggestions) gets the list too.
    wanted.locator("input[name='occupation-onet_soc_code']").fill("53-7051")
    expect(page.locator(f"#onet-suggestions option[value='{FORKLIFT}']")).to_have_count(1)
    wanted.locator("input[name='occupation-onet_soc_code']").fill(FORKLIFT)
    wanted.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Added to occupations you want.")).to_be_visible()

    click_nav(page, "My home")
    steps = page.get_by_test_id("seeker-next-steps")
    steps.get_by_role("link", name="Find jobs").click()
    field(page, "Keywords").fill("forklift")
    page.get_by_role("button", name="Search jobs").click()
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job")
    expect(page.get_by_test_id("hear-about-new-jobs")).to_be_visible()
    page.get_by_role("link", name="Forklift Operator").click()
    page.get_by_role("link", name="Back to job search").click()
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job")  # the same results, not every job
    expect(field(page, "Keywords")).to_have_value("forklift")

    click_nav(page, "Jobs that match you")
    page.get_by_test_id("matches").get_by_role("link", name="Forklift Operator").click()
    page.get_by_role("button", name="Refer me").click()
    expect(page.get_by_role("status").first).to_contain_text("You are referred to this job")
    seeker = JobSeeker.objects.get(user__username="wanda90")
    assert Referral.objects.get(seeker=seeker).job_order_id == order.pk


def test_an_employer_records_what_happened_only_when_they_choose(page, live_server, world):
    personas, order = world
    from jobcenter.cases.tests.factories import enroll
    from jobcenter.matching.tests.factories import coded_seeker

    person = coded_seeker(job_center=personas.center_a, given_name="Omar")
    enroll(person, case_manager=personas.staff_a)
    referral_create_staff(actor=personas.staff_a, seeker=person, order=order, consent="present")

    login(page, live_server, "employer_user", "x-persona-pass-1")
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    page.get_by_role("link", name="People referred to this job").click()
    card = page.get_by_test_id("candidate").filter(has_text=person.full_name)
    card.get_by_role("button", name=re.compile("Save what happened")).click()
    expect(page.get_by_text(f"Nothing was saved for {person.full_name}")).to_be_visible()
    assert Referral.objects.get(seeker=person).status == "referred"
    card = page.get_by_test_id("candidate").filter(has_text=person.full_name)
    card.get_by_label(re.compile("What happened")).select_option(label="Not hired")
    card.get_by_role("button", name=re.compile("Save what happened")).click()
    expect(page.get_by_text(f"Saved: {person.full_name}, not hired.")).to_be_visible()
    assert Referral.objects.get(seeker=person).status == "not_hired"
