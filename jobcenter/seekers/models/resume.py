"""The résumé: work history, education, licences and certifications, skills and desired occupations.

Manual, Initial Job Center Process: every person creates or updates a profile and a résumé; Job Seekers -
Service Policy: classify the person by all applicable O*NET codes and record their skills.
Job preferences (desired wage, availability, commute radius, relocation) are fields of ``JobSeeker``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.seekers import choices, constants

onet_soc_validator = RegexValidator(r"^\d{2}-\d{4}\.\d{2}$", constants.ONET_SOC_INVALID)

RESUME_SCOPE = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")


class WorkHistory(models.Model):
    """One job the person held (most recent first)."""

    scope = RESUME_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="work_history")
    employer_name = models.CharField("Employer", max_length=200)
    title = models.CharField("Job title", max_length=200)
    onet_soc_code = models.CharField(
        "O*NET-SOC code", max_length=10, blank=True, validators=[onet_soc_validator], help_text="NN-NNNN.NN"
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty if you still work there")
    wage = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    wage_unit = models.CharField(max_length=5, choices=choices.WageUnit.choices, default=choices.WageUnit.HOUR)
    duties = models.TextField(blank=True)

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name_plural = "work history"

    def __str__(self) -> str:
        return f"{self.title} at {self.employer_name}"

    def clean(self):
        """The end date cannot precede the start date."""
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": constants.END_BEFORE_START})


class Education(models.Model):
    """A school or programme attended."""

    scope = RESUME_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="education")
    institution = models.CharField(max_length=200)
    program = models.CharField("Program or field of study", max_length=200, blank=True)
    level = models.CharField(max_length=1, choices=choices.EducationLevel.choices, blank=True)
    completed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-completed_on", "-id"]
        verbose_name_plural = "education"

    def __str__(self) -> str:
        return self.institution


class Credential(models.Model):
    """A licence or certification the person holds."""

    scope = RESUME_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="credentials")
    kind = models.CharField(max_length=13, choices=choices.CredentialKind.choices)
    name = models.CharField(max_length=200)
    issuer = models.CharField(max_length=200, blank=True)
    issued_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        """A credential cannot expire before it was issued."""
        super().clean()
        if self.issued_on and self.expires_on and self.expires_on < self.issued_on:
            raise ValidationError({"expires_on": constants.END_BEFORE_START})


class Skill(models.Model):
    """A skill the person has (manual: assign all appropriate job skills to the individual's record)."""

    scope = RESUME_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="skills")
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class DesiredOccupation(models.Model):
    """An occupation the person wants, O*NET-SOC coded (manual: classify by all applicable O*NET codes)."""

    scope = RESUME_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="desired_occupations")
    title = models.CharField(max_length=200)
    onet_soc_code = models.CharField(
        "O*NET-SOC code", max_length=10, blank=True, validators=[onet_soc_validator], help_text="NN-NNNN.NN"
    )

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title
