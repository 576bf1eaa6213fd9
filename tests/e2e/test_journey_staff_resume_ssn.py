"""Journeys (issue #8 item 2): staff edit a person's résumé from the person's record; the Customer Support Unit
changes a person's SSN (a permission of its own: job center staff do not see the action), with the reason
recorded and never the number."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from jobcenter.cases.tests.factories import make_seeker
from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.models import Skill, WorkHistory
from jobcenter.seekers.services import seeker_set_ssn
from jobcenter.testing.browser import login
from jobcenter.testing.journeys import click_nav, field, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def find(page, name: str) -> None:
    click_nav(page, "Job seekers")
    field(page, "Name").fill(name)
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_test_id("search-results").get_by_role("link", name=name).click()


def test_staff_add_and_remove_resume_entries_from_the_record(page, live_server, db):
    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, given_name="Ines", surname="Okafor")
    Skill.objects.create(seeker=seeker, name="Typing")

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "staff_a")
    find(page, "Ines Okafor")
    # count() does not wait: on the search results being left it was 0 whatever the record shows.
    expect(page.get_by_test_id("record-actions")).to_be_visible()
    expect(page.get_by_role("link", name="Change SSN")).to_have_count(0)  # job center staff cannot change an SSN
    page.get_by_role("link", name="Edit résumé").click()

    work = page.get_by_test_id("resume-work")
    work.get_by_text("Add to work history").click()
    work.get_by_label("Employer").fill("Union Station Cafe")
    work.get_by_label("Job title").fill("Line cook")
    work.get_by_label("Start date").fill("2023-04-01")
    work.get_by_role("button", name="Add").click()
    # The résumé page is also the page being left: wait for each change on the page it leads to.
    expect(page.get_by_test_id("resume-work")).to_contain_text("Line cook at Union Station Cafe")
    page.get_by_role("button", name="Remove Typing").click()
    expect(page.get_by_text("Removed from the résumé.")).to_be_visible()
    expect(page.get_by_test_id("resume-skill")).not_to_contain_text("Typing")

    job = WorkHistory.objects.get(seeker=seeker)
    assert (job.employer_name, job.title, job.start_date) == ("Union Station Cafe", "Line cook", dt.date(2023, 4, 1))
    assert not Skill.objects.filter(seeker=seeker).exists()
    actions = set(AuditEntry.objects.filter(actor=personas.staff_a).values_list("action", flat=True))
    assert {"seekers.resume.added", "seekers.resume.removed"} <= actions


def test_the_customer_support_unit_changes_an_ssn_with_a_reason(page, live_server, db):
    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, given_name="Ines", surname="Okafor")
    seeker_set_ssn(seeker=seeker, ssn="123-45-6789")

    login(page, live_server, "csu", "x-persona-pass-1")  # two-step sign-in is set up as the person would
    find(page, "Ines Okafor")
    page.get_by_role("link", name="Change SSN").click()
    page.get_by_label("New Social Security number").fill("234-56-7890")
    page.get_by_role("button", name="Change SSN").click()
    expect(page.locator("main")).to_contain_text(constants.SSN_CHANGE_REASON_REQUIRED)
    page.get_by_label("New Social Security number").fill("234-56-7890")
    page.get_by_label("Why it changes").fill("Card checked: the number was mistyped at registration")
    page.get_by_role("button", name="Change SSN").click()
    expect(page.locator("main")).to_contain_text(constants.SSN_CHANGED)  # the form being left has a main too
    assert "234-56-7890" not in page.locator("main").inner_text()

    seeker.refresh_from_db()
    assert seeker.ssn_last4 == "7890"
    entry = AuditEntry.objects.get(action="seekers.ssn.changed")
    assert entry.actor == personas.csu and entry.data["reason"].startswith("Card checked")
    assert "7890" not in str(entry.data) and "234567890" not in str(entry.data)
