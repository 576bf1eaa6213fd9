"""Background jobs: progress is recorded, failures are reported, the status page polls until done."""

import pytest
from django.utils import timezone

from jobcenter.core import jobs
from jobcenter.core.models import AuditEntry, BackgroundJob

pytestmark = pytest.mark.django_db


@jobs.job("tests.count.up")
def _count_up(*, params, report):
    n = params["n"]
    for i in range(1, n + 1):
        report(i, total=n, message="counting" if i == n else "")
    return {"counted": n}


@jobs.job("tests.always.fails")
def _fails(*, params, report):
    report(1, total=4)
    raise ValueError("line 7: bad date")


def test_a_job_runs_to_completion_with_progress_and_result(personas):
    row = jobs.job_start(kind="tests.count.up", params={"n": 250}, actor=personas.csu)
    row.refresh_from_db()
    assert row.status == BackgroundJob.Status.SUCCEEDED
    assert (row.progress, row.total, row.percent) == (250, 250, 100)
    assert row.result == {"counted": 250}
    assert AuditEntry.objects.filter(action="core.job.finished", object_id=str(row.pk)).exists()


def test_a_failing_job_is_marked_failed_with_the_reason(personas):
    row = jobs.job_start(kind="tests.always.fails", actor=personas.csu)
    assert row.status == BackgroundJob.Status.FAILED
    assert row.error == "ValueError: line 7: bad date"
    assert row.percent == 25


def test_unknown_jobs_are_refused():
    with pytest.raises(LookupError):
        jobs.job_start(kind="tests.no.such")


# The worker closes connections between tasks (as in production): on PostgreSQL that needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_the_worker_drains_the_queue(settings, personas):
    settings.JOBCENTER_JOBS_MODE = "worker"
    row = jobs.job_start(kind="tests.count.up", params={"n": 3})
    assert row.status == BackgroundJob.Status.QUEUED
    assert jobs.work(once=True) == 1
    row.refresh_from_db()
    assert row.status == BackgroundJob.Status.SUCCEEDED


# The worker closes connections between tasks (as in production): on PostgreSQL that needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_the_status_page_shows_a_progress_bar_and_polls_only_while_running(client, settings, personas):
    settings.JOBCENTER_JOBS_MODE = "worker"
    row = jobs.job_start(kind="tests.count.up", params={"n": 3}, actor=personas.staff_a)
    client.force_login(personas.staff_a)
    html = client.get(f"/staff/jobs/{row.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in html
    jobs.work(once=True)
    fragment = client.get(f"/staff/jobs/{row.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "<progress" in fragment and 'value="100"' in fragment and "every 1s" not in fragment
    assert "<html" not in fragment
    client.force_login(personas.staff_b)
    assert client.get(f"/staff/jobs/{row.pk}/").status_code == 403
    client.force_login(personas.supervisor_b)  # auditors may look
    assert client.get(f"/staff/jobs/{row.pk}/").status_code == 200


def test_a_job_claimed_by_one_worker_cannot_be_claimed_again(settings):
    settings.JOBCENTER_JOBS_MODE = "worker"
    row = jobs.job_start(kind="tests.count.up", params={"n": 1})
    stale = BackgroundJob.objects.get(pk=row.pk)
    assert jobs.claim(row) is True
    assert jobs.claim(stale) is False


_flaky_calls = {"n": 0}


@jobs.job("tests.flaky")
def _flaky(*, params, report):
    _flaky_calls["n"] += 1
    if _flaky_calls["n"] < params["succeed_on"]:
        raise ConnectionError(f"attempt {_flaky_calls['n']} lost the connection")
    return {"attempts": _flaky_calls["n"]}


def test_a_failing_job_is_retried_and_succeeds_on_a_later_attempt():
    _flaky_calls["n"] = 0
    row = jobs.job_start(kind="tests.flaky", params={"succeed_on": 3})
    assert row.status == BackgroundJob.Status.SUCCEEDED
    assert (row.attempts, row.result) == (3, {"attempts": 3})


def test_a_job_that_keeps_failing_stops_after_its_last_attempt():
    _flaky_calls["n"] = 0
    row = jobs.job_start(kind="tests.flaky", params={"succeed_on": 99}, max_attempts=2)
    assert row.status == BackgroundJob.Status.FAILED
    assert row.attempts == 2
    assert "attempt 2 lost the connection" in row.error


def test_retries_wait_longer_each_time(settings):
    settings.JOBCENTER_JOBS_RETRY_SECONDS = 10
    assert [jobs.backoff_seconds(n) for n in (1, 2, 3)] == [10, 20, 40]


# The worker closes connections between tasks (as in production): on PostgreSQL that needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_in_a_worker_a_retry_waits_for_its_back_off(settings):
    from django_tasks_db.models import DBTaskResult

    settings.JOBCENTER_JOBS_MODE = "worker"
    settings.JOBCENTER_JOBS_RETRY_SECONDS = 3600
    _flaky_calls["n"] = 0
    row = jobs.job_start(kind="tests.flaky", params={"succeed_on": 2})
    assert jobs.work(once=True) == 1
    row.refresh_from_db()
    assert row.status == BackgroundJob.Status.QUEUED and row.attempts == 1
    assert "attempt 1 lost the connection" in row.error
    assert DBTaskResult.objects.ready().count() == 0  # not before the back-off
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    assert jobs.work(once=True) == 1
    row.refresh_from_db()
    assert row.status == BackgroundJob.Status.SUCCEEDED and row.attempts == 2


# The worker closes connections between tasks (as in production): on PostgreSQL that needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_a_job_left_running_by_a_killed_worker_is_picked_up_again(settings):
    from django_tasks_db.models import DBTaskResult

    settings.JOBCENTER_JOBS_MODE = "worker"
    row = jobs.job_start(kind="tests.count.up", params={"n": 5})
    # A worker claimed the task and the job, then was killed (no heartbeat, nothing finished).
    task_row = DBTaskResult.objects.get()
    task_row.claim("killed-worker")
    assert jobs.claim(row) is True
    assert jobs.work(once=True) == 1
    row.refresh_from_db()
    assert row.status == BackgroundJob.Status.SUCCEEDED
    assert row.result == {"counted": 5}
    assert AuditEntry.objects.filter(action="core.job.recovered", object_id=str(row.pk)).exists()


def test_a_task_running_on_a_live_worker_is_left_alone(settings):
    from django_tasks_db.models import DBTaskResult

    settings.JOBCENTER_JOBS_MODE = "worker"
    jobs.job_start(kind="tests.count.up", params={"n": 5})
    jobs.beat("live-worker")
    DBTaskResult.objects.get().claim("live-worker")
    assert jobs.recover_stale() == 0
    assert DBTaskResult.objects.running().count() == 1


def test_a_finished_job_shows_its_result_in_words_and_no_stale_progress_message():
    from django.template.loader import render_to_string

    from jobcenter.core.models import BackgroundJob

    job = BackgroundJob(
        kind="x", status="succeeded", message="Running edit checks…", result={"rows_imported": 3, "files": ["a.csv"]}
    )
    html = render_to_string("staff/jobs/_progress.html", {"job": job})
    assert "Finished" in html and "Running edit checks" not in html
    assert "{&#x27;" not in html and "{'" not in html
    assert "Rows imported: 3" in html
    report_html = render_to_string("staff/reporting/_progress.html", {"job": job})
    assert "Finished" in report_html and "Running edit checks" not in report_html
