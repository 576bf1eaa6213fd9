"""Notices of new jobs for saved searches (docs/adr/0044): only orders put online since the last look that the
public search finds, each told once per saved search, daily or weekly as chosen, by the way the person chose to
hear from us, never naming a confidential employer, and stopped by the page or by the signed link in a notice."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from jobcenter.core import clock
from jobcenter.referrals.messaging import KEY_HEADER, MemorySMSBackend
from jobcenter.savedsearches import messages as M
from jobcenter.savedsearches import notify, services
from jobcenter.savedsearches.models import SavedSearch, SavedSearchMatch, SavedSearchNotice
from jobcenter.savedsearches.tests.conftest import NOW

pytestmark = pytest.mark.django_db
DAY = dt.timedelta(days=1)


def run(at) -> int:
    """Run the periodic task (through the task queue, eager in tests) at ``at``; returns the batches."""
    with clock.frozen(at):
        from jobcenter.core.jobs import enqueue

        return enqueue(notify.saved_search_notices).return_value


def saved(seeker, frequency="daily", **criteria):
    s = services.saved_search_create(seeker=seeker, criteria=criteria or {"q": "forklift"}, actor=None)
    SavedSearch.objects.filter(pk=s.pk).update(frequency=frequency)
    s.refresh_from_db()
    return s


def test_only_jobs_put_online_since_the_search_was_saved_and_matching_are_told_once(seeker, now, put_online):
    put_online("Forklift Operator (before)", NOW - DAY)
    search = saved(seeker)
    new = put_online("Forklift Operator (night shift)", NOW + dt.timedelta(hours=2))
    put_online("Night Baker", NOW + dt.timedelta(hours=3))
    assert run(NOW + dt.timedelta(hours=12)) == 0  # a day has not passed: not due
    assert mail.outbox == []

    assert run(NOW + DAY) == 1
    [message] = mail.outbox
    assert message.to == [seeker.email]
    assert message.subject == "1 new job for your saved search “forklift”"
    assert "Forklift Operator (night shift)" in message.body and "(before)" not in message.body
    assert "Night Baker" not in message.body
    assert f"/portal/jobs/{new.pk}/?from=notification" in message.body
    notice = SavedSearchNotice.objects.get(saved_search=search)
    assert (notice.status, notice.channel, notice.job_count) == ("sent", "email", 1)
    assert message.extra_headers[KEY_HEADER] == notice.key
    assert list(SavedSearchMatch.objects.values_list("job_order_id", flat=True)) == [new.pk]
    search.refresh_from_db()
    assert search.last_notice_at == NOW + DAY and search.checked_through == NOW + DAY - notify.SETTLE

    # Next day: nothing new, nothing sent — even when the order goes online again (released from a hold).
    from jobcenter.savedsearches.tests.conftest import online

    online(new, NOW + DAY + dt.timedelta(hours=1))
    run(NOW + 2 * DAY)
    assert len(mail.outbox) == 1
    later = put_online("Forklift Driver", NOW + 2 * DAY + dt.timedelta(hours=1))
    run(NOW + 3 * DAY)
    assert len(mail.outbox) == 2 and "Forklift Driver" in mail.outbox[1].body
    assert set(SavedSearchMatch.objects.values_list("job_order_id", flat=True)) == {new.pk, later.pk}


def test_an_order_stamped_online_just_before_the_look_is_told_next_time(seeker, now, put_online):
    saved(seeker)
    late = put_online("Forklift Operator", NOW + DAY - dt.timedelta(minutes=1))  # inside the settling margin
    run(NOW + DAY)
    assert mail.outbox == []
    run(NOW + 2 * DAY)
    assert len(mail.outbox) == 1 and f"/portal/jobs/{late.pk}/" in mail.outbox[0].body


def test_weekly_searches_wait_a_week_and_never_means_never(seeker, now, put_online):
    weekly = saved(seeker, "weekly")
    kept = saved(seeker, "never", q="forklift", place="64106")
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    run(NOW + 3 * DAY)
    assert mail.outbox == []
    run(NOW + 7 * DAY - dt.timedelta(minutes=30))  # a weekly timer at the same hour is not a minute late
    assert len(mail.outbox) == 1
    assert SavedSearchNotice.objects.get().saved_search_id == weekly.pk
    assert not SavedSearchNotice.objects.filter(saved_search=kept).exists()


def test_the_persons_choice_of_how_to_hear_from_us_is_respected(seeker, now, put_online):
    saved(seeker)
    seeker.notification_method = "none"
    seeker.save(update_fields=["notification_method"])
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    run(NOW + DAY)
    assert mail.outbox == [] and not SavedSearchNotice.objects.exists()

    seeker.notification_method, seeker.phone, seeker.phone_is_mobile = "text", "+18165550142", True
    seeker.save(update_fields=["notification_method", "phone", "phone_is_mobile"])
    put_online("Forklift Lead", NOW + DAY + dt.timedelta(hours=1))
    run(NOW + 2 * DAY)
    [sms] = MemorySMSBackend.outbox
    assert sms["to"] == "+18165550142" and sms["body"].startswith("1 new job for your saved search “forklift”")
    assert "/portal/saved-searches/stop/" in sms["body"]


def test_confidential_employers_stay_hidden(seeker, now, put_online, personas):
    from jobcenter.testing.joborders import make_employer

    secret = make_employer(job_center=personas.center_a, name="Hush Rentals LLC", confidential=True)
    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    saved(seeker, q="hush")
    saved(seeker, q="forklift")
    put_online("Warehouse Associate", NOW + dt.timedelta(hours=1), employer=secret)  # its name holds "hush"
    put_online("Forklift Operator", NOW + dt.timedelta(hours=2), employer=secret)
    put_online("Forklift Driver", NOW + dt.timedelta(hours=2), employer=pending)  # not searchable
    run(NOW + DAY)
    [message] = mail.outbox  # the "hush" search finds nothing: a name search never reveals a masked order
    assert "Forklift Operator" in message.body and "Forklift Driver" not in message.body
    assert "Hush" not in message.body


def test_a_job_that_closed_before_the_notice_went_out_is_not_sent(seeker, now, put_online):
    search = saved(seeker)
    order = put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        notice = notify.plan_notice(search.pk, now=NOW + DAY)
    type(order).objects.filter(pk=order.pk).update(status="closed")
    assert notify.send_notice(notice.pk) is False
    notice.refresh_from_db()
    assert notice.status == "cancelled" and mail.outbox == []


def test_a_notice_left_queued_is_sent_by_the_next_run_once(seeker, now, put_online):
    search = saved(seeker)
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        notice = notify.plan_notice(search.pk, now=NOW + DAY)  # a worker killed before sending
    run(NOW + DAY + dt.timedelta(hours=1))
    run(NOW + DAY + dt.timedelta(hours=2))
    notice.refresh_from_db()
    assert notice.status == "sent" and len(mail.outbox) == 1


def test_the_stop_link_in_a_notice_stops_that_searchs_notices(client, seeker, now, put_online):
    search = saved(seeker)
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    run(NOW + DAY)
    link = next(line for line in mail.outbox[0].body.splitlines() if "/saved-searches/stop/" in line)
    path = link.split("127.0.0.1:8000", 1)[-1] if "127.0.0.1:8000" in link else link[link.index("/portal/") :]
    page = client.get(path)
    assert page.status_code == 200 and "Stop messages about “forklift”?" in page.content.decode()
    search.refresh_from_db()
    assert search.frequency == "daily"  # opening the link (a mail scanner may) changes nothing
    done = client.post(path)
    assert "We will not tell you about new jobs for the saved search “forklift”" in done.content.decode()
    search.refresh_from_db()
    assert search.frequency == "never"
    put_online("Forklift Driver", NOW + DAY + dt.timedelta(hours=1))
    run(NOW + 3 * DAY)
    assert len(mail.outbox) == 1


def test_an_altered_stop_link_is_not_found(client, seeker, now):
    search = saved(seeker)
    token = M.stop_token(search.pk)
    assert client.get(f"/portal/saved-searches/stop/{token[:-2]}xx/").status_code == 404
    assert M.saved_search_from_token(M.stop_token(search.pk)) == search.pk


def test_stop_from_the_page(client, personas, seeker, now, put_online):
    search = saved(seeker)
    client.force_login(personas.users["seeker_user"])
    client.post(f"/portal/seeker/saved-searches/{search.pk}/stop/")
    search.refresh_from_db()
    assert search.frequency == "never"
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    run(NOW + DAY)
    assert mail.outbox == []


def test_the_command_runs_the_task(seeker, now, put_online):
    from io import StringIO

    from django.core.management import call_command

    saved(seeker)
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    out = StringIO()
    with clock.frozen(NOW + DAY):
        call_command("notify_saved_searches", stdout=out)
    assert len(mail.outbox) == 1


def test_without_a_worker_the_command_sends_the_batches_itself(seeker, now, put_online, settings):
    settings.JOBCENTER_JOBS_MODE = "thread"
    saved(seeker)
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        assert notify.start() == "Sent 1 saved-search notice(s)."
    assert len(mail.outbox) == 1


def test_a_waiting_notice_goes_the_way_the_person_chooses_when_it_is_sent(seeker, now, put_online):
    search = saved(seeker)
    put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        notice = notify.plan_notice(search.pk, now=NOW + DAY)
    seeker.notification_method, seeker.phone, seeker.phone_is_mobile = "text", "+18165550142", True
    seeker.save(update_fields=["notification_method", "phone", "phone_is_mobile"])
    assert notify.send_notice(notice.pk) is True
    notice.refresh_from_db()
    assert (notice.status, notice.channel) == ("sent", "text") and mail.outbox == []
    assert MemorySMSBackend.outbox[0]["key"] == notice.key


def act(order, action, actor, at):
    """A staff action on ``order`` at ``at``, its on-commit work (the release's "went online" record) run."""
    from django.test import TestCase

    from jobcenter.joborders.services import job_order_act

    with clock.frozen(at), TestCase.captureOnCommitCallbacks(execute=True):
        job_order_act(order=type(order).objects.get(pk=order.pk), action=action, actor=actor)


def test_an_order_on_hold_is_not_recorded_and_is_told_once_after_its_release(seeker, now, put_online, personas):
    boss = personas.supervisor_a
    search = saved(seeker)
    held = put_online("Forklift Operator (held)", NOW + dt.timedelta(hours=1))
    shown = put_online("Forklift Driver (open)", NOW + dt.timedelta(hours=1))
    act(held, "hold", boss, NOW + dt.timedelta(hours=2))
    run(NOW + DAY)  # held when the search is looked at: not matched, only the open one is told
    [first] = mail.outbox
    assert "Forklift Driver (open)" in first.body and "(held)" not in first.body
    assert list(SavedSearchMatch.objects.values_list("job_order_id", flat=True)) == [shown.pk]

    act(held, "release", boss, NOW + DAY + dt.timedelta(hours=1))  # went online again: told after the release
    run(NOW + 2 * DAY)
    assert len(mail.outbox) == 2
    assert "Forklift Operator (held)" in mail.outbox[1].body and "(open)" not in mail.outbox[1].body

    for action, hours in (("hold", 2), ("release", 3)):  # held and released again: never told twice
        act(held, action, boss, NOW + 2 * DAY + dt.timedelta(hours=hours))
        act(shown, action, boss, NOW + 2 * DAY + dt.timedelta(hours=hours))
    run(NOW + 3 * DAY)
    assert len(mail.outbox) == 2
    assert SavedSearchMatch.objects.filter(saved_search=search).count() == 2


def test_an_order_held_after_the_look_but_before_the_notice_is_told_after_its_release(
    seeker, now, put_online, personas
):
    boss = personas.supervisor_a
    search = saved(seeker)
    order = put_online("Forklift Operator", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        notice = notify.plan_notice(search.pk, now=NOW + DAY)  # matched while open
    act(order, "hold", boss, NOW + DAY + dt.timedelta(minutes=1))
    assert notify.send_notice(notice.pk) is False  # not open when the notice goes out: not told
    notice.refresh_from_db()
    assert notice.status == "cancelled" and mail.outbox == []
    assert not SavedSearchMatch.objects.filter(saved_search=search).exists()  # so it can be told later

    act(order, "release", boss, NOW + DAY + dt.timedelta(hours=1))
    run(NOW + 2 * DAY)
    [message] = mail.outbox
    assert f"/portal/jobs/{order.pk}/" in message.body
    act(order, "hold", boss, NOW + 2 * DAY + dt.timedelta(hours=1))
    act(order, "release", boss, NOW + 2 * DAY + dt.timedelta(hours=2))
    run(NOW + 3 * DAY)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("ending", ["fill", "close", "expire"])
def test_a_job_ended_before_its_notice_goes_out_is_left_out(seeker, now, put_online, personas, ending):
    search = saved(seeker)
    ended = put_online("Forklift Operator (ended)", NOW + dt.timedelta(hours=1))
    still = put_online("Forklift Driver (open)", NOW + dt.timedelta(hours=1))
    with clock.frozen(NOW + DAY):
        notice = notify.plan_notice(search.pk, now=NOW + DAY)
    assert notice.job_count == 2
    act(ended, ending, personas.supervisor_a, NOW + DAY + dt.timedelta(minutes=1))
    assert notify.send_notice(notice.pk) is True
    [message] = mail.outbox
    assert "Forklift Driver (open)" in message.body and "(ended)" not in message.body
    notice.refresh_from_db()
    assert (notice.status, notice.job_count) == ("sent", 1)
    assert list(notice.matches.values_list("job_order_id", flat=True)) == [still.pk]
