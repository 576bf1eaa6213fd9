"""Labor dispute registry (20 CFR 652.9; manual: Job Orders and Labor Disputes): verify -> holds -> end ->
restores, with notifications to the WP coordinator and the region's staff."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core.audit import audit_trail
from jobcenter.core.models import Notification
from jobcenter.joborders import constants
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import (
    job_order_act,
    job_order_screening_input,
    labor_dispute_end,
    labor_dispute_report,
    labor_dispute_verify,
)
from jobcenter.testing.joborders import make_order


@pytest.fixture
def dispute(personas, employer):
    return labor_dispute_report(
        actor=personas.staff_a, employer=employer, establishment="Main plant", description="Strike since Monday"
    )


def test_a_reported_dispute_asks_the_regional_manager_to_verify(personas, dispute):
    assert Notification.objects.filter(recipient=personas.regional_a, kind="joborders.dispute.reported").exists()
    assert not Notification.objects.filter(recipient=personas.regional_b).exists()


def test_only_the_regional_manager_may_verify(personas, dispute):
    with pytest.raises(PermissionDenied):
        labor_dispute_verify(dispute=dispute, actor=personas.staff_a, positions_at_issue=["Forklift Operator"])


def test_verification_needs_the_positions_at_issue(personas, dispute):
    with pytest.raises(ValidationError) as exc:
        labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=[" "])
    assert exc.value.message_dict["positions_at_issue"] == [constants.DISPUTE_NEEDS_POSITIONS]


def test_verify_holds_orders_at_issue_then_ending_restores_them_with_notifications(personas, employer, dispute):
    at_issue = make_order(employer=employer, job_center=personas.center_a, status="open", title="Forklift Operator")
    not_at_issue = make_order(employer=employer, job_center=personas.center_a, status="open", title="Office Clerk")
    held = labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["forklift operator"])

    assert [o.pk for o in held] == [at_issue.pk]
    assert JobOrder.objects.get(pk=at_issue.pk).status == "on_hold"
    assert JobOrder.objects.get(pk=not_at_issue.pk).status == "open"
    assert "joborders.order.held" in [e.action for e in audit_trail(at_issue)]
    assert EmployerCaseNote.objects.filter(job_order=at_issue, event="joborders.order.held").exists()
    for persona in ("wpc", "staff_a", "supervisor_a", "regional_a"):
        assert Notification.objects.filter(
            recipient=personas.users[persona], kind="joborders.dispute.verified"
        ).exists(), persona
    assert not Notification.objects.filter(recipient=personas.staff_b, kind="joborders.dispute.verified").exists()

    # Screening input reflects the registry.
    assert job_order_screening_input(JobOrder.objects.get(pk=at_issue.pk))["employer"]["labor_dispute"] == (
        "position_at_issue"
    )
    assert job_order_screening_input(not_at_issue)["employer"]["labor_dispute"] == "position_not_at_issue"

    # Staff cannot release a dispute hold by hand.
    with pytest.raises(ValidationError):
        job_order_act(order=JobOrder.objects.get(pk=at_issue.pk), action="release", actor=personas.supervisor_a)

    restored = labor_dispute_end(
        dispute=dispute,
        actor=personas.regional_a,
        confirmed_with_employer="HR director, by phone",
        confirmed_with_workers_rep="Local 12 steward, by email",
    )
    assert [o.pk for o in restored] == [at_issue.pk]
    assert JobOrder.objects.get(pk=at_issue.pk).status == "open"
    assert Notification.objects.filter(recipient=personas.wpc, kind="joborders.dispute.ended").exists()
    assert Notification.objects.filter(recipient=personas.staff_a, kind="joborders.dispute.ended").exists()
    assert job_order_screening_input(not_at_issue)["employer"]["labor_dispute"] == "none"


def test_all_positions_at_issue_holds_every_open_order(personas, employer, dispute):
    a = make_order(employer=employer, job_center=personas.center_a, status="open", title="Welder")
    b = make_order(employer=employer, job_center=personas.center_a, status="open", title="Clerk")
    held = labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=[], all_positions=True)
    assert {o.pk for o in held} == {a.pk, b.pk}


def test_ending_a_dispute_needs_both_the_employer_and_the_workers_representative(personas, dispute):
    labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["Welder"])
    with pytest.raises(ValidationError) as exc:
        labor_dispute_end(
            dispute=dispute, actor=personas.regional_a, confirmed_with_employer="HR", confirmed_with_workers_rep=""
        )
    assert exc.value.messages == [constants.DISPUTE_END_NEEDS_BOTH]


def test_an_order_held_for_another_reason_stays_on_hold_when_the_dispute_ends(personas, employer, dispute):
    other_hold = make_order(employer=employer, job_center=personas.center_a, status="on_hold", hold_reason="staff")
    labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["Forklift Operator"])
    labor_dispute_end(
        dispute=dispute, actor=personas.regional_a, confirmed_with_employer="HR", confirmed_with_workers_rep="Union"
    )
    assert JobOrder.objects.get(pk=other_hold.pk).status == "on_hold"


def test_a_page_of_public_orders_carries_the_dispute_notice_read_in_one_query(
    personas, employer, dispute, django_assert_num_queries
):
    from jobcenter.joborders.selectors import public_job_order, public_job_orders

    orders = [
        make_order(employer=employer, job_center=personas.center_a, status="open", title=f"Office Clerk {i}")
        for i in range(5)
    ]
    labor_dispute_verify(dispute=dispute, actor=personas.regional_a, positions_at_issue=["forklift operator"])
    page = list(JobOrder.objects.filter(pk__in=[o.pk for o in orders]).select_related("employer", "job_center"))

    with django_assert_num_queries(1):  # the employers' verified disputes, once for the whole page
        public = public_job_orders(page)

    assert [p.labor_dispute_notice for p in public] == [constants.LABOR_DISPUTE_NOTICE] * 5
    assert public == [public_job_order(o) for o in page]  # the same as one order at a time
