"""Every way an order leaves the open state for good goes through one path (joborders.services.ending; ADR 0038
amendment): staff fill, staff close, staff "mark expired", the nightly expiry, the employer's own actions, and the
supervisor's and CSU's closures. Each closes the requests waiting in Referrals Pending Review with a plain reason,
tells the people referred, drops queued job notifications, and the staff order page says so in words. A hold is
not an ending: requests stay open, and queued notices are not sent while it lasts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_fsm import TransitionNotAllowed, can_proceed

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry, Notification
from jobcenter.core.presentation import history_line
from jobcenter.joborders import constants as C
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import (
    job_order_act,
    job_order_employer_fill,
    job_orders_expire_due,
)
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.referrals import notify
from jobcenter.referrals.models import NotificationDelivery, NotificationRun
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.joborders import make_order, make_referral

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())
LATER = NOW + dt.timedelta(days=2)  # past the priority window: queued notices are due


@pytest.fixture
def today(db):
    with clock.frozen(NOW):
        yield NOW.date()


@pytest.fixture
def order(personas, employer, today):
    return make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, openings=2)


@pytest.fixture
def world(personas, order):
    """A request waiting for review (seeker_user), an issued referral with no outcome (other_seeker_user), a hire,
    and a job notification still queued for a fourth person (outside the priority window)."""
    load_occupations()
    a = personas.center_a
    waiting = coded_seeker(job_center=a, given_name="Wanda")
    JobSeeker.objects.filter(pk=waiting.pk).update(user=personas.seeker_user)
    referred = coded_seeker(job_center=a, given_name="Rex")
    JobSeeker.objects.filter(pk=referred.pk).update(user=personas.other_seeker_user)
    hired = coded_seeker(job_center=a, given_name="Hal")
    later = coded_seeker(job_center=a, given_name="Lee")
    referrals = {
        "waiting": make_referral(order, waiting, "pending_review"),
        "referred": make_referral(order, referred, "referred"),
        "hired": make_referral(order, hired, "hired"),
    }
    run = NotificationRun.objects.create(job_order=order, opened_at=clock.now(), planned_at=clock.now())
    NotificationDelivery.objects.create(
        run=run,
        job_order=order,
        seeker=later,
        channel="email",
        key=notify.delivery_key(order.pk, later.pk, "email"),
        priority=3,
        due_at=clock.now() + dt.timedelta(hours=24),
    )
    return referrals


def _assert_settled(order, world, *, actor, subject: str, request_body: str, referred_body: str) -> None:
    for r in world.values():
        r.refresh_from_db()
    waiting, referred, hired = world["waiting"], world["referred"], world["hired"]
    assert waiting.status == "denied" and waiting.deny_reason == request_body and waiting.decided_by == actor
    assert referred.status == "referred" and hired.status == "hired"
    told = Notification.objects.filter(kind="referrals.referral.decided")
    assert sorted(told.values_list("recipient__username", "body")) == [
        ("other_seeker_user", referred_body),
        ("seeker_user", request_body),
    ]
    assert {n.subject for n in told} == {subject}
    # The queued notice is dropped and nothing goes out later.
    assert not NotificationDelivery.objects.filter(job_order=order).exists()
    assert notify.send_due(now=LATER) == 0 and mail.outbox == []


def _staff_act(client, user, order, action: str, note: str = ""):
    client.force_login(user)
    url = reverse("staff:joborder-action", args=[order.pk, action])
    response = client.post(url, {"note": note} if note else {})
    assert response.status_code == 302
    order.refresh_from_db()
    return client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()


REFERRAL_WORDS = (
    "requests of 1 person waiting in Referrals Pending Review closed and the people told; "
    "1 person referred with no outcome yet: record what happened under Referrals"
)


@pytest.mark.parametrize(
    ("action", "status", "label", "subject"),
    [
        ("fill", "filled", "Job order filled", "The job Forklift Operator has been filled"),
        ("close", "closed", "Job order closed", "The job Forklift Operator is closed"),
        ("expire", "expired", "Job order expired (past its last day)", "The job Forklift Operator is no longer open"),
    ],
)
def test_staff_ending_an_order_settles_its_referrals_and_drops_queued_notices(
    client, personas, order, world, action, status, label, subject
):
    page = _staff_act(client, personas.staff_a, order, action)
    assert order.status == status
    _assert_settled(
        order,
        world,
        actor=personas.staff_a,
        subject=subject,
        request_body=C.SEEKER_REQUEST_CLOSED_ENDED_BODY,
        referred_body=C.SEEKER_REFERRED_ENDED_BODY,
    )
    # The staff order page says what happened, in words, in the status history.
    entry = AuditEntry.objects.get(action=f"joborders.order.{status}", object_id=str(order.pk))
    assert history_line(entry) == f"{label}: {REFERRAL_WORDS}"
    assert entry.data["notifications_dropped"] == 1
    assert f"{label}: {REFERRAL_WORDS}" in page
    assert "pending_review" not in page and "notifications_dropped" not in page
    note = EmployerCaseNote.objects.get(job_order=order, event=f"joborders.order.{status}").body
    assert note.startswith(f"Order {order.number}: ")
    assert "by staff on Nov 2, 2026." in note
    assert "Requests of 1 person waiting in Referrals Pending Review closed and the people told" in note
    # The center's staff are told someone still needs an outcome (nobody was responsible; the actor is one of them).
    assert Notification.objects.filter(kind="joborders.order.ended", recipient=personas.staff_a).exists()


def test_the_responsible_staff_member_is_not_told_what_they_did_themselves(client, personas, order, world):
    JobOrder.objects.filter(pk=order.pk).update(responsible_staff=personas.staff_a)
    order.refresh_from_db()
    job_order_act(order=order, action="close", actor=personas.staff_a, note="Employer called: position cancelled.")
    assert not Notification.objects.filter(kind="joborders.order.ended").exists()
    entry = AuditEntry.objects.get(action="joborders.order.closed", object_id=str(order.pk))
    assert history_line(entry) == f"Job order closed: Employer called: position cancelled.; {REFERRAL_WORDS}"


def test_staff_ending_an_order_without_referrals_says_so(client, personas, order):
    page = _staff_act(client, personas.staff_a, order, "fill")
    assert order.status == "filled"
    entry = AuditEntry.objects.get(action="joborders.order.filled", object_id=str(order.pk))
    assert history_line(entry) == "Job order filled"
    assert "Job order filled" in page
    note = EmployerCaseNote.objects.get(job_order=order, event="joborders.order.filled").body
    assert note.endswith("No referrals were still being worked.")


def test_a_staff_close_of_an_order_still_in_draft_goes_the_same_way(personas, employer, today):
    draft = make_order(employer=employer, job_center=personas.center_a, status="draft")
    job_order_act(order=draft, action="close", actor=personas.staff_a)
    draft.refresh_from_db()
    assert draft.status == "closed"


def test_the_nightly_expiry_settles_referrals_and_drops_queued_notices(personas, order, world, capsys):
    JobOrder.objects.filter(pk=order.pk).update(closes_on=dt.date(2026, 11, 1))
    call_command("joborders_expire", "--as-of", "2026-11-02")
    assert "1 job order(s) expired" in capsys.readouterr().out
    order.refresh_from_db()
    assert order.status == "expired"
    _assert_settled(
        order,
        world,
        actor=None,
        subject="The job Forklift Operator is no longer open",
        request_body=C.SEEKER_REQUEST_CLOSED_ENDED_BODY,
        referred_body=C.SEEKER_REFERRED_ENDED_BODY,
    )
    entry = AuditEntry.objects.get(action="joborders.order.expired", object_id=str(order.pk))
    assert history_line(entry) == f"Job order expired (past its last day): last day Nov 1, 2026; {REFERRAL_WORDS}"
    # Nobody pressed a button: the holding center's staff are told a referral needs an outcome.
    told = Notification.objects.filter(kind="joborders.order.ended")
    assert set(told.values_list("recipient__username", flat=True)) >= {"staff_a"}
    assert "staff_b" not in set(told.values_list("recipient__username", flat=True))
    assert told.first().subject == f"{order.number} Forklift Operator expired"
    assert job_orders_expire_due(as_of=dt.date(2026, 11, 3)) == []  # again: nothing left to do


def test_the_employers_own_fill_goes_the_same_way(personas, order, world):
    from jobcenter.employers.models import EmployerMembership

    EmployerMembership.objects.create(employer=order.employer, user=personas.employer_user)
    job_order_employer_fill(order=order, actor=personas.employer_user, hired=1)
    _assert_settled(
        order,
        world,
        actor=personas.employer_user,
        subject="The job Forklift Operator has been filled",
        request_body=C.SEEKER_REQUEST_CLOSED_BODY,
        referred_body=C.SEEKER_REFERRED_BODY,
    )


def test_csu_confirming_fraud_closes_the_order_the_same_way(personas, order, world):
    from jobcenter.joborders.services import fraud_investigation_close, job_order_report_fraud

    case = job_order_report_fraud(order=order, actor=personas.supervisor_a, reason="Asks for a bank account.")
    world["waiting"].refresh_from_db()
    assert world["waiting"].status == "pending_review"  # the hold leaves the request waiting
    fraud_investigation_close(case=case, actor=personas.csu, confirmed=True, outcome="Not a real employer.")
    order.refresh_from_db()
    assert order.status == "closed"
    _assert_settled(
        order,
        world,
        actor=personas.csu,
        subject="The job Forklift Operator is closed",
        request_body=C.SEEKER_REQUEST_CLOSED_ENDED_BODY,
        referred_body=C.SEEKER_REFERRED_ENDED_BODY,
    )


@pytest.mark.parametrize("name", ["fill", "close", "expire"])
def test_no_path_can_end_an_order_around_the_ending_path(personas, order, name):
    # The transitions refuse anyone but ``job_order_end`` (as open/release refuse anyone but the online guard).
    assert not can_proceed(getattr(order, name))
    assert can_proceed(getattr(order, name), check_conditions=False)
    with pytest.raises(TransitionNotAllowed):
        getattr(order, name)()
    assert order.status == "open"


def test_staff_still_see_the_ending_buttons(client, personas, order):
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert "Mark filled" in page and "Mark expired" in page and ">Close<" in page.replace(" ", "")


def test_a_hold_keeps_requests_open_and_sends_no_queued_notice_while_held(client, personas, order, world):
    page = _staff_act(client, personas.supervisor_a, order, "hold")  # capability joborders.hold
    assert order.status == "on_hold"
    for r in world.values():
        r.refresh_from_db()
    assert world["waiting"].status == "pending_review"  # a hold is temporary: the request still waits
    assert not Notification.objects.filter(kind="referrals.referral.decided").exists()
    delivery = NotificationDelivery.objects.get(job_order=order)
    # The notice's time comes while the order is held: it is not sent, and stays queued.
    assert notify.send_due(now=LATER) == 0
    delivery.refresh_from_db()
    assert delivery.status == "queued" and mail.outbox == []
    assert "Job order put on hold" in page
