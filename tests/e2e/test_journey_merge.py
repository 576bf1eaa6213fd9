"""Journey: CSU opens the duplicates queue from the header, sees that the two accounts carry different SSNs, must
confirm the primary's SSN before merging, merges, then undoes the merge (manual: Duplicate Accounts — "use the
account with the correct Social Security number as the primary account")."""

import pytest
from playwright.sync_api import expect

from jobcenter.seekers import constants
from jobcenter.seekers.models import MergeRequest
from jobcenter.seekers.services import merge_request_create, resume_entry_add
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.journeys import click_nav, field, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_csu_merges_a_pair_with_different_ssns_after_confirming_and_undoes_it(page, live_server, db):
    personas = build_personas()
    keep = make_seeker(job_center=personas.center_a, given_name="Ana", surname="Lopez", ssn="123-45-6789")
    dup = make_seeker(job_center=personas.center_a, given_name="Anna", surname="Lopez", ssn="123-45-6780")
    resume_entry_add(seeker=dup, actor=None, section="skill", name="Welding")
    mr = merge_request_create(actor=None, seeker_a=dup, seeker_b=keep, source="linkage", match_probability=0.93)

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "csu")
    click_nav(page, "Duplicates")
    page.get_by_role("link", name=f"#{mr.pk}").click()
    comparison = page.get_by_test_id("comparison").inner_text()
    assert "True" not in comparison and "False" not in comparison and "None" not in comparison
    assert "different SSNs" in page.content()

    field(page, "Keep as primary").select_option(keep.state_id)
    page.get_by_role("button", name="Merge", exact=True).click()
    expect(page.locator("body")).to_contain_text(constants.MERGE_DIFFERENT_SSNS)  # confirmation required
    assert MergeRequest.objects.get().status == "pending"

    field(page, "Keep as primary").select_option(keep.state_id)
    page.get_by_text("I confirmed the primary record has the correct SSN").click()
    page.get_by_role("button", name="Merge", exact=True).click()
    expect(page.get_by_test_id("merge-status")).to_have_text("Merged")
    dup.refresh_from_db()
    assert dup.merged_into == keep and list(keep.skills.values_list("name", flat=True)) == ["Welding"]
    moved = page.get_by_test_id("moved").inner_text()  # what moved, in words (never "seekers.ResumeEntry #3")
    assert moved == "Skills: 1", moved
    assert "seekers." not in moved and "#" not in moved

    page.get_by_role("button", name="Undo merge").click()
    expect(page.get_by_test_id("merge-status")).to_have_text("Merge undone")
    dup.refresh_from_db()
    assert dup.is_active and list(dup.skills.values_list("name", flat=True)) == ["Welding"]
    assert MergeRequest.objects.get().status == "undone"
