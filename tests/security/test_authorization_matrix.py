"""Authorization matrix over every URL and API operation x every persona, with ids each must not see (issue #10).

Zero unexpected reads or writes: a persona outside a record's scope, or without the capability, gets 403/404 (or
is sent to sign-in, which counts as a refusal, never as an access) and nothing is written. How to add a URL:
tests/security/matrix.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.urls import reverse

from jobcenter.accounts.models import User
from jobcenter.core.models import AuditEntry
from jobcenter.core.tests.test_url_walk import ALL_URLS, PUBLIC_PREFIXES
from jobcenter.testing.personas import build_personas
from tests.security.matrix import (
    A_OR_OWN,
    API,
    MATRIX,
    NOT_YET_PLACED,
    OUTSIDE,
    OWN_EMPLOYER,
    OWN_SEEKER,
    SIDE_A_STAFF,
    STAFF_OR_OWN_EMPLOYER,
    STATEWIDE,
    A,
    E,
)

pytestmark = pytest.mark.django_db


@dataclass
class World:
    """Personas plus records of side A (job center A, seeker_user, employer_user) and of side B."""

    p: object
    seeker_a: object
    seeker_b: object
    employer_a: object
    employer_b: object
    order_a: object
    merge_a: object
    referral_a: object = None
    followup_case_a: object = None
    followup_doc_a: object = None
    worksite_a: object = None
    contact_a: object = None


def build_world() -> World:
    from jobcenter.employers.models import EmployerContact, EmployerMembership, Worksite
    from jobcenter.seekers.services import merge_request_create
    from jobcenter.seekers.tests.factories import make_seeker
    from jobcenter.testing.joborders import make_employer, make_order

    p = build_personas()
    seeker_a = make_seeker(job_center=p.center_a, ssn="123-45-6789", user=p.users["seeker_user"])
    seeker_b = make_seeker(job_center=p.center_b, user=p.users["other_seeker_user"])
    employer_a = make_employer(job_center=p.center_a)
    employer_b = make_employer(job_center=p.center_b)
    EmployerMembership.objects.create(employer=employer_a, user=p.users["employer_user"], is_admin=True)
    EmployerMembership.objects.create(employer=employer_b, user=p.users["other_employer_user"], is_admin=True)
    order_a = make_order(employer=employer_a, job_center=p.center_a, confidential=True, title="Confidential A order")
    make_order(employer=employer_b, job_center=p.center_b)
    twin = make_seeker(job_center=p.center_a, date_of_birth=dt.date(1970, 1, 1))
    merge_a = merge_request_create(actor=None, seeker_a=seeker_a, seeker_b=twin, source="staff")
    referral_a = _referral_a(p, seeker_a, employer_a)
    case_a, doc_a = _followup_records(p, seeker_a)
    worksite_a = Worksite.objects.create(
        employer=employer_a, name="North yard", address_1="1 Yard Rd", city="Kansas City", state="MO", postcode="64106"
    )
    contact_a = EmployerContact.objects.create(employer=employer_a, name="Pat Hiring", email="pat@example.com")
    return World(
        p,
        seeker_a,
        seeker_b,
        employer_a,
        employer_b,
        order_a,
        merge_a,
        referral_a,
        case_a,
        doc_a,
        worksite_a,
        contact_a,
    )


def _referral_a(p, seeker_a, employer_a):
    """seeker_a's request, waiting in center A's Referrals Pending Review, to an order of employer_a still in
    screening (so it is not on any seeker's job list)."""
    from jobcenter.core import clock
    from jobcenter.referrals.models import Referral
    from jobcenter.testing.joborders import make_order

    order = make_order(employer=employer_a, job_center=p.center_a, status="screening", title="Screened A order")
    return Referral.objects.create(
        seeker=seeker_a,
        job_order=order,
        job_center=p.center_a,
        status="pending_review",
        source="self",
        consent="self",
        requested_by=p.users["seeker_user"],
        created_at=clock.now(),
    )


def _followup_records(p, seeker):
    """A wage follow-up case of side A with a document received through an upload link (issue #14)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from jobcenter.followup.services import document_receive
    from jobcenter.followup.tests.factories import make_case

    case = make_case(seeker, case_manager=p.users["staff_a"])
    pdf = SimpleUploadedFile("stubs.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    doc = document_receive(actor=None, case=case, kind="pay_stubs", upload=pdf, via="participant", stub_count=2)
    return case, doc


def _has(user: User, cap, all_caps=False) -> bool:
    if cap is None:
        return True
    caps = (cap,) if isinstance(cap, str) else cap
    return (all if all_caps else any)(c in user.capabilities for c in caps)


def _may(persona: str, user: User, cap, scope: str, all_caps=False) -> bool:
    if not _has(user, cap, all_caps):
        return False
    if scope == A:
        return persona in SIDE_A_STAFF | STATEWIDE
    if scope == A_OR_OWN:
        return persona in SIDE_A_STAFF | STATEWIDE | {"seeker_user"}
    if scope == STAFF_OR_OWN_EMPLOYER:
        return user.is_staff_role or persona in ("employer_user", "seeker_user", "other_seeker_user")
    if scope == OWN_SEEKER:
        return persona == "seeker_user"
    if scope == OWN_EMPLOYER:
        return persona == "employer_user"
    return True


def _to_sign_in(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(("/accounts/login/", "/accounts/two-step/"))


def _refused(response) -> bool:
    """Refusal: 401/403/404/405, or a redirect (to sign-in or away) that showed and wrote nothing."""
    return response.status_code in (401, 403, 404, 405, 302)


def first_allowed(world, allowed) -> str | None:
    """The first persona (in persona order) allowed to use a URL: the one whose POST removes a consumed record."""
    return next((name for name, user in world.p.users.items() if allowed(name, user)), None)


def _check(
    client, world, method, url, *, allowed, missing_ids=False, api=False, public=False, consumes=False, **kwargs
) -> list[str]:
    problems = []
    for persona, user in world.p.users.items():
        client.logout()
        client.force_login(user)
        before = AuditEntry.objects.count()
        response = getattr(client, method)(url, **kwargs)
        status = response.status_code
        if status >= 500:
            problems.append(f"{persona}: {status}")
        elif allowed(persona, user) and not missing_ids:
            gone = consumes and method == "post" and status == 404 and persona != first_allowed(world, allowed)
            if (status in (401, 403, 404) and not gone) or _to_sign_in(response):
                problems.append(f"{persona} should reach it: got {status}")
        elif not (_refused(response) or (api and method in ("post", "put") and status == 422)):
            problems.append(f"{persona} must be refused: got {status}")
        elif method in ("post", "put") and AuditEntry.objects.count() != before:
            problems.append(f"{persona} was refused but something was written")
    client.logout()
    anon = getattr(client, method)(url, **kwargs)
    if public and method == "get":
        if anon.status_code != 200:
            problems.append(f"anonymous should reach this public page: got {anon.status_code}")
    elif not (
        anon.status_code in (401, 403) or (anon.status_code == 302 and anon["Location"].startswith("/accounts/login/"))
    ):
        problems.append(f"anonymous: got {anon.status_code}")
    return problems


@pytest.mark.parametrize("entry", MATRIX, ids=[e.name for e in MATRIX])
def test_page_matrix(client, entry: E):
    world = build_world()
    url = reverse(entry.name, kwargs=entry.obj(world) if entry.obj else None)
    problems = []
    allowed = lambda persona, user: _may(persona, user, entry.cap, entry.scope, entry.all_caps)  # noqa: E731
    if entry.get:
        problems += [
            f"GET {p}"
            for p in _check(
                client, world, "get", url, allowed=allowed, missing_ids=entry.missing_ids, public=entry.public
            )
        ]
    if entry.post:
        problems += [
            f"POST {p}"
            for p in _check(
                client,
                world,
                "post",
                url,
                allowed=allowed,
                missing_ids=entry.missing_ids,
                consumes=entry.consumes,
                data={},
            )
        ]
    assert not problems, f"{entry.name} {url}\n" + "\n".join(problems)


@pytest.mark.parametrize("op", API, ids=[f"{o[0]}:{o[1]}" for o in API])
def test_api_matrix(client, op):
    name, method, path, cap, scope, *all_caps = op
    world = build_world()
    allowed = lambda persona, user: _may(persona, user, cap, scope, bool(all_caps and all_caps[0]))  # noqa: E731
    kwargs = {"data": {}, "content_type": "application/json"} if method in ("post", "put") else {}
    problems = _check(client, world, method, path(world), allowed=allowed, api=True, **kwargs)
    assert not problems, f"{name} {method.upper()} {path(world)}\n" + "\n".join(problems)


def test_confidential_and_other_side_records_never_show_in_lists(client):
    world = build_world()
    client.force_login(world.p.users["staff_b"])
    assert world.seeker_a.state_id not in client.get("/api/v1/seekers/?q=" + world.seeker_a.surname).content.decode()
    client.force_login(world.p.users["other_seeker_user"])
    assert world.employer_a.legal_name not in client.get(reverse("portal:seeker-jobs")).content.decode()


def test_every_url_is_in_the_matrix():
    """Fails when a URL is added without a matrix entry: add it to tests/security/matrix.py."""
    placed = {e.name for e in MATRIX} | {o[0] for o in API} | OUTSIDE | NOT_YET_PLACED
    missing = sorted(
        f"{name or '(unnamed)'}  /{route}"
        for route, name in ALL_URLS
        if not route.startswith(PUBLIC_PREFIXES) and name not in placed
    )
    assert not missing, "URLs not placed in the authorization matrix (tests/security/matrix.py):\n" + "\n".join(missing)
