"""Journey (ADR 0045, 20 CFR 658 Subpart E): a staff member finds a farmworker's record, takes her complaint about
unpaid wages (an employment-related law) in writing and refers it to the enforcement agency (658.422); the State
Monitor Advocate signs in with a two-step code, finds it in the complaint log through the navigation, records the
resolution and closes it. The pages and the database are checked."""

import re

import pytest
from playwright.sync_api import expect

from jobcenter.complaints.choices import ActionKind, ComplaintStatus
from jobcenter.complaints.models import Complaint
from jobcenter.core.models import AuditEntry
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.browser import login, totp_code
from jobcenter.testing.joborders import make_employer
from jobcenter.testing.journeys import PASSWORD, click_nav, field, sign_in_here, sign_out
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def _two_step(page) -> None:
    """The SMA's role must use two-step sign-in: the first time, set it up from the key on screen."""
    if "/accounts/two-step/setup/" in page.url:
        page.get_by_label("Six-digit code").fill(totp_code(secret=page.get_by_test_id("totp-secret").inner_text()))
        page.get_by_role("button", name="Turn on two-step sign-in").click()
    elif "/accounts/two-step/" in page.url:
        page.get_by_label("Six-digit code").fill(totp_code(username="sma"))
        page.get_by_role("button", name="Verify").click()
    page.wait_for_url(lambda url: "/accounts/two-step/" not in url)


def test_staff_take_and_refer_a_farmworker_wage_complaint_and_the_sma_resolves_and_closes_it(
    page, live_server, db, settings
):
    settings.JOBCENTER_2FA_REQUIRED = True
    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, given_name="Marisol", surname="Arreola", msfw="2")
    employer = make_employer(job_center=personas.center_a, name="Orchard Hill Farms")

    # A staff member of job center A finds the person and takes the complaint from her record.
    login(page, live_server, "staff_a", PASSWORD)
    click_nav(page, "Job seekers")
    field(page, "Name").fill("Marisol Arreola")
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_test_id("search-results").get_by_role("link", name="Marisol Arreola").click()
    page.get_by_test_id("record-actions").get_by_role("link", name="Take a complaint").click()
    expect(page.get_by_test_id("complainant")).to_have_text("Marisol Arreola")
    expect(page.get_by_label(re.compile("migrant or seasonal farmworker"))).to_be_checked()  # from her record
    field(page, "What the complaint is about").select_option(
        label="About an employment-related law (wages, safety, discrimination and similar)"
    )
    field(page, "Who the complaint is against").select_option(label="An employer on file")
    # The employer is searched, not picked from a list of every employer: typing offers at most ten matches.
    field(page, "Employer").fill("Orchard Hi")
    suggestion = page.locator("#employer-suggestions option")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_have_attribute("value", f"Orchard Hill Farms (FEIN {employer.fein})")
    field(page, "Employer").fill(suggestion.get_attribute("value"))  # what choosing the suggestion enters
    field(page, "What the complaint is").fill("Not paid for the last two weeks of the apple harvest.")
    page.get_by_role("button", name="Take the complaint").click()
    # Not ticked "Taken in writing": refused beside the box, nothing saved (658.422).
    expect(page.get_by_text("must be taken in writing (20 CFR 658.422)").first).to_be_visible()
    assert not Complaint.objects.exists()
    page.get_by_label(re.compile("^Taken in writing")).check()
    page.get_by_role("button", name="Take the complaint").click()

    expect(page.get_by_test_id("referral-required")).to_be_visible()
    expect(page.get_by_role("button", name="Record the resolution")).to_have_count(0)
    field(page, "Enforcement agency").fill("U.S. DOL Wage and Hour Division")
    page.get_by_role("button", name="Record the referral").click()
    expect(page.get_by_test_id("complaint-status")).to_have_text("Referred to an enforcement agency")
    expect(page.get_by_test_id("referral")).to_contain_text("U.S. DOL Wage and Hour Division")
    sign_out(page)

    # The State Monitor Advocate finds it in the complaint log and resolves and closes it.
    sign_in_here(page, "sma")
    _two_step(page)
    expect(page.get_by_test_id("dashboard-panels")).to_contain_text("Complaints")
    click_nav(page, "Complaints")
    page.get_by_label("Farmworker (MSFW)").select_option(label="Farmworkers (MSFW) only")
    page.get_by_role("button", name="Show").click()
    log = page.get_by_test_id("complaint-log")
    expect(log).to_contain_text("Marisol Arreola")
    expect(log).to_contain_text("Orchard Hill Farms")
    expect(log).to_contain_text("Employment-related law")
    log.get_by_role("link", name=re.compile(r"^Complaint \d+$")).first.click()
    field(page, "Resolution").fill("Employer paid the back wages after the Wage and Hour Division visit.")
    page.get_by_role("button", name="Record the resolution").click()
    expect(page.get_by_test_id("complaint-status")).to_have_text("Resolved")
    page.get_by_role("button", name="Close the complaint").click()
    expect(page.get_by_test_id("complaint-status")).to_have_text("Closed")
    history = page.get_by_test_id("complaint-history").inner_text()
    for step in ("Complaint taken", "Referred to an enforcement agency", "Resolved", "Closed"):
        assert step in history
    assert "employment_law" not in page.content()

    complaint = Complaint.objects.get()
    assert complaint.status == ComplaintStatus.CLOSED
    assert complaint.seeker == seeker and complaint.employer == employer and complaint.job_center == personas.center_a
    assert complaint.msfw and complaint.in_writing and complaint.referral_agency == "U.S. DOL Wage and Hour Division"
    assert complaint.resolution.startswith("Employer paid the back wages")
    steps = list(complaint.actions.values_list("kind", "by__username"))
    assert steps == [
        (ActionKind.TAKEN, "staff_a"),
        (ActionKind.REFERRED, "staff_a"),
        (ActionKind.RESOLVED, "sma"),
        (ActionKind.CLOSED, "sma"),
    ]
    assert AuditEntry.objects.filter(action__startswith="complaints.complaint.").count() == 4
