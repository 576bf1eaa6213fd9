"""Journey: staff find a new job seeker (typo-tolerant search by GET), open the person's record, enroll them in
Wagner-Peyser, record a service and add a note — every step from the record's own actions.

Manual: WP Enrollment ("Staff must complete a WP enrollment before recording any staff-assisted services");
Case Notes & Services."""

import pytest
from playwright.sync_api import expect

from jobcenter.cases.models import CaseNote, Enrollment, Service
from jobcenter.cases.tests.factories import make_seeker
from jobcenter.testing.journeys import click_nav, field, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_staff_find_a_new_seeker_enroll_record_a_service_and_add_a_note(page, live_server, db):
    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, given_name="Rosa", surname="Quintanila", state_id="MO0000000042")
    make_seeker(job_center=personas.center_a, given_name="Rosa", surname="Smith")

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "staff_a")
    click_nav(page, "Job seekers")
    field(page, "Name").fill("Rosa Quintanilla")  # one letter too many: still found
    page.get_by_role("button", name="Search", exact=True).click()
    # a GET search: bookmarkable, Back works (page.url read at once was still the search page's)
    page.wait_for_url(lambda url: "name=Rosa+Quintanilla" in url)
    results = page.get_by_test_id("search-results").inner_text()
    assert "Quintanila" in results and "Smith" not in results
    page.get_by_role("link", name="Rosa Quintanila").click()

    actions = page.get_by_test_id("record-actions")
    assert "Not enrolled" in actions.inner_text()
    expect(actions.get_by_role("link", name="Record a service")).to_have_count(0)  # not before an enrollment
    actions.get_by_role("link", name="Enroll").click()
    page.get_by_label("Needs staff-assisted services to find employment").check()
    page.get_by_role("button", name="Save").click()

    actions = page.get_by_test_id("record-actions")
    expect(actions).to_contain_text("Enrolled in Wagner-Peyser")
    actions.get_by_role("link", name="Record a service").click()
    page.get_by_role("combobox", name="Service").select_option("102")
    field(page, "Remarks").fill("Resume review and job search plan")
    page.get_by_role("button", name="Save").click()

    page.get_by_test_id("record-actions").get_by_role("link", name="Add a note").click()
    field(page, "Note").fill("Discussed warehouse openings; will apply this week.")
    page.get_by_role("button", name="Save").click()

    timeline = page.get_by_test_id("timeline").inner_text()
    assert "Resume review and job search plan" in timeline
    assert "Discussed warehouse openings" in timeline
    assert "Required because: Needs staff-assisted services to find employment" in timeline
    assert "Résumé" in page.get_by_test_id("resume").inner_text()  # the same page holds the profile and résumé
    enrollment = Enrollment.objects.get(seeker=seeker)
    assert enrollment.case_manager == personas.staff_a and enrollment.required_reasons == ["staff_assisted"]
    assert Service.objects.get(seeker=seeker).code == "102"
    assert CaseNote.objects.get(seeker=seeker).body.startswith("Discussed warehouse openings")
