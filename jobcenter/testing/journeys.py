"""Helpers for journey tests: a person reaches every step by clicking what they see.

A journey starts with one ``page.goto`` (the sign-in or registration page); afterwards only links and buttons are
used. ``sign_in_here`` fills the sign-in form already on screen (after "Sign out" the app shows it), so a second
person can take over without a ``goto``. ``click_nav`` follows the header navigation.
"""

from __future__ import annotations

PASSWORD = "x-persona-pass-1"  # the personas' password (jobcenter.testing.personas)


def sign_in_here(page, username: str, password: str = PASSWORD) -> None:
    """Fill and send the sign-in form shown on the current page."""
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page) -> None:
    """Press "Sign out" in the header; the sign-in page follows."""
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in").wait_for()


def click_nav(page, label: str) -> None:
    """Follow a header navigation link by its label."""
    page.get_by_role("navigation").get_by_role("link", name=label, exact=True).first.click()


def field(page, label: str):
    """The form field whose label is exactly ``label`` (a required field's label ends with " *")."""
    import re

    return page.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))
