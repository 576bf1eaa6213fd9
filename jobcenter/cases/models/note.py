"""Case notes: append-only journals on job seekers and employers, corrected only by addendum."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.cases.choices import NoteKind
from jobcenter.core.presentation import format_datetime


class AppendOnlyQuerySet(models.QuerySet):
    """Notes cannot be bulk-updated or deleted."""

    def update(self, **kwargs):  # noqa: D102
        raise PermissionError("Case notes are append-only; add an addendum instead.")

    def delete(self):  # noqa: D102
        raise PermissionError("Case notes are append-only; add an addendum instead.")


class NoteTemplate(models.Model):
    """Reusable wording for a case note (editable data; e.g. "Initial assessment", "Phone contact")."""

    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=NoteKind.choices, default=NoteKind.GENERAL)
    body = models.TextField()
    for_employers = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class _NoteBase(models.Model):
    """Shared fields of seeker and employer notes: a journal entry that is never changed or deleted."""

    kind = models.CharField(max_length=20, choices=NoteKind.choices, default=NoteKind.GENERAL)
    body = models.TextField()
    template = models.ForeignKey(NoteTemplate, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )  # blank: notes written by scheduled jobs (author_label "system")
    author_label = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(db_index=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    def save(self, *args, **kwargs):
        """Insert only: an existing note cannot be saved again (manual: Case Notes & Services)."""
        if self.pk is not None:
            raise PermissionError("Case notes are append-only; add an addendum instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        """Refuse: notes are append-only."""
        raise PermissionError("Case notes are append-only; add an addendum instead.")


class CaseNote(_NoteBase):
    """A note on a job seeker's record, entered upon interaction (manual: Case Notes & Services)."""

    scope = Scope(job_center="seeker__home_job_center")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="case_notes")
    addendum_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="addenda")

    class Meta(_NoteBase.Meta):
        pass

    def __str__(self) -> str:
        return f"Case note, {format_datetime(self.created_at)}"


class EmployerCaseNote(_NoteBase):
    """A note on an employer's record (manual: Employer Case Notes & Services). Job order events (status changes,
    labor-dispute holds, denials) are journalled here too, linked to the order (manual: Job Orders & Labor
    Disputes — "a note ... should be made in case notes on the employer's record")."""

    scope = Scope(job_center="employer__job_center", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="case_notes")
    addendum_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="addenda")
    job_order = models.ForeignKey(
        "joborders.JobOrder", null=True, blank=True, on_delete=models.PROTECT, related_name="employer_notes"
    )
    event = models.CharField(
        max_length=100, blank=True, help_text="Code of the event that wrote the note, e.g. joborders.order.held"
    )

    class Meta(_NoteBase.Meta):
        pass

    def __str__(self) -> str:
        return f"Employer note, {format_datetime(self.created_at)}"
