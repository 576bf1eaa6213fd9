"""Background jobs with progress, on Django's task framework (``django-tasks``; docs/adr/0030-task-queue.md).

Public API (unchanged from the first, home-made queue): ``@job("area.name")`` registers a function, ``job_start``
queues it, ``core.BackgroundJob`` is the row the progress page polls. A job function has the signature
``fn(*, params: dict, report: Reporter) -> dict`` and calls ``report(progress, total=None, message="")`` as it goes;
its return value is stored as the result.

Underneath, every job run is one django-tasks task (``run_background_job``) on the backend in ``settings.TASKS``:
the database backend (``django-tasks-db``) by default on SQLite and PostgreSQL, RQ/Redis in production when
``JOBCENTER_TASKS_BACKEND=rq``. Other background work (seeker notifications) enqueues its own tasks through
``enqueue``. How work runs (setting ``JOBCENTER_JOBS_MODE``): ``eager`` runs inline (tests, the ``immediate``
backend), ``thread`` enqueues and drains the queue in a daemon thread (development server), ``worker`` leaves the
task for ``jobcenter jobs work`` (production).

Reliability: a failing job is retried with exponential back-off (``max_attempts``, ``JOBCENTER_JOBS_RETRY_SECONDS``);
a task left running by a worker that was killed (its heartbeat stopped for ``JOBCENTER_WORKER_LEASE_SECONDS``) is
queued again by the next worker's recovery sweep, so tasks must be idempotent (they are: see each task).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import threading
import traceback
from collections.abc import Callable

from django.conf import settings
from django.db import OperationalError, close_old_connections, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_fsm import ConcurrentTransition, TransitionNotAllowed
from django_tasks import task

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.models import BackgroundJob, WorkerHeartbeat

logger = logging.getLogger(__name__)

JobFn = Callable[..., dict]
_REGISTRY: dict[str, JobFn] = {}
JOB_MODULES = (
    "jobcenter.seekers.jobs",
    "jobcenter.cases.jobs",
    "jobcenter.joborders.jobs",
    "jobcenter.referrals.jobs",
    "jobcenter.reporting.jobs",
    "jobcenter.wages.jobs",
)
IMMEDIATE_BACKEND = "immediate"


def job(kind: str):
    """Register a job function under ``kind``."""

    def register(fn: JobFn) -> JobFn:
        _REGISTRY[kind] = fn
        return fn

    return register


def registry() -> dict[str, JobFn]:
    """Registered jobs (imports the apps' ``jobs`` modules on first use)."""
    for name in JOB_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return _REGISTRY


class Reporter:
    """Progress callback handed to a job; writes at most every 1% (or every call when the total is small)."""

    def __init__(self, row: BackgroundJob):
        self.row = row
        self._last = -1

    def __call__(self, progress: int, total: int | None = None, message: str = "") -> None:
        if total is not None:
            self.row.total = total
        self.row.progress = progress
        step = max(1, (self.row.total or 100) // 100)
        if progress - self._last >= step or progress == self.row.total or message:
            self._last = progress
            if message:
                self.row.message = message[:300]
            BackgroundJob.objects.filter(pk=self.row.pk).update(
                progress=self.row.progress, total=self.row.total, message=self.row.message
            )


# --- enqueueing -------------------------------------------------------------------------------------------------


def _mode() -> str:
    return settings.JOBCENTER_JOBS_MODE


def enqueue(task_obj, *args, run_after: dt.datetime | None = None, priority: int | None = None, **kwargs):
    """Enqueue a django-tasks ``task_obj`` according to ``JOBCENTER_JOBS_MODE``.

    ``eager`` runs it now on the immediate backend (``run_after`` is ignored: callers keep deferred work
    discoverable in their own tables). ``thread`` enqueues on the default backend and drains the queue in a
    daemon thread after the transaction commits; ``worker`` only enqueues.
    """
    if _mode() == "eager":
        return task_obj.using(backend=IMMEDIATE_BACKEND).enqueue(*args, **kwargs)
    options = {}
    if run_after is not None:
        options["run_after"] = run_after
    if priority is not None:
        options["priority"] = priority
    result = (task_obj.using(**options) if options else task_obj).enqueue(*args, **kwargs)
    if _mode() == "thread":
        transaction.on_commit(lambda: threading.Thread(target=_drain_in_thread, daemon=True).start())
    return result


def _drain_in_thread() -> None:
    close_old_connections()
    try:
        work(once=True)
    finally:
        close_old_connections()


def job_start(*, kind: str, params: dict | None = None, actor=None, max_attempts: int | None = None) -> BackgroundJob:
    """Queue a job and start it according to ``JOBCENTER_JOBS_MODE``."""
    if kind not in registry():
        raise LookupError(f"No job registered as {kind!r}.")
    row = BackgroundJob.objects.create(
        kind=kind,
        params=params or {},
        created_by=actor,
        created_at=clock.now(),
        max_attempts=max_attempts or settings.JOBCENTER_JOBS_MAX_ATTEMPTS,
    )
    audit_log(action="core.job.started", actor=actor, obj=row, data={"kind": kind})
    enqueue(run_background_job, row.pk)
    if _mode() == "eager":
        row.refresh_from_db()
    return row


# --- running ----------------------------------------------------------------------------------------------------


def claim(row: BackgroundJob) -> bool:
    """Move a queued job to running; False if another worker claimed it first."""
    try:
        with transaction.atomic():
            row.start(at=clock.now())
            row.attempts += 1
            row.save()
    except (ConcurrentTransition, TransitionNotAllowed):
        return False
    return True


def backoff_seconds(attempt: int) -> float:
    """Exponential back-off before attempt ``attempt + 1``: base, 2 x base, 4 x base ..."""
    return settings.JOBCENTER_JOBS_RETRY_SECONDS * (2 ** max(0, attempt - 1))


def _attempt(row: BackgroundJob, fn: JobFn | None) -> bool:
    """Run one attempt of a claimed job. True when finished (succeeded or failed for good), False to retry."""
    try:
        if fn is None:
            raise LookupError(f"No job registered as {row.kind!r}.")
        result = fn(params=row.params, report=Reporter(row)) or {}
        row.refresh_from_db()
        row.succeed(result=result, at=clock.now())
        row.save()
        return True
    except Exception as exc:  # noqa: BLE001 - a job's failure is recorded, not raised into the worker loop
        error = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
        row.refresh_from_db()
        if fn is not None and row.attempts < row.max_attempts:
            row.retry(error=error, at=clock.now() + dt.timedelta(seconds=backoff_seconds(row.attempts)))
            row.save()
            return False
        row.fail(error=error, at=clock.now())
        row.save()
        return True


def run_job(row: BackgroundJob) -> BackgroundJob:
    """Run one job (claiming it if still queued) to completion, recording success, retry or failure."""
    fn = registry().get(row.kind)
    if row.status == BackgroundJob.Status.RUNNING:
        # Left running by a worker that died (the recovery sweep re-queued its task): run it again.
        row.recover()
        row.save()
        audit_log(action="core.job.recovered", actor=None, obj=row, data={"kind": row.kind})
    while True:
        if row.status != BackgroundJob.Status.QUEUED or not claim(row):
            return row
        if _attempt(row, fn):
            break
        if _mode() != "eager":
            # Next attempt after the back-off, on whichever worker takes it.
            enqueue(run_background_job, row.pk, run_after=timezone.now() + (row.retry_at - clock.now()))
            return row
    audit_log(action="core.job.finished", actor=row.created_by, obj=row, data={"kind": row.kind, "status": row.status})
    return row


@task()
def run_background_job(job_id: int) -> str:
    """The django-tasks task behind every ``job_start``: run the BackgroundJob row ``job_id``."""
    row = BackgroundJob.objects.filter(pk=job_id).first()
    if row is None:
        return "missing"
    return run_job(row).status


# --- workers: heartbeat and recovery ----------------------------------------------------------------------------


def beat(worker_id: str) -> None:
    """Record that ``worker_id`` is alive."""
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"seen_at": now},
        create_defaults={
            "started_at": now,
            "seen_at": now,
        },
    )


def recover_stale(*, lease_seconds: float | None = None) -> int:
    """Queue again every task left running by a worker whose heartbeat is older than the lease (it was killed).

    Returns how many tasks were re-queued. Each is then run again from the start by a live worker.
    """
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    lease = settings.JOBCENTER_WORKER_LEASE_SECONDS if lease_seconds is None else lease_seconds
    cutoff = timezone.now() - dt.timedelta(seconds=lease)
    alive = set(WorkerHeartbeat.objects.filter(seen_at__gte=cutoff).values_list("worker_id", flat=True))
    requeued = 0
    for pk, worker_ids in DBTaskResult.objects.running().values_list("pk", "worker_ids"):
        if worker_ids and worker_ids[-1] in alive:
            continue
        requeued += DBTaskResult.objects.filter(pk=pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    WorkerHeartbeat.objects.filter(seen_at__lt=cutoff).delete()
    if requeued:
        logger.warning("Re-queued %s task(s) left running by stopped workers.", requeued)
    return requeued


class _Heartbeat(threading.Thread):
    """Beats for a worker and sweeps for stale tasks every quarter lease, until stopped."""

    def __init__(self, worker_id: str):
        super().__init__(daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()

    def run(self) -> None:
        interval = max(0.5, settings.JOBCENTER_WORKER_LEASE_SECONDS / 4)
        while not self.stopped.wait(interval):
            try:
                beat(self.worker_id)
                recover_stale()
            except OperationalError:  # a busy SQLite file: try again next beat
                pass
            finally:
                close_old_connections()


def work(*, once: bool = False, poll_seconds: float = 2.0, worker_id: str | None = None) -> int:
    """Worker loop on the database backend. Returns how many tasks ran (with ``once``, drain then return)."""
    from django_tasks_db.management.commands.db_worker import Worker

    worker_id = worker_id or get_random_string(32)
    beat(worker_id)
    recover_stale()
    worker = Worker(
        queue_names=["*"],
        interval=poll_seconds,
        batch=once,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
    )
    if not once:
        worker.configure_signals()
    heart = _Heartbeat(worker_id)
    heart.start()
    try:
        worker.run()
    finally:
        heart.stopped.set()
        WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()
    return worker._run_tasks
