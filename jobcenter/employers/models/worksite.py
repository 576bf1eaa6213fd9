"""Worksites and contacts of an employer."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models

from jobcenter.accounts.scoping import Scope


class Worksite(models.Model):
    """A real place where the work is done; a job order points at one (manual: Job Orders From Employers
    with a Work Site Located in Another JC's Admin Area — the worksite decides the serving job center)."""

    scope = Scope(job_center="employer__job_center", employer_user="employer__memberships__user", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.CASCADE, related_name="worksites")
    name = models.CharField(max_length=120, help_text="How the employer calls this location, e.g. 'Main plant'")
    address_1 = models.CharField("Street address", max_length=200)
    address_2 = models.CharField("Address line 2", max_length=200, blank=True)
    city = models.CharField(max_length=100)
    state = models.CharField(max_length=2, help_text="Two-letter state code, e.g. MO")
    postcode = models.CharField(
        "ZIP code",
        max_length=10,
        validators=[RegexValidator(r"^\d{5}(-\d{4})?$", "ZIP code: enter 5 digits (or ZIP+4 as 12345-6789).")],
    )
    county = models.CharField(max_length=100, blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["employer_id", "name", "id"]

    def __str__(self) -> str:
        return f"{self.name} — {self.address_1}, {self.city}, {self.state} {self.postcode}"

    def clean(self) -> None:
        """Upper-case the state code."""
        self.state = (self.state or "").strip().upper()


class EmployerContact(models.Model):
    """A person at the employer whom staff call about job orders, verification or notices."""

    scope = Scope(job_center="employer__job_center", employer_user="employer__memberships__user", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=150)
    title = models.CharField("Job title", max_length=120, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    is_primary = models.BooleanField(default=False)

    class Meta:
        ordering = ["employer_id", "-is_primary", "name"]

    def __str__(self) -> str:
        return self.name
