"""Discontinuation of services to employers and reinstatement (20 CFR 658.500-504; manual: Discontinuation
of Services — "directed to the State Monitor Advocate")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.employers.choices import DiscontinuationReason, DiscontinuationStatus, ReinstatementStatus


class DiscontinuationCase(ConcurrentTransitionMixin, models.Model):
    """A referral to the State Monitor Advocate to discontinue services to an employer.

    Flow (side effects are done by ``employers.services``):
    referred -> notice_issued (written notice of intent with reasons; response due in 20 working days,
    658.502) -> discontinued (employer status -> services_discontinued) or withdrawn (services continue);
    referred -> withdrawn; discontinued -> reinstated (a reinstatement request granted, 658.504).
    """

    scope = Scope(job_center="employer__job_center", employer_user=None, staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="discontinuation_cases")
    reason_code = models.CharField("Reason (20 CFR 658.501(a))", max_length=20, choices=DiscontinuationReason.choices)
    facts = models.TextField(help_text="What happened; quoted in the written notice of intent")
    job_order_reference = models.CharField(max_length=50, blank=True, help_text="Job order number, if any")
    status = FSMField(default=DiscontinuationStatus.REFERRED, choices=DiscontinuationStatus.choices, protected=True)
    referred_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    referred_at = models.DateTimeField()
    notice_date = models.DateField(null=True, blank=True)
    notice_issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    response_due = models.DateField(null=True, blank=True)
    response_received_on = models.DateField(null=True, blank=True)
    response_text = models.TextField(blank=True)
    hearing_requested = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-referred_at", "-id"]

    def __str__(self) -> str:
        return f"Discontinuation case #{self.pk} — {self.employer}"

    @transition(field=status, source=DiscontinuationStatus.REFERRED, target=DiscontinuationStatus.NOTICE_ISSUED)
    def issue_notice(self, *, by, on, due) -> None:
        """The SMA sends the written notice of intent with reasons (658.502); the response period starts."""
        self.notice_issued_by = by
        self.notice_date = on
        self.response_due = due

    @transition(field=status, source=DiscontinuationStatus.NOTICE_ISSUED, target=DiscontinuationStatus.DISCONTINUED)
    def discontinue(self, *, by, at, notes: str = "") -> None:
        """The SMA decides to discontinue services; the employer's status follows (services layer)."""
        self.decided_by, self.decided_at, self.decision_notes = by, at, notes

    @transition(
        field=status,
        source=[DiscontinuationStatus.REFERRED, DiscontinuationStatus.NOTICE_ISSUED],
        target=DiscontinuationStatus.WITHDRAWN,
    )
    def withdraw(self, *, by, at, notes: str = "") -> None:
        """The SMA withdraws the case (employer corrected or showed the terms are lawful); services continue."""
        self.decided_by, self.decided_at, self.decision_notes = by, at, notes

    @transition(field=status, source=DiscontinuationStatus.DISCONTINUED, target=DiscontinuationStatus.REINSTATED)
    def reinstate(self) -> None:
        """A reinstatement request was granted (658.504)."""

    @property
    def is_open(self) -> bool:
        """True while the SMA still has to act (referred or notice issued)."""
        return self.status in (DiscontinuationStatus.REFERRED, DiscontinuationStatus.NOTICE_ISSUED)


class ReinstatementRequest(ConcurrentTransitionMixin, models.Model):
    """An employer's written request to reinstate services; the SWA decides within 20 working days
    (20 CFR 658.504)."""

    scope = Scope(job_center="case__employer__job_center", employer_user=None, staff_statewide=True)

    case = models.ForeignKey(DiscontinuationCase, on_delete=models.PROTECT, related_name="reinstatement_requests")
    received_on = models.DateField()
    request_text = models.TextField(help_text="How the employer says the causes were corrected")
    decision_due = models.DateField()
    status = FSMField(default=ReinstatementStatus.PENDING, choices=ReinstatementStatus.choices, protected=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"Reinstatement request #{self.pk} ({self.get_status_display()})"

    @transition(field=status, source=ReinstatementStatus.PENDING, target=ReinstatementStatus.GRANTED)
    def grant(self, *, by, at, notes: str = "") -> None:
        """Causes corrected and enforcement findings resolved: services are reinstated."""
        self.decided_by, self.decided_at, self.decision_notes = by, at, notes

    @transition(field=status, source=ReinstatementStatus.PENDING, target=ReinstatementStatus.REFUSED)
    def refuse(self, *, by, at, notes: str = "") -> None:
        """Causes not corrected; the employer may request a hearing within 20 working days (658.504)."""
        self.decided_by, self.decided_at, self.decision_notes = by, at, notes
