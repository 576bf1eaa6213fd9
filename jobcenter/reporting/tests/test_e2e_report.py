"""Browser: an analyst opens the quarterly performance report and drills into a denominator, by clicking only."""

import datetime as dt
import os

import pytest

from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.reporting import wage_sources
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.pirl.outcomes import WageMatch
from jobcenter.reporting.quarters import Quarter, rolling_window
from jobcenter.reporting.tests.factories import participant
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_analyst_opens_the_report_and_drills_into_a_denominator(page, live_server, monkeypatch):
    personas = build_personas()
    report_quarter = Quarter.of(clock.today()) - 1  # the form offers the last finished quarter first
    cohort = rolling_window(report_quarter, lag_quarters=4)
    entry = cohort.first + dt.timedelta(days=20)
    kim = participant(job_center=personas.center_a, case_manager=personas.staff_a, entry=entry, surname="Kim")
    lee = participant(job_center=personas.center_b, case_manager=personas.staff_b, entry=entry, surname="Lee")
    # Wage engine double (until the real importer is used here): Kim earned 6,100.00 in the 2nd quarter after exit.
    rows = {(kim.seeker.state_id, 2): [WageMatch(1, 610_000, "43-1234567")]}
    monkeypatch.setattr(wage_sources, "direct_matches", lambda exiters, **kw: wage_sources.DirectMatches(True, rows))

    login(page, live_server, "analyst", "x-persona-pass-1")
    page.get_by_role("link", name="Performance report").first.click()
    page.get_by_role("button", name="Prepare report").click()
    page.get_by_role("link", name="Open the report").click()
    assert "Quarterly performance report" in page.get_by_role("heading", level=1).inner_text()
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
