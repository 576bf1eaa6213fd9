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
