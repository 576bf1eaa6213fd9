"""Test helpers that build employers through the real services (no mocks of our own database)."""

from __future__ import annotations

import itertools

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import User
from jobcenter.employers.models import Employer, EmployerMembership
from jobcenter.employers.services import employer_create, employer_verify

_seq = itertools.count(1)


def fein() -> str:
    """A fresh valid FEIN (campus prefix 43)."""
    return f"43-{next(_seq):07d}"


def make_employer(*, active: bool = False, csu=None, **fields) -> Employer:
    """A pending (or, with ``active=True``, verified) employer."""
    defaults = {"legal_name": f"Acme {next(_seq)} LLC", "fein": fein(), "naics": "722511", "state": "MO"}
    defaults.update(fields)
    employer = employer_create(**defaults)
    if active:
        csu = csu or User.objects.filter(role=Role.CSU).first() or make_user("csu_helper", Role.CSU)
        employer_verify(employer=employer, actor=csu)
    return employer


def make_user(username: str, role: str = Role.EMPLOYER, **fields) -> User:
    """A user with a role (job-center roles need ``job_center=``)."""
    user = User(username=username, role=role, **fields)
    user.set_password("x-persona-pass-1")
    user.save()
    return user


def link(employer: Employer, user: User, *, is_admin: bool = True) -> EmployerMembership:
    """Make ``user`` act for ``employer``."""
    return EmployerMembership.objects.create(employer=employer, user=user, is_admin=is_admin)
