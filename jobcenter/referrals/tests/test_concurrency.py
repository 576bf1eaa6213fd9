"""No double referral of one person to one order, also under concurrent requests: real threads, each with its
own database connection, released together (run on SQLite and PostgreSQL; see core/tests/test_concurrency.py).
The unique constraint decides; every loser gets ``ReferralRefused`` with the plain "already asked" sentence."""

import threading

import pytest
from django.db import connection

from jobcenter.cases.models import Service
from jobcenter.cases.tests.factories import enroll
from jobcenter.employers.models import EmployerMembership
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.referrals import constants as C
from jobcenter.referrals.models import Referral
from jobcenter.referrals.services import ReferralRefused, referral_create_staff, referral_request_self
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 4


def _race(fn, n=THREADS):
    """Run ``fn(i)`` in ``n`` threads released together; return what each returned or raised."""
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i):
        try:
            barrier.wait(timeout=30)
            results[i] = fn(i)
        except Exception as exc:  # noqa: BLE001 - returned to the test
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


@pytest.fixture
def world(personas):
    load_occupations()
    employer = make_employer(job_center=personas.center_a, name="Acme Widgets LLC")
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT)
    seeker = coded_seeker(job_center=personas.center_a, months=24)
    JobSeeker.objects.filter(pk=seeker.pk).update(user=personas.seeker_user)
    seeker.refresh_from_db()
    return order, seeker


def _assert_one_winner(results):
    wins = [r for r in results if isinstance(r, Referral)]
    losses = [r for r in results if isinstance(r, ReferralRefused)]
    others = [r for r in results if not isinstance(r, Referral | ReferralRefused)]
    assert not others, others
    assert len(wins) == 1 and len(losses) == THREADS - 1
    assert all(r.reasons == [C.ALREADY_REFERRED] for r in losses)


def test_concurrent_self_referrals_make_one_referral(personas, world):
    order, seeker = world
    results = _race(lambda i: referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order))
    _assert_one_winner(results)
    assert Referral.objects.filter(seeker=seeker, job_order=order).count() == 1


def test_concurrent_staff_referrals_make_one_referral_and_one_service(personas, world):
    order, seeker = world
    enroll(seeker, case_manager=personas.staff_a)
    staff = [personas.staff_a, personas.supervisor_a, personas.staff_a, personas.supervisor_a]
    results = _race(lambda i: referral_create_staff(actor=staff[i], seeker=seeker, order=order, consent="present"))
    _assert_one_winner(results)
    assert Referral.objects.count() == 1
    assert Service.objects.filter(seeker=seeker).count() == 1  # the losers' services were rolled back
