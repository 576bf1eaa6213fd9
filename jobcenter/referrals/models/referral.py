"""A referral of one job seeker to one job order (manual: Job Seekers - Service Policy; Manage Labor Exchange
Tools — Referrals Pending Review)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.referrals.choices import Consent, ReferralSource, ReferralStatus

USER = settings.AUTH_USER_MODEL


class Referral(models.Model):
    """One person referred (or asking to be referred) to one job order.

    Statuses move only through ``jobcenter.referrals.services`` (each move audited): ``pending_review`` ->
    ``referred`` | ``denied``; ``referred`` -> ``hired`` | ``not_hired`` | ``no_show`` | ``refused``. A hire is a
    placement (``selectors.placements``). ``job_center`` is the center holding the order: its staff work the
    Referrals Pending Review queue. ``service`` is the referral service recorded on the person's case when staff
    issued the referral. ``dispute_notice`` holds the written notice of a labor dispute (20 CFR 652.9(b)) given
    with a referral to a position not at issue, and when it was given.

    Scope: staff of the holding center (regional and statewide roles by place), the person themselves, and the
    users of the order's employer (who see only what ``selectors.employer_candidate`` exposes).
    """

    scope = Scope(
        job_center="job_center",
        seeker_user="seeker__user",
        employer_user="job_order__employer__memberships__user",
    )

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="referrals")
    job_order = models.ForeignKey("joborders.JobOrder", on_delete=models.PROTECT, related_name="referrals")
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=16, choices=ReferralStatus.choices, db_index=True)
    source = models.CharField(max_length=12, choices=ReferralSource.choices)
    consent = models.CharField(max_length=8, choices=Consent.choices)
    consent_note = models.TextField(blank=True, help_text="When and how the person agreed (phone consent)")
    requested_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    deny_reason = models.TextField(blank=True)
    service = models.ForeignKey(
        "cases.Service", null=True, blank=True, on_delete=models.PROTECT, related_name="referrals"
    )
    dispute_notice = models.TextField(blank=True)
    dispute_notice_at = models.DateTimeField(null=True, blank=True)
    application_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="H-2A: application, résumé and profile sent to the employer"
    )
    outcome_on = models.DateField(null=True, blank=True)
    outcome_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    outcome_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["seeker", "job_order"], name="referral_one_per_seeker_and_order"),
            models.CheckConstraint(
                condition=~models.Q(status="denied") | ~models.Q(deny_reason=""), name="referral_denial_has_reason"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["pending_review", "referred", "denied"])
                | models.Q(outcome_on__isnull=False),
                name="referral_outcome_has_date",
            ),
        ]
        indexes = [models.Index(fields=["job_center", "status", "created_at"], name="referral_queue_idx")]

    def __str__(self) -> str:
        return f"Referral of {self.seeker_id} to {self.job_order_id} ({self.get_status_display()})"

    @property
    def is_placement(self) -> bool:
        """A hire through the exchange counts as a placement."""
        return self.status == ReferralStatus.HIRED
