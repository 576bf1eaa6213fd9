"""Services to job seekers and employers, and events with attendance."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.cases.choices import (
    NON_QUALIFYING_CATEGORIES,
    EmployerServiceCode,
    EventKind,
    Program,
    ServiceCategory,
    ServiceStatus,
)
from jobcenter.core.presentation import format_date


class Service(ConcurrentTransitionMixin, models.Model):
    """One service (activity) a job seeker received or is scheduled to receive.

    The catalogue entry's code, name, PIRL element and category are copied when the service is recorded, so
    a later change to the state's catalogue never rewrites history. ``service_date`` is the day received
    (manual: Case Notes & Services — "entered the day received"); ``recorded_at`` is when staff entered it.
    """

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="services")
    enrollment = models.ForeignKey(
        "cases.Enrollment", null=True, blank=True, on_delete=models.PROTECT, related_name="services"
    )
    program = models.CharField(max_length=8, choices=Program.choices, default=Program.WAGNER_PEYSER)
    code = models.CharField(max_length=10, help_text="State activity code from the service catalogue")
    name = models.CharField(max_length=200)
    pirl_element = models.PositiveIntegerField(help_text="PIRL element the service sets (1001-1116, 1200s, ...)")
    category = models.CharField(max_length=20, choices=ServiceCategory.choices)
    triggers_participation = models.BooleanField(default=False)
    dvop_specialist = models.BooleanField(
        "Provided by a DVOP specialist",
        default=False,
        help_text="A Disabled Veterans' Outreach Program specialist provided this career service (PIRL 1005)",
    )
    service_date = models.DateField()
    status = FSMField(default=ServiceStatus.DELIVERED, choices=ServiceStatus.choices, protected=True)
    job_center = models.ForeignKey("accounts.JobCenter", null=True, blank=True, on_delete=models.PROTECT)
    event = models.ForeignKey("cases.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="services")
    remarks = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(help_text="When the service was entered (or marked delivered)")

    class Meta:
        ordering = ["-service_date", "-id"]
        indexes = [models.Index(fields=["seeker", "service_date"]), models.Index(fields=["status", "service_date"])]

    def __str__(self) -> str:
        return f"{self.code} {self.name} on {format_date(self.service_date)}"

    @property
    def counts_toward_exit(self) -> bool:
        """Self-service, information-only, follow-up and supportive services never delay exit (federal-specs 2.2)."""
        return self.category not in NON_QUALIFYING_CATEGORIES

    @transition(field=status, source=ServiceStatus.SCHEDULED, target=ServiceStatus.DELIVERED)
    def deliver(self, *, on, recorded_at, by) -> None:
        """A scheduled service took place. Side effects: service date becomes the day it happened."""
        self.service_date = on
        self.recorded_at = recorded_at
        self.recorded_by = by

    @transition(field=status, source=ServiceStatus.SCHEDULED, target=ServiceStatus.CANCELLED)
    def cancel(self) -> None:
        """A scheduled service will not take place; it no longer blocks exit."""


class Event(models.Model):
    """An Events Calendar entry (workshop, informational workshop, hiring event) held by a job center.

    Recording attendance records a service for each attendee; informational workshops record an
    information-only service, never participation (manual: WP Enrollment).
    """

    scope = Scope(job_center="job_center", staff_statewide=True)

    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.WORKSHOP)
    service_code = models.CharField(max_length=10, help_text="Catalogue code recorded for each attendee")
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="events")
    employer = models.ForeignKey(
        "employers.Employer", null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    held_on = models.DateField()
    location = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.title} ({format_date(self.held_on)})"


class EventAttendance(models.Model):
    """A job seeker attended an event; ``service`` is the service recorded for it."""

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="attendance")
    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="event_attendance")
    service = models.OneToOneField(Service, on_delete=models.PROTECT, related_name="attendance")
    recorded_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "seeker"], name="unique_event_attendee")]

    def __str__(self) -> str:
        return f"{self.seeker_id} at {self.event_id}"


class EmployerService(models.Model):
    """A service to an employer (job order taken, hiring event, recruitment) for employer reporting
    (manual: Employer Case Notes & Services)."""

    scope = Scope(job_center="employer__job_center", employer_user="employer__memberships__user", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="services")
    code = models.CharField(max_length=20, choices=EmployerServiceCode.choices)
    service_date = models.DateField()
    job_center = models.ForeignKey("accounts.JobCenter", null=True, blank=True, on_delete=models.PROTECT)
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.PROTECT, related_name="employer_services")
    remarks = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-service_date", "-id"]

    def __str__(self) -> str:
        return f"{self.get_code_display()} on {format_date(self.service_date)}"
