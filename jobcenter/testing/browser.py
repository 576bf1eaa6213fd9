"""Browser tests: Debian chromium through Playwright (never `playwright install`).

Tests marked ``e2e`` use pytest-playwright's ``page`` fixture with Django's ``live_server``.
If /usr/bin/chromium is missing (only where apt is impossible) they are skipped with a loud reason.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("JOBCENTER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's chromium with flags that work in a container."""
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip(f"!!! SKIPPED BROWSER TEST: {CHROMIUM} not found and apt was not available to install it !!!")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


# Playwright's sync API runs an event loop in the test thread, and pytest-django's live_server opens the
# database before any per-test fixture could allow it: let Django's ORM run beside that loop for the session.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def login(page, live_server, username: str, password: str) -> None:
    """Sign in through the real login form."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
