"""Choices of the complaint system (20 CFR 658 Subpart E). Labels are what a page shows."""

from django.db import models


class ComplaintStatus(models.TextChoices):
    """Where a complaint stands in the central complaint log (658.410(c): actions taken and resolution)."""

    OPEN = "open", "Open"
    REFERRED = "referred", "Referred to an enforcement agency"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"


class ComplaintKind(models.TextChoices):
    """The two kinds the log keeps apart (658.410(c))."""

    EMPLOYMENT_LAW = "employment_law", "About an employment-related law (wages, safety, discrimination and similar)"
    ES_REGULATIONS = "es_regulations", "About the Employment Service regulations (how the job center served the person)"


class RespondentKind(models.TextChoices):
    """Who the complaint is against."""

    EMPLOYER = "employer", "An employer on file"
    OTHER = "other", "Someone else (name it)"
    EMPLOYMENT_SERVICE = "employment_service", "The job center / Employment Service"


class ActionKind(models.TextChoices):
    """A line of a complaint's history."""

    TAKEN = "taken", "Complaint taken"
    NOTE = "note", "Action"
    REFERRED = "referred", "Referred to an enforcement agency"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"
