"""Load test (issue #10): the public job search, the staff seeker search, the staff person record and case page.

Run by ``scripts/load_test.sh`` (headless, bounded in time and users) against gunicorn on loopback with the
production settings. Every request carries the headers the TLS-terminating proxy sends (docs/deploy.md), so Django
sees HTTPS: no redirect, Secure cookies, the same CSRF checks as in production.

* ``JobSearcher`` (anonymous, half the users): the search form at ``/``, a keyword search, a place search, a
  second results page, one job's public page.
* ``StaffMember`` (the demo ``staff`` user; signs in once through the real login form): searches people by
  name, opens a person record and a case page of people in their job center (ids from ``targets.json``, written
  by ``benchmarks.load.scale``).

A response is a failure unless it is 200 and shows what the person came for (checked on the page text).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, task

TARGETS = json.loads(Path(os.environ.get("LOAD_TARGETS", Path(__file__).with_name("targets.json"))).read_text())
STAFF_USER = os.environ.get("LOAD_STAFF_USER", "staff")
STAFF_PASSWORD = os.environ.get("LOAD_STAFF_PASSWORD", "demo-pass-2026")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
JOB_LINK = re.compile(r'href="/portal/jobs/(\d+)/')
_client_numbers = itertools.count(2)


class _Behind(HttpUser):
    abstract = True
    wait_time = between(0.5, 2.0)

    def on_start(self):
        n = next(_client_numbers)
        self.client.headers.update(
            {
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": f"10.0.{n // 250}.{n % 250}",  # one client address per simulated person
                "User-Agent": "jobcenter-load-test",
                # As the reverse proxy in front of gunicorn does by default (nginx: HTTP/1.0 upstream, no keep-alive):
                # one connection per request. Reusing idle connections races gunicorn's 2-second keep-alive
                # close ("connection reset by peer"), which a proxy or browser would retry, but a load generator
                # counts as an error.
                "Connection": "close",
            }
        )

    def keep_cookies(self) -> None:
        """The proxy speaks HTTPS to the browser, so the session and CSRF cookies are Secure; on loopback the
        client talks plain HTTP to gunicorn and must still send them back (as the browser does to the proxy)."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def get(self, path: str, *, name: str, expect: str, params: dict | None = None):
        with self.client.get(path, params=params, name=name, catch_response=True, allow_redirects=False) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code} {r.headers.get('Location', '')} {r.error or ''}".strip())
            elif expect not in r.text:
                r.failure(f"page without {expect!r}")
        self.keep_cookies()
        return r


class JobSearcher(_Behind):
    """Someone looking for work, not signed in."""

    weight = 1

    @task(3)
    def keyword_search(self):
        q = random.choice(TARGETS["keywords"])
        r = self.get("/", params={"q": q}, name="job search: keywords", expect="Search jobs")
        ids = JOB_LINK.findall(r.text or "")
        if ids:
            self.get(f"/portal/jobs/{random.choice(ids)}/", name="job page", expect="referral")

    @task(1)
    def front_page(self):
        self.get("/", name="job search: newest", expect="Search jobs")

    @task(1)
    def place_and_page_two(self):
        q = random.choice(TARGETS["keywords"])
        self.get("/portal/jobs/", params={"q": q, "page": 2}, name="job search: page 2", expect="Search jobs")


class StaffMember(_Behind):
    """A job center staff member serving the people in front of them."""

    weight = 1

    def on_start(self):
        super().on_start()
        page = self.client.get("/accounts/login/", name="sign in (form)")
        token = CSRF.search(page.text).group(1)
        self.keep_cookies()
        with self.client.post(
            "/accounts/login/",
            data={"username": STAFF_USER, "password": STAFF_PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{self.host}/accounts/login/".replace("http://", "https://")},
            name="sign in",
            catch_response=True,
            allow_redirects=False,
        ) as r:
            if r.status_code != 302 or "/accounts/" in r.headers.get("Location", ""):
                r.failure(f"sign-in refused: {r.status_code} {r.headers.get('Location', '')}")
        self.keep_cookies()

    @task(3)
    def search_by_name(self):
        name = random.choice(TARGETS["names"] if random.random() < 0.7 else TARGETS["surnames"])
        self.get("/staff/seekers/", params={"name": name}, name="staff seeker search", expect="Find a job seeker")

    @task(2)
    def person_record(self):
        self.get(
            f"/staff/seekers/{random.choice(TARGETS['state_ids'])}/", name="staff person record", expect="State ID"
        )

    @task(2)
    def case_page(self):
        self.get(
            f"/staff/cases/seekers/{random.choice(TARGETS['case_ids'])}/", name="staff case page", expect="State ID"
        )
