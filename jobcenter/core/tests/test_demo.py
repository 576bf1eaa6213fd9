"""The demo loader: the promised population, deterministic, and a second run changes nothing."""

import hashlib

import pytest
from django.apps import apps
from django.core.management import call_command

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, User
from jobcenter.core.models import AuditEntry
from jobcenter.employers.models import Employer
from jobcenter.occupations.models import Occupation
from jobcenter.seekers.models import JobSeeker, SeekerOccupation

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.slow]

VOLATILE = {
    "created_at",
    "updated_at",
    "last_login",
    "password",
    "date_joined",
    "ssn_encrypted",
    "verified_at",
    "last_used_at",
}


def fingerprint() -> dict[str, str]:
    """A hash of every row of every jobcenter model (minus timestamps and salted values)."""
    out = {}
    for model in apps.get_models():
        if not model.__module__.startswith("jobcenter.") or model is AuditEntry:
            continue
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in VOLATILE]
        rows = model.objects.order_by("pk").values_list(*fields)
        out[model._meta.label] = hashlib.sha256(repr(list(rows)).encode()).hexdigest()
    return out


def test_demo_loads_the_promised_population_and_a_second_run_changes_nothing(capsys):
    call_command("demo_load", verbosity=0)
    assert Region.objects.count() == 2
    assert JobCenter.objects.count() == 4
    assert set(User.objects.values_list("role", flat=True)) == {r.value for r in Role}
    assert Employer.objects.count() == 50
    assert Employer.objects.filter(status="pending_verification").exists()
    assert JobSeeker.objects.count() >= 300
    assert JobSeeker.objects.filter(veteran="1").exists()
    assert JobSeeker.objects.exclude(msfw="0").exists()
    assert JobSeeker.objects.exclude(uc_status="0").exists()
    if Occupation.objects.exists():  # the O*NET release was there to import: the coder classified lay titles
        assert SeekerOccupation.objects.filter(source="coder", code="31-1131.00", basis="Work history: CNA").exists()
    from jobcenter.joborders.models import JobOrder

    instructions = list(JobOrder.objects.exclude(application_instructions="").values_list("application_instructions"))
    assert len(set(instructions)) >= 10  # each order says how to apply in its own words (not one circular sentence)
    assert not JobOrder.objects.filter(application_instructions__icontains="online labor exchange").exists()
    first = fingerprint()
    audit_count = AuditEntry.objects.count()
    call_command("demo_load", verbosity=0)
    assert fingerprint() == first
    added = list(AuditEntry.objects.order_by("pk")[audit_count:].values_list("action", "object_repr", "data"))
    assert AuditEntry.objects.count() == audit_count, f"the second load wrote audit entries: {added}"


def test_demo_logins_lists_a_user_for_every_role(capsys):
    call_command("demo_load", verbosity=0)
    call_command("demo_logins")
    out = capsys.readouterr().out
    for role in Role:
        assert role.label in out
