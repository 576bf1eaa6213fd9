"""Duplicate accounts: merge requests and the lineage that lets a merge be undone.

Manual, Duplicate Accounts: staff verify which account is correct, "use the account with the correct
Social Security number (SSN) as the primary account", and ask for a merge naming State IDs, never the SSN.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.seekers.choices import MergeRequestSource, MergeRequestStatus


class MergeRequest(ConcurrentTransitionMixin, models.Model):
    """A pair of job seeker records that may be one person, waiting for a CSU/admin decision.

    ``seeker_a``/``seeker_b`` are the pair as reported; once merged, ``primary`` kept the history and
    ``duplicate`` became inactive with ``merged_into = primary``. Status moves only by the transitions
    below (pending -> merged | dismissed; merged -> undone).
    """

    scope = Scope(job_center="seeker_a__home_job_center", seeker_user=None)

    seeker_a = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="+")
    seeker_b = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="+")
    source = models.CharField(max_length=12, choices=MergeRequestSource.choices)
    match_probability = models.FloatField(null=True, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True, help_text="Why these look like the same person (no SSNs)")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    status = FSMField(default=MergeRequestStatus.PENDING, choices=MergeRequestStatus.choices, protected=True)
    primary = models.ForeignKey("seekers.JobSeeker", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    duplicate = models.ForeignKey(
        "seekers.JobSeeker", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    moved_user = models.BooleanField(default=False, help_text="The duplicate's portal user was moved to the primary")
    deactivated_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Both records had a portal user: the duplicate's was deactivated (reactivated on undo)",
    )
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Merge request {self.pk}: {self.seeker_a.state_id} / {self.seeker_b.state_id}"

    @transition(field=status, source=MergeRequestStatus.PENDING, target=MergeRequestStatus.MERGED)
    def mark_merged(self, *, primary, duplicate, by, at, note: str = "") -> None:
        """The reviewer merged the pair. Side effects: records primary, duplicate, who and when.
        Rows are moved by ``seekers.merging.seeker_merge``, never here."""
        self.primary, self.duplicate = primary, duplicate
        self.decided_by, self.decided_at, self.decision_note = by, at, note

    @transition(field=status, source=MergeRequestStatus.PENDING, target=MergeRequestStatus.DISMISSED)
    def dismiss(self, *, by, at, note: str = "") -> None:
        """The reviewer decided these are different people."""
        self.decided_by, self.decided_at, self.decision_note = by, at, note

    @transition(field=status, source=MergeRequestStatus.MERGED, target=MergeRequestStatus.UNDONE)
    def mark_undone(self, *, by, at) -> None:
        """The merge was reversed: the lineage rows went back and the duplicate is active again."""
        self.undone_by, self.undone_at = by, at


class MergedRow(models.Model):
    """Lineage: one row that a merge moved from the duplicate to the primary (so it can be moved back)."""

    merge = models.ForeignKey(MergeRequest, on_delete=models.CASCADE, related_name="moved_rows")
    model_label = models.CharField(max_length=100, help_text="app_label.ModelName")
    field_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    from_seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="+")
    to_seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.model_label}#{self.object_pk}.{self.field_name}"
