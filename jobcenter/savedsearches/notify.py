"""Notices of new jobs for saved searches: a periodic task on the task queue of ``core.jobs`` (django-tasks,
ADR 0030), started by ``jobcenter notify saved-searches`` from a timer (docs/adr/0044).

1. ``saved_search_notices`` (the periodic entry point) enqueues ``saved_search_batch`` tasks over the saved
   searches that are due: notices on (daily or weekly) and last looked at a day (a week) ago, less ``SLACK`` so
   a timer firing at the same hour each day stays daily.
2. ``plan_notice`` (one saved search, in one transaction, the row locked): the orders put online since the
   search's ``checked_through`` — the moments of ``referrals.NotificationRun.opened_at``, written by the one guard
   that puts an order online (ADR 0021) — that the public search (``joborders.search.search_open_orders``, its
   own visibility and confidentiality filters) still finds for the saved criteria and that no earlier notice of
   this search told about (the search keeps only open orders: one on hold is not recorded, and its release
   writes a new "went online" moment). It moves ``checked_through`` up to ``now - SETTLE`` (an order whose online
   moment was stamped just before its transaction committed is still looked at next time; ``SavedSearchMatch``
   keeps it from being told twice). When there are new jobs and the person can receive the way they chose to hear
   from us (``referrals.notify.usable_channel``: "do not notify me" sends nothing), it writes one queued
   ``SavedSearchNotice`` with its matches.
3. ``send_notice``: hands a queued notice to the email, SMS or letter backend (the way the person chooses at
   sending time) with its key and stamps it sent. A notice whose search was stopped, whose person can no longer
   receive any message, or whose jobs all closed meanwhile is cancelled. Only the orders told stay recorded as
   matches: an order held when the notice goes out is told after its release (which writes a new "went online"
   moment); one that ended (``joborders.services.ending.job_order_end``) is never told. A worker killed mid-way
   leaves the notice queued; the next run sends it again under the same key, which the keyed backends absorb
   (ADR 0030).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django_tasks import task

from jobcenter.core import clock
from jobcenter.core.jobs import _mode, enqueue
from jobcenter.savedsearches.models import Frequency, SavedSearch, SavedSearchMatch, SavedSearchNotice

logger = logging.getLogger(__name__)
N = SavedSearchNotice
PERIOD = {Frequency.DAILY: dt.timedelta(days=1), Frequency.WEEKLY: dt.timedelta(days=7)}
SLACK = dt.timedelta(hours=1)
SETTLE = dt.timedelta(minutes=5)
BATCH = 500
MAX_MATCHES = 200  # orders recorded for one notice (the message lists ``messages.SHOWN`` of them)


def due_searches(now: dt.datetime):
    """Saved searches whose notices are on and whose period has passed since they were last looked at."""
    due = Q()
    for frequency, period in PERIOD.items():
        due |= Q(frequency=frequency, checked_through__lte=now - period + SLACK)
    return SavedSearch.objects.filter(due, seeker__is_active=True)


def new_matches(saved_search: SavedSearch, since: dt.datetime, until: dt.datetime) -> list:
    """Orders put online in (``since``, ``until``] that the public search finds for the saved criteria now and
    that this saved search has not told about. "Posted within" is left out: the notice's own window says new."""
    from jobcenter.joborders.search import search_open_orders
    from jobcenter.joborders.selectors import _seeker_visible
    from jobcenter.referrals.models import NotificationRun
    from jobcenter.savedsearches.services import search_form

    form = search_form(saved_search.criteria)
    if not form.is_valid():  # e.g. an occupation no longer in the taxonomy: nothing matches
        return []
    search = dataclasses.replace(form.search(), posted_within_days=None)
    opened = NotificationRun.objects.filter(opened_at__gt=since, opened_at__lte=until).values("job_order_id")
    told = SavedSearchMatch.objects.filter(saved_search=saved_search).values("job_order_id")
    base = _seeker_visible().filter(pk__in=opened).exclude(pk__in=told)
    return list(search_open_orders(search, base=base)[:MAX_MATCHES])


def _channel(seeker) -> str | None:
    from jobcenter.referrals.notify import CONTACT_FIELDS, usable_channel

    return usable_channel({f: getattr(seeker, f) for f in CONTACT_FIELDS})


def notice_key(saved_search_id: int, until: dt.datetime) -> str:
    """The idempotency key of one notice: saved search x the end of the window it covers."""
    return f"ss{saved_search_id}-t{int(until.timestamp())}"


def plan_notice(saved_search_id: int, *, now: dt.datetime) -> SavedSearchNotice | None:
    """Look at one due saved search (see the module docstring); the queued notice, or None."""
    until = now - SETTLE
    with transaction.atomic():
        saved = (
            due_searches(now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("seeker")
            .filter(pk=saved_search_id)
            .first()
        )
        if saved is None or saved.checked_through >= until:
            return None
        orders = new_matches(saved, saved.checked_through, until)
        saved.checked_through = until
        saved.save(update_fields=["checked_through"])
        channel = _channel(saved.seeker)
        if not orders or channel is None:
            return None
        notice = N.objects.create(
            saved_search=saved,
            channel=channel,
            key=notice_key(saved.pk, until),
            job_count=len(orders),
            created_at=now,
        )
        SavedSearchMatch.objects.bulk_create(
            [SavedSearchMatch(saved_search=saved, notice=notice, job_order=o) for o in orders], ignore_conflicts=True
        )
    return notice


def send_notice(notice_id: int) -> bool:
    """Send one queued notice (True when it was handed to the backend)."""
    from django.core.mail import EmailMessage, get_connection

    from jobcenter.joborders.selectors import _seeker_visible, public_job_orders
    from jobcenter.referrals.messaging import KEY_HEADER, letter_backend, sms_backend
    from jobcenter.referrals.notify_messages import address_block
    from jobcenter.savedsearches import messages as M

    with transaction.atomic():
        notice = (
            N.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("saved_search__seeker")
            .filter(pk=notice_id, status=N.Status.QUEUED)
            .first()
        )
        if notice is None:
            return False
        saved, seeker = notice.saved_search, notice.saved_search.seeker
        ids = notice.matches.values("job_order_id")
        orders = list(_seeker_visible().filter(pk__in=ids).order_by("-entered_at", "-id"))
        channel = _channel(seeker) if seeker.is_active else None
        if saved.frequency == Frequency.NEVER or channel is None or not orders:
            orders = []
        # An order not open now (held, filled, closed, expired) is not told, so it is not kept as told: a held
        # one is looked at again through the "went online" record its release writes.
        notice.matches.exclude(job_order__in=[o.pk for o in orders]).delete()
        if not orders:
            N.objects.filter(pk=notice.pk).update(status=N.Status.CANCELLED)
            return False
        jobs = public_job_orders(orders)
        try:
            if channel == N.Channel.EMAIL:
                subject, body = M.email(saved, jobs, len(jobs))
                message = EmailMessage(
                    subject, body, settings.DEFAULT_FROM_EMAIL, [seeker.email], headers={KEY_HEADER: notice.key}
                )
                get_connection().send_messages([message])
            elif channel == N.Channel.TEXT:
                sms_backend().send(to=seeker.phone, body=M.text(saved, len(jobs)), key=notice.key)
            else:
                letter_backend().send(to=address_block(seeker), body=M.letter(saved, jobs, len(jobs)), key=notice.key)
        except Exception as exc:  # noqa: BLE001 - recorded on the notice; the other notices still go out
            N.objects.filter(pk=notice.pk).update(status=N.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:300])
            logger.warning("Saved search notice %s could not be sent.", notice.pk)
            return False
        stamp = clock.now()
        N.objects.filter(pk=notice.pk).update(status=N.Status.SENT, sent_at=stamp, job_count=len(jobs), channel=channel)
        SavedSearch.objects.filter(pk=saved.pk).update(last_notice_at=stamp)
    return True


def run_batch(lo: int, hi: int, *, now: dt.datetime | None = None) -> dict:
    """Plan the due saved searches with ids ``lo``..``hi``, then send every queued notice among them."""
    now = now or clock.now()
    planned = 0
    for pk in due_searches(now).filter(pk__gte=lo, pk__lte=hi).order_by("pk").values_list("pk", flat=True):
        planned += plan_notice(pk, now=now) is not None
    queued = N.objects.filter(status=N.Status.QUEUED, saved_search_id__gte=lo, saved_search_id__lte=hi)
    sent = sum(send_notice(pk) for pk in queued.order_by("pk").values_list("pk", flat=True))
    return {"planned": planned, "sent": sent}


@task()
def saved_search_batch(lo: int, hi: int) -> dict:
    """Task: one batch of saved searches (see ``run_batch``)."""
    return run_batch(lo, hi)


def _batches(now: dt.datetime) -> list[tuple[int, int]]:
    """Id ranges of ``BATCH`` saved searches that are due or have a notice waiting."""
    ids = set(due_searches(now).values_list("pk", flat=True))
    ids |= set(N.objects.filter(status=N.Status.QUEUED).values_list("saved_search_id", flat=True))
    ordered = sorted(ids)
    return [(ordered[i], ordered[min(i + BATCH, len(ordered)) - 1]) for i in range(0, len(ordered), BATCH)]


@task()
def saved_search_notices() -> int:
    """Periodic task: enqueue one ``saved_search_batch`` per ``BATCH`` saved searches that are due or have a
    notice waiting. Returns the number of batches."""
    batches = _batches(clock.now())
    for lo, hi in batches:
        enqueue(saved_search_batch, lo, hi)
    return len(batches)


def start() -> str:
    """What ``jobcenter notify saved-searches`` does: enqueue the periodic task. Without a worker (the development
    server's ``thread`` mode) the batches run here and now: the process would end before a thread finished."""
    if _mode() == "thread":
        sent = sum(run_batch(lo, hi)["sent"] for lo, hi in _batches(clock.now()))
        return f"Sent {sent} saved-search notice(s)."
    enqueue(saved_search_notices)
    return "Queued the saved-search notices." if _mode() == "worker" else "Looked at the saved searches."
