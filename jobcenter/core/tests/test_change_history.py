"""Field-level change history (django-auditlog) records edits but never identity numbers."""

import pytest
from auditlog.models import LogEntry

from jobcenter.seekers.services import seeker_create, seeker_set_ssn

pytestmark = pytest.mark.django_db


def test_edits_to_a_job_seeker_are_recorded_with_before_and_after(personas):
    seeker = seeker_create(
        given_name="Ana", surname="Diaz", home_job_center=personas.center_a, notification_method="none"
    )
    seeker.surname = "Diaz-Lopez"
    seeker.save()
    entry = LogEntry.objects.get_for_object(seeker).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert entry.changes_dict["surname"] == ["Diaz", "Diaz-Lopez"]


def test_ssn_columns_never_enter_the_change_history(personas):
    seeker = seeker_create(
        given_name="Ana", surname="Diaz", home_job_center=personas.center_a, notification_method="none"
    )
    seeker_set_ssn(seeker=seeker, ssn="123-45-6789")
    text = " ".join(str(e.changes) for e in LogEntry.objects.get_for_object(seeker))
    assert "6789" not in text and "ssn" not in text
