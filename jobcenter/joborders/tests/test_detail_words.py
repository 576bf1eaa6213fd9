"""The staff job order page shows words, never stored codes: special categories, hiring requirements, the visa
program, statuses in the history, screening decisions; hours without trailing zeros; and no link a role cannot open.
"""

import pytest
from django.urls import reverse

from jobcenter.core.audit import audit_log
from jobcenter.joborders.templatetags.joborder_tags import decision_label
from jobcenter.testing.joborders import make_order

pytestmark = pytest.mark.django_db


def _detail(client, user, order) -> str:
    client.force_login(user)
    response = client.get(reverse("staff:joborder-detail", args=[order.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_codes_on_the_order_are_shown_as_their_labels(client, personas, employer):
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        special_categories=["aes", "green_job"],
        hiring_requirements=["background_check", "drug_screen"],
        hours_per_week=40,
    )
    html = _detail(client, personas.staff_a, order)
    assert "Agricultural Employment Services (AES), Green Job" in html and "green_job" not in html
    assert "Background check, Drug screen" in html and "background_check" not in html
    assert "Full time / no visa program" in html and "/ None" not in html
    assert "<dd>40 / 1</dd>" in html and "40.00" not in html


def test_the_status_history_says_the_status_left_in_words(client, personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a)
    audit_log(actor=personas.staff_a, action="joborders.order.held", obj=order, data={"from": "on_hold"})
    html = _detail(client, personas.staff_a, order)
    assert "(from on hold)" in html and "on_hold" not in html


def test_a_screening_decision_keeps_its_acronym():
    assert decision_label("route_flc") == "route to FLC coordinator"
    assert decision_label("fix_required") == "fix required"


def test_the_candidates_link_is_offered_only_to_roles_that_may_open_the_candidates(client, personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, visa_program="h2a")
    candidates = reverse("staff:match-order", args=[order.pk])
    assert candidates in _detail(client, personas.staff_a, order)
    html = _detail(client, personas.flc, order)
    assert candidates not in html
    assert client.get(candidates).status_code == 403  # the FLC coordinator may not open it


def test_a_finding_quotes_the_orders_words_but_never_a_stored_fact():
    """A finding about the employer's status or a form answer carries the stored value ("pending_verification");
    staff see the message and citation without it. A finding on the order's text quotes the words it matched."""
    from django.template.loader import render_to_string

    findings = [
        {
            "rule": "employer-pending-verification",
            "message": "Employer not yet verified.",
            "citation": "Manual, Employers",
            "severity": "accept_with_notice",
            "field": "employer.status",
            "matched": "pending_verification",
        },
        {
            "rule": "applicant-charge",
            "message": "The applicant pays.",
            "citation": "20 CFR 651.10",
            "severity": "deny",
            "field": "description",
            "matched": "a $50 kit fee",
        },
    ]
    html = render_to_string("staff/joborders/_findings.html", {"findings": findings})
    assert "pending_verification" not in html and "Employer not yet verified." in html
    assert "(“a $50 kit fee”)" in html
