"""The overdue-entry report (manual: Job Order Entry Timeline) and the dashboard panels."""

from django.urls import reverse

from jobcenter.core import clock
from jobcenter.joborders.selectors import overdue_report
from jobcenter.testing.joborders import at, make_order


def test_the_overdue_report_lists_unentered_and_late_orders_per_job_center_with_the_responsible_staff(
    personas, employer
):
    # Now: Wednesday 2026-03-04 10:00. Tuesday-morning orders were due Tuesday 17:00.
    not_entered = make_order(
        employer=employer,
        job_center=personas.center_a,
        status="draft",
        title="Welder",
        received_at=at(2026, 3, 3, 9),
        entered_at=None,
        responsible_staff=personas.staff_a,
    )
    late = make_order(
        employer=employer,
        job_center=personas.center_b,
        status="open",
        title="Clerk",
        received_at=at(2026, 3, 3, 9),
        entered_at=at(2026, 3, 3, 17, 1),
    )
    make_order(  # entered exactly at close of business: on time
        employer=employer,
        job_center=personas.center_a,
        status="open",
        title="Driver",
        received_at=at(2026, 3, 3, 9),
        entered_at=at(2026, 3, 3, 17, 0),
    )
    make_order(  # afternoon order not entered yet, due Wednesday 17:00: not overdue yet
        employer=employer,
        job_center=personas.center_a,
        status="draft",
        title="Cook",
        received_at=at(2026, 3, 3, 13),
        entered_at=None,
    )
    with clock.frozen(at(2026, 3, 4, 10)):
        report = overdue_report(user=personas.admin)
    assert {jc.code: [r.order.pk for r in rows] for jc, rows in report.items()} == {
        "JA": [not_entered.pk],
        "JB": [late.pk],
    }
    row = report[personas.center_a][0]
    assert row.still_open and row.order.responsible_staff == personas.staff_a
    assert report[personas.center_b][0].late_by.total_seconds() == 60


def test_the_dashboard_shows_the_overdue_and_queue_panels(client, personas, employer):
    make_order(
        employer=employer, job_center=personas.center_a, status="draft", received_at=at(2026, 3, 3, 9), entered_at=None
    )
    client.force_login(personas.supervisor_a)
    with clock.frozen(at(2026, 3, 4, 10)):
        html = client.get(reverse("staff:dashboard")).content.decode()
    assert "Job orders overdue for entry" in html
    assert "Suspected violations" in html
    assert "Suspected fraudulent job orders" not in html
