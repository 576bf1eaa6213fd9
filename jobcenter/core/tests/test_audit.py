"""The audit log is append-only, namespaced, and never holds an SSN."""

import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.core.audit import audit_log, audit_trail
from jobcenter.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_an_entry_records_actor_object_data_and_the_clock_time(personas):
    at = dt.datetime(2026, 2, 3, 10, 0, tzinfo=dt.UTC)
    with clock.frozen(at):
        entry = audit_log(
            action="accounts.user.tested",
            actor=personas.staff_a,
            obj=personas.center_a,
            data={"why": "test", "when": dt.date(2026, 2, 3)},
        )
    assert entry.actor_label == "staff_a"
    assert entry.created_at == at
    assert entry.data == {"why": "test", "when": "2026-02-03"}
    assert list(audit_trail(personas.center_a)) == [entry]


def test_entries_cannot_be_changed_or_deleted(personas):
    entry = audit_log(action="accounts.user.tested", actor=personas.staff_a)
    entry.action = "changed.it.now"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(action="x.y.z")
    assert AuditEntry.objects.get(pk=entry.pk).action == "accounts.user.tested"


@pytest.mark.parametrize("action", ["created", "seekers.created", "Seekers.Seeker.Created", "a..b"])
def test_actions_must_be_namespaced(action):
    with pytest.raises(ValueError, match="namespaced"):
        audit_log(action=action)


@pytest.mark.parametrize(
    "data", [{"ssn": "x"}, {"nested": {"SSN_last": "1"}}, {"note": "123-45-6789"}, {"list": ["123456789"]}]
)
def test_ssns_are_refused_in_audit_data(data):
    with pytest.raises(ValueError, match="SSN"):
        audit_log(action="seekers.seeker.tested", data=data)


def test_system_actions_have_no_actor():
    entry = audit_log(action="core.job.ran")
    assert entry.actor is None and entry.actor_label == "system"


def test_audit_log_page_is_for_auditors_only(client, personas):
    audit_log(action="accounts.user.tested", actor=personas.staff_a)
    personas.assert_matrix(
        client,
        "/staff/audit/",
        allowed={"supervisor_a", "supervisor_b", "regional_a", "regional_b", "csu", "wpc", "sma", "admin"},
    )
    client.force_login(personas.admin)
    page = client.get("/staff/audit/?action=accounts").content.decode()
    assert "User tested" in page and "accounts.user.tested" not in page  # the action reads as words
