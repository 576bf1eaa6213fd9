"""The version history of a job order: what changed, who changed it, when (issue #8, item 3)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope


class JobOrderVersion(models.Model):
    """One edit of a job order after it was entered: the fields changed (``{field: [before, after]}``, values as
    text), who and when, the status before the edit and the screening decision that followed. Append-only."""

    scope = Scope(job_center="job_order__job_center", employer_user="job_order__employer__memberships__user")

    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(help_text="1 for the first edit, then 2, 3, ...")
    changes = models.JSONField(default=dict)
    status_before = models.CharField(max_length=20)
    status_after = models.CharField(max_length=20)
    decision = models.CharField(max_length=20, blank=True, help_text="Screening decision after the edit")
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["job_order", "number"], name="joborder_version_unique_number")]

    def __str__(self) -> str:
        return f"{self.job_order} version {self.number}"
