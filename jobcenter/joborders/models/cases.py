"""Labor disputes, suspected violations, fraud investigations and self-employment postings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.joborders.choices import (
    DisputeStatus,
    FraudStatus,
    SelfEmploymentStatus,
    ViolationRoute,
    ViolationStatus,
)

USER = settings.AUTH_USER_MODEL


class LaborDispute(ConcurrentTransitionMixin, models.Model):
    """A labor dispute involving a work stoppage at an employer's establishment (20 CFR 652.9; manual: Job
    Orders and Labor Disputes).

    Reported by staff; the regional manager verifies it and records the positions at issue (normalised titles,
    or every position). While verified, open orders of the employer for positions at issue are on hold and new
    ones cannot go online; the screening input's ``labor_dispute`` value comes from here.
    """

    scope = Scope(job_center="job_center", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="labor_disputes")
    establishment = models.CharField(max_length=200, help_text="Which establishment (address or site name)")
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="+")
    region = models.ForeignKey("accounts.Region", on_delete=models.PROTECT, related_name="+")
    description = models.TextField(help_text="What was reported: strike, lockout, ...")
    status = FSMField(default=DisputeStatus.REPORTED, choices=DisputeStatus.choices, protected=True)
    all_positions = models.BooleanField(default=False, help_text="Every position at the establishment is at issue")
    positions_at_issue = models.JSONField(default=list, blank=True, help_text="Job titles at issue")
    reported_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField()
    verified_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    ended_at = models.DateTimeField(null=True, blank=True)
    end_confirmed_with_employer = models.CharField(max_length=200, blank=True)
    end_confirmed_with_workers_rep = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-reported_at", "-id"]

    def __str__(self) -> str:
        return f"Labor dispute at {self.employer} ({self.get_status_display()})"

    @transition(field=status, source=DisputeStatus.REPORTED, target=DisputeStatus.VERIFIED)
    def verify(self) -> None:
        """Regional manager verified the dispute (20 CFR 652.9(c))."""

    @transition(field=status, source=DisputeStatus.REPORTED, target=DisputeStatus.NOT_CONFIRMED)
    def reject(self) -> None:
        """Regional manager found no dispute with a work stoppage."""

    @transition(field=status, source=DisputeStatus.VERIFIED, target=DisputeStatus.ENDED)
    def end(self) -> None:
        """End verified with the employer and the workers' representative (20 CFR 652.9(d))."""


class ViolationCase(ConcurrentTransitionMixin, models.Model):
    """A suspected violation of employment-related law in a job order, referred to the supervisor (manual:
    Suspected Violations in the Job Order).

    ``route`` is the 12-month rule computed when the case is opened: informal resolution if the employer filed
    a job order within the last 12 months, otherwise written referral to the enforcement agency.
    """

    scope = Scope(job_center="job_center", staff_statewide=False)

    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.PROTECT, related_name="violation_cases")
    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="+")
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="+")
    findings = models.JSONField(default=list, blank=True)
    route = models.CharField(max_length=20, choices=ViolationRoute.choices)
    prior_order_at = models.DateTimeField(null=True, blank=True, help_text="Latest earlier order within the window")
    status = FSMField(default=ViolationStatus.OPEN, choices=ViolationStatus.choices, protected=True)
    opened_at = models.DateTimeField()
    opened_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    agency = models.CharField("Enforcement agency", max_length=200, blank=True)
    resolution = models.TextField(blank=True)
    closed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]

    def __str__(self) -> str:
        return f"Suspected violation in {self.job_order}"

    @transition(field=status, source=ViolationStatus.OPEN, target=ViolationStatus.RESOLVED)
    def resolve(self) -> None:
        """The supervisor resolved it informally with the employer."""

    @transition(field=status, source=ViolationStatus.OPEN, target=ViolationStatus.REFERRED)
    def refer(self) -> None:
        """The supervisor sent the written referral to the enforcement agency."""

    @transition(field=status, source=ViolationStatus.OPEN, target=ViolationStatus.DISMISSED)
    def dismiss(self) -> None:
        """The supervisor found no violation."""


class FraudInvestigation(ConcurrentTransitionMixin, models.Model):
    """A CSU investigation of a job order that appears fraudulent (manual: Suspected Fraudulent Job Orders)."""

    scope = Scope(job_center="job_order__job_center", staff_statewide=False)

    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.PROTECT, related_name="fraud_cases")
    reason = models.TextField()
    status = FSMField(default=FraudStatus.OPEN, choices=FraudStatus.choices, protected=True)
    reported_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField()
    outcome = models.TextField(blank=True)
    closed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-reported_at", "-id"]

    def __str__(self) -> str:
        return f"Fraud investigation of {self.job_order}"

    @transition(field=status, source=FraudStatus.OPEN, target=FraudStatus.CLEARED)
    def clear(self) -> None:
        """CSU found the order genuine; the hold is released."""

    @transition(field=status, source=FraudStatus.OPEN, target=FraudStatus.CONFIRMED)
    def confirm(self) -> None:
        """CSU confirmed fraud; the order is closed."""


class SelfEmploymentPosting(ConcurrentTransitionMixin, models.Model):
    """A self-employment (independent contractor) opportunity posted in the job center, never entered as a job
    order (manual: Employer Request for Workers without Placing Bona Fide Job Orders).

    Up for at most 60 days (parameter ``joborders.entry_self_employment_posting_days``), with the manual's notice,
    initialed and dated by a supervisor before posting. Interest shown is a public service: it is counted here
    only, never as a referral or placement.
    """

    scope = Scope(job_center="job_center", staff_statewide=True)

    firm_name = models.CharField(max_length=200)
    firm_contact = models.TextField(help_text="How interested applicants contact the firm")
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200, help_text="Occupationally specific title")
    details = models.TextField(help_text="Duties, specifications, requirements, contracting information")
    notice = models.TextField(editable=False)
    posted_from = models.DateField()
    posted_until = models.DateField()
    status = FSMField(default=SelfEmploymentStatus.DRAFT, choices=SelfEmploymentStatus.choices, protected=True)
    initials = models.CharField(max_length=5, blank=True)
    initialed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    initialed_on = models.DateField(null=True, blank=True)
    interest_count = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-posted_from", "-id"]

    def __str__(self) -> str:
        return f"Self-employment: {self.title} ({self.firm_name})"

    @transition(
        field=status,
        source=SelfEmploymentStatus.DRAFT,
        target=SelfEmploymentStatus.POSTED,
        conditions=[lambda p: bool(p.initials and p.initialed_by_id and p.initialed_on)],
    )
    def post(self) -> None:
        """Put it up in the job center; needs a supervisor's initials and date."""

    @transition(field=status, source=[SelfEmploymentStatus.DRAFT, SelfEmploymentStatus.POSTED], target="removed")
    def remove(self) -> None:
        """Take it down (at the latest when the posting period ends)."""
