"""Versioned terms of service that employer users accept (manual: Employer - Policy & Terms of Service)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope


class TermsVersion(models.Model):
    """One published version of the employer terms of service. The version in force on a date is the one
    with the latest ``effective_from`` on or before it."""

    version = models.CharField(max_length=20, unique=True)
    effective_from = models.DateField()
    body = models.TextField(help_text="Plain text; one term per paragraph")
    citation = models.CharField(max_length=200, default="Missouri WP & LE Manual, Employer - Policy & Terms of Service")

    class Meta:
        ordering = ["-effective_from", "-id"]

    def __str__(self) -> str:
        return f"Terms of service v{self.version}"


class TermsAcceptance(models.Model):
    """Who accepted which version of the terms, for which employer, and when."""

    scope = Scope(job_center="employer__job_center", employer_user="employer__memberships__user", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.CASCADE, related_name="terms_acceptances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey(TermsVersion, on_delete=models.PROTECT, related_name="acceptances")
    accepted_at = models.DateTimeField()

    class Meta:
        ordering = ["-accepted_at"]
        constraints = [
            models.UniqueConstraint(fields=["employer", "user", "version"], name="unique_terms_acceptance"),
        ]

    def __str__(self) -> str:
        return f"{self.user} accepted v{self.version.version} for {self.employer}"
