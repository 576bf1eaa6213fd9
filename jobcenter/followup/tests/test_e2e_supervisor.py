"""Browser journey (clicking only after sign-in): the data-collection supervisor signs in, reads the supervision
dashboard (cases by state, overdue cases, response rate), opens an overdue case, reviews the document the
participant sent (one pay stub: not acceptable) and gives the case to another interviewer of the region.
COWIB supplemental wage policy A.3 ("Each program should assign a data collection supervisor...")."""

import datetime as dt
import os
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import User
from jobcenter.core.models import AuditEntry
from jobcenter.followup import services
from jobcenter.followup.choices import CaseStatus, DocumentStatus
from jobcenter.followup.models import FollowupCase
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.selection import followup_select
from jobcenter.followup.tests.factories import WageTable, participant
from jobcenter.followup.tests.helpers import pdf_upload
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def last_quarters_cases(personas):
    """Two people selected last quarter (so their cases are overdue today): Casey, still being contacted, who
    sent one pay stub through a link; and Drew, whose two pay stubs were accepted (documented)."""
    last_quarter = Quarter.of(dt.date.today()) - 1
    exit_quarter = last_quarter - 3
    casey = participant(personas, exit_date=exit_quarter.first_day + dt.timedelta(days=5), given_name="Casey",
                        surname="Overdue")  # fmt: skip
    drew = participant(personas, exit_date=exit_quarter.first_day + dt.timedelta(days=6), given_name="Drew",
                       surname="Documented", ssn="123-45-6780")  # fmt: skip
    followup_select(interview_quarter=last_quarter, matcher=WageTable())
    overdue = FollowupCase.objects.get(seeker=casey)
    done = FollowupCase.objects.get(seeker=drew)
    services.attempt_record(actor=personas.interviewer_a, case=overdue, attempted_at=dt.datetime.now(dt.UTC),
                            method="phone", contactee="participant", outcome="message_left")  # fmt: skip
    services.document_receive(actor=None, case=overdue, kind="pay_stubs", upload=pdf_upload(), via="participant",
                              stub_count=1)  # fmt: skip
    doc = services.document_receive(actor=personas.interviewer_a, case=done, kind="pay_stubs", upload=pdf_upload(),
                                    stub_count=2)  # fmt: skip
    services.document_accept(actor=personas.interviewer_a, document=doc, fields={
        "employed": True, "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "431234567",
        "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
        "total_earnings": Decimal("6000.00"),
    })  # fmt: skip
    return overdue


@pytest.mark.e2e
def test_the_supervisor_reviews_an_overdue_case_and_gives_it_to_another_interviewer(page, live_server, settings,
                                                                                   tmp_path):  # fmt: skip
    settings.MEDIA_ROOT = str(tmp_path / "media")
    personas = build_personas()
    quinn = User(username="quinn", first_name="Quinn", last_name="Caller", role=Role.FOLLOWUP_INTERVIEWER,
                 region=personas.region_a)  # fmt: skip
    quinn.set_password("x-persona-pass-1")
    quinn.save()
    case = last_quarters_cases(personas)

    login(page, live_server, "dcsupervisor_a", "x-persona-pass-1")
    page.get_by_role("link", name="Follow-up supervision").first.click()
    by_status = page.get_by_test_id("by-status").inner_text()
    assert "Contact attempts under way\t1" in by_status and "Documented (counts for reporting)\t1" in by_status
    assert "50% — 1 of 2 cases answered" in page.get_by_test_id("response-rate").inner_text()
    overdue = page.get_by_test_id("overdue")
    assert "Casey Overdue" in overdue.inner_text() and "Drew Documented" not in overdue.inner_text()
    overdue.get_by_role("link", name="Casey Overdue").click()

    expect(page.get_by_text("overdue", exact=True)).to_be_visible()  # is_visible() does not wait for the case page
    page.get_by_test_id("documents").get_by_role("link", name="Review").click()
    page.get_by_role("radio", name="Not acceptable").check()
    page.get_by_label("Why not acceptable").fill("Only one pay stub; two are needed")
    page.get_by_role("button", name="Save").click()
    assert "Not acceptable" in page.get_by_test_id("documents").inner_text()

    page.get_by_role("link", name="Reassign").click()
    page.get_by_label("Interviewer").select_option(label="Quinn Caller (Follow-up interviewer)")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Case assigned to Quinn Caller.")
    expect(page.locator("main")).to_contain_text("Interviewer: Quinn Caller.")

    page.get_by_role("link", name="Follow-up supervision").first.click()
    page.get_by_role("link", name="Reports").click()
    assert page.get_by_test_id("report-response").inner_text() == "50% (1 of 2)"
    assert "1 attempt on 2 cases: 0.5 per case" in page.get_by_test_id("report-attempts").inner_text()
    assert page.get_by_test_id("report-completed").locator("tbody tr").first.inner_text().split() == ["2nd", "1", "0"]

    case.refresh_from_db()
    assert case.assigned_to == quinn and case.status == CaseStatus.CONTACTING
    doc = case.documents.get()
    assert doc.status == DocumentStatus.REJECTED and doc.review_note == "Only one pay stub; two are needed"
    entry = AuditEntry.objects.get(action="followup.case.assigned")
    assert entry.actor.username == "dcsupervisor_a" and entry.data == {"from": "interviewer_a", "to": "Quinn Caller"}
