"""Browser journey (clicking only): an interviewer works the queue, verifies identity, gives the introduction,
completes the interview, sends an upload link; the participant uploads two pay stubs through the link; the
interviewer accepts them and the case counts (C5 supplemental facts; the PIRL build merges them as type of
match 4 in the next PIRL build). COWIB supplemental wage policy A.3, Required Documentation; federal-specs 2.4."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.followup import constants
from jobcenter.followup.choices import CalendarPeriod, CaseStatus
from jobcenter.followup.models import FollowupCase, SourceDocument
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.selection import followup_select
from jobcenter.followup.selectors import supplemental_wage_facts
from jobcenter.followup.tests.factories import WageTable, participant
from jobcenter.followup.tests.helpers import PDF
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter as ReportQuarter
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_interviewer_completes_a_case_and_the_participant_uploads_pay_stubs(page, live_server):
    personas = build_personas()
    this_quarter = Quarter.of(dt.date.today())
    exit_day = (this_quarter - 3).first_day + dt.timedelta(days=9)
    seeker = participant(personas, exit_date=exit_day, given_name="Robin", surname="Follow")
    followup_select(interview_quarter=this_quarter, matcher=WageTable())
    case = FollowupCase.objects.get(seeker=seeker)
    reference = case.reference_quarter

    login(page, live_server, "interviewer_a", "x-persona-pass-1")
    page.get_by_role("link", name="Wage follow-up").click()
    queue = page.get_by_test_id("queue")
    assert "No direct wage record found" in queue.inner_text()
    queue.get_by_role("link", name="Robin Follow").click()
    assert "No direct wage record found for the reference quarter" in page.get_by_test_id("why-selected").inner_text()

    page.get_by_role("link", name="Log an attempt").click()
    page.get_by_label("Phone", exact=True).check()
    page.get_by_label("Participant", exact=True).check()
    page.get_by_label("Interview scheduled").check()
    page.get_by_label("Notes").fill("Call back Tuesday morning")
    page.get_by_role("button", name="Save").click()
    assert "Call back Tuesday morning" in page.get_by_test_id("attempts").inner_text()

    page.get_by_role("link", name="Verify identity").click()
    page.get_by_label("Date of birth").check()
    page.get_by_label("The answer matched our records").check()
    page.get_by_role("button", name="Save").click()
    assert "Verified (date of birth)" in page.get_by_test_id("steps").inner_text()

    page.get_by_role("link", name="Give the introduction").click()
    points = page.locator("input[name^=point_]")
    # locator.all() does not wait for the page: wait until the whole introduction is on it.
    expect(points).to_have_count(len(constants.INTRODUCTION_POINTS))
    for box in points.all():
        box.check()
    page.get_by_role("button", name="Save").click()

    page.get_by_role("link", name="Start the interview").click()
    page.get_by_label("Education 1.").select_option("no")
    page.get_by_role("radio", name="Yes").check()
    page.get_by_label(CalendarPeriod(reference.q).label).check()
    page.get_by_label("3. Employer").fill("Riverside Clinic")
    page.get_by_label("Type of employment (job title)").fill("Medical assistant")
    page.get_by_label("Employer FEIN (if known)").fill("431234567")
    page.get_by_label("Employer city").fill("Kansas City")
    page.get_by_label("Employer state (2 letters)").fill("MO")
    page.get_by_label("5. Approximately how many hours").fill("30")
    page.get_by_label("6. Wage during").fill("18.50")
    page.get_by_label("Wage is paid").select_option("hourly")
    page.get_by_label("These are wages actually paid").check()
    page.get_by_role("button", name="Save").click()
    summary = page.get_by_test_id("interview-summary").inner_text()
    assert "quarterly earnings $7,215.00" in summary  # 18.50 x 30 x 13

    page.get_by_role("link", name="Send an upload link").click()
    page.get_by_label("The participant").check()
    page.get_by_label("Document to ask for").select_option("pay_stubs")
    page.get_by_role("button", name="Save").click()
    url = page.get_by_test_id("upload-url").input_value()

    # The participant opens the link from the message the interviewer sent (their first page), and uploads.
    participant_page = page.context.browser.new_page()
    participant_page.goto(url)
    assert "Pay stubs (at least two)" in participant_page.content()
    participant_page.get_by_label("Your document").set_input_files(
        files=[{"name": "paystubs.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    participant_page.get_by_label("How many pay stubs are in the file?").fill("2")
    participant_page.get_by_role("button", name="Send").click()
    assert "Your document was received" in participant_page.get_by_test_id("upload-done").inner_text()
    participant_page.close()

    page.get_by_role("link", name="Back to the case").click()
    page.get_by_test_id("documents").get_by_role("link", name="Review").click()
    page.get_by_label("O*NET code").fill("31-9092.00")
    page.get_by_label("NAICS sector (2 digits)").fill("62")
    page.get_by_role("button", name="Save").click()

    assert "Documented (counts for reporting)" in page.get_by_test_id("case-status").text_content()
    case.refresh_from_db()
    assert case.status == CaseStatus.DOCUMENTED
    doc = SourceDocument.objects.get(case=case)
    assert (doc.received_via, doc.stub_count, doc.content_type) == ("participant", 2, "application/pdf")
    (fact,) = supplemental_wage_facts()
    assert fact["seeker_id"] == seeker.pk and (fact["year"], fact["quarter"]) == (reference.year, reference.q)
    assert fact["employed"] is True and fact["earnings_cents"] == 721500
    assert fact["employer_fein"] == "431234567" and fact["source_document"] == "pay_stubs"

    # The next PIRL build counts it: employed in the 2nd quarter after exit by supplemental verification (type of
    # match 4) with the interview's quarterly earnings (PIRL 1602 / 1603 / 1704).
    rows = build_pirl(quarter=ReportQuarter(this_quarter.year, this_quarter.q))
    (row,) = [r for r in rows if r["_seeker_id"] == seeker.pk]  # a participant, never also a registrant record
    assert (row["p1602"], row["p1603"], row["p1704"]) == ("1", "4", "7215.00")
