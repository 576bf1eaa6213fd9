"""Helper run in a subprocess by test_worker_kill.py, against the database in ``DATABASE_URL``.

``python -m tests.reliability.rig seed N``   generated job seekers (seeded, with known re-registrations)
``python -m tests.reliability.rig start KIND [JSON_PARAMS]``   queue a background job for the worker; prints its id
``python -m tests.reliability.rig notify N``   N qualified job seekers and one open order (the notification
benchmark's loader, ``benchmarks/notify.py``), notifications planned and their send batches queued, all due now

Runs with the production-like worker mode (``JOBCENTER_JOBS_MODE=worker``): the job is only queued here.
"""

from __future__ import annotations

import json
import os
import sys


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    import django

    django.setup()


def seed(n: int) -> dict:
    """``n`` job seekers from the duplicate model's generator (names, birth dates, addresses, phones, e-mail;
    no SSN), about 15% of them re-registrations of an earlier person with typos. Returns the true pairs."""
    from jobcenter.seekers.linkage.synthetic import generate
    from jobcenter.seekers.models import JobSeeker

    df = generate(n, seed=20261129)
    rows = []
    for i, r in enumerate(df.itertuples(index=False)):
        rows.append(
            JobSeeker(
                state_id=f"MO{8000000000 + i:010d}",
                given_name=r.given_name,
                surname=r.surname,
                date_of_birth=r.date_of_birth or None,
                address_1=f"{r.street_number} {r.address_1}".strip(),
                address_2=r.address_2,
                city=r.city,
                state=r.state,
                postcode=r.postcode,
                phone=f"+1{r.phone}" if r.phone else "",
                email=r.email,
            )
        )
    created = JobSeeker.objects.bulk_create(rows, batch_size=1000)
    by_person: dict[str, list[int]] = {}
    for seeker, person in zip(created, df["person_id"], strict=True):
        by_person.setdefault(str(person), []).append(seeker.pk)
    return {"seekers": len(created), "true_groups": [pks for pks in by_person.values() if len(pks) > 1]}


def start(kind: str, params: dict) -> dict:
    from jobcenter.core.jobs import job_start

    return {"job_id": job_start(kind=kind, params=params).pk}


def notify(n: int) -> dict:
    """As the notification benchmark: plan the order's notifications, then treat the priority window as over."""
    from django_tasks_db.models import DBTaskResult

    from benchmarks.notify import load
    from jobcenter.referrals import notify as notify_module
    from jobcenter.referrals.models import NotificationDelivery, NotificationRun

    order = load(n, 0.1)
    run = NotificationRun.objects.create(job_order=order, opened_at=notify_module.clock.now())
    notify_module.plan(run)
    DBTaskResult.objects.all().delete()
    NotificationDelivery.objects.filter(run=run).update(due_at=notify_module.clock.now())
    batches = notify_module.enqueue_sends(run)
    return {"run_id": run.pk, "deliveries": NotificationDelivery.objects.filter(run=run).count(), "batches": batches}


if __name__ == "__main__":
    _setup()
    verb = sys.argv[1]
    if verb == "seed":
        out = seed(int(sys.argv[2]))
    elif verb == "start":
        out = start(sys.argv[2], json.loads(sys.argv[3]) if len(sys.argv) > 3 else {})
    elif verb == "notify":
        out = notify(int(sys.argv[2]))
    else:
        raise SystemExit(f"unknown verb {verb!r}")
    print(json.dumps(out))
