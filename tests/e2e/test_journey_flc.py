"""Journey: an employer's order naming H-2A is routed to the FLC coordinator, who finds it on the dashboard, takes
it over and enters it; it goes online through the online guard (manual: H-2A and H-2B Job Orders)."""

import pytest
from playwright.sync_api import expect

from jobcenter.joborders import constants
from jobcenter.joborders.models import JobOrder
from jobcenter.testing.journeys import PASSWORD, employer_enters_order, portal_employer, sign_in_here, sign_out
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_an_h2a_order_routed_to_the_flc_coordinator_is_taken_over_and_goes_online(page, live_server, db):
    personas = build_personas()
    employer, site = portal_employer(
        personas, name="Orchard Hill Farms LLC", site_name="Orchard", address="9 Orchard Rd"
    )

    # The employer enters an order whose text names H-2A: screening routes it to the FLC coordinator.
    employer_enters_order(
        page,
        live_server,
        site=site,
        title="Apple Harvest Worker",
        description="Seasonal apple harvest under the H-2A program; ladders and bins provided.",
        wage="19.50",
    )
    explanation = page.get_by_test_id("order-explanation")
    expect(explanation).to_contain_text("temporary foreign worker program")
    expect(explanation).to_contain_text("Foreign Labor Certification coordinator handles it and will contact you")
    order = JobOrder.objects.get(employer=employer, title="Apple Harvest Worker")
    assert order.status == "routed_flc"
    sign_out(page)

    # The FLC coordinator: dashboard card -> the filtered list -> the order -> take over.
    sign_in_here(page, "flc", PASSWORD)
    card = page.locator(".jc-panel").filter(has=page.get_by_role("heading", name="Orders routed to you"))
    expect(card.locator(".jc-count")).to_have_text("1")
    card.get_by_role("link", name="Open the list").click()
    expect(page.get_by_test_id("joborder-list")).to_contain_text(order.number)
    page.get_by_test_id("joborder-list").get_by_role("link", name=order.number).click()
    expect(page.get_by_test_id("flc-actions")).to_contain_text("Routed to you as the FLC coordinator")
    page.get_by_role("button", name=constants.FLC_ACTION_LABELS["flc_take_over"]).click()

    expect(page.get_by_test_id("order-status")).to_have_text("Open")
    expect(page.get_by_test_id("flc-actions")).to_have_count(0)
    order.refresh_from_db()
    assert order.status == "open"
    assert order.responsible_staff == personas.flc
    assert constants.ENTERED_BY_FLC in order.screenings.first().notices


def test_the_coordinator_finds_an_order_naming_h2a_in_its_text_under_the_h2a_filter_and_reads_why_it_came(
    page, live_server, db
):
    """The visa-program filter follows the routing (ADR 0014): an order whose visa field is empty but whose text
    names H-2A is found under H-2A, an ordinary order is not; the order's history says which program sent it to the
    coordinator and that the order text names it."""
    from jobcenter.joborders.services import job_order_create, job_order_submit
    from jobcenter.testing.browser import login
    from jobcenter.testing.joborders import make_employer, order_fields
    from jobcenter.testing.journeys import click_nav

    personas = build_personas()
    employer = make_employer(job_center=personas.center_a, name="Orchard Hill Farms LLC")
    fields = order_fields(title="Packing Shed Worker", description="Sort and pack apples for the H-2A season.")
    by_text = job_order_create(actor=personas.staff_a, employer=employer, job_center=personas.center_a, **fields)
    job_order_submit(order=by_text, actor=personas.staff_a)
    ordinary = job_order_create(
        actor=personas.staff_a,
        employer=employer,
        job_center=personas.center_a,
        **order_fields(title="Shipping Clerk", description="Pack and ship parcels for local stores."),
    )
    job_order_submit(order=ordinary, actor=personas.staff_a)
    by_text.refresh_from_db()
    assert by_text.visa_program == "none" and by_text.status == "routed_flc"

    login(page, live_server, "flc", PASSWORD)
    click_nav(page, "Job orders")
    page.get_by_label("Visa program").select_option(label="H-2A (agricultural)")
    page.get_by_role("button", name="Filter").click()
    listing = page.get_by_test_id("joborder-list")
    expect(listing).to_contain_text(by_text.number)
    expect(listing).to_contain_text("H-2A named in the order text")
    expect(listing).not_to_contain_text(ordinary.number)

    listing.get_by_role("link", name=by_text.number).click()
    expect(page.get_by_test_id("history")).to_contain_text(
        "Sent to the foreign labor certification coordinator: the order text names the H-2A program"
    )
    expect(page.get_by_test_id("history")).not_to_contain_text("routed FLC")
