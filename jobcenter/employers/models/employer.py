"""Employers and the users who act for them."""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.employers.choices import EmployerStatus, FederalStatus, JobCenterSource, RegisteredVia
from jobcenter.employers.validators import normalize_fein, normalize_naics, validate_fein, validate_naics


class Employer(ConcurrentTransitionMixin, models.Model):
    """A business that places job orders. Status changes only through the transitions in ``services``.

    ``confidential`` employers' name, address and phone never reach an applicant-facing view,
    notification, export or API (manual: Job Order from Employer Requesting Confidentiality).
    """

    scope = Scope(job_center="job_center", employer_user="memberships__user", staff_statewide=True)

    legal_name = models.CharField(max_length=200)
    dba = models.CharField("Doing business as", max_length=200, blank=True)
    fein = models.CharField(
        "FEIN", max_length=10, blank=True, db_index=True, help_text="NN-NNNNNNN", validators=[validate_fein]
    )
    ui_account_number = models.CharField("State UI account number", max_length=20, blank=True)
    naics = models.CharField(
        "NAICS", max_length=6, blank=True, validators=[validate_naics], help_text="2022 NAICS code, e.g. 722511"
    )
    status = FSMField(default=EmployerStatus.PENDING_VERIFICATION, choices=EmployerStatus.choices, protected=True)
    job_center = models.ForeignKey(
        "accounts.JobCenter",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="employers",
        help_text="Job center that serves this employer",
    )
    job_center_source = models.CharField(
        "How the job center was set", max_length=10, choices=JobCenterSource.choices, blank=True
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
    federal_status = models.CharField(
        "Federal agency or Federal contractor",
        max_length=20,
        choices=FederalStatus.choices,
        blank=True,
        default=FederalStatus.NONE,
        help_text="Referrals to and hires into its openings are reported as Federal (contractor) jobs (PIRL 1108-1111)",
    )
    confidential = models.BooleanField(default=False, help_text="Withhold name, address and phone from applicants")
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    denial_reason = models.TextField(blank=True)
    attests_open_position = models.BooleanField(
        "Has a position for which it is seeking applicants",
        default=False,
        help_text="Attested at registration (manual: Employers)",
    )
    registered_via = models.CharField(max_length=10, choices=RegisteredVia.choices, default=RegisteredVia.IMPORT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
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
    def deny(self, *, reason: str = "") -> None:
        """CSU could not verify the employer; its job orders never go online. Side effect: the reason kept."""
        self.denial_reason = reason

    @transition(field=status, source=EmployerStatus.ACTIVE, target=EmployerStatus.SERVICES_DISCONTINUED)
    def discontinue_services(self) -> None:
        """The State Monitor Advocate decided to discontinue services (20 CFR 658.502). Job orders of the
        employer are refused by the screening rules while in this status."""

    @transition(field=status, source=EmployerStatus.SERVICES_DISCONTINUED, target=EmployerStatus.ACTIVE)
    def reinstate(self) -> None:
        """A reinstatement request was granted (20 CFR 658.504); services resume."""

    def clean_fields(self, exclude=None) -> None:
        """Normalise FEIN (NN-NNNNNNN) and NAICS ("31" -> "31-33") first; the field validators then report
        any error under the field's name."""
        for name, fn in (("fein", normalize_fein), ("naics", normalize_naics)):
            value = getattr(self, name)
            if value:
                with contextlib.suppress(ValidationError):  # the field validators report it with the field name
                    setattr(self, name, fn(value))
        super().clean_fields(exclude=exclude)

    @property
    def is_active(self) -> bool:
        """True when the employer is verified and served."""
        return self.status == EmployerStatus.ACTIVE

    @property
    def naics_title(self) -> str:
        """The 2022 NAICS title of the employer's industry code."""
        from jobcenter.employers.validators import naics_title

        return naics_title(self.naics)


class EmployerMembership(models.Model):
    """A user who acts for an employer in the employer portal."""

    scope = Scope(job_center="employer__job_center", employer_user="user", staff_statewide=True)

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_memberships")
    is_admin = models.BooleanField(default=False, help_text="May add users and edit the company profile")
    created_at = models.DateTimeField(auto_now_add=True, null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["employer", "user"], name="unique_employer_membership")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.employer}"
