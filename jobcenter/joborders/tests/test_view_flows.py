"""Staff page flows: the forms on the dispute, violation, fraud and self-employment pages do what they say and
show errors beside their fields."""

import datetime as dt

from django.urls import reverse
from django.utils.html import escape

from jobcenter.joborders import constants
from jobcenter.joborders.models import FraudInvestigation, JobOrder, LaborDispute, SelfEmploymentPosting, ViolationCase
from jobcenter.joborders.services import job_order_report_fraud, labor_dispute_report, violation_case_open
from jobcenter.joborders.tests.factories import finding
from jobcenter.testing.joborders import make_order


def test_staff_report_a_dispute_and_the_regional_manager_verifies_and_ends_it_on_the_page(client, personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open", title="Welder")
    client.force_login(personas.staff_a)
    response = client.post(
        reverse("staff:dispute-list"),
        {"employer": employer.pk, "establishment": "Main plant", "description": "Strike"},
    )
    dispute = LaborDispute.objects.get()
    assert response.status_code == 302
    client.force_login(personas.regional_a)
    html = client.post(reverse("staff:dispute-detail", args=[dispute.pk]), {"step": "verify"}).content.decode()
    assert escape(constants.DISPUTE_NEEDS_POSITIONS) in html
    html = client.post(
        reverse("staff:dispute-detail", args=[dispute.pk]), {"step": "verify", "positions_at_issue": "Welder"}
    ).content.decode()
    assert order.number in html  # the regional manager confirms the matching orders
    assert JobOrder.objects.get(pk=order.pk).status == "open"
    client.post(
        reverse("staff:dispute-detail", args=[dispute.pk]),
        {"step": "verify", "confirm": "1", "position": "Welder", "order": [order.pk]},
    )
    assert JobOrder.objects.get(pk=order.pk).status == "on_hold"
    client.post(
        reverse("staff:dispute-detail", args=[dispute.pk]),
        {"step": "end", "confirmed_with_employer": "HR by phone", "confirmed_with_workers_rep": "Steward by email"},
    )
    assert JobOrder.objects.get(pk=order.pk).status == "open"
    assert LaborDispute.objects.get().status == "ended"


def test_staff_cannot_verify_a_dispute_from_the_page(client, personas, employer):
    dispute = labor_dispute_report(actor=personas.staff_a, employer=employer, establishment="X", description="Y")
    client.force_login(personas.staff_a)
    response = client.post(
        reverse("staff:dispute-detail", args=[dispute.pk]), {"step": "verify", "all_positions": "on"}
    )
    assert response.status_code == 403


def test_the_supervisor_refers_a_violation_in_writing_from_the_page(client, personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="screening")
    case = violation_case_open(order=order, findings=[finding()], actor=personas.staff_a)
    client.force_login(personas.supervisor_a)
    url = reverse("staff:violation-detail", args=[case.pk])
    html = client.get(url).content.decode()
    assert "Written referral to the enforcement agency" in html
    html = client.post(url, {"step": "close", "outcome": "refer", "resolution": "Letter sent"}).content.decode()
    assert constants.VIOLATION_NEEDS_AGENCY in html
    client.post(url, {"step": "close", "outcome": "refer", "resolution": "Letter sent", "agency": "U.S. DOL WHD"})
    assert ViolationCase.objects.get().status == "referred"
    pdf = client.get(reverse("staff:violation-letter", args=[case.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_csu_clears_a_fraud_case_from_the_queue(client, personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    case = job_order_report_fraud(order=order, actor=personas.supervisor_a, reason="Cashier's check")
    client.force_login(personas.csu)
    assert "Cashier" in client.get(reverse("staff:fraud-queue")).content.decode()
    client.post(reverse("staff:fraud-close", args=[case.pk]), {"confirmed": "0", "outcome": "Genuine"})
    assert FraudInvestigation.objects.get().status == "cleared"
    assert JobOrder.objects.get(pk=order.pk).status == "open"


def test_staff_record_a_self_employment_posting_and_a_supervisor_initials_it(client, personas):
    client.force_login(personas.staff_a)
    data = {
        "firm_name": "Route Co",
        "title": "Independent courier",
        "details": "Own vehicle",
        "firm_contact": "816-555-0100",
        "posted_from": "2026-03-02",
        "posted_until": "2026-05-01",  # 61 days counting both ends
    }
    html = client.post(reverse("staff:selfemp-list"), data).content.decode()
    assert constants.SELF_EMPLOYMENT_TOO_LONG.format(days=60) in html
    assert 'value="Route Co"' in html
    data["posted_until"] = "2026-04-30"  # 60 days counting both ends
    client.post(reverse("staff:selfemp-list"), data)
    posting = SelfEmploymentPosting.objects.get()
    client.force_login(personas.supervisor_a)
    client.post(reverse("staff:selfemp-initial", args=[posting.pk]), {"initials": "SP"})
    posting = SelfEmploymentPosting.objects.get()
    assert posting.status == "posted" and posting.initialed_by == personas.supervisor_a
    assert escape(constants.SELF_EMPLOYMENT_NOTICE) in client.get(reverse("staff:selfemp-list")).content.decode()
    assert (dt.date(2026, 5, 1) - dt.date(2026, 3, 2)).days == 60


def test_the_flc_coordinator_enters_an_order_for_the_employers_job_center(client, personas, employer):
    from jobcenter.testing.joborders import order_fields

    client.force_login(personas.flc)
    data = {k: v for k, v in order_fields(visa_program="h2a").items() if v is not None}
    data.update(
        {"employer": employer.pk, "received_at": "2026-03-03 09:00", "employment_type": "full_time", "action": "save"}
    )
    assert client.post(reverse("staff:joborder-new"), data).status_code == 302
    order = JobOrder.objects.get()
    assert (order.job_center, order.responsible_staff) == (personas.center_a, personas.flc)


def test_the_state_monitor_advocate_is_not_offered_a_form_to_ask_themselves(client, personas, employer):
    # Found walking the demo as the SMA: the violation page ended with "Ask the State Monitor Advocate".
    order = make_order(employer=employer, job_center=personas.center_a, status="screening")
    case = violation_case_open(order=order, findings=[finding()], actor=personas.staff_a)
    url = reverse("staff:violation-detail", args=[case.pk])
    client.force_login(personas.supervisor_a)
    assert "Ask the State Monitor Advocate" in client.get(url).content.decode()
    client.force_login(personas.sma)
    assert "Ask the State Monitor Advocate" not in client.get(url).content.decode()
    from jobcenter.core.models import AuditEntry

    client.post(url, {"step": "ask", "question": "Is this one for me?"})
    assert not AuditEntry.objects.filter(action="joborders.violation.question_asked").exists()
