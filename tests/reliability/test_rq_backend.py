"""The production task backend on Redis (issue #12: "an RQ or Redis backend for production"; ADR 0030): with
``JOBCENTER_TASKS_BACKEND=rq`` a background job started as a user would is queued in Redis, ``jobcenter jobs work
--once`` runs it through django-rq's worker, and the job ends succeeded with its result. Real Redis on
127.0.0.1:6379 (database 14, emptied before and after), real processes; skipped loudly only if Redis is down."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("worker_kill")]

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/14"


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def _run(env: dict, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=True
    )


SCRIPT_START = """
import django
django.setup()
from jobcenter.core import jobs
from jobcenter.seekers.tests.factories import make_seeker
make_seeker(given_name="Ana", surname="Lopez")
row = jobs.job_start(kind="seekers.registry.scan", params={})
print(row.pk, row.status)
"""
SCRIPT_READ = """
import django
django.setup()
from jobcenter.core.models import BackgroundJob
row = BackgroundJob.objects.get()
print(row.status, row.result.get("people"))
"""


def test_a_job_runs_through_rq_on_redis(tmp_path):
    if not _redis_up():
        pytest.skip("!!! Redis is NOT reachable on 127.0.0.1:6379: the RQ backend was not tested !!!")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jobcenter.config.settings",
        "PYTHONPATH": str(ROOT),
        "JOBCENTER_ENV": "development",
        "JOBCENTER_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "JOBCENTER_TASKS_BACKEND": "rq",
        "JOBCENTER_JOBS_MODE": "worker",
        "REDIS_URL": REDIS_URL,
    }
    try:
        _run(env, "-m", "jobcenter.cli", "migrate", "--noinput", "-v0")
        started = _run(env, "-c", SCRIPT_START).stdout.split()
        assert started[1] == "queued" and client.llen("rq:queue:default") == 1  # waiting in Redis, not run
        _run(env, "-m", "jobcenter.cli", "jobs", "work", "--once")
        assert _run(env, "-c", SCRIPT_READ).stdout.split() == ["succeeded", "1"]
        assert client.llen("rq:queue:default") == 0
    finally:
        client.flushdb()
