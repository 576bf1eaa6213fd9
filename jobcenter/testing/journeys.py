"""Helpers for journey tests: a person reaches every step by clicking what they see.

A journey starts with one ``page.goto`` (the sign-in or registration page); afterwards only links and buttons are
used. ``sign_in_here`` fills the sign-in form already on screen (after "Sign out" the app shows it), so a second
person can take over without a ``goto``. ``click_nav`` follows the header navigation.
"""

from __future__ import annotations

PASSWORD = "x-persona-pass-1"  # the personas' password (jobcenter.testing.personas)


def sign_in_here(page, username: str, password: str = PASSWORD) -> None:
    """Fill and send the sign-in form shown on the current page, and wait for the page it leads to (the person's
    front page, or the sign-in page again saying why not): the click itself does not wait for it."""
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    with page.expect_event("load"):
        page.get_by_role("button", name="Sign in").click()


def sign_out(page) -> None:
    """Press "Sign out" in the header; the sign-in page follows."""
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in").wait_for()


def click_nav(page, label: str) -> None:
    """Follow a header navigation link by its label, and wait for the page it opens (the header is on every page,
    so what the caller reads next could otherwise come from the page being left)."""
    with page.expect_event("load"):
        page.get_by_role("navigation").get_by_role("link", name=label, exact=True).first.click()


def field(page, label: str):
    """The form field whose label is exactly ``label`` (a required field's label ends with " *")."""
    import re

    return page.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))


def portal_employer(personas, *, name: str, site_name: str, address: str):
    """A verified employer of the ``employer_user`` persona in job center A, with its terms accepted and one
    worksite in Kansas City; returns (employer, worksite). Browser tests run in flushed transactions, so the
    terms of service are published again first."""
    import datetime as dt

    from jobcenter.employers import constants as employer_constants
    from jobcenter.employers.models import EmployerMembership, TermsVersion, Worksite
    from jobcenter.employers.services import terms_accept
    from jobcenter.testing.joborders import make_employer

    TermsVersion.objects.get_or_create(
        version=employer_constants.DEFAULT_TERMS_VERSION,
        defaults={"effective_from": dt.date(2024, 1, 1), "body": employer_constants.DEFAULT_TERMS_BODY},
    )
    employer = make_employer(job_center=personas.center_a, name=name)
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    terms_accept(employer=employer, user=personas.employer_user)
    site = Worksite.objects.create(
        employer=employer, name=site_name, address_1=address, city="Kansas City", state="MO", postcode="64106"
    )
    return employer, site


def employer_enters_order(page, live_server, *, site, title: str, description: str, wage: str) -> None:
    """The employer persona signs in and sends a 40-hour order through Job orders -> Enter a job order."""
    page.goto(f"{live_server.url}/accounts/login/")
    sign_in_here(page, "employer_user", PASSWORD)
    click_nav(page, "Job orders")
    page.get_by_role("link", name="Enter a job order").click()
    field(page, "Title").fill(title)
    field(page, "Worksite").select_option(label=str(site))
    field(page, "Description").fill(description)
    field(page, "Minimum wage offered").fill(wage)
    field(page, "Hours per week").fill("40")
    page.get_by_role("button", name="Submit job order").click()


# --- supplemental wage follow-up (the interviewer's journeys) -------------------------------------------------------


def interviewer_opens_case(page, live_server, name: str) -> None:
    """The interviewer persona signs in, opens Wage follow-up and the participant's case from the queue."""
    from jobcenter.testing.browser import login

    login(page, live_server, "interviewer_a", PASSWORD)
    page.get_by_role("link", name="Wage follow-up").click()
    page.get_by_test_id("queue").get_by_role("link", name=name).click()
    page.get_by_test_id("steps").wait_for()


def give_introduction(page) -> None:
    """Give the six-point introduction from the case page: tick every point and save."""
    from playwright.sync_api import expect

    from jobcenter.followup import constants

    page.get_by_role("link", name="Give the introduction").click()
    points = page.locator("input[name^=point_]")
    # locator.all() does not wait for the page: wait until the whole introduction is on it.
    expect(points).to_have_count(len(constants.INTRODUCTION_POINTS))
    for box in points.all():
        box.check()
    page.get_by_role("button", name="Save").click()


def fill_interview_employment(page, *, period_label: str) -> None:
    """On the interview form: employed in the reference quarter's period at Riverside Clinic, Kansas City, as a
    medical assistant (FEIN 43-1234567); the wage and how often it is paid are the caller's."""
    page.get_by_role("radio", name="Yes").check()
    page.get_by_label(period_label).check()
    page.get_by_label("3. Employer").fill("Riverside Clinic")
    page.get_by_label("Type of employment (job title)").fill("Medical assistant")
    page.get_by_label("Employer FEIN (if known)").fill("431234567")
    page.get_by_label("Employer city").fill("Kansas City")
    page.get_by_label("Employer state (2 letters)").fill("MO")


def upload_through_link(
    page, url: str, *, asks_for: str, file_name: str, body: bytes, stub_count: int | None = None
) -> None:
    """Whoever the interviewer sent the upload link to opens it (their first page, in a page of their own), reads
    which document is asked for (``asks_for``) and sends a PDF; the page says it was received."""
    from playwright.sync_api import expect

    other = page.context.browser.new_page()
    other.goto(url)
    expect(other.locator("main")).to_contain_text(asks_for)
    other.get_by_label("Your document").set_input_files(
        files=[{"name": file_name, "mimeType": "application/pdf", "buffer": body}]
    )
    if stub_count is not None:
        other.get_by_label("How many pay stubs are in the file?").fill(str(stub_count))
    other.get_by_role("button", name="Send").click()
    expect(other.get_by_test_id("upload-done")).to_contain_text("Your document was received")
    other.close()


def accept_document(page) -> None:
    """Back on the case, the interviewer reviews the received document (medical assistant, health care sector) and
    accepts it: the case is documented."""
    from playwright.sync_api import expect

    page.get_by_test_id("documents").get_by_role("link", name="Review").click()
    page.get_by_label("O*NET code").fill("31-9092.00")
    page.get_by_label("NAICS sector (2 digits)").fill("62")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_test_id("case-status")).to_contain_text("Documented (counts for reporting)")
