"""Browser: a person registers in the portal and builds a résumé; CSU merges a duplicate pair and undoes it."""

import os

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State, User
from jobcenter.seekers import constants
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import merge_request_create, resume_entry_add
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.browser import login

PASSWORD = "Long-enough-pass-2026"


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Let the ORM run beside Playwright's event loop (see employers' e2e test)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def _center():
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region = Region.objects.create(state=state, code="KC", name="Kansas City Region")
    return JobCenter.objects.create(region=region, code="KCD", name="Kansas City Downtown")


@pytest.mark.e2e
def test_a_person_registers_in_the_portal_and_adds_to_the_resume(page, live_server):
    center = _center()
    page.goto(f"{live_server.url}/portal/seeker/register/")
    page.locator("#id_username").fill("dana90")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_given_name").fill("Dana")
    page.locator("#id_surname").fill("Rivera")
    page.locator("#id_date_of_birth").fill("1990-04-12")
    page.locator("#id_email").fill("dana@example.com")
    page.locator("#id_phone").fill("555-0123")
    page.locator("#id_address_1").fill("123 Main St")
    page.locator("#id_city").fill("Kansas City")
    page.locator("#id_state").fill("MO")
    page.locator("#id_postcode").fill("64106")
    page.locator("#id_home_job_center").select_option(str(center.pk))
    page.locator("#id_authorized_to_work").check()
    page.get_by_role("button", name="Create account").click()

    # The error sits beside the phone field and nothing typed is lost (except the password).
    assert constants.PHONE_INVALID in page.locator("#id_phone-error").inner_text()
    assert page.locator("#id_city").input_value() == "Kansas City"
    page.locator("#id_phone").fill("(816) 555-0123")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    page.wait_for_url("**/portal/seeker/resume/")
    seeker = JobSeeker.objects.get(user__username="dana90")
    assert seeker.phone == "+18165550123" and seeker.home_job_center == center
    assert seeker.state_id in page.content()

    skills = page.get_by_test_id("resume-skill")
    skills.locator("summary").click()
    skills.locator("#id_skill-name").fill("Forklift")
    skills.get_by_role("button", name="Add").click()
    # The résumé is also the page being left (so waiting for its address returns at once): wait for the skill.
    expect(page.get_by_test_id("resume-skill")).to_contain_text("Forklift")
    page.wait_for_url("**/portal/seeker/resume/")
    assert list(seeker.skills.values_list("name", flat=True)) == ["Forklift"]


@pytest.mark.e2e
def test_csu_merges_a_duplicate_pair_and_undoes_it(page, live_server):
    center = _center()
    csu = User(username="csu_e2e", role=Role.CSU)
    csu.set_password(PASSWORD)
    csu.save()
    keep = make_seeker(job_center=center, given_name="Ana", surname="Lopez", ssn="123-45-6789")
    dup = make_seeker(job_center=center, given_name="Anna", surname="Lopez")
    resume_entry_add(seeker=dup, actor=None, section="skill", name="Welding")
    mr = merge_request_create(actor=None, seeker_a=dup, seeker_b=keep, source="linkage", match_probability=0.93)

    login(page, live_server, "csu_e2e", PASSWORD)
    page.goto(f"{live_server.url}/staff/duplicates/")
    page.get_by_role("link", name=f"#{mr.pk}").click()
    comparison = page.get_by_test_id("comparison").inner_text()
    assert keep.state_id in comparison and dup.state_id in comparison
    assert "***-**-6789" in comparison and "123-45-6789" not in page.content()

    page.get_by_role("button", name="Merge", exact=True).click()
    expect(page.get_by_test_id("merge-status")).to_have_text("Merged")
    dup.refresh_from_db()
    assert dup.merged_into == keep and list(keep.skills.values_list("name", flat=True)) == ["Welding"]

    page.get_by_role("button", name="Undo merge").click()
    expect(page.get_by_test_id("merge-status")).to_have_text("Merge undone")
    dup.refresh_from_db()
    assert dup.is_active and list(dup.skills.values_list("name", flat=True)) == ["Welding"]
    assert MergeRequest.objects.get().status == "undone"
