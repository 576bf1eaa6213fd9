"""Journey: staff sign in, find a job seeker, open the person record, see the occupations the coder suggested from
the résumé titles (with its confidence), correct one, and the correction is kept when the résumé changes.

Manual: Job Seekers - Service Policy ("classify the individual by all applicable O*NET codes"). ADR 0028."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from jobcenter.core.models import AuditEntry
from jobcenter.matching.selectors import seeker_facts
from jobcenter.occupations.importer import import_onet
from jobcenter.occupations.tests.onet_subset import ONET, write_subset
from jobcenter.seekers.models import SeekerOccupation, WorkHistory
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.journeys import click_nav, field, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]
TRUCKS, FORKLIFT = "53-3032.00", "53-7051.00"


def test_staff_correct_a_suggested_occupation_and_the_correction_is_kept(page, live_server, db, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    import_onet(write_subset(tmp_path / "onet"), release="29.3")
    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, given_name="Dale", surname="Okonkwo")
    WorkHistory.objects.create(
        seeker=seeker,
        employer_name="Riverside Freight",
        title="Truck driver CDL",
        duties="Loaded trailers with a forklift in the yard",
        start_date=dt.date(2021, 3, 1),
        end_date=dt.date(2024, 3, 1),
    )

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "staff_a")
    click_nav(page, "Job seekers")
    field(page, "Name").fill("Dale Okonkwo")
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_role("link", name="Dale Okonkwo").click()

    section = page.get_by_test_id("occupation-codes")
    suggested = section.get_by_test_id("occupation-code").filter(has_text="Heavy and Tractor-Trailer Truck Drivers")
    assert "Suggested by the occupation coder" in suggested.inner_text() and "% confident" in suggested.inner_text()
    assert "Work history: Truck driver CDL" in suggested.inner_text()
    assert "O*NET Database" in section.inner_text()  # CC BY attribution

    suggested.get_by_role("link", name="Correct this occupation").click()
    field(page, "Occupation").fill("53-7051")
    field(page, "Reason (optional)").fill("Drove forklifts in the yard, not on the road")
    page.get_by_role("button", name="Save correction").click()

    section = page.get_by_test_id("occupation-codes")
    text = section.inner_text()
    assert "Industrial Truck and Tractor Operators" in text and "Set by staff" in text
    assert "Does not apply: Heavy and Tractor-Trailer Truck Drivers" in text

    # The résumé changes (a desired occupation the coder reads as truck driving): the correction stays.
    page.get_by_test_id("record-actions").get_by_role("link", name="Edit résumé").click()
    wanted = page.get_by_test_id("resume-occupation")
    wanted.locator("summary").click()
    wanted.get_by_label("Title").fill("Truck driver")
    wanted.get_by_role("button", name="Add").click()
    # "Back to" is on the page being left too: wait for the added occupation before leaving, or the click could
    # cut the addition short and the record would be read before the résumé changed.
    expect(wanted).to_contain_text("Truck driver")
    expect(page.get_by_text("Added to occupations wanted.")).to_be_visible()
    page.get_by_role("link", name="Back to Dale Okonkwo").click()
    text = page.get_by_test_id("occupation-codes").inner_text()
    assert "Industrial Truck and Tractor Operators" in text and "Set by staff" in text
    assert "Does not apply: Heavy and Tractor-Trailer Truck Drivers" in text
    assert "Suggested by the occupation coder" not in text

    rows = {r.code: r for r in SeekerOccupation.objects.filter(seeker=seeker)}
    assert rows[FORKLIFT].source == "staff" and rows[FORKLIFT].applies and rows[FORKLIFT].set_by == personas.staff_a
    assert rows[TRUCKS].source == "staff" and not rows[TRUCKS].applies
    assert set(seeker_facts(seeker).occupations) == {FORKLIFT}  # matching uses the corrected classification
    entry = AuditEntry.objects.get(action="seekers.occupation.corrected")
    assert entry.data["from"] == TRUCKS and entry.data["to"] == FORKLIFT


def test_a_staff_correction_follows_the_person_when_csu_merges_two_records(page, live_server, db, settings, tmp_path):
    from jobcenter.seekers.classification import occupation_replace
    from jobcenter.seekers.services import merge_request_create

    settings.VAR_DIR = tmp_path / "var"
    import_onet(write_subset(tmp_path / "onet"), release="29.3")
    personas = build_personas()
    records = []
    for ssn, start in ((None, dt.date(2021, 3, 1)), ("123-45-6789", dt.date(2019, 5, 1))):
        person = make_seeker(job_center=personas.center_a, given_name="Dale", surname="Okonkwo", ssn=ssn)
        WorkHistory.objects.create(
            seeker=person, employer_name="Riverside Freight", title="Truck driver CDL", start_date=start
        )
        records.append(person)
    dup, keep = records  # the record with the SSN is the primary; staff corrected the other one
    suggested = SeekerOccupation.objects.get(seeker=dup, code=TRUCKS)
    occupation_replace(actor=personas.staff_a, seeker=dup, row=suggested, code=FORKLIFT, note="Yard forklift")
    assert SeekerOccupation.objects.get(seeker=keep, code=TRUCKS).source == "coder"
    mr = merge_request_create(actor=None, seeker_a=dup, seeker_b=keep, source="linkage", match_probability=0.97)

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "csu")
    click_nav(page, "Duplicates")
    page.get_by_role("link", name=f"#{mr.pk}").click()
    page.get_by_role("button", name="Merge", exact=True).click()
    expect(page.get_by_test_id("merge-status")).to_have_text("Merged")
    page.get_by_role("link", name=keep.state_id).click()

    text = page.get_by_test_id("occupation-codes").inner_text()
    assert "Industrial Truck and Tractor Operators" in text and "Set by staff" in text
    assert "Does not apply: Heavy and Tractor-Trailer Truck Drivers" in text
    assert "Suggested by the occupation coder" not in text  # the correction replaced the primary's suggestion
    assert set(seeker_facts(keep).occupations) == {FORKLIFT}
    entry = AuditEntry.objects.get(action="seekers.merge.executed")
    assert entry.data["occupation_corrections"]["moved"] == [TRUCKS, FORKLIFT]
