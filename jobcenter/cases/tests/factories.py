"""Small builders for cases tests (real database rows, created through the owning apps' services)."""

from __future__ import annotations

import itertools

from jobcenter.employers.models import Employer
from jobcenter.seekers.models import JobSeeker

_n = itertools.count(1)


def make_seeker(*, job_center=None, user=None, **fields) -> JobSeeker:
    """A job seeker in ``job_center`` (saved directly: the cases tests do not test registration)."""
    i = next(_n)
    defaults = {"given_name": "Pat", "surname": f"Case{i}", "state_id": f"TC{i:08d}"}
    defaults.update(fields)
    return JobSeeker.objects.create(home_job_center=job_center, user=user, **defaults)


def make_employer(*, job_center=None, **fields) -> Employer:
    """An employer served by ``job_center``."""
    i = next(_n)
    return Employer.objects.create(legal_name=fields.pop("legal_name", f"Acme {i}"), job_center=job_center, **fields)


def enroll(seeker, *, case_manager, registered_on=None, **kwargs):
    """A WP enrollment made by the case manager."""
    from jobcenter.cases.services import enrollment_create

    return enrollment_create(
        actor=case_manager, seeker=seeker, case_manager=case_manager, registered_on=registered_on, **kwargs
    )
