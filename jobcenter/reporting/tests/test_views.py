"""Report pages: who may open them, drill-down scoped to the reader's area and audited, PDF."""

import datetime as dt

import pytest
from django.urls import reverse

from jobcenter.core.models import AuditEntry, BackgroundJob
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.services import quarterly_report_prepare
from jobcenter.reporting.tests.factories import import_wages, participant
from jobcenter.seekers.services import seeker_set_ssn

pytestmark = pytest.mark.django_db
READERS = {"supervisor_a", "supervisor_b", "regional_a", "regional_b", "wpc", "sma", "analyst", "admin"}


@pytest.fixture
def report(personas, tmp_path):
    a = participant(
        job_center=personas.center_a, case_manager=personas.staff_a, entry=dt.date(2024, 1, 8), surname="Alpha"
    )
    participant(job_center=personas.center_b, case_manager=personas.staff_b, entry=dt.date(2024, 2, 5), surname="Bravo")
    seeker_set_ssn(seeker=a.seeker, ssn="401-23-4567")
    import_wages(tmp_path, ["401-23-4567,43-1234567,,561320,MO,2024,3,5000.00"])  # Alpha, 2nd quarter after exit
    return quarterly_report_prepare(quarter=Quarter(2025, 1), actor=personas.analyst)


def test_report_pages_are_for_readers_of_reports(client, personas, report):
    for url in (
        reverse("staff:reports"),
        reverse("staff:report-detail", args=[report.pk]),
        reverse("staff:report-people", args=[report.pk, "employment_rate_q2", "denominator"]),
        reverse("staff:report-employers", args=[report.pk, "repeat_business_customers", "denominator"]),
    ):
        personas.assert_matrix(client, url, allowed=READERS)


def test_the_report_shows_each_indicator_with_numerator_denominator_and_level(client, personas, report):
    client.force_login(personas.analyst)
    html = client.get(reverse("staff:report-detail", args=[report.pk])).content.decode()
    assert "Employment rate, 2nd quarter after exit" in html
    assert "Median earnings, 2nd quarter after exit" in html
    assert "Retention with the same employer" in html and "Repeat business customers" in html
    assert "57.6%" in html and "unconfirmed" in html  # negotiated level with its status
    assert "<svg" in html and "Trend by quarter" in html
    assert "None" not in html.replace("None.", "") and "True" not in html


def test_the_report_counts_referrals_and_placements_by_job_center(client, personas, report):
    client.force_login(personas.analyst)
    html = client.get(reverse("staff:report-detail", args=[report.pk])).content.decode()
    assert "Labor exchange: referrals and placements" in html and 'data-testid="exchange-activity"' in html
    assert report.exchange_activity["state"].keys() == {"orders", "referrals", "placements"}
    # The quarter in words, as in the page's title (found walking the demo: "placements ... in 2026Q3").
    from jobcenter.reporting.quarters import Quarter

    quarter = Quarter.parse(report.quarter)
    assert f"by the date of hire) in {quarter.label}." in html and f" in {report.quarter}." not in html


def test_drill_down_lists_only_people_in_the_readers_scope_and_is_audited(client, personas, report):
    url = reverse("staff:report-people", args=[report.pk, "employment_rate_q2", "denominator"])
    figure = report.figures["indicators"]["employment_rate_q2"]
    assert figure["denominator"] == 2
    client.force_login(personas.supervisor_a)
    html = client.get(url).content.decode()
    assert "Alpha" in html and "Bravo" not in html
    assert "1 people in this group are outside your area" in html
    entry = AuditEntry.objects.filter(action="reporting.drilldown.viewed").latest("id")
    assert entry.actor == personas.supervisor_a
    assert entry.data["shown"] == 1 and entry.data["total"] == 2
    client.force_login(personas.analyst)
    html = client.get(url + f"?center={personas.center_b.code}").content.decode()
    assert "Bravo" in html and "Alpha" not in html


def test_unknown_figures_are_not_found(client, personas, report):
    client.force_login(personas.analyst)
    assert client.get(reverse("staff:report-people", args=[report.pk, "nope", "denominator"])).status_code == 404
    assert client.get(reverse("staff:report-people", args=[report.pk, "employment_rate_q2", "x"])).status_code == 404


def test_preparing_runs_as_a_background_job_with_a_progress_page(client, personas, report):
    client.force_login(personas.analyst)
    response = client.post(reverse("staff:report-prepare"), {"quarter": str(Quarter.of(dt.date.today()) - 1)})
    job = BackgroundJob.objects.latest("id")
    assert response.status_code == 302 and response["Location"] == reverse("staff:report-progress", args=[job.pk])
    html = client.get(response["Location"]).content.decode()
    assert "Open the report" in html
    assert QuarterlyReport.objects.count() == 2
    client.force_login(personas.supervisor_a)
    assert client.get(response["Location"]).status_code == 403


def test_the_pdf_is_a_pdf(client, personas, report):
    client.force_login(personas.analyst)
    response = client.get(reverse("staff:report-pdf", args=[report.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_employers_behind_a_measure_link_their_case_page_only_for_those_who_may_open_it(client, personas, report):
    """The analyst reads reports but may not open an employer's case page: names, not links to a refusal."""
    from django.template.loader import render_to_string

    from jobcenter.testing.joborders import make_employer

    url = reverse("staff:report-employers", args=[report.pk, "repeat_business_customers", "denominator"])
    client.force_login(personas.analyst)
    assert client.get(url).context["can_open_employer"] is False
    assert client.get(reverse("staff:case-employer", args=[1])).status_code == 403
    client.force_login(personas.supervisor_a)
    assert client.get(url).context["can_open_employer"] is True

    employer = make_employer(job_center=personas.center_a, name="Linked Or Not LLC")
    case_page = reverse("staff:case-employer", args=[employer.pk])
    context = {"report": report, "rows": [employer], "quarter": Quarter(2025, 1), "measure": "M", "part": "P"}
    assert case_page not in render_to_string("staff/reporting/employers.html", {**context, "can_open_employer": False})
    assert case_page in render_to_string("staff/reporting/employers.html", {**context, "can_open_employer": True})


def test_the_analysts_dashboard_shows_the_latest_report_and_its_edit_checks(client, personas, report):
    # Found walking the demo: the analyst's dashboard held only the inbox; the report, its edit checks and the
    # wage records were reachable from the navigation only.
    client.force_login(personas.analyst)
    html = client.get(reverse("staff:dashboard")).content.decode()
    assert "Performance report" in html and f"Report for {report.quarter_label}" in html
    assert reverse("staff:report-detail", args=[report.pk]) in html and reverse("staff:wage-files") in html
    assert "edit check failure" in html
    client.force_login(personas.staff_a)
    assert f"Report for {report.quarter_label}" not in client.get(reverse("staff:dashboard")).content.decode()
