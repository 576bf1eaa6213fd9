"""What a job order requires of an applicant (manual: Job Orders & Job Matching — General Requirements,
Specialized Requirements, Skills Match). One row per order, created with the order; staff edit it."""

from __future__ import annotations

from django.db import models

from jobcenter.accounts.scoping import Scope
from jobcenter.seekers.choices import EducationLevel


class OrderRequirements(models.Model):
    """The order's requirements used by matching, plus the worksite position (from its ZIP) for distance.

    ``required_*`` are minimum requirements (yes/no, the unmet ones named); ``preferred_skills`` only add to the
    Specialized Requirements score. Minimum age lives on the order itself (``JobOrder.minimum_age``) and is the
    only age-related input of matching (a lawful minimum age).
    """

    scope = Scope(
        job_center="order__job_center", employer_user="order__employer__memberships__user", staff_statewide=True
    )

    order = models.OneToOneField("joborders.JobOrder", on_delete=models.CASCADE, related_name="match_requirements")
    min_education = models.CharField(
        "Minimum education", max_length=1, choices=EducationLevel.choices, blank=True, help_text="PIRL 408 code"
    )
    min_experience_months = models.PositiveSmallIntegerField(
        "Minimum experience in this occupation (months)", null=True, blank=True
    )
    drivers_license = models.BooleanField("Driver's license required", default=False)
    required_credentials = models.JSONField(
        "Required licenses and certifications", default=list, blank=True, help_text="Names"
    )
    required_skills = models.JSONField(default=list, blank=True, help_text="Names")
    preferred_skills = models.JSONField(default=list, blank=True, help_text="Names")
    # Index fields, refreshed from the order whenever it is saved (matching.index.order_index_refresh), so "jobs
    # for a seeker" finds open orders by occupation and worksite box with one index scan of this table.
    lat = models.FloatField(null=True, blank=True, editable=False)
    lon = models.FloatField(null=True, blank=True, editable=False)
    is_open = models.BooleanField(default=False, editable=False)
    soc_code = models.CharField(max_length=10, blank=True, editable=False)
    employment_type = models.CharField(max_length=10, blank=True, editable=False)
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    # The required names normalized as matching compares them (scoring.normalize_name), written on every save, so
    # "jobs for a seeker" can leave out in SQL the orders requiring something the seeker does not hold.
    credential_keys = models.JSONField(default=list, blank=True, editable=False)
    skill_keys = models.JSONField(default=list, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "order requirements"
        indexes = [
            models.Index(
                fields=["soc_code", "lat", "lon"], condition=models.Q(is_open=True), name="match_open_order_idx"
            )
        ]

    def __str__(self) -> str:
        return f"Requirements of {self.order}"

    def save(self, *args, **kwargs):
        """Keep the normalized copies of the required names current."""
        from jobcenter.matching.scoring import normalize_name

        self.credential_keys = [normalize_name(n) for n in self.required_credentials or ()]
        self.skill_keys = [normalize_name(n) for n in self.required_skills or ()]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "credential_keys", "skill_keys"}
        super().save(*args, **kwargs)
