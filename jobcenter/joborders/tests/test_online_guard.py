"""Issue #9, workflow integrity: one guard for every way onto the line, screening holds that open their
investigation, substandard wages, disputes matched by occupation, H-2A/H-2B in the text and the AEWR. Each test
names the hole it closes; each failed before the change."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_fsm import TransitionNotAllowed

from jobcenter.core import clock
from jobcenter.core.models import Notification
from jobcenter.employers.models import EmployerMembership, TermsVersion
from jobcenter.employers.services import employer_verify
from jobcenter.joborders import constants
from jobcenter.joborders.models import FraudInvestigation, JobOrder, ViolationCase
from jobcenter.joborders.services import (
    fraud_investigation_close,
    job_order_act,
    job_order_create,
    job_order_put_online,
    job_order_submit,
    job_order_update,
    labor_dispute_candidate_orders,
    labor_dispute_reject,
    labor_dispute_report,
    labor_dispute_verify,
    position_matches,
    self_employment_posting_create,
    violation_case_close,
)
from jobcenter.testing.joborders import make_employer, make_order, order_fields


def _new(personas, employer, actor=None, **kw):
    return job_order_create(
        actor=actor or personas.staff_a, employer=employer, job_center=personas.center_a, **order_fields(**kw)
    )


def _fresh(order):
    return JobOrder.objects.get(pk=order.pk)


# --- one guard -------------------------------------------------------------------------------------------------


def test_no_path_can_open_an_order_without_the_guard(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="screening", last_decision="accept")
    with pytest.raises(TransitionNotAllowed):
        order.open()
    held = make_order(employer=employer, job_center=personas.center_a, status="on_hold", hold_reason="staff")
    with pytest.raises(TransitionNotAllowed):
        held.release()


def test_a_pending_employers_order_is_not_opened_at_verification_when_its_position_came_into_a_verified_dispute(
    personas,
):
    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    order = _new(personas, pending, title="CNC Machinist")
    job_order_submit(order=order, actor=personas.staff_a)
    assert _fresh(order).status == "screening"  # waits for verification
    dispute = labor_dispute_report(
        actor=personas.staff_a, employer=pending, establishment="Main plant", description="Machinists on strike"
    )
    labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["Machinist"])

    employer_verify(employer=pending, actor=personas.csu)

    order = _fresh(order)
    assert order.status == "denied"
    assert order.screenings.first().findings[0]["rule"] == "labor-dispute-at-issue"


def test_staff_release_goes_through_the_guard(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="on_hold", hold_reason="staff")
    order.description = "Pay a $50 registration fee to start."
    order.save()
    with pytest.raises(ValidationError) as exc:
        job_order_act(order=order, action="release", actor=personas.supervisor_a)
    assert "applicant-charge" in exc.value.messages[0]
    assert _fresh(order).status == "on_hold"

    clean = make_order(
        employer=employer, job_center=personas.center_a, status="on_hold", hold_reason="staff", title="Packer"
    )
    job_order_act(order=clean, action="release", actor=personas.supervisor_a)
    assert _fresh(clean).status == "open"
    assert clean.screenings.count() == 1  # screening re-run as of now


def test_an_order_entered_by_an_employer_user_needs_the_current_terms_to_go_online(personas, employer):
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(employer=employer, job_center=personas.center_a, status="screening", title="Packer")
    order.created_by = personas.employer_user
    order.save()
    TermsVersion.objects.create(version="2099-terms", effective_from=clock.today(), body="New terms.")
    check = job_order_put_online(order=order, actor=personas.staff_a, text="open")
    assert not check.ok
    assert constants.ONLINE_TERMS_NOT_ACCEPTED in check.reasons
    assert _fresh(order).status == "screening"


# --- screening holds open their investigation ------------------------------------------------------------------


def test_a_fraud_hold_opens_a_csu_investigation_and_only_its_decision_releases(personas, employer):
    order = _new(personas, employer, description="Interviews are held in the lobby of the Holiday Inn on Route 66.")
    job_order_submit(order=order, actor=personas.staff_a)
    order = _fresh(order)
    assert (order.status, order.hold_reason) == ("on_hold", "fraud")
    case = FraudInvestigation.objects.get(job_order=order)
    assert Notification.objects.filter(recipient=personas.csu, kind="joborders.fraud.reported").exists()
    with pytest.raises(ValidationError):
        job_order_act(order=order, action="release", actor=personas.supervisor_a)

    fraud_investigation_close(case=case, actor=personas.csu, confirmed=False, outcome="Real employer, real hotel.")
    assert _fresh(order).status == "open"


def test_a_strike_mentioned_reports_a_dispute_to_the_regional_manager(personas, employer):
    order = _new(personas, employer, description="Replacement workers needed while our crew is on strike.")
    job_order_submit(order=order, actor=personas.staff_a)
    order = _fresh(order)
    assert (order.status, order.hold_reason) == ("on_hold", "labor_dispute")
    dispute = order.hold_dispute
    assert dispute.status == "reported"
    assert Notification.objects.filter(recipient=personas.regional_a, kind="joborders.dispute.reported").exists()
    with pytest.raises(ValidationError):
        job_order_act(order=order, action="release", actor=personas.supervisor_a)

    labor_dispute_reject(dispute=dispute, actor=personas.regional_a, reason="No work stoppage at this employer.")
    assert _fresh(order).status == "open"


def test_a_dispute_reported_by_screening_and_verified_at_issue_keeps_the_order_held(personas, employer):
    order = _new(personas, employer, description="Hiring to replace striking employees.")
    job_order_submit(order=order, actor=personas.staff_a)
    dispute = _fresh(order).hold_dispute
    held = labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["Forklift operator"])
    assert [o.pk for o in held] == [order.pk]
    assert _fresh(order).status == "on_hold"


# --- substandard wages -----------------------------------------------------------------------------------------


def test_a_substandard_wage_goes_back_to_the_employer_then_to_a_supervisor(personas, employer):
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = _new(personas, employer, wage_min=Decimal("5.00"), wage_max=Decimal("6.00"))
    outcome = job_order_submit(order=order, actor=personas.staff_a)
    assert _fresh(order).status == "draft"
    assert outcome.message == constants.SUBSTANDARD_RETURNED
    assert Notification.objects.filter(recipient=personas.employer_user, kind="joborders.order.substandard_wage")

    outcome = job_order_submit(order=_fresh(order), actor=personas.staff_a)  # unchanged
    order = _fresh(order)
    assert order.status == "screening"
    assert outcome.message == constants.SUBSTANDARD_TO_SUPERVISOR
    case = ViolationCase.objects.get(job_order=order)
    with pytest.raises(ValidationError):  # the supervisor cannot put a substandard wage online
        violation_case_close(case=case, actor=personas.supervisor_a, outcome="dismiss", resolution="ok")
    case = ViolationCase.objects.get(pk=case.pk)
    assert case.status == "open"
    violation_case_close(case=case, actor=personas.supervisor_a, outcome="resolve", resolution="Employer will raise")
    order = _fresh(order)
    assert order.status == "draft"
    job_order_update(order=order, actor=personas.staff_a, wage_min=Decimal("16.00"), wage_max=Decimal("18.00"))
    job_order_submit(order=_fresh(order), actor=personas.staff_a)
    assert _fresh(order).status == "open"


# --- at issue by occupation code and normalised title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "title", "soc", "matches"),
    [
        ("Machinist", "CNC Machinist", "", True),
        ("machinists", "Machinist - 2nd shift", "", True),
        ("Forklift operator", "Operator", "", False),
        ("51-4041", "Lathe hand", "51-4041.00", True),
        ("51-4041", "Lathe hand", "51-4011.00", False),
        ("Machinist", "Office clerk", "", False),
    ],
)
def test_a_position_at_issue_matches_by_occupation_code_and_normalised_title(position, title, soc, matches):
    assert position_matches(position=position, title=title, soc_code=soc) is matches


def test_the_regional_manager_confirms_which_matching_orders_are_held(personas, employer):
    dispute = labor_dispute_report(
        actor=personas.staff_a, employer=employer, establishment="Main plant", description="Strike"
    )
    cnc = make_order(employer=employer, job_center=personas.center_a, status="open", title="CNC Machinist")
    other = make_order(employer=employer, job_center=personas.center_a, status="open", title="Machinist helper")
    proposed = labor_dispute_candidate_orders(dispute=dispute, positions=["Machinist"], all_positions=False)
    assert {o.pk for o in proposed} == {cnc.pk, other.pk}
    held = labor_dispute_verify(
        dispute=dispute, actor=personas.regional_a, positions_at_issue=["Machinist"], confirmed_order_ids=[cnc.pk]
    )
    assert [o.pk for o in held] == [cnc.pk]
    assert (_fresh(cnc).status, _fresh(other).status) == ("on_hold", "open")


# --- self-employment postings: up to sixty days ---------------------------------------------------------------


@pytest.mark.parametrize(("until", "ok"), [(dt.date(2026, 3, 1), True), (dt.date(2026, 3, 2), False)])
def test_a_self_employment_posting_stays_up_to_sixty_days_counting_both_ends(personas, until, ok):
    def create():
        return self_employment_posting_create(
            actor=personas.staff_a,
            firm_name="Route Co",
            firm_contact="816-555-0100",
            title="Delivery routes",
            details="Own vehicle",
            posted_from=dt.date(2026, 1, 1),
            posted_until=until,
        )

    if ok:
        assert create().pk
    else:
        with pytest.raises(ValidationError):
            create()


# --- H-2A / H-2B in the text, AEWR ------------------------------------------------------------------------------


def test_h2a_named_only_in_the_text_is_routed_to_the_flc_coordinator(personas, employer):
    order = _new(personas, employer, description="Seasonal crop workers, H2A contract, housing provided.")
    job_order_submit(order=order, actor=personas.staff_a)
    assert _fresh(order).status == "routed_flc"
    assert Notification.objects.filter(recipient=personas.flc, kind="joborders.order.routed_flc").exists()


@pytest.mark.parametrize(("wage", "flagged"), [("18.64", True), ("18.65", False)])
def test_an_h2a_wage_must_reach_the_adverse_effect_wage_rate(wage, flagged):
    # 20 CFR 655.120(a); Missouri AEWR $18.65 from 2024-12-30 (joborders.h2a_aewr, unconfirmed value).
    from jobcenter.compliance.screening import screen_job_order

    data = {
        "received_at": "2025-06-01T09:00:00-05:00",
        "employer": {"name": "Farm LLC", "status": "active", "state": "MO", "employees": 20, "annual_sales": "900000"},
        "title": "Farmworker (AES)",
        "description": "Harvest sweet potatoes.",
        "worksite": {"city": "Sikeston", "state": "MO", "zip": "63801"},
        "wage": {"min": wage, "unit": "hour"},
        "hours_per_week": "40",
        "visa_program": "H-2A",
        "special_categories": [],
    }
    rules = screen_job_order(data, as_of=dt.date(2025, 6, 1)).rule_ids()
    assert ("h2a-aewr" in rules) is flagged
