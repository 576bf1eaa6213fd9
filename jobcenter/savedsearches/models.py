"""Saved job searches and their notices (docs/adr/0044).

``SavedSearch``: a job seeker's search criteria (the public search form's validated fields, nothing else), a name
they chose, how often to be told of new matching jobs, and ``checked_through``: orders put online up to this
moment have been looked at for this search. ``SavedSearchNotice``: one message about one saved search, with an
idempotency key handed to the message backend. ``SavedSearchMatch``: an order told about in a notice; unique per
saved search x order, so no order is ever told twice for the same search.
"""

from __future__ import annotations

from django.db import models

from jobcenter.accounts.scoping import Scope


class Frequency(models.TextChoices):
    DAILY = "daily", "Once a day"
    WEEKLY = "weekly", "Once a week"
    NEVER = "never", "Never: just keep the search"


class SavedSearch(models.Model):
    """One job seeker's saved search."""

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(max_length=80)
    criteria = models.JSONField(default=dict, help_text="The job search form's fields, as the seeker entered them")
    frequency = models.CharField(max_length=6, choices=Frequency.choices, default=Frequency.WEEKLY)
    created_at = models.DateTimeField()
    checked_through = models.DateTimeField(
        help_text="Orders put online up to this moment have been looked at for this search"
    )
    last_notice_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["frequency", "checked_through"], name="savedsearch_due_idx")]

    def __str__(self) -> str:
        return self.name


class SavedSearchNotice(models.Model):
    """One message about new jobs for one saved search."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Could not be sent"
        CANCELLED = "cancelled", "Not sent: stopped, or the jobs closed first"

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text message"
        MAIL = "mail", "Letter"

    scope = Scope(job_center="saved_search__seeker__home_job_center", seeker_user="saved_search__seeker__user")

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="notices")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    key = models.CharField(max_length=64, unique=True, help_text="Idempotency key handed to the message backend")
    job_count = models.PositiveIntegerField()
    created_at = models.DateTimeField()
    status = models.CharField(max_length=9, choices=Status.choices, default=Status.QUEUED)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status"], name="savedsearchnotice_status_idx")]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} about saved search {self.saved_search_id}"


class SavedSearchMatch(models.Model):
    """An order a notice told about: at most once per saved search x order."""

    scope = Scope(job_center="saved_search__seeker__home_job_center", seeker_user="saved_search__seeker__user")

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="matches")
    notice = models.ForeignKey(SavedSearchNotice, on_delete=models.CASCADE, related_name="matches")
    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["saved_search", "job_order"], name="savedsearch_match_once_per_order")
        ]

    def __str__(self) -> str:
        return f"Order {self.job_order_id} for saved search {self.saved_search_id}"
