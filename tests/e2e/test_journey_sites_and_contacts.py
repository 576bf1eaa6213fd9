"""Journey (issue #8 item 5): an employer changes and removes a worksite in the portal; then job center staff
change and remove a contact person and a worksite on the employer's page. Every change is audited; removed
worksites stay on the orders that name them but leave the employer's list."""

import pytest
from playwright.sync_api import expect

from jobcenter.core.models import AuditEntry
from jobcenter.core.presentation import format_phone
from jobcenter.employers import constants
from jobcenter.employers.models import EmployerContact, EmployerMembership, Worksite
from jobcenter.testing.joborders import make_employer
from jobcenter.testing.journeys import click_nav, field, sign_in_here, sign_out
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def site(employer, name, address):
    return Worksite.objects.create(employer=employer, name=name, address_1=address, city="Kansas City", state="MO",
                                   postcode="64106")  # fmt: skip


def test_employer_and_staff_change_and_remove_worksites_and_contacts(page, live_server, db):
    personas = build_personas()
    employer = make_employer(job_center=personas.center_a, name="Prairie Freight LLC")
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user, is_admin=True)
    north = site(employer, "North yard", "1 Yard Rd")
    south = site(employer, "South dock", "9 Dock St")
    east = site(employer, "East annex", "5 Annex Ave")
    pat = EmployerContact.objects.create(employer=employer, name="Pat Hiring", title="HR", email="pat@example.com")
    old = EmployerContact.objects.create(employer=employer, name="Old Manager", email="old@example.com")

    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "employer_user")
    click_nav(page, "Worksites")
    page.get_by_role("link", name="Edit worksite North yard").click()
    field(page, "Street address").fill("100 Yard Rd")
    field(page, "Name").fill("North yard (gate 2)")
    page.get_by_role("button", name="Save").click()
    listed = page.get_by_test_id("worksites").inner_text()
    assert "North yard (gate 2)" in listed and "100 Yard Rd" in listed
    page.get_by_role("button", name="Remove worksite South dock").click()
    # The list is also on the page being left: wait for the page the removal leads to before reading it.
    expect(page.get_by_text(constants.WORKSITE_REMOVED)).to_be_visible()
    expect(page.get_by_test_id("worksites")).not_to_contain_text("South dock")
    sign_out(page)

    sign_in_here(page, "staff_a")
    click_nav(page, "Employers")
    page.get_by_role("link", name="Prairie Freight LLC").first.click()
    page.get_by_role("link", name="Edit contact Pat Hiring").click()
    field(page, "Phone").fill("816-555-0199")
    field(page, "Job title").fill("Hiring manager")
    page.get_by_role("button", name="Save").click()
    contacts = page.get_by_test_id("contacts").inner_text()
    assert "Pat Hiring, Hiring manager (816) 555-0199" in contacts
    page.get_by_role("button", name="Remove contact Old Manager").click()
    expect(page.get_by_text(constants.CONTACT_REMOVED)).to_be_visible()
    expect(page.get_by_test_id("contacts")).not_to_contain_text("Old Manager")
    page.get_by_role("link", name="Edit worksite East annex").click()
    field(page, "City").fill("Independence")
    field(page, "ZIP code").fill("64050")
    page.get_by_role("button", name="Save").click()
    assert "Independence" in page.get_by_test_id("worksites").inner_text()
    page.get_by_role("button", name="Remove worksite East annex").click()
    expect(page.get_by_text(constants.WORKSITE_REMOVED)).to_be_visible()
    expect(page.get_by_test_id("worksites")).not_to_contain_text("East annex")

    for row in (north, south, east, pat):
        row.refresh_from_db()
    assert (north.name, north.address_1, north.is_active) == ("North yard (gate 2)", "100 Yard Rd", True)
    assert south.is_active is False and east.is_active is False and east.city == "Independence"
    assert (pat.title, format_phone(pat.phone)) == ("Hiring manager", "(816) 555-0199")
    assert not EmployerContact.objects.filter(pk=old.pk).exists()
    actions = list(AuditEntry.objects.filter(object_id=str(employer.pk)).values_list("action", "actor__username"))
    assert ("employers.worksite.updated", "employer_user") in actions
    assert ("employers.worksite.removed", "employer_user") in actions
    assert ("employers.contact.updated", "staff_a") in actions and ("employers.contact.removed", "staff_a") in actions
    assert ("employers.worksite.removed", "staff_a") in actions
