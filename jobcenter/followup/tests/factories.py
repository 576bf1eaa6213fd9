"""Builders for follow-up tests: exited enrollments and a wage matcher with the C3 signature."""

from __future__ import annotations

import datetime as dt

from jobcenter.cases.choices import Program
from jobcenter.cases.models import Enrollment
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.seekers.services import seeker_set_ssn

__all__ = ["exited", "make_seeker", "participant", "WageTable"]


def exited(seeker, *, case_manager, exit_date: dt.date, program: str = Program.WAGNER_PEYSER, other_exit_reason=None):
    """An enrollment that participated and exited on ``exit_date`` (transitions as the exit job does)."""
    e = enroll(seeker, case_manager=case_manager, registered_on=exit_date - dt.timedelta(days=60), program=program)
    e = Enrollment.objects.get(pk=e.pk)
    e.complete(participation_date=exit_date - dt.timedelta(days=59))
    e.exit(exit_date=exit_date)
    if other_exit_reason:
        e.other_exit_reason = other_exit_reason
    e.save()
    return e


def participant(personas, *, ssn: str | None = "123-45-6789", exit_date=dt.date(2025, 2, 14), **fields):
    """A seeker of center A with an SSN (or none) who exited the Wagner-Peyser program on ``exit_date``."""
    seeker = make_seeker(job_center=personas.center_a, **fields)
    if ssn:
        seeker_set_ssn(seeker=seeker, ssn=ssn)
    exited(seeker, case_manager=personas.staff_a, exit_date=exit_date)
    return seeker


class WageTable:
    """Wage rows keyed by (ssn_hash, q_after_exit) -> (employed_code, wages_cents): a matcher with the
    ``analytics.match_wage_records`` signature (contract C3) for rule tests."""

    def __init__(self, rows: dict | None = None):
        self.rows = dict(rows or {})
        self.calls = []

    def __call__(self, *, exiters, quarters_after_exit=(1, 2, 3, 4), engine="duckdb"):
        self.calls.append((list(exiters), tuple(quarters_after_exit)))
        out = []
        for e in exiters:
            for q in quarters_after_exit:
                code, cents = self.rows.get((e["ssn_hash"], q), (0, 0))
                out.append(
                    {"person_id": e["person_id"], "q_after_exit": q, "employed_code": code, "wages_cents": cents,
                     "employer_id": None}
                )  # fmt: skip
        return out


def make_case(seeker, *, case_manager, exit_date=dt.date(2025, 2, 14)):
    """A selected case for ``seeker`` without running the selection (for matrices that need one case fast): a
    2025Q1 exit asked about its 2nd quarter after exit in 2025Q4."""
    from jobcenter.core import clock
    from jobcenter.followup.choices import SelectionReason
    from jobcenter.followup.models import FollowupCase

    enrollment = exited(seeker, case_manager=case_manager, exit_date=exit_date)
    return FollowupCase.objects.create(
        seeker=seeker, enrollment=enrollment, program=enrollment.program, exit_date=exit_date,
        exit_year=exit_date.year, exit_q=(exit_date.month - 1) // 3 + 1, q_after_exit=2,
        opens_on=dt.date(2025, 10, 1), due_on=dt.date(2025, 12, 31), reasons=[SelectionReason.NO_WAGE_RECORD],
        selected_at=clock.now(),
    )  # fmt: skip
