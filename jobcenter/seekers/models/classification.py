"""The person's occupational classification: every O*NET-SOC code that applies to them (manual, Job Seekers -
Service Policy: classify by all applicable O*NET codes).

Codes come from the résumé (codes entered with work history and desired occupations), from the occupation coder
(titles entered without a code; ``source=coder`` with its confidence) and from staff (``source=staff``). A staff
correction is never overwritten by the coder: a code staff set stays, and a code staff said does not apply
(``applies=False``) is not suggested again. See ADR 0028.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.seekers.models.resume import RESUME_SCOPE, onet_soc_validator


class OccupationSource(models.TextChoices):
    """Who classified the person in a code."""

    CODER = "coder", "Suggested by the occupation coder"
    STAFF = "staff", "Set by staff"


class SeekerOccupation(models.Model):
    """One O*NET-SOC code of a person, from the coder or set by staff."""

    scope = RESUME_SCOPE
    # Not moved row by row when two records are merged (both records' coder rows usually share codes, which would
    # clash on the unique constraint): coder rows are rebuilt, and staff rows move to the primary by
    # ``classification.classification_merge``, a staff decision replacing the primary's coder suggestion (ADR 0028).
    merge_derived = True

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="occupation_codes")
    code = models.CharField("O*NET-SOC code", max_length=10, validators=[onet_soc_validator])
    title = models.CharField("Occupation", max_length=200, blank=True)
    source = models.CharField(max_length=5, choices=OccupationSource.choices, default=OccupationSource.CODER)
    confidence = models.FloatField(null=True, blank=True, help_text="The coder's confidence, 0 to 1")
    basis = models.CharField(max_length=250, blank=True, help_text="What the code was found from")
    applies = models.BooleanField(default=True, help_text="False: staff decided this code does not apply")
    note = models.CharField(max_length=300, blank=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-applies", "-source", "-confidence", "code"]
        constraints = [models.UniqueConstraint(fields=["seeker", "code"], name="unique_seeker_occupation")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def confidence_percent(self) -> int | None:
        """The coder's confidence as a whole percentage (None for staff codes)."""
        return None if self.confidence is None else round(self.confidence * 100)
