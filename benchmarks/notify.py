"""Job notification benchmark (issue #12; ADR 0032): notify N qualified job seekers about one order that goes
online, through the real task queue (django-tasks database backend, ``jobcenter jobs work`` workers) and the keyed
file backends, with the first worker killed (SIGKILL) midway and a second one started. Run on demand::

    nice -n 10 python benchmarks/notify.py --seekers 100000 \
        --database-url postgresql://postgres@127.0.0.1:5432/jc_notify_bench   # empties that DB's seekers, orders

Measured: time to plan and enqueue (find who qualifies among N, write N deliveries, enqueue the batches), time
to send them all through the file backends with the kill and the recovery (lease ``--lease`` seconds), and the
checks: lost messages (a delivery without its outbox file), duplicate messages (outbox files beyond one per
delivery), messages handed to a backend twice (a batch re-run after the kill; absorbed by the keyed files), and
deliveries not stamped sent. Baseline, same run: the naive loop — one process, one message at a time, one
UPDATE per message, no queue (and so no recovery: a crash there loses track of what was sent).

The priority window is simulated as over once planning is measured: covered persons' batches and the others'
are sent together (the window itself is tested in ``jobcenter/referrals/tests/test_notify.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import django_setup  # noqa: E402
from jobcenter.referrals.messaging import FileLetterBackend, FileSMSBackend, KeyedFileEmailBackend  # noqa: E402

KEY_HEADER = "X-Jobcenter-Key"


def _log_handed(keys: list[str]) -> None:
    """Append the keys handed to a backend (one line each, O_APPEND: safe across processes)."""
    path = Path(os.environ["JOBCENTER_OUTBOX_DIR"]) / "handed.log"
    with path.open("a") as fh:
        fh.write("".join(f"{k}\n" for k in keys))


class CountingEmailBackend(KeyedFileEmailBackend):
    def send_messages(self, email_messages) -> int:
        _log_handed([m.extra_headers.get(KEY_HEADER, "") for m in email_messages])
        return super().send_messages(email_messages)


class CountingSMSBackend(FileSMSBackend):
    def send(self, *, to, body, key) -> None:
        _log_handed([key])
        super().send(to=to, body=body, key=key)


class CountingLetterBackend(FileLetterBackend):
    def send(self, *, to, body, key) -> None:
        _log_handed([key])
        super().send(to=to, body=body, key=key)


def _environment(database_url: str, outbox: Path, lease: int) -> None:
    os.environ.update(
        {
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "jobcenter.config.settings",
            "JOBCENTER_JOBS_MODE": "worker",
            "JOBCENTER_OUTBOX_DIR": str(outbox),
            "EMAIL_BACKEND": "benchmarks.notify.CountingEmailBackend",
            "EMAIL_FILE_PATH": str(outbox / "email"),
            "JOBCENTER_SMS_BACKEND": "benchmarks.notify.CountingSMSBackend",
            "JOBCENTER_SMS_FILE_PATH": str(outbox / "sms"),
            "JOBCENTER_LETTER_BACKEND": "benchmarks.notify.CountingLetterBackend",
            "JOBCENTER_WORKER_LEASE_SECONDS": str(lease),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
    )
    django_setup(database_url)


def load(n: int, covered_share: float):
    """N qualified seekers (forklift operators in Kansas City; 80% email, 15% text, 5% mail) and one open order."""
    import random

    from django.db import connection

    from jobcenter.accounts.models import JobCenter, Region, State
    from jobcenter.employers.models import Employer
    from jobcenter.joborders.models import JobOrder
    from jobcenter.matching.geo import zip_position
    from jobcenter.matching.models import MatchOccupation, MatchProfile
    from jobcenter.matching.scoring import reach_degrees
    from jobcenter.matching.tests.factories import FORKLIFT, load_occupations
    from jobcenter.referrals.models import NotificationDelivery, NotificationRun
    from jobcenter.seekers.models import JobSeeker

    rng = random.Random(20261129)
    load_occupations()
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                "TRUNCATE referrals_notificationdelivery, referrals_notificationrun, matching_matchoccupation, "
                "matching_matchprofile, joborders_joborder, seekers_jobseeker, django_tasks_database_dbtaskresult "
                "CASCADE"
            )
        else:
            for m in (NotificationDelivery, NotificationRun, MatchOccupation, MatchProfile, JobOrder, JobSeeker):
                m.objects.all()._raw_delete(m.objects.db)
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region, _ = Region.objects.get_or_create(state=state, code="BENCH", defaults={"name": "Bench"})
    center, _ = JobCenter.objects.get_or_create(region=region, code="BENCH", defaults={"name": "Bench center"})
    employer = Employer.objects.filter(legal_name="Notify Bench Co").first() or Employer.objects.create(
        legal_name="Notify Bench Co",
        fein="43-7777777",
        state="MO",
        city="Kansas City",
        postcode="64106",
        status="active",
    )
    lat, lon = zip_position("64106")
    now = dt.datetime.now(dt.UTC)
    t = time.perf_counter()
    seekers, profiles, codes = [], [], []
    for i in range(1, n + 1):
        r = rng.random()
        method = "email" if r < 0.80 else "text" if r < 0.95 else "mail"
        seekers.append(
            JobSeeker(
                id=i,
                state_id=f"N{i:011d}",
                given_name="Pat",
                surname=f"Bench{i}",
                email=f"p{i}@example.org",
                phone=f"+1816555{i % 10000:04d}",
                phone_is_mobile=True,
                address_1=f"{i} Main St",
                city="Kansas City",
                state="MO",
                postcode="64106",
                notification_method=method,
                home_job_center=center,
                authorized_to_work=True,
            )
        )
        tier = (1 if rng.random() < 0.3 else 2) if rng.random() < covered_share else 3
        profiles.append(
            MatchProfile(
                seeker_id=i,
                job_center=center,
                active=True,
                priority=tier,
                lat=lat,
                lon=lon,
                radius_miles=30,
                reach_deg=reach_degrees(30),
                occupations={FORKLIFT: 24},
                experience_months=24,
                birth_date=dt.date(1985, 1, 1),
            )
        )
        codes.append(MatchOccupation(profile_id=i, code=FORKLIFT))
        if len(seekers) == 5000 or i == n:
            JobSeeker.objects.bulk_create(seekers)
            MatchProfile.objects.bulk_create(profiles)
            MatchOccupation.objects.bulk_create(codes)
            seekers, profiles, codes = [], [], []
    order = JobOrder.objects.create(
        employer=employer,
        title="Forklift Operator",
        title_normalized="forklift operator",
        description="Move pallets.",
        soc_code=FORKLIFT,
        worksite_city="Kansas City",
        worksite_state="MO",
        worksite_zip="64106",
        job_center=center,
        region=region,
        received_at=now,
        entry_due_at=now,
        entered_at=now,
        status="open",
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
    print(f"loaded {n:,} qualified seekers and one open order in {time.perf_counter() - t:.0f}s ({connection.vendor})")
    return order


def _worker(log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "jobcenter.cli", "jobs", "work", "--poll", "0.2"],
        env=os.environ.copy(),
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
    )


def main(argv=None) -> None:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seekers", type=int, default=100_000)
    parser.add_argument("--covered-share", type=float, default=0.1)
    parser.add_argument("--kill-at", type=float, default=0.4, help="kill the first worker at this share sent")
    parser.add_argument("--lease", type=int, default=5, help="worker lease seconds (recovery of killed work)")
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/jc_notify_bench")
    parser.add_argument("--timeout", type=int, default=3600)
    args = parser.parse_args(argv)

    outbox = Path(tempfile.mkdtemp(prefix="jc-notify-bench-"))
    _environment(args.database_url, outbox, args.lease)
    from django_tasks_db.models import DBTaskResult

    from jobcenter.referrals import notify
    from jobcenter.referrals.models import NotificationDelivery as D
    from jobcenter.referrals.models import NotificationRun

    order = load(args.seekers, args.covered_share)

    # 1. Plan and enqueue (what the plan task does when the order goes online).
    t = time.perf_counter()
    run = NotificationRun.objects.create(job_order=order, opened_at=notify.clock.now())
    notify.plan(run)
    batches = notify.enqueue_sends(run)
    enqueue_s = time.perf_counter() - t
    total = D.objects.filter(run=run).count()
    print(
        f"planned and enqueued {total:,} notifications ({run.covered_count:,} covered now, {run.others_count:,} "
        f"after the window) in {batches} batches: {enqueue_s:.1f}s"
    )

    # The window is over: everyone due now (the deferred batches are replaced by due ones).
    DBTaskResult.objects.all().delete()
    D.objects.filter(run=run).update(due_at=notify.clock.now())
    notify.enqueue_sends(run)

    # 2. Send with workers; kill the first one midway.
    log = outbox / "workers.log"
    t = time.perf_counter()
    first = _worker(log)
    killed_at = None
    second = None
    while time.perf_counter() - t < args.timeout:
        sent = D.objects.filter(run=run, status=D.Status.SENT).count()
        if killed_at is None and sent >= args.kill_at * total:
            first.send_signal(signal.SIGKILL)
            first.wait()
            killed_at = sent
            second = _worker(log)
        if sent + D.objects.filter(run=run, status=D.Status.FAILED).count() >= total:
            break
        time.sleep(0.2)
    send_s = time.perf_counter() - t
    for p in (first, second):
        if p and p.poll() is None:
            p.terminate()
            p.wait()

    # 3. Checks.
    keys = set(D.objects.filter(run=run).values_list("key", flat=True))
    files = [p.stem for sub in ("email", "sms", "mail") if (outbox / sub).exists() for p in (outbox / sub).iterdir()]
    files = [f for f in files if not f.startswith(".")]
    handed = (outbox / "handed.log").read_text().split()
    lost = len(keys - set(files))
    duplicates = len(files) - len(set(files)) + len(set(files) - keys)
    not_stamped = D.objects.filter(run=run).exclude(status=D.Status.SENT).count()
    print(
        f"sent {total:,} through the file backends in {send_s:.1f}s "
        f"({total / send_s:,.0f}/s; first worker killed at {killed_at:,} sent, second worker finished)"
    )
    print(
        f"  lost: {lost}   duplicate messages: {duplicates}   not stamped sent: {not_stamped}   "
        f"handed to a backend twice (re-run batch, absorbed by keyed files): {len(handed) - len(set(handed))}"
    )

    # 4. Baseline: the naive loop (one process, one message and one UPDATE at a time, no queue).
    from django.core.mail import EmailMessage

    from jobcenter.joborders.selectors import public_job_order
    from jobcenter.referrals import notify_messages as M
    from jobcenter.referrals.messaging import KeyedFileEmailBackend as Email

    base = outbox / "baseline"
    job = public_job_order(order)
    t = time.perf_counter()
    for d in D.objects.filter(run=run).select_related("seeker").iterator(chunk_size=2000):
        if d.channel == "email":
            subject, body = M.email(job, d.seeker)
            Email(file_path=base / "email").send_messages(
                [EmailMessage(subject, body, "jobs@example.org", [d.seeker.email], headers={KEY_HEADER: d.key})]
            )
        elif d.channel == "text":
            FileSMSBackend(file_path=base / "sms").send(to=d.seeker.phone, body=M.text(job), key=d.key)
        else:
            FileLetterBackend(file_path=base / "mail").send(
                to=M.address_block(d.seeker), body=M.letter(job, d.seeker, order.job_center), key=d.key
            )
        D.objects.filter(pk=d.pk).update(sent_at=notify.clock.now())
    naive_s = time.perf_counter() - t
    print(
        f"  naive baseline (one process, per-message UPDATE, no recovery): {naive_s:.1f}s "
        f"({total / naive_s:,.0f}/s); queue with kill + recovery / naive: {send_s / naive_s:.2f}x"
    )
    shutil.rmtree(outbox, ignore_errors=True)


if __name__ == "__main__":
    main()
