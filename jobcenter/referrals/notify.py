"""Job notifications: when an order goes online, tell the job seekers who qualify (issue #12 part B; ADR 0032).

Manual: Manage Labor Exchange Tools — Notifications ("sent in the method the job seeker selected during
registration ... to qualified job seekers after a job order has been entered"); Employers ("Notifications, or
lack thereof, should be case noted on the employer's record upon completion"); Job Seekers - Service Policy
(priority to qualified veterans, disabled veterans first; 38 U.S.C. 4215; 20 CFR 1010; TEGL 10-09).

Flow, all on the task queue of ``core.jobs`` (django-tasks, ADR 0030):

1. ``joborders.signals.order_opened`` (after commit) -> ``on_order_opened`` records a ``NotificationRun`` and
   enqueues ``plan_notifications``.
2. ``plan_notifications`` finds the qualified people — the matching candidate pool (occupation or a related one,
   within the distance they travel, education, driver's license, lawful minimum age), then every minimum
   requirement (``matching.scoring.minimum_requirements``) — and writes one ``NotificationDelivery`` per person in
   the channel they chose (none for "do not notify me", a method they cannot receive, or people already referred).
   Covered persons (priority tiers 1 and 2) are due now; everyone else after the priority window (dated parameter
   ``referrals.notification_priority_window_hours``, unconfirmed) — at once when no covered person qualified. It enqueues ``send_notifications`` batches:
   now for covered persons, with ``run_after`` at the end of the window for the others (in ``eager`` mode, where
   ``run_after`` cannot wait, the others stay queued in the table until ``send_due`` runs).
3. ``send_notifications`` sends one batch: email through Django's email backend, texts through the SMS backend,
   letters through the letter backend (``referrals.messaging``), each message carrying its delivery's key, then
   stamps the batch sent. A worker killed mid-batch leaves the rows queued; the batch runs again and the
   backends, keyed by the same key, write the same message once (ADR 0030). When nothing of a run is left to
   send, the employer's record is case-noted with the count (or that nobody qualified) exactly once.
4. Only an open order is announced (``is_online``, read as of sending): an order put on hold keeps its notices
   queued and they are planned again by the run its release starts; an order filled, closed or expired has them
   dropped (``withdraw_queued``, called by the one ending path ``joborders.services.ending``).
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django_tasks import task

from jobcenter.accounts.choices import ScopeLevel
from jobcenter.core import clock
from jobcenter.core.jobs import _mode, enqueue
from jobcenter.core.parameters import param
from jobcenter.referrals.models import NotificationDelivery, NotificationRun

logger = logging.getLogger(__name__)
D = NotificationDelivery
BATCH = 500
COVERED_TIERS = (1, 2)  # cases.choices.PriorityTier: disabled veterans, covered persons
WINDOW_PARAMETER = "referrals.notification_priority_window_hours"


class _StatewideWork:
    """The acting "user" of background notification work: the agency itself, statewide. Reads still go through
    ``scoped()`` (which gives the statewide level everything), never around it."""

    is_authenticated = True
    is_active = True
    scope_level = ScopeLevel.STATE
    role = "system"
    pk = None
    display_name = "Job notifications"


SYSTEM = _StatewideWork()


def window_hours(as_of: dt.date) -> int:
    """Hours covered persons hear of an order before everyone else (dated parameter, unconfirmed)."""
    return int(param(WINDOW_PARAMETER, as_of=as_of))


def delivery_key(order_id: int, seeker_id: int, channel: str) -> str:
    """The idempotency key of one message: order x person x channel."""
    return f"jo{order_id}-s{seeker_id}-{channel}"


# --- 1. the signal ------------------------------------------------------------------------------------------------


def on_order_opened(sender, order, **kwargs) -> NotificationRun:
    """``order_opened`` listener (connected in ``ReferralsConfig.ready``)."""
    run = NotificationRun.objects.create(job_order=order, opened_at=clock.now())
    enqueue(plan_notifications, run.pk)
    return run


# --- 2. who qualifies ---------------------------------------------------------------------------------------------


def qualified_seekers(order, *, as_of: dt.date | None = None) -> list[tuple[int, int]]:
    """(seeker id, priority tier) of everyone who qualifies for ``order``: in a related occupation, within the
    distance they travel, and meeting every minimum requirement (the C1 matching contract, docs/matching.md)."""
    from jobcenter.matching import scoring
    from jobcenter.matching.geo import miles_between
    from jobcenter.matching.selectors import PROFILE_FIELDS, _facts_from_values, _within_reach, candidate_pool
    from jobcenter.matching.selectors import order_facts as _order_facts
    from jobcenter.occupations.facts import occupation_facts

    as_of = as_of or clock.today()
    occ = occupation_facts()
    facts = _order_facts(order)
    out = []
    pool = candidate_pool(user=SYSTEM, order=order, facts=facts, occ=occ).values(*PROFILE_FIELDS)
    for row in pool.iterator(chunk_size=5000):
        sf = _facts_from_values(row)
        if not scoring.minimum_requirements(sf, facts, occ, as_of=as_of).met:
            continue
        if not _within_reach(sf, miles_between(sf.position, facts.position)):
            continue
        out.append((sf.seeker_id, sf.priority))
    return out


CONTACT_FIELDS = (
    "pk",
    "notification_method",
    "email",
    "phone",
    "phone_is_mobile",
    "address_1",
    "city",
    "state",
    "postcode",
)


def usable_channel(c: dict) -> str | None:
    """The channel the person chose, if they can receive it (None: "do not notify me", or missing details)."""
    method = c["notification_method"]
    if method == D.Channel.EMAIL and c["email"]:
        return D.Channel.EMAIL
    if method == D.Channel.TEXT and c["phone"] and c["phone_is_mobile"]:
        return D.Channel.TEXT
    if method == D.Channel.MAIL and all(c[f] for f in ("address_1", "city", "state", "postcode")):
        return D.Channel.MAIL
    return None


def plan(run: NotificationRun) -> NotificationRun:
    """Write the run's deliveries (idempotent: a delivery that exists for order x person x channel is kept)."""
    from jobcenter.accounts.scoping import scoped
    from jobcenter.referrals.models import Referral
    from jobcenter.referrals.selectors import referral_blockers
    from jobcenter.seekers.models import JobSeeker

    order = run.job_order
    now = clock.now()
    hours = window_hours(clock.localnow().date())
    others_due = now + dt.timedelta(hours=hours)
    people = [] if referral_blockers(order=order) else qualified_seekers(order)
    # Notices of an earlier run still queued (the order was put on hold before they went out, and is now released)
    # are planned again here with today's qualifications; a person who still qualifies keeps the time their notice
    # was due (their priority window already ran) instead of waiting a second window.
    earlier = D.objects.filter(job_order=order, status=D.Status.QUEUED).exclude(run=run)
    earlier_runs = set(earlier.values_list("run_id", flat=True))
    carried = dict(earlier.values_list("key", "due_at"))
    already = set(Referral.objects.filter(job_order=order).values_list("seeker_id", flat=True))
    tier = {sid: t for sid, t in people if sid not in already}
    ids = sorted(tier)
    rows = []
    covered_any = False
    for i in range(0, len(ids), 5000):
        chunk = ids[i : i + 5000]
        contacts = scoped(JobSeeker.objects.filter(pk__in=chunk, is_active=True), SYSTEM).values(*CONTACT_FIELDS)
        for c in contacts:
            channel = usable_channel(c)
            if channel is None:
                continue
            t = tier[c["pk"]]
            covered_any = covered_any or t in COVERED_TIERS
            rows.append(
                D(
                    run=run,
                    job_order=order,
                    seeker_id=c["pk"],
                    channel=channel,
                    key=delivery_key(order.pk, c["pk"], channel),
                    priority=t,
                    due_at=now if t in COVERED_TIERS else others_due,
                )
            )
    if not covered_any:  # no covered person qualified: holding the others back would serve nobody
        others_due = now
        for row in rows:
            row.due_at = now
    for row in rows:
        if row.key in carried:
            row.due_at = min(row.due_at, carried[row.key])
    with transaction.atomic():
        earlier.delete()
        D.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
        mine = D.objects.filter(run=run)
        run.planned_at = now
        run.covered_count = mine.filter(priority__in=COVERED_TIERS).count()
        run.others_count = mine.exclude(priority__in=COVERED_TIERS).count()
        run.others_due_at = (
            mine.exclude(priority__in=COVERED_TIERS).aggregate(due=Max("due_at"))["due"] if run.others_count else None
        )
        run.window_hours = hours if covered_any else 0
        run.save()
    for earlier_run in NotificationRun.objects.filter(pk__in=earlier_runs).select_related("job_order__employer"):
        note_if_done(earlier_run)
    return run


GROUPS = ("covered", "others")


def _in_group(qs, group: str):
    """Covered persons' or the others' deliveries: batches never overlap (one group, one id range each)."""
    return qs.filter(priority__in=COVERED_TIERS) if group == "covered" else qs.exclude(priority__in=COVERED_TIERS)


def _ranges(ids: list[int], size: int | None = None) -> list[tuple[int, int]]:
    """Consecutive id ranges of at most ``size`` (``BATCH``) ids each (``ids`` sorted)."""
    size = size or BATCH
    return [(ids[i], ids[min(i + size, len(ids)) - 1]) for i in range(0, len(ids), size)]


def enqueue_sends(run: NotificationRun) -> int:
    """Enqueue the run's send batches, covered persons first: due ones now, later ones at their time (not in
    ``eager`` mode, where ``send_due`` sends them). Returns the number of batches enqueued."""
    now = clock.now()
    queued = D.objects.filter(run=run, status=D.Status.QUEUED)
    batches = 0
    later_any = False
    for group in GROUPS:
        mine = _in_group(queued, group)
        for lo, hi in _ranges(list(mine.filter(due_at__lte=now).order_by("pk").values_list("pk", flat=True))):
            enqueue(send_notifications, run.pk, lo, hi, group)
            batches += 1
        later = list(mine.filter(due_at__gt=now).order_by("pk").values_list("pk", "due_at"))
        later_any = later_any or bool(later)
        if later and _mode() != "eager":
            due = max(d for _pk, d in later)
            for lo, hi in _ranges([pk for pk, _d in later]):
                enqueue(send_notifications, run.pk, lo, hi, group, run_after=due)
                batches += 1
    if not later_any:
        note_if_done(run)
    return batches


@task()
def plan_notifications(run_id: int) -> dict:
    """Task: find who qualifies for the run's order (once) and enqueue the sending."""
    run = NotificationRun.objects.select_related("job_order__employer", "job_order__job_center").get(pk=run_id)
    if run.planned_at is None:
        plan(run)
    batches = enqueue_sends(run)
    return {"covered": run.covered_count, "others": run.others_count, "batches": batches}


# --- 3. sending ---------------------------------------------------------------------------------------------------


def is_online(order) -> bool:
    """Only an open order is announced. Read from the database as of now: an order put on hold after the run was
    planned (staff, a labor dispute, suspected fraud, an edit that failed screening) keeps its notices queued, and
    they are planned again when the hold is released (``plan``: a new run on ``order_opened``); an order filled,
    closed or expired had them dropped (``withdraw_queued``, from ``joborders.services.ending``)."""
    from jobcenter.joborders.choices import JobOrderStatus
    from jobcenter.joborders.models import JobOrder

    return JobOrder.objects.filter(pk=order.pk, status=JobOrderStatus.OPEN).exists()


def send_batch(run_id: int, lo: int, hi: int, group: str, *, now: dt.datetime | None = None) -> int:
    """Send the queued, due deliveries of run ``run_id`` in ``group`` ("covered" or "others") with ids
    ``lo``..``hi``; returns how many were sent."""
    now = now or clock.now()
    run = NotificationRun.objects.select_related("job_order__employer", "job_order__job_center").get(pk=run_id)
    if not is_online(run.job_order):
        return 0  # held (kept queued until release re-plans them) or ended (dropped by ``withdraw_queued``)
    with transaction.atomic():
        # PostgreSQL: the batch's rows stay locked until they are stamped, so a second copy of this batch (a task
        # recovered while its worker was only slow) skips them; a killed worker's locks end with its connection.
        rows = list(
            _in_group(D.objects.filter(run=run, pk__gte=lo, pk__lte=hi, status=D.Status.QUEUED, due_at__lte=now), group)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("seeker")
            .order_by("priority", "pk")
        )
        sent = _send_rows(run, rows) if rows else 0
    note_if_done(run)
    return sent


def _send_rows(run: NotificationRun, rows: list) -> int:
    """Hand ``rows`` to the backends and stamp them sent (or failed, with the error)."""
    from django.core.mail import EmailMessage, get_connection

    from jobcenter.joborders.selectors import public_job_order
    from jobcenter.referrals import notify_messages as M
    from jobcenter.referrals.messaging import KEY_HEADER, letter_backend, sms_backend

    job = public_job_order(run.job_order)
    center = run.job_order.job_center
    sent, failed, emails = [], {}, []
    sms = letters = None
    for d in rows:
        try:
            if d.channel == D.Channel.EMAIL:
                subject, body = M.email(job, d.seeker)
                emails.append(
                    (
                        d.pk,
                        EmailMessage(
                            subject, body, settings.DEFAULT_FROM_EMAIL, [d.seeker.email], headers={KEY_HEADER: d.key}
                        ),
                    )
                )
                continue
            if d.channel == D.Channel.TEXT:
                sms = sms or sms_backend()
                sms.send(to=d.seeker.phone, body=M.text(job), key=d.key)
            else:
                letters = letters or letter_backend()
                letters.send(to=M.address_block(d.seeker), body=M.letter(job, d.seeker, center), key=d.key)
            sent.append(d.pk)
        except Exception as exc:  # noqa: BLE001 - one bad address must not stop the batch; recorded on the row
            failed[d.pk] = f"{type(exc).__name__}: {exc}"[:300]
    if emails:
        connection = get_connection()
        try:
            connection.send_messages([m for _pk, m in emails])
            sent += [pk for pk, _m in emails]
        except Exception as exc:  # noqa: BLE001
            for pk, _m in emails:
                failed[pk] = f"{type(exc).__name__}: {exc}"[:300]
    stamp = clock.now()
    D.objects.filter(pk__in=sent, status=D.Status.QUEUED).update(status=D.Status.SENT, sent_at=stamp)
    for pk, error in failed.items():
        D.objects.filter(pk=pk, status=D.Status.QUEUED).update(status=D.Status.FAILED, error=error)
    if failed:
        logger.warning("Job notifications: %s message(s) of run %s could not be sent.", len(failed), run.pk)
    return len(sent)


@task()
def send_notifications(run_id: int, lo: int, hi: int, group: str) -> int:
    """Task: send one batch (see ``send_batch``). Rows not due yet (a worker picked the batch early) are
    enqueued again for their time."""
    sent = send_batch(run_id, lo, hi, group)
    run = NotificationRun.objects.select_related("job_order").get(pk=run_id)
    if not is_online(run.job_order):
        return sent  # not open: nothing to wait for here (released orders are planned again)
    early = _in_group(D.objects.filter(run_id=run_id, pk__gte=lo, pk__lte=hi, status=D.Status.QUEUED), group)
    first = early.order_by("due_at").values_list("due_at", flat=True).first()
    if first is not None and _mode() != "eager":
        enqueue(send_notifications, run_id, lo, hi, group, run_after=first)
    return sent


def send_due(*, now: dt.datetime | None = None) -> int:
    """Send every queued delivery that is due (the others after the priority window, in ``eager`` mode or when a
    worker was not running); returns how many were sent."""
    now = now or clock.now()
    total = 0
    due = D.objects.filter(status=D.Status.QUEUED, due_at__lte=now)
    for run_id in sorted(set(due.values_list("run_id", flat=True))):
        for group in GROUPS:
            ids = list(_in_group(due.filter(run_id=run_id), group).order_by("pk").values_list("pk", flat=True))
            for lo, hi in _ranges(ids):
                total += send_batch(run_id, lo, hi, group, now=now)
    return total


def withdraw_queued(order) -> int:
    """The order was filled or closed: job notifications about it not sent yet (people outside the priority
    window still waiting) are dropped — nobody is told of a job that no longer takes applications — and each run
    with nothing left queued case-notes the employer's record as usual. Returns how many were dropped."""
    queued = D.objects.filter(job_order=order, status=D.Status.QUEUED)
    run_ids = set(queued.values_list("run_id", flat=True))
    dropped, _ = queued.delete()
    for run in NotificationRun.objects.filter(pk__in=run_ids).select_related("job_order__employer"):
        note_if_done(run)
    return dropped


# --- 4. the employer's record -------------------------------------------------------------------------------------


def note_if_done(run: NotificationRun) -> bool:
    """When nothing of the run is left to send, case-note the employer's record once (manual: Employers —
    "Notifications, or lack thereof, should be case noted on the employer's record upon completion")."""
    from jobcenter.cases.choices import NoteKind
    from jobcenter.cases.services import case_note_add
    from jobcenter.referrals import notify_messages as M

    if run.planned_at is None or D.objects.filter(run=run, status=D.Status.QUEUED).exists():
        return False
    with transaction.atomic():
        if not NotificationRun.objects.filter(pk=run.pk, noted_at__isnull=True).update(noted_at=clock.now()):
            return False
        counts = {}
        for channel, status in D.objects.filter(run=run).values_list("channel", "status"):
            counts[(channel, status)] = counts.get((channel, status), 0) + 1
        case_note_add(
            actor=None,
            employer=run.job_order.employer,
            job_order=run.job_order,
            kind=NoteKind.JOB_ORDER,
            event="referrals.notifications.sent",
            body=M.employer_note(run, counts),
        )
    return True
