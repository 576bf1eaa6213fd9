"""Saving a job search (docs/adr/0044): only the search form's validated fields are stored, the name is bounded,
a person keeps at most 10, the stored criteria run the same search, and people see only their own searches."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jobcenter.joborders.search_forms import JobSearchForm
from jobcenter.savedsearches import services
from jobcenter.savedsearches.models import SavedSearch

pytestmark = pytest.mark.django_db


def save(seeker, **criteria):
    return services.saved_search_create(seeker=seeker, criteria=criteria, actor=None)


def test_saving_stores_only_the_search_forms_fields_with_a_name_from_the_search(seeker, now):
    saved = save(seeker, q="  forklift ", place="64106", radius="30", employment_type="", secret="x", page="3")
    assert saved.criteria == {"q": "forklift", "place": "64106", "radius": "30"}
    assert saved.name == "forklift near 64106"
    assert (saved.frequency, saved.created_at, saved.checked_through) == ("weekly", now, now)


def test_a_distance_without_a_place_is_not_kept_and_an_empty_search_is_refused(seeker, now):
    assert save(seeker, q="cook", radius="40").criteria == {"q": "cook"}
    with pytest.raises(ValidationError) as exc:
        save(seeker, radius="40")
    assert exc.value.messages == [services.NOTHING_TO_SAVE]


def test_invalid_criteria_are_refused_with_the_search_forms_words(seeker, now):
    with pytest.raises(ValidationError) as exc:
        save(seeker, q="cook", radius="900")
    assert "Choose a distance from 1 to 200 miles." in str(exc.value)


def test_a_person_keeps_at_most_ten_saved_searches(seeker, now):
    for i in range(services.MAX_PER_SEEKER):
        save(seeker, q=f"word{i}")
    with pytest.raises(ValidationError) as exc:
        save(seeker, q="one more")
    assert exc.value.messages == [services.LIMIT_REACHED]
    assert SavedSearch.objects.filter(seeker=seeker).count() == 10


def test_the_same_search_twice_is_not_saved_twice(seeker, now):
    save(seeker, q="cook")
    with pytest.raises(ValidationError) as exc:
        save(seeker, q="cook ")
    assert exc.value.messages == ["You already saved this search as “cook”."]


def test_names_are_bounded_and_notices_turned_back_on_start_from_now(seeker, now):
    import datetime as dt

    from jobcenter.core import clock

    saved = save(seeker, q="cook", place="64106")
    services.saved_search_update(saved_search=saved, actor=None, name="x" * 80, frequency="never")
    with pytest.raises(ValidationError):
        services.saved_search_update(saved_search=saved, actor=None, name="x" * 81, frequency="daily")
    with pytest.raises(ValidationError):
        services.saved_search_update(saved_search=saved, actor=None, name="   ", frequency="daily")
    later = now + dt.timedelta(days=3)
    with clock.frozen(later):
        services.saved_search_update(saved_search=saved, actor=None, name="Cooks downtown", frequency="daily")
    saved.refresh_from_db()
    assert (saved.name, saved.frequency, saved.checked_through) == ("Cooks downtown", "daily", later)


def test_stored_criteria_run_the_same_search(seeker, now):
    data = {"q": "forklift", "place": "Kansas City, MO", "radius": "50", "min_wage": "15.50", "posted": "7",
            "employment_type": "full_time"}  # fmt: skip
    form = JobSearchForm(data)
    assert form.is_valid()
    saved = save(seeker, **data)
    again = services.search_form(saved.criteria)
    assert again.is_valid() and again.search() == form.search()
    query = services.criteria_query(saved.criteria)
    assert JobSearchForm(dict(p.split("=", 1) for p in query.split("&"))).is_valid()


# --- pages --------------------------------------------------------------------------------------------------------


def test_a_visitor_not_signed_in_is_offered_sign_in_back_to_the_same_search(client, now):
    page = client.get(reverse("portal:job-search"), {"q": "forklift"})
    html = page.content.decode()
    assert "Sign in to save this search" in html
    assert "Save this search</button>" not in html
    assert "?next=/portal/jobs/%3Fq%3Dforklift" in html


def test_a_job_seeker_saves_the_search_from_the_results_and_sees_it_listed(client, personas, seeker, now):
    client.force_login(personas.users["seeker_user"])
    page = client.get(reverse("portal:job-search"), {"q": "forklift", "place": "64106"})
    assert "Save this search</button>" in page.content.decode()
    answer = client.post(reverse("portal:saved-search-save"), {"q": "forklift", "place": "64106", "radius": ""})
    assert answer.status_code == 302 and answer.url == "/portal/jobs/?q=forklift&place=64106"
    saved = SavedSearch.objects.get(seeker=seeker)
    listing = client.get(reverse("portal:saved-searches")).content.decode()
    assert "forklift near 64106" in listing and "We tell you once a week when there are new jobs." in listing
    assert 'href="/portal/jobs/?q=forklift&amp;place=64106"' in listing
    assert "weekly" not in listing  # no stored value on the page
    client.post(reverse("portal:saved-search-edit", args=[saved.pk]), {"name": "Forklift jobs", "frequency": "daily"})
    saved.refresh_from_db()
    assert (saved.name, saved.frequency) == ("Forklift jobs", "daily")


def test_the_limit_is_told_in_plain_words(client, personas, seeker, now):
    client.force_login(personas.users["seeker_user"])
    for i in range(services.MAX_PER_SEEKER):
        save(seeker, q=f"word{i}")
    answer = client.post(reverse("portal:saved-search-save"), {"q": "cook"}, follow=True)
    assert "You already have 10 saved searches, the most you can keep." in answer.content.decode()
    assert SavedSearch.objects.filter(seeker=seeker).count() == 10


def test_delete_asks_first_then_removes(client, personas, seeker, now):
    client.force_login(personas.users["seeker_user"])
    saved = save(seeker, q="cook")
    url = reverse("portal:saved-search-delete", args=[saved.pk])
    assert "Delete “cook”?" in client.get(url).content.decode()
    assert SavedSearch.objects.filter(pk=saved.pk).exists()
    client.post(url)
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()


@pytest.mark.parametrize("name", ["saved-search-edit", "saved-search-delete", "saved-search-stop-now"])
def test_another_persons_saved_search_is_not_found(client, personas, seeker, other_seeker, now, name):
    theirs = save(other_seeker, q="welder")
    client.force_login(personas.users["seeker_user"])
    url = reverse(f"portal:{name}", args=[theirs.pk])
    assert client.get(url).status_code in (404, 405)
    assert client.post(url, {"name": "mine now", "frequency": "never"}).status_code == 404
    theirs.refresh_from_db()
    assert (theirs.name, theirs.frequency) == ("welder", "weekly")
    assert "welder" not in client.get(reverse("portal:saved-searches")).content.decode()


def test_a_search_with_no_results_says_so_and_can_still_be_saved(client, personas, seeker, now):
    client.force_login(personas.users["seeker_user"])
    html = client.get(reverse("portal:job-search"), {"q": "astronaut"}).content.decode()
    assert "No open jobs match your search" in html and "Save this search</button>" in html


def test_saving_says_so_when_the_person_chose_not_to_hear_about_new_jobs(client, personas, seeker, now):
    seeker.notification_method = "none"
    seeker.save(update_fields=["notification_method"])
    client.force_login(personas.users["seeker_user"])
    answer = client.post(reverse("portal:saved-search-save"), {"q": "cook"}, follow=True)
    assert "so we will not send any until you change that" in answer.content.decode()


def test_the_saved_search_pages_show_nothing_raw(client, personas, seeker, now):
    from jobcenter.savedsearches.messages import stop_token
    from jobcenter.testing.reach import assert_clean_page

    daily = save(seeker, q="forklift", place="64106", min_wage="15", employment_type="full_time")
    services.saved_search_update(saved_search=daily, actor=None, name="Forklift", frequency="daily")
    SavedSearch.objects.filter(pk=daily.pk).update(last_notice_at=now)
    kept = save(seeker, q="cook")
    services.saved_search_stop(saved_search=kept, actor=None)
    user = personas.users["seeker_user"]
    user.username = "jordan"  # the header shows it; a persona's "seeker_user" would read as a raw value
    user.save(update_fields=["username"])
    client.force_login(user)
    for url in (
        reverse("portal:saved-searches"),
        reverse("portal:saved-search-edit", args=[daily.pk]),
        reverse("portal:saved-search-delete", args=[daily.pk]),
        reverse("portal:saved-search-stop", args=[stop_token(daily.pk)]),
        reverse("portal:saved-search-stop", args=[stop_token(kept.pk)]),
        reverse("portal:job-search") + "?q=forklift",
    ):
        assert_clean_page(client.get(url))
