"""Browser: an analyst opens the quarterly performance report and drills into a denominator, by clicking only."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.quarters import Quarter, rolling_window
from jobcenter.reporting.tests.factories import import_wages, participant
from jobcenter.seekers.services import seeker_set_ssn
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_analyst_opens_the_report_and_drills_into_a_denominator(page, live_server, tmp_path):
    personas = build_personas()
    report_quarter = Quarter.of(clock.today()) - 1  # the form offers the last finished quarter first
    cohort = rolling_window(report_quarter, lag_quarters=4)
    entry = cohort.first + dt.timedelta(days=20)
    kim = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=entry, surname="Kim")
    lee = participant(job_center=personas.center_b, case_manager=personas.staff_b, entry=entry, surname="Lee")
    # Kim's UI wage record for the 2nd quarter after exit, through the real importer: $6,100.00.
    seeker_set_ssn(seeker=kim.seeker, ssn="401-23-4567")
    q2 = Quarter.of(kim.exit_date) + 2
    import_wages(tmp_path, [f"401-23-4567,43-1234567,,561320,MO,{q2.year},{q2.q},6100.00"])

    login(page, live_server, "analyst", "x-persona-pass-1")
    page.get_by_role("link", name="Performance report").first.click()
    page.get_by_role("button", name="Prepare report").click()
    page.get_by_role("link", name="Open the report").click()
    # Every page has an h1: wait for the report's own (the one read at once was the progress page's).
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Quarterly performance report — {report_quarter.label}")
    indicators = page.get_by_test_id("indicators").inner_text()
    assert "50.0%" in indicators  # Kim employed, Lee not: 1 of 2

    page.get_by_role("link", name="Employment rate, 2nd quarter after exit: Exiters in the cohort, 2").click()
    people = page.get_by_test_id("people").inner_text()
    assert "Kim" in people and "Lee" in people
    assert "Yes (UI wage records)" in people and "$6,100.00" in people

    report = QuarterlyReport.objects.get()
    assert report.quarter == str(report_quarter) and report.prepared_by == personas.analyst
    audit = AuditEntry.objects.get(action="reporting.drilldown.viewed")
    assert audit.actor == personas.analyst and audit.data["part"] == "denominator" and audit.data["shown"] == 2
    assert {kim.pk, lee.pk} == set(report.figures["indicators"]["employment_rate_q2"]["members"]["denominator"])
