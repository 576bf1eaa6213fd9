"""The interview: the WIOA Participant Supplemental Wage Quarterly Exit Data Collection Form, in its order."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.followup.choices import Respondent, UnemploymentReason, WagePeriod


class Interview(models.Model):
    """Answers to the collection form (policy A.3, Collection of Accurate Information), plus the
    self-employment worksheet (policy, Required Documentation; Attachment B) when earnings are self-employment.

    ``employed_in_reference`` and ``quarterly_earnings`` are derived by ``followup.services.interview_complete``
    from the answers (wage conversion chart, federal-specs 2.4), never typed in.
    """

    scope = Scope(job_center="case__seeker__home_job_center")

    case = models.OneToOneField("followup.FollowupCase", on_delete=models.CASCADE, related_name="interview")
    respondent = models.CharField(max_length=12, choices=Respondent.choices)
    # Education (questions 1-2; skipped when the employer answers).
    enrolled_in_education = models.BooleanField(null=True, blank=True)
    class_types = models.JSONField(default=list, blank=True)
    class_other = models.CharField(max_length=200, blank=True)
    # Employment (supplemental wage verification), questions 1-7.
    employed_now = models.BooleanField(null=True, blank=True)
    periods_employed = models.JSONField(default=list, blank=True, help_text="CalendarPeriod codes 1-4")
    employer_name = models.CharField(max_length=200, blank=True)
    employment_type = models.CharField(max_length=200, blank=True, help_text="Type of employment / job title")
    employer_fein = models.CharField(max_length=10, blank=True)
    employer_city = models.CharField(max_length=100, blank=True)
    employer_state = models.CharField(max_length=2, blank=True)
    related_to_training = models.BooleanField(null=True, blank=True)
    hours_per_week = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(168)]
    )
    wage_amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    wage_period = models.CharField(max_length=10, choices=WagePeriod.choices, blank=True)
    wages_actually_paid = models.BooleanField(default=False, help_text="Wages actually paid, not promised (policy B)")
    unemployment_reason = models.CharField(max_length=20, choices=UnemploymentReason.choices, blank=True)
    # Self-employment worksheet.
    self_employed = models.BooleanField(default=False)
    gross_receipts = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    expenses = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    attestation_name = models.CharField(max_length=200, blank=True)
    attested_on = models.DateField(null=True, blank=True)
    # Derived.
    employed_in_reference = models.BooleanField(default=False)
    quarterly_earnings = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    completed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Interview for case {self.case_id}"
