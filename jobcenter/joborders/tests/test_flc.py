"""The FLC coordinator's actions on orders routed to them (manual: H-2A and H-2B Job Orders): take over and enter,
or return as not a foreign labor order; only the coordinator; audited and journalled on the employer."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django_fsm import has_transition_perm

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core.audit import audit_trail
from jobcenter.joborders import constants
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import (
    job_order_create,
    job_order_flc_actions_for,
    job_order_flc_return,
    job_order_flc_take_over,
    job_order_screen_now,
    job_order_submit,
)
from jobcenter.testing.joborders import order_fields

# Missouri AEWR is $18.65 (20 CFR 655.120): pay at least that, or h2a-aewr sends the order back for the wage.
H2A_WAGE = {"wage_min": Decimal("19.00"), "wage_max": Decimal("21.00")}


def _routed(personas, employer, **kw):
    order = job_order_create(
        actor=personas.staff_a, employer=employer, job_center=personas.center_a, **order_fields(**kw)
    )
    job_order_submit(order=order, actor=personas.staff_a)
    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == "routed_flc"
    return order


def _mentions_h2a(personas, employer):
    """Routed only because its text mentions H-2A (the visa field is empty)."""
    return _routed(
        personas,
        employer,
        title="Warehouse Associate",
        description="Pick and pack orders. Experience loading trucks for H-2A crews at a packing shed is a plus.",
    )


def test_the_flc_coordinator_takes_over_a_routed_h2a_order_and_it_goes_online_through_the_guard(personas, employer):
    order = _routed(
        personas, employer, visa_program="h2a", special_categories=["aes"], title="AES Apple Picker", **H2A_WAGE
    )
    assert [a for a, _ in job_order_flc_actions_for(order=order, user=personas.flc)] == ["flc_take_over", "flc_return"]

    outcome = job_order_flc_take_over(order=order, actor=personas.flc)

    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == "open"
    assert outcome.message == constants.ORDER_OPENED
    assert order.responsible_staff == personas.flc
    assert (order.job_center, order.worksite_zip) == (personas.center_a, "64106")  # entry rules kept
    assert constants.ENTERED_BY_FLC in order.screenings.first().notices
    actions = [e.action for e in audit_trail(order)]
    assert "joborders.order.flc_taken_over" in actions and "joborders.order.opened" in actions
    note = EmployerCaseNote.objects.get(employer=employer, event="joborders.order.flc_taken_over")
    assert note.job_order == order and note.author == personas.flc
    # The online guard re-screens later as the coordinator's entry: the routing stays satisfied.
    assert job_order_screen_now(order=order, actor=personas.flc).decision == "route_flc"
    from jobcenter.joborders.services.online import job_order_online_check

    assert job_order_online_check(order=order, actor=personas.flc).ok


def test_a_taken_over_order_with_other_findings_behaves_as_any_screened_order(personas, employer):
    order = _routed(personas, employer, visa_program="h2a", special_categories=["aes"], title="AES Farm Hand")
    job_order_flc_take_over(order=order, actor=personas.flc)  # $18.00 is below the AEWR
    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == "draft"
    assert "h2a-aewr" in {f["rule"] for f in order.screenings.first().findings}


def test_an_order_routed_by_mistake_is_returned_and_screened_with_the_routing_dismissed(personas, employer):
    order = _mentions_h2a(personas, employer)
    with pytest.raises(ValidationError, match="Say why"):
        job_order_flc_return(order=order, actor=personas.flc, reason="  ")
    assert JobOrder.objects.get(pk=order.pk).status == "routed_flc"

    job_order_flc_return(
        order=order, actor=personas.flc, reason="Local hire; the text only mentions past work with H-2A crews."
    )

    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == "open"
    assert constants.NOT_FOREIGN_LABOR in order.screenings.first().notices
    entry = next(e for e in audit_trail(order) if e.action == "joborders.order.flc_returned")
    assert entry.data["reason"].startswith("Local hire")
    note = EmployerCaseNote.objects.get(employer=employer, event="joborders.order.flc_returned")
    assert "past work with H-2A crews" in note.body
    # Not routed again when it is taken off line and resubmitted later.
    order.refresh_from_db()
    from jobcenter.joborders.services.screening import _flc_coordinator_enters

    decided = _flc_coordinator_enters(
        {"decision": "route_flc", "findings": [{"rule": "visa-h2a", "severity": "route_flc"}], "notices": []},
        actor=personas.staff_a,
        order=order,
    )
    assert decided["decision"] == "accept"
    from jobcenter.joborders.services.online import job_order_online_check

    assert job_order_online_check(order=order, actor=personas.staff_a).ok  # the guard's re-screening too


def test_an_order_whose_visa_field_says_h2a_cannot_be_returned(personas, employer):
    order = _routed(personas, employer, visa_program="h2a", special_categories=["aes"], title="AES Apple Picker")
    with pytest.raises(ValidationError, match="visa program says H-2A"):
        job_order_flc_return(order=order, actor=personas.flc, reason="Mistake")
    assert JobOrder.objects.get(pk=order.pk).status == "routed_flc"


@pytest.mark.parametrize("who", ["staff_a", "supervisor_a", "csu"])
def test_other_roles_cannot_take_over_or_return_a_routed_order(personas, employer, who):
    order = _mentions_h2a(personas, employer)
    actor = getattr(personas, who)
    assert job_order_flc_actions_for(order=order, user=actor) == []
    assert not has_transition_perm(order.flc_take_over, actor)
    with pytest.raises(PermissionDenied):
        job_order_flc_take_over(order=order, actor=actor)
    with pytest.raises(PermissionDenied):
        job_order_flc_return(order=order, actor=actor, reason="Not H-2A")
    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == "routed_flc"
    assert not any(e.action.startswith("joborders.order.flc_") for e in audit_trail(order))
    assert has_transition_perm(order.flc_take_over, personas.flc)


def test_the_order_page_dashboard_and_list_lead_the_coordinator_to_routed_orders(client, personas, employer):
    order = _mentions_h2a(personas, employer)
    client.force_login(personas.flc)
    dashboard = client.get(reverse("staff:dashboard")).content.decode()
    assert "Orders routed to you" in dashboard and "?status=routed_flc" in dashboard
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert constants.FLC_ACTION_LABELS["flc_take_over"] in page
    listing = client.get(reverse("staff:joborder-list") + "?visa_program=h2a").content.decode()
    assert order.number in listing  # the visa field is empty: the text names H-2A and routed it
    assert "H-2A named in the order text" in listing
    response = client.post(reverse("staff:joborder-action", args=[order.pk, "flc_return"]), {"note": ""})
    assert response.status_code == 302
    assert JobOrder.objects.get(pk=order.pk).status == "routed_flc"
    client.post(reverse("staff:joborder-action", args=[order.pk, "flc_return"]), {"note": "Not a visa job."})
    assert JobOrder.objects.get(pk=order.pk).status == "open"


def test_staff_see_no_flc_actions_and_cannot_post_them(client, personas, employer):
    order = _mentions_h2a(personas, employer)
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert constants.FLC_ACTION_LABELS["flc_take_over"] not in page
    response = client.post(reverse("staff:joborder-action", args=[order.pk, "flc_take_over"]))
    assert response.status_code == 403
    assert JobOrder.objects.get(pk=order.pk).status == "routed_flc"


def _listed(client, program: str) -> str:
    return client.get(reverse("staff:joborder-list") + f"?visa_program={program}").content.decode()


def test_the_visa_program_filter_finds_orders_routed_by_their_text_and_not_ordinary_ones(client, personas, employer):
    """The coordinator's filter follows the routing: an order whose text names H-2A is found under H-2A (not under
    H-2B); an order whose visa field says H-2B is found under H-2B; an ordinary order under neither."""
    from jobcenter.joborders.selectors import job_order_list

    by_text = _mentions_h2a(personas, employer)
    by_field = _routed(personas, employer, visa_program="h2b", title="Landscape Laborer")
    ordinary = job_order_create(
        actor=personas.staff_a,
        employer=employer,
        job_center=personas.center_a,
        **order_fields(title="Shipping Clerk", description="Pack and ship parcels for local stores."),
    )
    job_order_submit(order=ordinary, actor=personas.staff_a)

    h2a = set(job_order_list(user=personas.flc, visa_program="h2a"))
    h2b = set(job_order_list(user=personas.flc, visa_program="h2b"))
    assert by_text in h2a and by_text not in h2b
    assert by_field in h2b and by_field not in h2a
    assert ordinary not in h2a | h2b

    client.force_login(personas.flc)
    assert by_text.number in _listed(client, "h2a") and ordinary.number not in _listed(client, "h2a")
    assert by_text.number not in _listed(client, "h2b") and by_field.number in _listed(client, "h2b")


def test_an_order_the_coordinator_returned_as_not_foreign_labor_leaves_the_filter(personas, employer):
    from jobcenter.joborders.selectors import job_order_list

    order = _mentions_h2a(personas, employer)
    job_order_flc_return(order=order, actor=personas.flc, reason="Local hire; the text only mentions H-2A crews.")
    job_order_screen_now(order=JobOrder.objects.get(pk=order.pk), actor=personas.staff_a)  # a later re-screening
    assert order not in set(job_order_list(user=personas.flc, visa_program="h2a"))


def test_an_order_taken_over_by_the_coordinator_stays_under_its_program(personas, employer):
    from jobcenter.joborders.selectors import job_order_list

    order = _routed(
        personas,
        employer,
        special_categories=["aes"],
        title="AES Orchard Hand",
        description="Seasonal orchard work under the H-2A program.",
        **H2A_WAGE,
    )
    job_order_flc_take_over(order=order, actor=personas.flc)
    assert order in set(job_order_list(user=personas.flc, visa_program="h2a"))


def _history(client, user, order) -> str:
    client.force_login(user)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    start = page.index('data-testid="history"')
    return page[start : page.index("</ol>", start)]


def test_the_history_says_which_program_sent_the_order_to_the_coordinator_and_where_the_order_names_it(
    client, personas, employer
):
    import html

    by_text = _mentions_h2a(personas, employer)
    by_field = _routed(personas, employer, visa_program="h2b", title="Landscape Laborer")

    text_line = html.unescape(_history(client, personas.flc, by_text))
    assert (
        "Sent to the foreign labor certification coordinator: the order text names the H-2A program "
        "(Description: “H-2A”)" in text_line
    )
    field_line = html.unescape(_history(client, personas.staff_a, by_field))
    assert "Sent to the foreign labor certification coordinator: the order's visa program is H-2B" in field_line
    for line in (text_line, field_line):
        assert "routed FLC" not in line and "routed_flc" not in line
    note = EmployerCaseNote.objects.get(job_order=by_text, event="joborders.order.routed_flc")
    assert note.body.startswith("Sent to the foreign labor certification coordinator: the order text names the H-2A")

    job_order_flc_return(order=by_text, actor=personas.flc, reason="Local hire; only past work with H-2A crews.")
    returned = html.unescape(_history(client, personas.flc, by_text))
    assert (
        "Returned to the job center by the foreign labor certification coordinator as not a foreign labor order: "
        "Local hire; only past work with H-2A crews." in returned
    )
