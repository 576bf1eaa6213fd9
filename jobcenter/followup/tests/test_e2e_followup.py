"""Browser journey (clicking only): an interviewer works the queue, verifies identity, gives the introduction,
completes the interview, sends an upload link; the participant uploads two pay stubs through the link; the
interviewer accepts them and the case counts (C5 supplemental facts; the PIRL build merges them as type of
match 4 in the next PIRL build). COWIB supplemental wage policy A.3, Required Documentation; federal-specs 2.4."""

import datetime as dt
import os

import pytest

from jobcenter.followup.choices import CalendarPeriod, CaseStatus
from jobcenter.followup.models import SourceDocument
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.selectors import supplemental_wage_facts
from jobcenter.followup.tests.helpers import PDF, selected_this_quarter
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter as ReportQuarter
from jobcenter.testing.journeys import (
    accept_document,
    fill_interview_employment,
    give_introduction,
    interviewer_opens_case,
    upload_through_link,
)
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_interviewer_completes_a_case_and_the_participant_uploads_pay_stubs(page, live_server):
    personas = build_personas()
    seeker, case = selected_this_quarter(personas, given_name="Robin", surname="Follow")
    this_quarter, reference = Quarter.of(dt.date.today()), case.reference_quarter

    interviewer_opens_case(page, live_server, "Robin Follow")
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

    give_introduction(page)

    page.get_by_role("link", name="Start the interview").click()
    page.get_by_label("Education 1.").select_option("no")
    fill_interview_employment(page, period_label=CalendarPeriod(reference.q).label)
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
    upload_through_link(
        page, url, asks_for="Pay stubs (at least two)", file_name="paystubs.pdf", body=PDF, stub_count=2
    )

    page.get_by_role("link", name="Back to the case").click()
    accept_document(page)
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
