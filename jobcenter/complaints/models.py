"""The complaint and its history (20 CFR 658 Subpart E: 658.410(c) central complaint log; 658.422 referral)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.complaints import constants as c
from jobcenter.complaints.choices import ActionKind, ComplaintKind, ComplaintStatus, RespondentKind


class Complaint(ConcurrentTransitionMixin, models.Model):
    """One complaint in the central complaint log (658.410(c)).

    Flow (side effects in ``complaints.services``): open -> referred (to an enforcement agency; required first for
    an MSFW complaint about an employment-related law, 658.422) -> resolved -> closed; open -> resolved when no
    referral is required.
    """

    # Staff of the job center that took it, its region, and statewide roles; never the portal.
    scope = Scope(job_center="job_center")

    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="complaints")
    seeker = models.ForeignKey(
        "seekers.JobSeeker", null=True, blank=True, on_delete=models.PROTECT, related_name="complaints"
    )
    complainant_name = models.CharField(max_length=c.NAME_MAX, blank=True, help_text="When the person has no record")
    complainant_contact = models.CharField(max_length=c.CONTACT_MAX, blank=True)
    respondent_kind = models.CharField(max_length=20, choices=RespondentKind.choices)
    employer = models.ForeignKey(
        "employers.Employer", null=True, blank=True, on_delete=models.PROTECT, related_name="complaints"
    )
    respondent_name = models.CharField(max_length=c.NAME_MAX, blank=True)
    filed_on = models.DateField()
    msfw = models.BooleanField("Migrant or seasonal farmworker", default=False)
    kind = models.CharField(max_length=20, choices=ComplaintKind.choices)
    description = models.TextField(max_length=c.DESCRIPTION_MAX)
    in_writing = models.BooleanField(default=False)
    status = FSMField(default=ComplaintStatus.OPEN, choices=ComplaintStatus.choices, protected=True)
    referral_agency = models.CharField(max_length=c.AGENCY_MAX, blank=True)
    referred_on = models.DateField(null=True, blank=True)
    resolution = models.TextField(max_length=c.RESOLUTION_MAX, blank=True)
    resolved_on = models.DateField(null=True, blank=True)
    taken_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-filed_on", "-id"]
        indexes = [models.Index(fields=["status", "filed_on"])]

    def __str__(self) -> str:
        return f"Complaint #{self.pk}"

    @property
    def referral_required(self) -> bool:
        """An MSFW complaint about an employment-related law is referred to the enforcement agency (658.422)."""
        return self.msfw and self.kind == ComplaintKind.EMPLOYMENT_LAW

    @property
    def awaiting_referral(self) -> bool:
        return self.referral_required and self.status == ComplaintStatus.OPEN

    @property
    def local_limit(self):
        """The "resolve at the local level by" date (658.411, unconfirmed number) of a complaint about the
        Employment Service regulations; None for one about an employment-related law."""
        from jobcenter.complaints import timelimit

        return timelimit.local_time_limit(self.filed_on) if timelimit.applies(self) else None

    @property
    def past_local_limit(self) -> bool:
        """Not resolved at the local level after its "resolve by" date (today, on the project clock)."""
        from jobcenter.complaints import timelimit
        from jobcenter.core import clock

        return timelimit.is_past(self, today=clock.today())

    @property
    def complainant_label(self) -> str:
        if self.seeker_id:
            return self.seeker.full_name
        return self.complainant_name

    @property
    def respondent_label(self) -> str:
        if self.respondent_kind == RespondentKind.EMPLOYER and self.employer_id:
            return self.employer.legal_name
        if self.respondent_kind == RespondentKind.EMPLOYMENT_SERVICE:
            return "The job center / Employment Service"
        return self.respondent_name

    @transition(field=status, source=ComplaintStatus.OPEN, target=ComplaintStatus.REFERRED)
    def refer(self, *, agency: str, on) -> None:
        """Referred to the enforcement agency (658.422)."""
        self.referral_agency, self.referred_on = agency, on

    @transition(
        field=status,
        source=[ComplaintStatus.OPEN, ComplaintStatus.REFERRED],
        target=ComplaintStatus.RESOLVED,
        conditions=[lambda self: not self.awaiting_referral],
    )
    def resolve(self, *, resolution: str, on) -> None:
        """The resolution is recorded (658.410(c))."""
        self.resolution, self.resolved_on = resolution, on

    @transition(field=status, source=ComplaintStatus.RESOLVED, target=ComplaintStatus.CLOSED)
    def close(self, *, at) -> None:
        """Nothing is left to do."""
        self.closed_at = at


class ComplaintAction(models.Model):
    """One line of a complaint's history: what was done, on which date, by whom, recorded when. Append-only."""

    scope = Scope(job_center="complaint__job_center")

    complaint = models.ForeignKey(Complaint, on_delete=models.PROTECT, related_name="actions")
    kind = models.CharField(max_length=20, choices=ActionKind.choices)
    on = models.DateField()
    text = models.TextField(max_length=c.RESOLUTION_MAX)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()

    class Meta:
        ordering = ["on", "at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on complaint #{self.complaint_id}"
