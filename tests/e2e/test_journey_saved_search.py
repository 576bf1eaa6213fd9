"""Journey of saved job searches (docs/adr/0044), clicking only after the sign-in page:

A job seeker signs in, searches through the visible form, saves the search with the button under the results,
finds it on "Saved searches" through the navigation and asks to hear of new jobs once a day. An order matching it
is then put online through the service layer (the one online guard, ADR 0021); a day later the periodic task runs
for real (``jobcenter notify saved-searches``, on the task queue): one notice is recorded and emailed, the page
says when we last told them, and the notice's stop link stops further notices.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from jobcenter.core import clock
from jobcenter.joborders.services import job_order_put_online
from jobcenter.savedsearches.models import SavedSearch, SavedSearchMatch, SavedSearchNotice
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_employer, make_order
from jobcenter.testing.journeys import PASSWORD, click_nav, field
from jobcenter.testing.personas import build_personas

pytestmark = pytest.mark.e2e


def test_a_job_seeker_saves_a_search_and_hears_of_a_new_job_that_matches_it(page, live_server, db):
    from jobcenter.seekers.tests.factories import make_seeker

    personas = build_personas()
    seeker = make_seeker(job_center=personas.center_a, user=personas.users["seeker_user"], given_name="Jordan")
    employer = make_employer(job_center=personas.center_a, name="Riverside Logistics LLC")
    make_order(employer=employer, job_center=personas.center_a, title="Forklift Operator", description="Docks.")

    login(page, live_server, "seeker_user", PASSWORD)
    click_nav(page, "Find jobs")
    field(page, "Keywords").fill("forklift")
    field(page, "City or ZIP code").fill("64106")
    page.get_by_role("button", name="Search jobs").click()
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job within 25 miles of 64106")
    page.get_by_role("button", name="Save this search").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved as “forklift near 64106”")

    click_nav(page, "Saved searches")
    row = page.get_by_test_id("saved-search").filter(has_text="forklift near 64106")
    expect(row).to_contain_text("We tell you once a week when there are new jobs.")
    row.get_by_role("link", name="Change name or how often").click()
    field(page, "Name").fill("Forklift jobs downtown")
    page.get_by_label("Once a day, when there are new jobs").check()
    page.get_by_role("button", name="Save").click()
    row = page.get_by_test_id("saved-search").filter(has_text="Forklift jobs downtown")
    expect(row).to_contain_text("We tell you once a day when there are new jobs.")
    saved = SavedSearch.objects.get(seeker=seeker)
    assert saved.criteria == {"q": "forklift", "place": "64106", "radius": "25"}
    assert (saved.name, saved.frequency) == ("Forklift jobs downtown", "daily")

    # Staff's order goes online through the one guard; a day later the timer runs the task.
    new = make_order(
        employer=employer,
        job_center=personas.center_a,
        status="screening",
        title="Forklift Operator, night shift",
        description="Load trailers at night.",
    )
    assert job_order_put_online(order=new, actor=personas.staff_a, text="Opened.").ok
    a_day_later = clock.now() + dt.timedelta(days=1)
    with clock.frozen(a_day_later):
        call_command("notify_saved_searches")

    notice = SavedSearchNotice.objects.get(saved_search=saved)
    assert (notice.status, notice.channel, notice.job_count) == ("sent", "email", 1)
    assert list(SavedSearchMatch.objects.values_list("job_order_id", flat=True)) == [new.pk]
    [message] = [m for m in mail.outbox if "saved search" in m.subject]
    assert message.to == [seeker.email] and "Forklift Operator, night shift" in message.body

    click_nav(page, "Saved searches")
    told = a_day_later.astimezone(clock.local_tz())
    expect(page.get_by_test_id("saved-search")).to_contain_text(
        f"We last told you about new jobs on {told:%B} {told.day}, {told.year}."
    )

    # The stop link in the email (opened from the mail program) asks, then stops this search's notices.
    link = re.search(r"https?://\S+(/portal/saved-searches/stop/\S+)", message.body).group(1)
    page.goto(f"{live_server.url}{link}")
    page.get_by_role("button", name="Stop these messages").click()
    expect(page.get_by_test_id("stop-result")).to_contain_text("Done. We will not tell you about new jobs")
    saved.refresh_from_db()
    assert saved.frequency == "never"
    click_nav(page, "Saved searches")
    expect(page.get_by_test_id("saved-search")).to_contain_text("We do not tell you about new jobs for this search.")


def test_a_visitor_signs_in_from_the_results_and_comes_back_to_the_same_search(page, live_server, db):
    from jobcenter.seekers.tests.factories import make_seeker

    personas = build_personas()
    make_seeker(job_center=personas.center_a, user=personas.users["seeker_user"])
    employer = make_employer(job_center=personas.center_a)
    make_order(employer=employer, job_center=personas.center_a, title="Line Cook", description="Grill.")

    page.goto(f"{live_server.url}/")
    field(page, "Keywords").fill("cook")
    page.get_by_role("button", name="Search jobs").click()
    expect(page.get_by_test_id("result-count")).to_have_text("1 open job")
    page.get_by_role("link", name="Sign in to save this search").click()
    page.get_by_label("Username").fill("seeker_user")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Save this search").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved as “cook”")
    assert SavedSearch.objects.get().criteria == {"q": "cook"}
