"""Sign-ins and failed sign-ins are in the audit log."""

import pytest

from jobcenter.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_sign_in_sign_out_and_failures_are_audited(client, personas):
    client.post("/accounts/login/", {"username": "staff_a", "password": "nope"})
    failed = AuditEntry.objects.get(action="accounts.session.failed")
    assert failed.data["username"] == "staff_a" and "password" not in str(failed.data)
    client.post("/accounts/login/", {"username": "staff_a", "password": "x-persona-pass-1"})
    assert AuditEntry.objects.filter(action="accounts.session.started", actor=personas.staff_a).exists()
    client.post("/accounts/logout/")
    assert AuditEntry.objects.filter(action="accounts.session.ended", actor=personas.staff_a).exists()
