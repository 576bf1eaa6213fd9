"""Personas for authorization-matrix tests (healthchecks' Alice/Bob/Charlie, NetBox view tests).

``personas`` builds a small world — two regions, a job center in each, a user for every role — and
returns a ``Personas`` object. Usage::

    def test_case_page_matrix(client, personas):
        seeker = make_seeker(job_center=personas.center_a)
        personas.assert_matrix(client, url, allowed={"staff_a", "supervisor_a", "csu", "admin"}, ...)

``staff_a``/``staff_b`` work in different job centers of different regions; ``seeker_user`` and
``employer_user`` are portal users. ``anonymous`` is checked too: it must be sent to the login page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State, User

PERSONA_ROLES = {
    "staff_a": (Role.STAFF, "a"),
    "staff_b": (Role.STAFF, "b"),
    "supervisor_a": (Role.SUPERVISOR, "a"),
    "supervisor_b": (Role.SUPERVISOR, "b"),
    "regional_a": (Role.REGIONAL_MANAGER, "region_a"),
    "regional_b": (Role.REGIONAL_MANAGER, "region_b"),
    "csu": (Role.CSU, None),
    "flc": (Role.FLC_COORDINATOR, None),
    "wpc": (Role.WP_COORDINATOR, None),
    "sma": (Role.MONITOR_ADVOCATE, None),
    "analyst": (Role.PERFORMANCE_ANALYST, None),
    "interviewer_a": (Role.FOLLOWUP_INTERVIEWER, "region_a"),
    "dcsupervisor_a": (Role.FOLLOWUP_SUPERVISOR, "region_a"),
    "admin": (Role.ADMIN, None),
    "seeker_user": (Role.JOB_SEEKER, None),
    "other_seeker_user": (Role.JOB_SEEKER, None),
    "employer_user": (Role.EMPLOYER, None),
    "other_employer_user": (Role.EMPLOYER, None),
}


@dataclass
class Personas:
    """The persona world: geography and one user per persona name."""

    state: State
    region_a: Region
    region_b: Region
    center_a: JobCenter
    center_a2: JobCenter
    center_b: JobCenter
    users: dict[str, User] = field(default_factory=dict)

    def __getattr__(self, name: str) -> User:
        users = self.__dict__.get("users", {})
        if name in users:
            return users[name]
        raise AttributeError(name)

    def status_for(self, client, persona: str | None, url: str, method: str = "get", **kwargs) -> int:
        """HTTP status a persona gets (None = anonymous)."""
        client.logout()
        if persona:
            client.force_login(self.users[persona])
        response = getattr(client, method)(url, **kwargs)
        client.logout()
        return response.status_code

    def assert_matrix(
        self,
        client,
        url: str,
        *,
        allowed: set[str],
        method: str = "get",
        ok: tuple[int, ...] = (200, 302),
        denied: tuple[int, ...] = (403, 404),
        **kwargs,
    ) -> None:
        """Every persona in ``allowed`` gets an ``ok`` status; every other persona a ``denied`` one;
        anonymous is redirected to login (302) or refused (401/403)."""
        failures = []
        for persona in self.users:
            status = self.status_for(client, persona, url, method, **kwargs)
            expected = ok if persona in allowed else denied
            if status not in expected:
                failures.append(f"{persona}: got {status}, expected one of {expected}")
        anon = self.status_for(client, None, url, method, **kwargs)
        if anon not in (302, 401, 403):
            failures.append(f"anonymous: got {anon}")
        assert not failures, f"{method.upper()} {url}\n" + "\n".join(failures)


def build_personas() -> Personas:
    """Create the persona world in the test database."""
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region_a = Region.objects.create(state=state, code="RA", name="Region A")
    region_b = Region.objects.create(state=state, code="RB", name="Region B")
    center_a = JobCenter.objects.create(region=region_a, code="JA", name="Center A")
    center_a2 = JobCenter.objects.create(region=region_a, code="JA2", name="Center A2")
    center_b = JobCenter.objects.create(region=region_b, code="JB", name="Center B")
    p = Personas(state, region_a, region_b, center_a, center_a2, center_b)
    where = {
        "a": {"job_center": center_a},
        "b": {"job_center": center_b},
        "region_a": {"region": region_a},
        "region_b": {"region": region_b},
    }
    for name, (role, place) in PERSONA_ROLES.items():
        user = User(username=name, role=role, **where.get(place, {}))
        if role == Role.ADMIN:
            user.is_staff = user.is_superuser = True
        user.set_password("x-persona-pass-1")
        user.full_clean()
        user.save()
        p.users[name] = user
    return p


@pytest.fixture
def personas(db) -> Personas:
    """The persona world (fresh per test)."""
    return build_personas()
