"""Employers and the users who act for them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.employers.choices import EmployerStatus


class Employer(ConcurrentTransitionMixin, models.Model):
    """A business that places job orders. Status changes only through the transitions in ``services``.

    ``confidential`` employers' name, address and phone never reach an applicant-facing view,
    notification, export or API (manual: Job Order from Employer Requesting Confidentiality).
    """

    scope = Scope(job_center="job_center", employer_user="memberships__user", staff_statewide=True)

    legal_name = models.CharField(max_length=200)
    dba = models.CharField("Doing business as", max_length=200, blank=True)
    fein = models.CharField("FEIN", max_length=10, blank=True, db_index=True, help_text="NN-NNNNNNN")
    ui_account_number = models.CharField("State UI account number", max_length=20, blank=True)
    naics = models.CharField("NAICS", max_length=6, blank=True)
    status = FSMField(default=EmployerStatus.PENDING_VERIFICATION, choices=EmployerStatus.choices, protected=True)
    job_center = models.ForeignKey(
        "accounts.JobCenter",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="employers",
        help_text="Job center that serves this employer",
    )
    address_1 = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=2, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    employees = models.PositiveIntegerField(null=True, blank=True, help_text="Full-time employees")
    annual_sales = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    is_labor_organization = models.BooleanField(default=False)
    confidential = models.BooleanField(default=False, help_text="Withhold name, address and phone from applicants")
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["legal_name", "id"]

    def __str__(self) -> str:
        return self.dba or self.legal_name

    @transition(field=status, source=EmployerStatus.PENDING_VERIFICATION, target=EmployerStatus.ACTIVE)
    def verify(self, *, by, at) -> None:
        """CSU verified the employer (manual: Employers). Side effects: records who and when."""
        self.verified_by = by
        self.verified_at = at

    @transition(field=status, source=EmployerStatus.PENDING_VERIFICATION, target=EmployerStatus.DENIED)
    def deny(self) -> None:
        """CSU could not verify the employer; its job orders never go online."""

    @property
    def is_active(self) -> bool:
        """True when the employer is verified and served."""
        return self.status == EmployerStatus.ACTIVE


class EmployerMembership(models.Model):
    """A user who acts for an employer in the employer portal."""

    scope = Scope(job_center="employer__job_center", employer_user="user", staff_statewide=True)

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_memberships")
    is_admin = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["employer", "user"], name="unique_employer_membership")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.employer}"
