"""Issue #8 items 3 and 4: staff edit an entered order (version, audit, re-screening, off line with reasons when
the change fails); findings carry a plain text for the employer beside the staff procedure; a refused order is
corrected from a form that keeps what was typed."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening import screen_job_order
from jobcenter.core.audit import audit_trail
from jobcenter.employers.models import EmployerMembership
from jobcenter.joborders import constants
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import job_order_edit, job_order_screening_input
from jobcenter.testing.joborders import make_order


@pytest.fixture
def open_order(personas, employer):
    return make_order(employer=employer, job_center=personas.center_a, status="open", last_decision="accept")


def test_an_edit_of_an_open_order_is_versioned_audited_noted_and_screened_again(personas, open_order):
    outcome = job_order_edit(order=open_order, actor=personas.staff_a, openings=3, wage_min=Decimal("19.00"))
    order = JobOrder.objects.get(pk=open_order.pk)
    assert order.status == "open"
    assert outcome.message == constants.EDIT_SAVED_ONLINE
    version = order.versions.get()
    assert (version.number, version.changed_by, version.status_before) == (1, personas.staff_a, "open")
    assert version.changes == {"openings": ["1", "3"], "wage_min": ["18.00", "19.00"]}
    assert order.screenings.count() == 1
    assert "joborders.order.edited" in [e.action for e in audit_trail(order)]
    assert EmployerCaseNote.objects.filter(job_order=order, event="joborders.order.edited").exists()


def test_a_change_that_fails_screening_takes_the_order_off_line_with_the_reasons(personas, open_order):
    outcome = job_order_edit(
        order=open_order, actor=personas.staff_a, description="Applicants pay a $50 registration fee to start."
    )
    order = JobOrder.objects.get(pk=open_order.pk)
    assert (order.status, order.hold_reason) == ("on_hold", "screening")
    assert "charges applicants" in outcome.message
    assert order.versions.get().status_after == "on_hold"

    outcome = job_order_edit(order=order, actor=personas.staff_a, description="Operate forklifts; we pay all fees.")
    order = JobOrder.objects.get(pk=open_order.pk)
    assert order.status == "open"
    assert outcome.message == constants.EDIT_SAVED_RELEASED
    assert order.versions.count() == 2


def test_an_edit_without_changes_stores_no_version(personas, open_order):
    outcome = job_order_edit(order=open_order, actor=personas.staff_a, openings=1)
    assert outcome.version is None and open_order.versions.count() == 0


def test_closed_orders_cannot_be_edited_and_other_roles_cannot_edit(personas, employer):
    closed = make_order(employer=employer, job_center=personas.center_a, status="closed")
    with pytest.raises(ValidationError):
        job_order_edit(order=closed, actor=personas.staff_a, openings=2)
    order = make_order(employer=employer, job_center=personas.center_a, status="open", title="Packer")
    with pytest.raises(PermissionDenied):
        job_order_edit(order=order, actor=personas.employer_user, openings=2)


def test_staff_edit_page_of_an_open_order_screens_again(client, personas, open_order):
    client.force_login(personas.staff_a)
    url = reverse("staff:joborder-edit", args=[open_order.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Save changes" in page.content.decode()


# --- two texts per finding -------------------------------------------------------------------------------------


def test_every_rule_has_a_plain_text_for_the_employer():
    from jobcenter.compliance.screening import RULES

    assert set(RULES) <= set(C.EMPLOYER_MESSAGES)


def test_a_finding_carries_the_staff_procedure_and_the_employer_text(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="draft", title="Packer")
    order.description = "Only hiring applicants under 30 years of age."
    data = job_order_screening_input(order)
    finding = next(f for f in screen_job_order(data).to_dict()["findings"] if f["rule"] == "discriminatory")
    assert "refer it to the local job center supervisor" in finding["message"]  # staff procedure
    assert "supervisor must" not in finding["employer_message"]
    assert "remove or reword it" in finding["employer_message"]


def test_a_refused_order_is_an_error_with_correct_this_order_keeping_what_was_typed(client, personas, employer):
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        status="denied",
        title="Warehouse helper",
        description="Union members only. Load trucks.",
    )
    order.screenings.create(
        decision="reject",
        findings=screen_job_order(job_order_screening_input(order)).to_dict()["findings"],
        screened_at=order.received_at,
    )
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-detail", args=[order.pk])).content.decode()
    assert "usa-alert--error" in page
    assert "Remove that condition" in page
    assert "National Labor Relations Act" not in page  # the staff text stays with staff
    correct = client.get(reverse("portal:employer-joborder-correct", args=[order.pk])).content.decode()
    assert "Union members only. Load trucks." in correct and 'value="Warehouse helper"' in correct
