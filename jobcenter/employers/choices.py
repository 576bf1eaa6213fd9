"""Stable codes for employers."""

from django.db import models


class EmployerStatus(models.TextChoices):
    """Employer account status (manual: Employers; 20 CFR 658.501-504)."""

    PENDING_VERIFICATION = "pending_verification", "Pending verification"
    ACTIVE = "active", "Active"
    DENIED = "denied", "Denied"
    SERVICES_DISCONTINUED = "services_discontinued", "Services discontinued"
