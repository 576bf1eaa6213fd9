"""Shared models: the append-only audit log."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition


class AuditEntryQuerySet(models.QuerySet):
    """Audit entries cannot be bulk-updated or deleted through the ORM."""

    def update(self, **kwargs):  # noqa: D102
        raise PermissionError("The audit log is append-only.")

    def delete(self):  # noqa: D102
        raise PermissionError("The audit log is append-only.")


class AuditEntry(models.Model):
    """One thing a person (or the system) did: namespaced action code, actor, object, JSON data, time.

    Written only through ``jobcenter.core.audit.audit_log``; never changed or deleted (the model refuses).
    """

    action = models.CharField(max_length=100, db_index=True, help_text="Namespaced code, e.g. cases.note.created")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=200, blank=True, help_text="Username at the time, or 'system'")
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(db_index=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs):
        """Insert only; an existing entry cannot be saved again."""
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        """Refuse: the audit log is append-only."""
        raise PermissionError("The audit log is append-only.")


class Notification(models.Model):
    """A message to a user's inbox (e.g. "new employer awaiting verification" to CSU).

    Created through ``jobcenter.core.notifications.notify``, which fans a message out to every user of
    the given roles (optionally limited to a job center or region) and to named users.
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=100, help_text="Namespaced code, e.g. employers.verification.requested")
    subject = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=300, blank=True)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.subject}"


class BackgroundJob(ConcurrentTransitionMixin, models.Model):
    """A long-running piece of work (batch dedupe, imports, reports) with progress people can watch.

    Started through ``jobcenter.core.jobs.job_start``; run by a worker (``jobcenter jobs work``), a thread in
    development, or inline in tests. The status page polls it and shows a progress bar.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Finished"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=100)
    params = models.JSONField(default=dict, blank=True)
    status = FSMField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True, protected=True)
    progress = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    message = models.CharField(max_length=300, blank=True)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Runs started so far (retries included)")
    max_attempts = models.PositiveSmallIntegerField(default=3)
    retry_at = models.DateTimeField(null=True, blank=True, help_text="When the next attempt may start")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"

    @transition(field=status, source=Status.QUEUED, target=Status.RUNNING)
    def start(self, *, at) -> None:
        """A worker claims the job (optimistic lock: a second claimant's save fails)."""
        self.started_at = at

    @transition(field=status, source=Status.RUNNING, target=Status.QUEUED)
    def retry(self, *, error: str, at) -> None:
        """The attempt raised but attempts are left: queued again after a back-off (``retry_at``)."""
        self.error = error
        self.retry_at = at
        self.message = f"Attempt {self.attempts} failed; trying again."[:300]

    @transition(field=status, source=Status.RUNNING, target=Status.QUEUED)
    def recover(self) -> None:
        """The worker running it stopped (killed, crashed): queued again to be picked up by another worker."""
        self.message = "The worker stopped; the job was queued again."

    @transition(field=status, source=Status.RUNNING, target=Status.SUCCEEDED)
    def succeed(self, *, result: dict, at) -> None:
        """The job returned; its result is stored and progress completed."""
        self.result = result
        self.progress = self.total or self.progress
        self.finished_at = at

    @transition(field=status, source=Status.RUNNING, target=Status.FAILED)
    def fail(self, *, error: str, at) -> None:
        """The job raised; the reason is stored for the status page."""
        self.error = error
        self.message = "Failed — see the error below. Nothing was changed by the failed step."
        self.finished_at = at

    @property
    def percent(self) -> int | None:
        """Whole-number percentage done, when the total is known."""
        if not self.total:
            return None
        return min(100, int(self.progress * 100 / self.total))


class WorkerHeartbeat(models.Model):
    """A running task worker says it is alive every few seconds (``jobcenter jobs work``).

    A task left running by a worker whose heartbeat stopped (the process was killed) is queued again by the next
    worker's recovery sweep (``jobcenter.core.jobs.recover_stale``).
    """

    worker_id = models.CharField(max_length=64, unique=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"worker {self.worker_id} (seen {self.seen_at:%H:%M:%S})"
