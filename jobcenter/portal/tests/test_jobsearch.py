"""Public job search pages (issue #12 part B): anyone searches without signing in; confidential employers'
name, address and phone never appear; referral information needs an account (manual: Registration
Requirements; Job Order from Employer Requesting Confidentiality)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret_order(personas):
    employer = make_employer(
        job_center=personas.center_a,
        name="Hidden Harbor Foods",
        confidential=True,
        address_1="77 Secret Way",
        phone="+18165550177",
    )
    return make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Dock Worker",
        description="Unload trucks at Hidden Harbor Foods, 77 Secret Way.",
        application_instructions="Call Hidden Harbor Foods at 816-555-0177.",
    )


def test_an_anonymous_visitor_gets_the_search_at_the_root(client, secret_order):
    page = client.get("/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Find a job" in html and 'method="get"' in html
    assert "Dock Worker" in html  # newest open jobs listed before any search


def test_search_results_and_the_job_page_never_show_a_confidential_employer(client, secret_order):
    html = client.get(reverse("portal:job-search"), {"q": "dock", "place": "64106", "radius": "25"}).content.decode()
    assert "1 open job within 25 miles of 64106" in html
    assert "Dock Worker" in html
    page = client.get(reverse("portal:job-public", args=[secret_order.pk])).content.decode()
    for secret in ("Hidden Harbor", "Secret Way", "555-0177", "+18165550177"):
        assert secret not in page
    assert "Unload trucks at [withheld]" in page


def test_referral_information_needs_an_account(client, personas):
    employer = make_employer(job_center=personas.center_a, name="Open Door Bakery")
    order = make_order(
        employer=employer, job_center=personas.center_a, application_instructions="Ask for Dana at the back door."
    )
    html = client.get(reverse("portal:job-public", args=[order.pk])).content.decode()
    assert "Ask for Dana" not in html
    assert "Sign in or create an account to get referral information" in html
    here = reverse("portal:job-public", args=[order.pk])
    assert f"{reverse('portal:seeker-register')}?next={here}" in html


def test_a_closed_order_is_not_shown(client, personas):
    employer = make_employer(job_center=personas.center_a)
    order = make_order(employer=employer, job_center=personas.center_a, status="closed")
    assert client.get(reverse("portal:job-public", args=[order.pk])).status_code == 404


def test_bad_input_gets_plain_errors_not_a_failure(client):
    html = client.get(reverse("portal:job-search"), {"radius": "5000", "min_wage": "abc"}).content.decode()
    assert "Choose a distance from 1 to 200 miles." in html
    assert "Enter an hourly wage from $0 to $1,000" in html
    assert client.get(reverse("portal:job-search"), {"page": "9" * 50}).status_code == 200


def test_results_are_paginated_with_shareable_links(client, personas):
    employer = make_employer(job_center=personas.center_a)
    for i in range(23):
        make_order(employer=employer, job_center=personas.center_a, title=f"Picker {i}")
    first = client.get(reverse("portal:job-search"), {"q": "picker"}).content.decode()
    assert "23 open jobs" in first and "Page 1 of 2" in first
    assert "?q=picker&amp;page=2" in first
    second = client.get(reverse("portal:job-search"), {"q": "picker", "page": "2"}).content.decode()
    assert second.count('class="usa-collection__item"') == 3


def test_matches_are_counted_only_as_far_as_a_visitor_can_page(client, personas, monkeypatch):
    """Counting every match costs time at 100,000 open orders; past the reachable pages the page says "more than"."""
    from jobcenter.portal.views import jobsearch

    employer = make_employer(job_center=personas.center_a)
    for i in range(5):
        make_order(employer=employer, job_center=personas.center_a, title=f"Packer {i}")
    monkeypatch.setattr(jobsearch, "COUNT_CAP", 4)
    capped = client.get(reverse("portal:job-search"), {"q": "packer"}).content.decode()
    assert "More than 4 open jobs" in capped
    monkeypatch.setattr(jobsearch, "COUNT_CAP", 5)
    exact = client.get(reverse("portal:job-search"), {"q": "packer"}).content.decode()
    assert "5 open jobs" in exact and "More than" not in exact


def test_an_employer_landing_on_the_front_page_finds_where_to_register(client, personas):
    page = client.get("/").content.decode()
    assert f'href="{reverse("portal:employer-register")}"' in page and "Register your business" in page
    client.force_login(personas.seeker_user)
    assert 'data-testid="employer-start"' not in client.get(reverse("portal:job-search")).content.decode()
