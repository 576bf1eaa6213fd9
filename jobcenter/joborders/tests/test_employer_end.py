"""The employer marks its own order filled, or closes it, from the portal (joborders.services.employer_end; ADR 0038
amendment): the state machine's fill/close, the history in words, referrals still being worked settled, and the
order gone from public search and matching. Pages: plain words, POST only, another company's order is a 404."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry, Notification
from jobcenter.core.presentation import history_line
from jobcenter.employers.models import EmployerMembership
from jobcenter.joborders import constants as C
from jobcenter.joborders.search import JobSearch, search_open_orders
from jobcenter.joborders.selectors import employer_end_summary
from jobcenter.joborders.services import (
    employer_end_actions_for,
    job_order_employer_close,
    job_order_employer_fill,
)
from jobcenter.matching.models import OrderRequirements
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.joborders import make_order, make_referral

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())


@pytest.fixture
def today(db):
    with clock.frozen(NOW):
        yield NOW.date()


@pytest.fixture
def member(personas, employer):
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    return personas.employer_user


@pytest.fixture
def order(personas, employer, member, today):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, openings=3)


def _entry(order, verb: str) -> AuditEntry:
    return AuditEntry.objects.get(action=f"joborders.order.{verb}", object_id=str(order.pk))


# --- the service ---------------------------------------------------------------------------------------------------


def test_the_employer_marks_an_open_order_filled_with_how_many_were_hired(personas, order, member):
    outcome = job_order_employer_fill(order=order, actor=member, hired=2)
    order.refresh_from_db()
    assert order.status == "filled" and outcome.order.status == "filled"
    entry = _entry(order, "employer_filled")
    assert entry.actor == member and entry.data["hired"] == 2 and entry.data["from"] == "open"
    assert history_line(entry) == "Filled by the employer: 2 hired through the job center"
    assert employer_end_summary(order) == "Filled by the employer on Nov 2, 2026: 2 hired through the job center"
    note = EmployerCaseNote.objects.get(job_order=order, event="joborders.order.employer_filled")
    assert "filled by the employer on Nov 2, 2026: 2 hired" in note.body


def test_the_number_hired_is_optional_and_bounded_by_the_openings(personas, employer, member):
    def fresh():
        return make_order(employer=employer, job_center=personas.center_a, title=f"Job {fresh.n}", openings=3)

    fresh.n = 0
    for bad in (-1, 4):
        fresh.n += 1
        order = fresh()
        with pytest.raises(ValidationError) as exc:
            job_order_employer_fill(order=order, actor=member, hired=bad)
        assert exc.value.message_dict["hired"] == [C.EMPLOYER_HIRED_BOUNDS.format(openings=3)]
        order.refresh_from_db()
        assert order.status == "open"
    for good, words in ((0, "nobody hired through the job center"), (3, "3 hired"), (None, "number hired not given")):
        fresh.n += 1
        order = fresh()
        job_order_employer_fill(order=order, actor=member, hired=good)
        assert _entry(order, "employer_filled").data["detail"].startswith(words)


def test_the_employer_closes_an_order_with_a_reason_in_words(personas, order, member):
    job_order_employer_close(order=order, actor=member, reason="not_needed")
    order.refresh_from_db()
    assert order.status == "closed"
    entry = _entry(order, "employer_closed")
    assert history_line(entry) == "Closed by the employer: position no longer needed"
    assert entry.data["reason"] == "not_needed"
    assert employer_end_summary(order) == "Closed by the employer on Nov 2, 2026: position no longer needed"


def test_another_reason_needs_a_few_words_and_at_most_the_limit(personas, employer, member):
    order = make_order(employer=employer, job_center=personas.center_a)
    with pytest.raises(ValidationError) as exc:
        job_order_employer_close(order=order, actor=member, reason="other", other="   ")
    assert exc.value.message_dict == {"other": [C.EMPLOYER_CLOSE_OTHER_REQUIRED]}
    with pytest.raises(ValidationError) as exc:
        job_order_employer_close(
            order=order, actor=member, reason="other", other="x" * (C.EMPLOYER_CLOSE_OTHER_MAX + 1)
        )
    assert "other" in exc.value.message_dict
    with pytest.raises(ValidationError) as exc:
        job_order_employer_close(order=order, actor=member, reason="bankrupt")
    assert exc.value.message_dict == {"reason": [C.EMPLOYER_CLOSE_REASON_REQUIRED]}
    order.refresh_from_db()
    assert order.status == "open"
    job_order_employer_close(order=order, actor=member, reason="other", other="x" * C.EMPLOYER_CLOSE_OTHER_MAX)
    order.refresh_from_db()
    assert order.status == "closed"
    assert _entry(order, "employer_closed").data["detail"] == f"other reason (“{'x' * C.EMPLOYER_CLOSE_OTHER_MAX}”)"


def test_the_other_words_are_dropped_for_a_listed_reason(personas, order, member):
    job_order_employer_close(order=order, actor=member, reason="posted_by_mistake", other="ignored")
    assert _entry(order, "employer_closed").data["detail"] == "posted by mistake"


@pytest.mark.parametrize("status", ["open", "on_hold"])
def test_open_and_on_hold_orders_can_be_filled_or_closed(personas, employer, member, status):
    order = make_order(employer=employer, job_center=personas.center_a, status=status)
    assert employer_end_actions_for(order=order, user=member) == ["fill", "close"]


def test_an_order_in_screening_can_be_closed_but_not_marked_filled(personas, employer, member):
    order = make_order(employer=employer, job_center=personas.center_a, status="screening")
    assert employer_end_actions_for(order=order, user=member) == ["close"]
    with pytest.raises(ValidationError) as exc:
        job_order_employer_fill(order=order, actor=member, hired=0)
    assert exc.value.messages == [C.EMPLOYER_FILL_NOT_ONLINE]
    job_order_employer_close(order=order, actor=member, reason="filled_elsewhere")
    order.refresh_from_db()
    assert order.status == "closed"


@pytest.mark.parametrize("status", ["draft", "filled", "closed", "expired", "denied", "routed_flc", "not_entered"])
def test_other_statuses_are_refused_with_a_clear_message(personas, employer, member, status):
    order = make_order(employer=employer, job_center=personas.center_a, status=status)
    assert employer_end_actions_for(order=order, user=member) == []
    with pytest.raises(ValidationError) as exc:
        job_order_employer_close(order=order, actor=member, reason="not_needed")
    label = order.get_status_display().lower()
    assert exc.value.messages == [C.EMPLOYER_END_NOT_NOW.format(status=label, job_center="Center A")]
    order.refresh_from_db()
    assert order.status == status


@pytest.mark.parametrize("who", ["other_employer_user", "staff_a", "supervisor_a", "seeker_user"])
def test_only_the_employers_own_users_may_do_it(personas, order, who):
    user = getattr(personas, who)
    assert employer_end_actions_for(order=order, user=user) == []
    with pytest.raises(PermissionDenied):
        job_order_employer_fill(order=order, actor=user, hired=1)
    with pytest.raises(PermissionDenied):
        job_order_employer_close(order=order, actor=user, reason="not_needed")
    order.refresh_from_db()
    assert order.status == "open"


def test_pending_referrals_are_settled_and_people_told(personas, order, member):
    load_occupations()
    waiting = coded_seeker(job_center=personas.center_a, given_name="Wanda")
    JobSeeker.objects.filter(pk=waiting.pk).update(user=personas.seeker_user)
    referred = coded_seeker(job_center=personas.center_a, given_name="Rex")
    JobSeeker.objects.filter(pk=referred.pk).update(user=personas.other_seeker_user)
    hired = coded_seeker(job_center=personas.center_a, given_name="Hal")
    r_wait, r_ref, r_hired = (
        make_referral(order, waiting, "pending_review"),
        make_referral(order, referred, "referred"),
        make_referral(order, hired, "hired"),
    )
    outcome = job_order_employer_fill(order=order, actor=member, hired=1)
    assert (outcome.requests_closed, outcome.awaiting_outcome) == (1, 1)
    r_wait.refresh_from_db(), r_ref.refresh_from_db(), r_hired.refresh_from_db()
    # The request in review can no longer be approved: closed (denied) with the reason the person reads.
    assert r_wait.status == "denied" and r_wait.deny_reason == C.SEEKER_REQUEST_CLOSED_BODY
    assert r_wait.decided_by == member
    # The issued referral keeps waiting for its outcome; the recorded hire is untouched.
    assert r_ref.status == "referred" and r_hired.status == "hired"
    told = Notification.objects.filter(kind="referrals.referral.decided").values_list("recipient__username", "body")
    assert sorted(told) == [
        ("other_seeker_user", C.SEEKER_REFERRED_BODY),
        ("seeker_user", C.SEEKER_REQUEST_CLOSED_BODY),
    ]
    assert all(
        n.subject == "The job Forklift Operator has been filled"
        for n in Notification.objects.filter(kind="referrals.referral.decided")
    )
    # The holding center's staff are told that a referral needs an outcome, and the case note says so.
    staff_told = Notification.objects.filter(kind="joborders.order.employer_ended")
    assert "staff_a" in set(staff_told.values_list("recipient__username", flat=True))
    assert "staff_b" not in set(staff_told.values_list("recipient__username", flat=True))
    note = EmployerCaseNote.objects.get(job_order=order, event="joborders.order.employer_filled").body
    assert "Requests of 1 person waiting in Referrals Pending Review closed" in note
    assert "1 person referred with no outcome yet" in note
    assert AuditEntry.objects.filter(action="referrals.referral.closed_with_order", object_id=str(r_wait.pk)).exists()


def test_without_referrals_nobody_is_told(personas, order, member):
    outcome = job_order_employer_close(order=order, actor=member, reason="not_needed")
    assert (outcome.requests_closed, outcome.awaiting_outcome, outcome.notifications_dropped) == (0, 0, 0)
    assert not Notification.objects.exists()
    note = EmployerCaseNote.objects.get(job_order=order, event="joborders.order.employer_closed").body
    assert note.endswith("No referrals were still being worked.")


@pytest.mark.parametrize("act", ["fill", "close"])
def test_the_order_leaves_public_search_and_matching(personas, order, member, act):
    assert list(search_open_orders(JobSearch(q="forklift"))) == [order]
    assert OrderRequirements.objects.get(order=order).is_open
    if act == "fill":
        job_order_employer_fill(order=order, actor=member)
    else:
        job_order_employer_close(order=order, actor=member, reason="not_needed")
    assert list(search_open_orders(JobSearch(q="forklift"))) == []
    assert not OrderRequirements.objects.get(order=order).is_open


# --- the pages -----------------------------------------------------------------------------------------------------


def _page(client, user, url) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_order_page_offers_both_actions_in_plain_words(client, order, member):
    page = _page(client, member, reverse("portal:employer-joborder-detail", args=[order.pk]))
    assert "I filled this job" in page and "Close this job" in page
    assert reverse("portal:employer-joborder-fill", args=[order.pk]) in page


def test_the_confirmation_says_what_will_happen_and_changes_nothing(client, order, member):
    page = _page(client, member, reverse("portal:employer-joborder-fill", args=[order.pk]))
    assert "leaves the public job search and job matching" in page
    assert "People already referred to you are told" in page
    assert "How many people did you hire through the job center" in page and "0 to 3" in page
    page = _page(client, member, reverse("portal:employer-joborder-close", args=[order.pk]))
    for words in C.EMPLOYER_CLOSE_REASONS.values():
        assert words in page
    assert "not_needed" not in page.replace('value="not_needed"', "")  # the code is a form value, never text
    order.refresh_from_db()
    assert order.status == "open"


def test_marking_filled_from_the_page(client, order, member):
    client.force_login(member)
    response = client.post(reverse("portal:employer-joborder-fill", args=[order.pk]), {"hired": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:employer-joborder-detail", args=[order.pk])
    order.refresh_from_db()
    assert order.status == "filled"
    page = client.get(response["Location"]).content.decode()
    assert C.EMPLOYER_FILLED_DONE in page and "I filled this job" not in page


def test_a_number_out_of_bounds_is_shown_beside_the_field(client, order, member):
    client.force_login(member)
    response = client.post(reverse("portal:employer-joborder-fill", args=[order.pk]), {"hired": "4"})
    assert response.status_code == 200
    assert C.EMPLOYER_HIRED_BOUNDS.format(openings=3) in response.content.decode()
    order.refresh_from_db()
    assert order.status == "open"


def test_closing_from_the_page_needs_a_reason(client, order, member):
    client.force_login(member)
    url = reverse("portal:employer-joborder-close", args=[order.pk])
    response = client.post(url, {})
    assert response.status_code == 200 and "Choose why you are closing this job." in response.content.decode()
    response = client.post(url, {"reason": "other", "other": ""})
    assert C.EMPLOYER_CLOSE_OTHER_REQUIRED in response.content.decode()
    order.refresh_from_db()
    assert order.status == "open"
    assert client.post(url, {"reason": "other", "other": "Moved the work to another site"}).status_code == 302
    order.refresh_from_db()
    assert order.status == "closed"


def _without_tokens(content: bytes) -> str:
    """The page without its per-response CSRF tokens."""
    import re

    return re.sub(r'(csrfmiddlewaretoken" value="|X-CSRFToken": ")[^"]+', r"\1", content.decode())


@pytest.mark.parametrize("name", ["portal:employer-joborder-fill", "portal:employer-joborder-close"])
def test_another_companys_user_gets_the_same_404_as_for_a_missing_order(client, personas, order, name):
    client.force_login(personas.other_employer_user)
    theirs = client.post(reverse(name, args=[order.pk]), {"hired": "1", "reason": "not_needed"})
    missing = client.post(reverse(name, args=[order.pk + 1000]), {"hired": "1", "reason": "not_needed"})
    assert theirs.status_code == missing.status_code == 404
    assert _without_tokens(theirs.content) == _without_tokens(missing.content)
    assert client.get(reverse(name, args=[order.pk])).status_code == 404
    order.refresh_from_db()
    assert order.status == "open"


@pytest.mark.parametrize("name", ["portal:employer-joborder-fill", "portal:employer-joborder-close"])
def test_only_employer_users_reach_the_pages(personas, order, name):
    personas.assert_matrix(Client(), reverse(name, args=[order.pk]), allowed={"employer_user"})


def test_a_post_without_the_csrf_token_is_refused(order, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(reverse("portal:employer-joborder-fill", args=[order.pk]), {"hired": "1"})
    assert response.status_code == 403
    order.refresh_from_db()
    assert order.status == "open"


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_only_get_and_post(client, order, member, method):
    client.force_login(member)
    assert getattr(client, method)(reverse("portal:employer-joborder-close", args=[order.pk])).status_code == 405


def test_a_filled_order_sends_the_employer_back_to_its_page(client, personas, employer, member):
    order = make_order(employer=employer, job_center=personas.center_a, status="filled")
    client.force_login(member)
    response = client.post(reverse("portal:employer-joborder-close", args=[order.pk]), {"reason": "not_needed"})
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == "filled"


def test_staff_read_it_in_words_on_the_order_page(client, personas, order, member):
    job_order_employer_fill(order=order, actor=member, hired=2)
    page = _page(client, personas.staff_a, reverse("staff:joborder-detail", args=[order.pk]))
    assert "Filled by the employer on Nov 2, 2026: 2 hired through the job center" in page
    assert "Filled by the employer: 2 hired through the job center" in page  # the status history
    assert "employer_filled" not in page
