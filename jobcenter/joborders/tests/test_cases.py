"""Suspected violations (the 12-month rule and the written referral), suspected fraud, self-employment postings
(manual: Suspected Violations in the Job Order; Suspected Fraudulent Job Orders; Employer Request for Workers
without Placing Bona Fide Job Orders)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.core import clock
from jobcenter.core.audit import audit_trail
from jobcenter.core.models import Notification
from jobcenter.joborders import constants
from jobcenter.joborders.models import FraudInvestigation, JobOrder
from jobcenter.joborders.pdf import violation_referral_letter
from jobcenter.joborders.services import (
    fraud_investigation_close,
    job_order_report_fraud,
    self_employment_interest_record,
    self_employment_posting_create,
    self_employment_posting_initial,
    violation_case_close,
    violation_case_open,
    violation_question_ask,
)
from jobcenter.joborders.tests.factories import finding
from jobcenter.testing.joborders import at, make_order

# 12-month rule. New order received 2026-06-15 10:00; window starts 2025-06-15 00:00 (12 months, same date).
TWELVE_MONTHS = [
    ("no earlier order means a written referral", None, "written_referral"),
    ("an order exactly 12 months earlier means informal resolution", at(2025, 6, 15, 9, 0), "informal_resolution"),
    ("an order 12 months and a day earlier means a written referral", at(2025, 6, 14, 16, 0), "written_referral"),
    ("an order 3 months earlier means informal resolution", at(2026, 3, 15, 9, 0), "informal_resolution"),
]


@pytest.mark.parametrize(("sentence", "earlier", "route"), TWELVE_MONTHS, ids=[c[0] for c in TWELVE_MONTHS])
def test_the_twelve_month_rule(personas, employer, sentence, earlier, route):
    if earlier:
        make_order(
            employer=employer, job_center=personas.center_a, status="closed", received_at=earlier, title="Earlier job"
        )
    order = make_order(
        employer=employer, job_center=personas.center_a, status="screening", received_at=at(2026, 6, 15, 10, 0)
    )
    case = violation_case_open(order=order, findings=[finding()], actor=personas.staff_a)
    assert case.route == route


@pytest.fixture
def case(personas, employer):
    order = make_order(
        employer=employer, job_center=personas.center_a, status="screening", last_decision="refer_supervisor"
    )
    return violation_case_open(
        order=order,
        findings=[finding(rule="discrimination.age", message="Age preference", field="requirements")],
        actor=personas.staff_a,
    )


def test_the_referral_letter_names_the_employer_the_requirement_and_the_law(case):
    pdf = violation_referral_letter(case=case, agency="Missouri Commission on Human Rights")
    assert pdf.startswith(b"%PDF")
    from jobcenter.joborders.pdf import violation_referral_text

    text = violation_referral_text(case=case, agency="Missouri Commission on Human Rights")
    assert "Acme Widgets LLC" in text
    assert "Age preference" in text
    assert "20 CFR 658.501" in text


def test_a_written_referral_needs_the_agency_and_denies_the_order(personas, case):
    with pytest.raises(ValidationError) as exc:
        violation_case_close(case=case, actor=personas.supervisor_a, outcome="refer", resolution="x")
    assert exc.value.message_dict["agency"] == [constants.VIOLATION_NEEDS_AGENCY]
    violation_case_close(case=case, actor=personas.supervisor_a, outcome="refer", resolution="Sent", agency="EEOC")
    assert JobOrder.objects.get(pk=case.job_order_id).status == "denied"


def test_informal_resolution_sends_the_order_back_for_changes(personas, case):
    violation_case_close(case=case, actor=personas.supervisor_a, outcome="resolve", resolution="Employer removed it")
    assert JobOrder.objects.get(pk=case.job_order_id).status == "draft"


def test_dismissing_the_case_puts_the_order_online(personas, case):
    violation_case_close(case=case, actor=personas.supervisor_a, outcome="dismiss", resolution="Lawful BFOQ")
    assert JobOrder.objects.get(pk=case.job_order_id).status == "open"


def test_staff_cannot_close_a_violation_case(personas, case):
    with pytest.raises(PermissionDenied):
        violation_case_close(case=case, actor=personas.staff_a, outcome="dismiss", resolution="x")


def test_questions_go_to_the_state_monitor_advocate(personas, case):
    violation_question_ask(case=case, actor=personas.supervisor_a, question="Is this a BFOQ?")
    assert Notification.objects.get(recipient=personas.sma, kind="joborders.violation.question").body == (
        "Is this a BFOQ?"
    )


# --- fraud ----------------------------------------------------------------------------------------------------


def test_suspected_fraud_holds_the_order_and_opens_a_csu_case(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    case = job_order_report_fraud(order=order, actor=personas.supervisor_a, reason="Cashier's check offered")
    assert JobOrder.objects.get(pk=order.pk).status == "on_hold"
    assert Notification.objects.filter(recipient=personas.csu, kind="joborders.fraud.reported").exists()
    fraud_investigation_close(case=case, actor=personas.csu, confirmed=False, outcome="Genuine employer")
    assert JobOrder.objects.get(pk=order.pk).status == "open"


def test_confirmed_fraud_closes_the_order(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    case = job_order_report_fraud(order=order, actor=personas.supervisor_a, reason="Meet at a hotel")
    fraud_investigation_close(case=case, actor=personas.csu, confirmed=True, outcome="Fake")
    assert JobOrder.objects.get(pk=order.pk).status == "closed"
    assert FraudInvestigation.objects.get(pk=case.pk).status == "confirmed"


def test_staff_cannot_put_an_order_on_fraud_hold(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    with pytest.raises(PermissionDenied):
        job_order_report_fraud(order=order, actor=personas.staff_a, reason="x")


# --- self-employment ------------------------------------------------------------------------------------------


def _posting(personas, days=59):
    start = dt.date(2026, 3, 2)
    return self_employment_posting_create(
        actor=personas.staff_a,
        firm_name="Route Drivers Co",
        firm_contact="Call 816-555-0100",
        title="Independent delivery contractor (own vehicle)",
        details="Deliver parcels as an independent contractor.",
        posted_from=start,
        posted_until=start + dt.timedelta(days=days),
    )


def test_a_posting_may_stay_up_60_days_but_not_61_counting_both_ends(personas):
    assert _posting(personas, 59).pk  # first day + 59 = 60 days posted
    with pytest.raises(ValidationError) as exc:
        _posting(personas, 60)  # 61 days
    assert exc.value.message_dict["posted_until"] == [constants.SELF_EMPLOYMENT_TOO_LONG.format(days=60)]


def test_a_posting_carries_the_manuals_notice_and_needs_supervisor_initials(personas):
    posting = _posting(personas)
    assert posting.notice == constants.SELF_EMPLOYMENT_NOTICE
    assert posting.notice.startswith("Earnings and wages are subject to taxes.")
    with pytest.raises(PermissionDenied):
        self_employment_posting_initial(posting=posting, actor=personas.staff_a, initials="SS")
    with clock.frozen(dt.date(2026, 3, 2)):
        self_employment_posting_initial(posting=posting, actor=personas.supervisor_a, initials="sp")
    assert (posting.status, posting.initials, posting.initialed_on) == ("posted", "SP", dt.date(2026, 3, 2))


def test_interest_in_a_posting_is_never_a_referral_or_placement(personas):
    posting = _posting(personas)
    self_employment_interest_record(posting=posting, actor=personas.staff_a)
    assert posting.interest_count == 1
    assert [e.action for e in audit_trail(posting)][0] == "joborders.self_employment.interest"
    assert not JobOrder.objects.exists()
