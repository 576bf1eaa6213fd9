"""Job notifications to qualified job seekers when an order goes online (issue #12 part B; docs/adr/0032).

``NotificationRun``: one per time an order goes online — who qualified, when covered persons and the others are
due, and when the employer's record was case-noted. ``NotificationDelivery``: one message to one person by one
channel for one order; the unique constraint (order x person x channel) and the unique ``key`` make a message
at most once, however often the work is retried or re-run after a worker was killed.
"""

from __future__ import annotations

from django.db import models

from jobcenter.accounts.scoping import Scope


class NotificationRun(models.Model):
    """The notifications planned when ``job_order`` went online at ``opened_at``."""

    scope = Scope(job_center="job_order__job_center", staff_statewide=True)

    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.CASCADE, related_name="notification_runs")
    opened_at = models.DateTimeField()
    planned_at = models.DateTimeField(null=True, blank=True, help_text="When the qualified people were found")
    window_hours = models.PositiveIntegerField(default=0, help_text="Priority window used (hours)")
    covered_count = models.PositiveIntegerField(default=0, help_text="Covered persons (veterans, eligible spouses)")
    others_count = models.PositiveIntegerField(default=0)
    others_due_at = models.DateTimeField(null=True, blank=True)
    noted_at = models.DateTimeField(null=True, blank=True, help_text="When the employer's record was case-noted")

    class Meta:
        ordering = ["-opened_at", "-id"]

    def __str__(self) -> str:
        return f"Notifications for {self.job_order}"


class NotificationDelivery(models.Model):
    """One job notification: this order, this person, this channel (email, text message or letter)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Could not be sent"

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text message"
        MAIL = "mail", "Letter"

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    run = models.ForeignKey(NotificationRun, on_delete=models.CASCADE, related_name="deliveries")
    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.CASCADE, related_name="+")
    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="job_notifications")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    key = models.CharField(max_length=64, unique=True, help_text="Idempotency key handed to the message backend")
    priority = models.PositiveSmallIntegerField(help_text="Priority of service tier, 1 first")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=6, choices=Status.choices, default=Status.QUEUED)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["priority", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["job_order", "seeker", "channel"], name="notification_once_per_order_person_channel"
            )
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="notification_due_idx"),
            models.Index(fields=["run", "status"], name="notification_run_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} to seeker {self.seeker_id} about {self.job_order_id}"
