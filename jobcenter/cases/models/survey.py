"""Informing participants at program entry about the post-exit wage follow-up survey."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.cases.choices import ContactMethod
from jobcenter.core.presentation import format_date


class SurveyMessageTemplate(models.Model):
    """The message staff give at program entry (Oklahoma supplemental wage policy A.1, OWDI 07-2018).

    Editable data, but the three parts the policy requires — participant expectations, required
    documentation and collection timeframe — may not be blank.
    """

    name = models.CharField(max_length=100, unique=True)
    introduction = models.TextField(blank=True)
    participant_expectations = models.TextField()
    required_documentation = models.TextField()
    collection_timeframe = models.TextField()
    closing = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        """The three parts policy A.1 requires must say something (OWDI 07-2018)."""
        from django.core.exceptions import ValidationError

        from jobcenter.cases import constants

        missing = {
            f: constants.SURVEY_TEMPLATE_PARTS
            for f in ("participant_expectations", "required_documentation", "collection_timeframe")
            if not (getattr(self, f) or "").strip()
        }
        if missing:
            raise ValidationError(missing)

    @property
    def full_text(self) -> str:
        """The message as given to the participant."""
        parts = [
            self.introduction,
            self.participant_expectations,
            self.required_documentation,
            self.collection_timeframe,
            self.closing,
        ]
        return "\n\n".join(p.strip() for p in parts if p and p.strip())


class SurveyNotice(models.Model):
    """Staff told a participant about the post-exit wage survey: how, when, with which message."""

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="survey_notices")
    enrollment = models.ForeignKey(
        "cases.Enrollment", null=True, blank=True, on_delete=models.PROTECT, related_name="survey_notices"
    )
    method = models.CharField(max_length=20, choices=ContactMethod.choices)
    template = models.ForeignKey(SurveyMessageTemplate, on_delete=models.PROTECT, related_name="+")
    message = models.TextField(help_text="The text as given, kept even if the template changes later")
    informed_on = models.DateField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-informed_on", "-id"]

    def __str__(self) -> str:
        return f"Informed by {self.get_method_display()} on {format_date(self.informed_on)}"
