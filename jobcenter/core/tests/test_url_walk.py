"""Every URL requires login unless it is listed as public (get.gov / 18F tock URL-walk test).

The walk resolves every URL pattern in the project, fills path parameters with dummy values, and asks for
it anonymously. Pages must redirect to the login page; API endpoints must answer 401. A new public page must
be added to PUBLIC_URL_NAMES (by URL name) deliberately.
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

# URL names (namespace:name) that anonymous visitors may open.
PUBLIC_URL_NAMES = {
    "login",
    "healthz",
    "api-docs",
    "api-v1:openapi-json",
    "api-v1:openapi-view",
    "api-v1:api-root",  # ninja root, 404 with no content
    "portal:seeker-register",  # job seeker self-registration
    "portal:employer-register",  # employer self-registration (manual: Employers)
    "portal:followup-upload",  # one-time upload link for the wage follow-up (token is the key)
    "portal:saved-search-stop",  # a saved-search notice's stop link (signed token naming one search; ADR 0044)
    "password_reset",  # forgot password: ask for a link by email
    "password_reset_done",  # "check your email" (the same answer for known and unknown addresses)
    "password_reset_confirm",  # the emailed link (a one-time token)
    "password_reset_complete",  # "your password was changed"
    "home",  # anonymous visitors get the public job search (issue #12, ADR 0032)
    "portal:job-search",  # public job search: no sign-in needed to look (manual: Registration Requirements)
    "portal:job-public",  # one open job, public-safe (confidential employers masked)
    "api-v1:job_search",  # the same public job search through the API (issue #12)
    "industry-suggest",  # NAICS industries for the employer registration form's picker (public taxonomy)
}
# Path prefixes handled by third parties with their own login (Django admin redirects to its own login).
PUBLIC_PREFIXES = ("admin/",)

DUMMY = {"int": "1", "str": "x", "slug": "x", "uuid": "00000000-0000-0000-0000-000000000000", "path": "x"}


def _walk(patterns, prefix="", namespace=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), f"{namespace}{p.name}" if p.name else None


def _concrete(route: str) -> str:
    route = re.sub(r"<(?:(\w+):)?\w+>", lambda m: DUMMY.get(m.group(1) or "str", "x"), route)
    route = route.lstrip("^").rstrip("$").replace("\\", "")
    return "/" + route


ALL_URLS = sorted(set(_walk(get_resolver().url_patterns)), key=lambda t: t[0])


def test_the_walk_finds_the_main_fronts():
    routes = [r for r, _ in ALL_URLS]
    assert any(r.startswith("staff/") for r in routes)
    assert any(r.startswith("portal/") for r in routes)
    assert any(r.startswith("api/v1/") for r in routes)


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "name"), ALL_URLS, ids=[r or "/" for r, _ in ALL_URLS])
def test_every_url_requires_login_unless_public(client, route, name):
    if name in PUBLIC_URL_NAMES or route.startswith(PUBLIC_PREFIXES):
        return
    url = _concrete(route)
    if re.search(r"[\(\[\?\*\+]", url):
        pytest.fail(f"Cannot build a concrete URL for regex route {route!r}; give it a converter")
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        if route.startswith("api/"):
            assert response.status_code in (401, 405), f"{method.upper()} {url} ({name}) -> {response.status_code}"
        else:
            assert response.status_code in (302, 405), f"{method.upper()} {url} ({name}) -> {response.status_code}"
            if response.status_code == 302:
                assert response["Location"].startswith("/accounts/login/"), (
                    f"{method.upper()} {url} ({name}) redirects to {response['Location']} instead of the login page"
                )


@pytest.mark.django_db
# The follow-up upload page, the password-reset link and the saved-search stop link need a valid token (their
# own tests open them).
@pytest.mark.parametrize(
    "name",
    sorted(
        PUBLIC_URL_NAMES
        - {
            "api-docs",
            "api-v1:api-root",
            "portal:followup-upload",
            "password_reset_confirm",
            "portal:job-public",
            "portal:saved-search-stop",
        }
    ),
)
def test_public_pages_open_without_login(client, name):
    from django.urls import reverse

    response = client.get(reverse(name))
    assert response.status_code == 200
