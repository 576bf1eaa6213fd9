"""Journeys for two paths of issue #8 that had only page tests:

* path 4: an employer's order with a wage below the minimum wage comes back as an error in plain language (what is
  wrong and what to change, never the staff procedure), with "Correct this order", which keeps what was typed; the
  corrected order goes on (manual: Substandard Orders; Job Orders - screening);
* path 6: the owner of a login whose record was merged into another is told whom to contact, and nothing about
  the other record.
"""

import pytest
from playwright.sync_api import expect

from jobcenter.accounts.models import User
from jobcenter.joborders.models import JobOrder
from jobcenter.seekers.services import merge_request_create, seeker_merge
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.journeys import employer_enters_order, field, portal_employer, sign_in_here
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_a_refused_order_is_an_error_in_plain_words_and_correct_this_order_keeps_what_was_typed(page, live_server, db):
    personas = build_personas()
    employer, site = portal_employer(personas, name="Prairie Foods LLC", site_name="Kitchen", address="1 Dock Rd")
    employer_enters_order(
        page, live_server, site=site, title="Line Cook", description="Prepare food on the line; weekends.", wage="5.00"
    )

    explanation = page.get_by_test_id("order-explanation")
    assert explanation.get_attribute("role") == "alert"  # shown as an error
    reasons = page.get_by_test_id("reasons").inner_text()
    assert "below the minimum wage" in reasons
    assert "attention of the supervisor" not in page.content()  # the staff procedure stays with staff
    first = JobOrder.objects.get(employer=employer)
    assert first.status in ("draft", "denied")

    page.get_by_test_id("correct-order").click()
    assert field(page, "Title").input_value() == "Line Cook"  # nothing typed is lost
    assert field(page, "Description").input_value() == "Prepare food on the line; weekends."
    field(page, "Minimum wage offered").fill("16.50")
    page.get_by_role("button", name="Send the corrected order").click()

    assert "below the minimum wage" not in page.get_by_test_id("order-explanation").inner_text()
    orders = JobOrder.objects.filter(employer=employer, title="Line Cook")
    assert any(o.wage_min == 16.5 and o.status in ("open", "screening") for o in orders)


def test_the_owner_of_a_merged_login_is_told_whom_to_contact(page, live_server, db):
    personas = build_personas()
    keep_user = User.objects.create_user("keeper", password="Long-enough-pass-2026", role="job_seeker")
    dup_user = User.objects.create_user("dupowner", password="Long-enough-pass-2026", role="job_seeker")
    keep = make_seeker(job_center=personas.center_a, user=keep_user, given_name="Ana", surname="Lopez")
    dup = make_seeker(job_center=personas.center_a, user=dup_user, given_name="Anna", surname="Lopez")
    request = merge_request_create(actor=personas.csu, seeker_a=keep, seeker_b=dup, source="staff")
    seeker_merge(merge_request=request, actor=personas.csu, primary=keep)

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "dupowner", "Long-enough-pass-2026")
    main = page.locator("#main-content")  # on the sign-in page being left too: wait for the answer
    expect(main).to_contain_text("combined with another account")
    text = main.inner_text()
    assert keep.state_id not in text and "keeper" not in text and "Ana " not in text
    assert "/accounts/login/" in page.url  # not signed in
