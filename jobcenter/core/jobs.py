"""Background jobs with progress: ``@job("area.name")`` registers a function, ``job_start`` queues it.

A job function has the signature ``fn(*, params: dict, report: Reporter) -> dict`` and calls
``report(progress, total=None, message="")`` as it goes; its return value is stored as the result.

How jobs run (setting ``JOBCENTER_JOBS_MODE``): ``eager`` runs inline (tests), ``thread`` starts a daemon
thread (development server), ``worker`` leaves the job queued for ``jobcenter jobs work`` (production).
"""

from __future__ import annotations

import importlib
import threading
import traceback
from collections.abc import Callable

from django.conf import settings
from django.db import close_old_connections, transaction
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.models import BackgroundJob

JobFn = Callable[..., dict]
_REGISTRY: dict[str, JobFn] = {}
JOB_MODULES = ("jobcenter.seekers.jobs", "jobcenter.cases.jobs", "jobcenter.joborders.jobs")


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


def claim(row: BackgroundJob) -> bool:
    """Move a queued job to running; False if another worker claimed it first."""
    try:
        with transaction.atomic():
            row.start(at=clock.now())
            row.save()
    except (ConcurrentTransition, TransitionNotAllowed):
        return False
    return True


def run_job(row: BackgroundJob) -> BackgroundJob:
    """Run one job (claiming it if still queued) to completion, recording success or failure."""
    fn = registry().get(row.kind)
    if row.status == BackgroundJob.Status.QUEUED and not claim(row):
        return row
    try:
        if fn is None:
            raise LookupError(f"No job registered as {row.kind!r}.")
        result = fn(params=row.params, report=Reporter(row)) or {}
        row.refresh_from_db()
        row.succeed(result=result, at=clock.now())
    except Exception as exc:  # noqa: BLE001 - a job's failure is recorded, not raised into the worker loop
        row.refresh_from_db()
        row.fail(error=f"{type(exc).__name__}: {exc}", at=clock.now())
        traceback.print_exc()
    row.save()
    audit_log(action="core.job.finished", actor=row.created_by, obj=row, data={"kind": row.kind, "status": row.status})
    return row


def _run_in_thread(pk: int) -> None:
    close_old_connections()
    try:
        run_job(BackgroundJob.objects.get(pk=pk))
    finally:
        close_old_connections()


def job_start(*, kind: str, params: dict | None = None, actor=None) -> BackgroundJob:
    """Queue a job and start it according to ``JOBCENTER_JOBS_MODE``."""
    if kind not in registry():
        raise LookupError(f"No job registered as {kind!r}.")
    row = BackgroundJob.objects.create(kind=kind, params=params or {}, created_by=actor, created_at=clock.now())
    audit_log(action="core.job.started", actor=actor, obj=row, data={"kind": kind})
    mode = settings.JOBCENTER_JOBS_MODE
    if mode == "eager":
        return run_job(row)
    if mode == "thread":
        transaction.on_commit(lambda: threading.Thread(target=_run_in_thread, args=(row.pk,), daemon=True).start())
    return row


def work(*, once: bool = False, poll_seconds: float = 2.0) -> int:
    """Worker loop: run queued jobs oldest first. Returns how many ran (with ``once``, one pass)."""
    import time

    ran = 0
    while True:
        row = BackgroundJob.objects.filter(status=BackgroundJob.Status.QUEUED).order_by("created_at", "id").first()
        if row is not None:
            if claim(row):
                run_job(row)
                ran += 1
            continue
        if once:
            return ran
        time.sleep(poll_seconds)
