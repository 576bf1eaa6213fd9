"""Job notifications when an order goes online (issue #12 part B; ADR 0032): qualified people only, by the method
each chose, covered persons first and the others after the dated priority window, at most once per order x person
x channel, and the count (or that nobody qualified) case-noted on the employer's record once.

Manual: Manage Labor Exchange Tools — Notifications; Employers; Job Seekers - Service Policy. 20 CFR 1010.110
(priority of service: "earlier in time"), TEGL 10-09."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from jobcenter.accounts.models import User
from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core import clock
from jobcenter.core.parameters import param_entry
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.signals import order_opened
from jobcenter.matching.tests.factories import NURSE, coded_seeker
from jobcenter.referrals import notify
from jobcenter.referrals.messaging import KEY_HEADER, MemoryLetterBackend, MemorySMSBackend
from jobcenter.referrals.models import NotificationDelivery, NotificationRun

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())


@pytest.fixture(autouse=True)
def outboxes():
    MemorySMSBackend.outbox.clear()
    MemoryLetterBackend.outbox.clear()
    yield
    MemorySMSBackend.outbox.clear()
    MemoryLetterBackend.outbox.clear()


@pytest.fixture
def people(personas, occupations, today):
    """Qualified: a disabled veteran (email), an eligible spouse (text), two non-covered people (mail; email).
    Not notified: one who opted out, one in another occupation, one too far away."""
    a = personas.center_a
    return {
        "disabled_vet": coded_seeker(job_center=a, given_name="Val", disabled_veteran="1", eligible_veteran="2"),
        "spouse": coded_seeker(
            job_center=a,
            given_name="Sam",
            eligible_veteran="3",
            notification_method="text",
            phone="(816) 555-0150",
            phone_is_mobile=True,
        ),
        "mail": coded_seeker(job_center=a, given_name="Mo", notification_method="mail"),
        "email": coded_seeker(job_center=a, given_name="Em"),
        "opted_out": coded_seeker(job_center=a, given_name="Otto", notification_method="none"),
        "nurse": coded_seeker(job_center=a, given_name="Nia", code=NURSE),
        "far": coded_seeker(job_center=a, given_name="Fay", postcode="63101", city="Saint Louis"),
    }


def open_order(order) -> NotificationRun:
    order_opened.send(sender=JobOrder, order=order)
    return NotificationRun.objects.get(job_order=order)


def by_person(people):
    return {s.pk: name for name, s in people.items()}


def test_the_window_is_a_dated_unconfirmed_parameter_citing_the_rule():
    entry = param_entry(notify.WINDOW_PARAMETER, as_of=dt.date(2026, 11, 2))
    assert (entry.value, entry.status) == (24, "unconfirmed")
    with pytest.raises(LookupError):
        param_entry(notify.WINDOW_PARAMETER, as_of=dt.date(2023, 12, 31))  # no value before it took effect


def test_covered_persons_first_by_their_method_the_others_after_the_window(order, people):
    run = open_order(order)
    names = by_person(people)
    sent = NotificationDelivery.objects.filter(run=run)
    assert {names[d.seeker_id]: (d.channel, d.status) for d in sent} == {
        "disabled_vet": ("email", "sent"),
        "spouse": ("text", "sent"),
        "mail": ("mail", "queued"),
        "email": ("email", "queued"),
    }
    # Veterans' messages are in the outboxes now, each carrying its idempotency key.
    assert [m.to for m in mail.outbox] == [[people["disabled_vet"].email]]
    assert mail.outbox[0].extra_headers[KEY_HEADER] == f"jo{order.pk}-s{people['disabled_vet'].pk}-email"
    assert [t["to"] for t in MemorySMSBackend.outbox] == ["+18165550150"]
    assert MemoryLetterBackend.outbox == []
    assert not EmployerCaseNote.objects.filter(employer=order.employer, event="referrals.notifications.sent")

    # One minute before the end of the 24-hour window nothing more goes out; at the end, the others do.
    assert notify.send_due(now=NOW + dt.timedelta(hours=24) - dt.timedelta(minutes=1)) == 0
    with clock.frozen(NOW + dt.timedelta(hours=24)):
        assert notify.send_due() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([people["disabled_vet"].email, people["email"].email])
    letter = MemoryLetterBackend.outbox[0]
    assert letter["to"].startswith(people["mail"].full_name) and "Kansas City, MO 64106" in letter["to"]

    note = EmployerCaseNote.objects.get(employer=order.employer, event="referrals.notifications.sent")
    assert f"Job notifications for {order.number}" in note.body
    assert "4 qualified job-seeking people notified (email 2, text message 1, letter 1)" in note.body
    assert "Covered persons (veterans and eligible spouses) first: 2" in note.body
    assert "the other 2 after the 24-hour priority window" in note.body
    assert "20 CFR 1010" in note.body and note.author_label == "system"


def test_messages_are_plain_with_a_link_to_the_job_and_how_to_stop(order, people, settings):
    settings.JOBCENTER_PUBLIC_URL = "https://jobs.example.gov"
    open_order(order)
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == f"New job you may qualify for: {order.title}"
    assert f"https://jobs.example.gov/portal/jobs/{order.pk}/?from=notification" in body
    assert "To stop them" in body and "https://jobs.example.gov/portal/seeker/notifications/" in body
    assert (
        "To stop job texts: https://jobs.example.gov/portal/seeker/notifications/" in MemorySMSBackend.outbox[0]["body"]
    )


def test_a_confidential_employer_is_never_named_in_a_notification(order, people):
    order.employer.confidential = True
    order.employer.save()
    open_order(order)
    notify.send_due(now=NOW + dt.timedelta(days=2))
    texts = [m.body for m in mail.outbox] + [t["body"] for t in MemorySMSBackend.outbox]
    texts += [x["body"] for x in MemoryLetterBackend.outbox]
    assert texts and not any("Acme" in t for t in texts)


def test_at_most_once_per_order_person_and_channel_even_when_the_order_opens_again(order, people):
    open_order(order)
    notify.send_due(now=NOW + dt.timedelta(days=2))
    first = len(mail.outbox) + len(MemorySMSBackend.outbox) + len(MemoryLetterBackend.outbox)
    order_opened.send(sender=JobOrder, order=order)  # released from a hold: online again
    notify.send_due(now=NOW + dt.timedelta(days=4))
    assert len(mail.outbox) + len(MemorySMSBackend.outbox) + len(MemoryLetterBackend.outbox) == first == 4
    assert NotificationDelivery.objects.filter(job_order=order).count() == 4
    # Running a batch again (a worker killed after sending, before stamping) sends nothing already stamped.
    run = NotificationRun.objects.filter(job_order=order).first()
    for group in notify.GROUPS:
        assert notify.send_batch(run.pk, 0, 10**9, group, now=NOW + dt.timedelta(days=5)) == 0
    # The second opening found nobody new: its note says so.
    notes = EmployerCaseNote.objects.filter(employer=order.employer, event="referrals.notifications.sent")
    assert notes.count() == 2
    assert "no qualified job seekers to notify" in notes.order_by("-id").first().body


def test_nobody_qualified_is_case_noted_too(order, personas, occupations, today):
    coded_seeker(job_center=personas.center_a, code=NURSE)
    run = open_order(order)
    assert not NotificationDelivery.objects.filter(run=run).exists()
    note = EmployerCaseNote.objects.get(employer=order.employer, event="referrals.notifications.sent")
    assert "no qualified job seekers to notify" in note.body


def test_without_covered_persons_nobody_is_held_back(order, personas, occupations, today):
    plain = coded_seeker(job_center=personas.center_a, given_name="Pat")
    open_order(order)
    assert [m.to for m in mail.outbox] == [[plain.email]]
    assert "nobody was held back" in EmployerCaseNote.objects.get(event="referrals.notifications.sent").body


def test_people_still_waiting_are_not_told_of_an_order_the_employer_filled(order, people, personas):
    from jobcenter.joborders.services import job_order_employer_fill

    open_order(order)  # covered persons told now; two others wait for the window
    assert NotificationDelivery.objects.filter(job_order=order, status="queued").count() == 2
    outcome = job_order_employer_fill(order=order, actor=personas.employer_user, hired=1)
    assert outcome.notifications_dropped == 2
    assert not NotificationDelivery.objects.filter(job_order=order, status="queued").exists()
    assert notify.send_due(now=NOW + dt.timedelta(days=2)) == 0
    assert MemoryLetterBackend.outbox == [] and len(mail.outbox) == 1  # only the veteran, before the fill
    # Nothing is left to send: the employer's record is case-noted as for any run.
    note = EmployerCaseNote.objects.get(employer=order.employer, event="referrals.notifications.sent")
    assert "2" in note.body


def test_queued_notices_wait_while_the_order_is_held_and_go_out_once_it_is_released(
    order, people, personas, django_capture_on_commit_callbacks
):
    from jobcenter.joborders.services import job_order_act

    first = open_order(order)  # covered persons told now; two others wait for the window
    assert len(mail.outbox) == 1 and NotificationDelivery.objects.filter(run=first, status="queued").count() == 2
    job_order_act(order=order, action="hold", actor=personas.supervisor_a, note="Checking the wage with the employer.")
    later = NOW + dt.timedelta(days=2)
    with clock.frozen(later):
        # The window ends while the order is held: nothing about it goes out, and nothing is dropped either.
        for group in notify.GROUPS:
            assert notify.send_batch(first.pk, 0, 10**9, group) == 0
            assert notify.send_notifications.call(first.pk, 0, 10**9, group) == 0
        assert notify.send_due() == 0
        assert NotificationDelivery.objects.filter(run=first, status="queued").count() == 2
        assert len(mail.outbox) == 1 and MemoryLetterBackend.outbox == []
        assert not EmployerCaseNote.objects.filter(event="referrals.notifications.sent").exists()
        # Released: the run the release starts plans them again (today's qualifications); their window already
        # ran, so they go out now, once.
        with django_capture_on_commit_callbacks(execute=True):
            job_order_act(order=order, action="release", actor=personas.supervisor_a)
    order.refresh_from_db()
    assert order.status == "open"
    second = NotificationRun.objects.exclude(pk=first.pk).get(job_order=order)
    assert not NotificationDelivery.objects.filter(job_order=order, status="queued").exists()
    assert NotificationDelivery.objects.filter(run=second, status="sent").count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([people["disabled_vet"].email, people["email"].email])
    assert len(MemoryLetterBackend.outbox) == 1
    # Both runs have nothing left to send: each case-notes the employer's record once.
    assert EmployerCaseNote.objects.filter(event="referrals.notifications.sent").count() == 2


def test_a_person_already_referred_is_not_notified(order, people):
    from jobcenter.referrals.services import referral_request_self

    seeker = people["disabled_vet"]
    seeker.user = User.objects.create_user("val", "val@example.org")
    seeker.save()
    referral_request_self(actor=seeker.user, seeker=seeker, order=order)
    run = open_order(order)
    assert not NotificationDelivery.objects.filter(run=run, seeker=seeker).exists()


def test_a_message_the_backend_refuses_is_recorded_and_counted(order, people, monkeypatch):
    def refuse(self, *, to, body, key):
        raise ConnectionError("provider down")

    monkeypatch.setattr(MemoryLetterBackend, "send", MemorySMSBackend.send)  # letters still go out
    monkeypatch.setattr(MemorySMSBackend, "send", refuse)
    run = open_order(order)
    failed = NotificationDelivery.objects.get(run=run, channel="text")
    assert (failed.status, failed.error) == ("failed", "ConnectionError: provider down")
    notify.send_due(now=NOW + dt.timedelta(days=2))
    note = EmployerCaseNote.objects.get(event="referrals.notifications.sent")
    assert "1 message could not be sent" in note.body


def test_the_online_guard_sends_order_opened_only_after_the_change_commits(
    personas, employer, occupations, today, people, django_capture_on_commit_callbacks
):
    from jobcenter.joborders.services import job_order_put_online
    from jobcenter.matching.tests.factories import FORKLIFT
    from jobcenter.testing.joborders import make_order

    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, status="screening")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        check = job_order_put_online(order=order, actor=personas.staff_a, text="Opened.")
    assert check.ok and not NotificationRun.objects.exists()  # nothing before the commit
    for callback in callbacks:
        callback()
    run = NotificationRun.objects.get(job_order=order)
    assert run.covered_count == 2 and len(mail.outbox) == 1

    from jobcenter.testing.joborders import make_employer

    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    other = make_order(employer=pending, job_center=personas.center_a, soc_code=FORKLIFT, status="screening")
    with django_capture_on_commit_callbacks(execute=True):
        assert not job_order_put_online(order=other, actor=personas.staff_a, text="Opened.").ok
    assert not NotificationRun.objects.filter(job_order=other).exists()


def test_batches_of_interleaved_covered_and_other_people_send_everyone_once(
    order, personas, occupations, today, monkeypatch
):
    monkeypatch.setattr(notify, "BATCH", 2)
    a = personas.center_a
    everyone = [
        coded_seeker(job_center=a, given_name=f"P{i}", eligible_veteran="2" if i % 2 == 0 else "0") for i in range(7)
    ]
    run = open_order(order)
    assert len(mail.outbox) == 4  # the four covered persons, in two-person batches
    with clock.frozen(NOW + dt.timedelta(hours=25)):
        notify.enqueue_sends(run)  # the window is over: every batch is due
    assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in everyone)
    assert not NotificationDelivery.objects.filter(run=run, status="queued").exists()


def test_the_send_due_command_sends_what_is_due_once(order, people):
    from io import StringIO

    from django.core.management import call_command

    open_order(order)
    out = StringIO()
    with clock.frozen(NOW + dt.timedelta(hours=24)):
        call_command("notify_send_due", stdout=out)
        call_command("notify_send_due", stdout=out)
    assert out.getvalue() == "Sent 2 job notification(s).\nSent 0 job notification(s).\n"
