"""Recognized credentials staff verified the person attained (the source of PIRL 1800/1801)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.cases.choices import RecognizedCredentialType


class RecognizedCredential(models.Model):
    """A recognized diploma, degree, licence or certificate the person attained, recorded by staff on the case
    (not the person's own résumé entry): its PIRL 1800 type and the day attained (1801)."""

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="recognized_credentials")
    kind = models.CharField("Type of credential", max_length=1, choices=RecognizedCredentialType.choices)
    name = models.CharField("Name of the credential", max_length=200, blank=True)
    attained_on = models.DateField("Date attained")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["attained_on", "id"]

    def __str__(self) -> str:
        return self.name or self.get_kind_display()
