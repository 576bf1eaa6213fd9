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


def totp_code(*, username: str | None = None, secret: str | None = None) -> str:
    """The code an authenticator app would show now: for ``username``'s newest device (read from the test
    database; its last-used step is cleared so the same 30-second code may sign in twice in one test), or for a
    base32 ``secret`` read from the set-up page."""
    import base64

    from django_otp.oath import TOTP

    if secret is not None:
        clean = secret.replace(" ", "")
        key = base64.b32decode(clean + "=" * (-len(clean) % 8))
        return f"{TOTP(key).token():06d}"
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user__username=username).order_by("-confirmed", "-id").first()
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():0{device.digits}d}"


def login(page, live_server, username: str, password: str) -> None:
    """Sign in through the real login form. When the user must (or chose to) use two-step sign-in, enter the
    code as the person's authenticator app would: on the code page from their device, on the set-up page from
    the key it shows (which also turns two-step sign-in on for them, as a person would)."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    # Wait for the page the form leads to, whichever it is: the click does not wait for it. (Waiting only for the
    # address to leave the sign-in page, with a short timeout for a refusal, returned with the sign-in page still
    # on screen whenever a loaded machine took longer than that to sign in.)
    with page.expect_event("load"):
        page.get_by_role("button", name="Sign in").click()
    if "/accounts/login/" in page.url:  # refused: the sign-in page again; the caller's assertions say so
        return
    if "/accounts/two-step/setup/" in page.url:
        code = totp_code(secret=page.get_by_test_id("totp-secret").inner_text())
        page.get_by_label("Six-digit code").fill(code)
        page.get_by_role("button", name="Turn on two-step sign-in").click()
        page.wait_for_url(lambda url: "/accounts/two-step/" not in url)
    elif "/accounts/two-step/" in page.url:
        page.get_by_label("Six-digit code").fill(totp_code(username=username))
        page.get_by_role("button", name="Verify").click()
        page.wait_for_url(lambda url: "/accounts/two-step/" not in url)
