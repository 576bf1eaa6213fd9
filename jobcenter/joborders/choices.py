"""Stable codes for job orders, labor disputes, suspected violations, fraud and self-employment postings."""

from django.db import models


class JobOrderStatus(models.TextChoices):
    """Where a job order is in its life (docs/adr/0014-job-order-workflow.md)."""

    DRAFT = "draft", "Draft"
    SCREENING = "screening", "Screening"
    OPEN = "open", "Open"
    ON_HOLD = "on_hold", "On hold"
    FILLED = "filled", "Filled"
    CLOSED = "closed", "Closed"
    EXPIRED = "expired", "Expired"
    DENIED = "denied", "Denied"
    ROUTED_FLC = "routed_flc", "Routed to the FLC coordinator"
    NOT_ENTERED = "not_entered", "Not entered"


# Statuses in which an order occupies its opening (duplicate rule, manual: Job Orders from Employers with a
# Work Site Located in Another JC's Administrative Area).
ACTIVE_STATUSES = (JobOrderStatus.SCREENING, JobOrderStatus.OPEN, JobOrderStatus.ON_HOLD)


class WageUnit(models.TextChoices):
    """Unit of the offered wage."""

    HOUR = "hour", "Per hour"
    WEEK = "week", "Per week"
    BIWEEK = "biweek", "Every two weeks"
    MONTH = "month", "Per month"
    YEAR = "year", "Per year"
    PIECE = "piece", "Piece rate"
    COMMISSION = "commission", "Commission"


class EmploymentType(models.TextChoices):
    """Kind of employment offered."""

    FULL_TIME = "full_time", "Full time"
    PART_TIME = "part_time", "Part time"
    SEASONAL = "seasonal", "Seasonal"
    TEMPORARY = "temporary", "Temporary"


class VisaProgram(models.TextChoices):
    """Foreign labor certification program (manual: H-2A and H-2B Job Orders)."""

    NONE = "none", "None"
    H2A = "h2a", "H-2A (agricultural)"
    H2B = "h2b", "H-2B (non-agricultural)"


class HiringRequirement(models.TextChoices):
    """Hiring requirements completed during hiring (manual: Job Orders Requiring a Criminal Record Exclusion)."""

    BACKGROUND_CHECK = "background_check", "Background check"
    DRUG_SCREEN = "drug_screen", "Drug screen"
    LICENSE = "license", "License or certification"
    PHYSICAL = "physical", "Physical examination"
    DRIVING_RECORD = "driving_record", "Driving record check"
    CREDIT_CHECK = "credit_check", "Credit check"
    SAFETY_EQUIPMENT = "safety_equipment", "Own safety equipment"


class ScreeningDecision(models.TextChoices):
    """Decisions of the screening engine (``jobcenter.compliance.screening``)."""

    ACCEPT = "accept", "Accept"
    ACCEPT_WITH_NOTICE = "accept_with_notice", "Accept with notice"
    FIX_REQUIRED = "fix_required", "Fix required"
    REFER_SUPERVISOR = "refer_supervisor", "Refer to supervisor"
    HOLD = "hold", "Hold"
    REJECT = "reject", "Reject"
    ROUTE_FLC = "route_flc", "Route to FLC coordinator"
    NOT_ENTERED = "not_entered", "Not entered"


class HoldReason(models.TextChoices):
    """Why an order is on hold."""

    SCREENING = "screening", "Screening decision"
    LABOR_DISPUTE = "labor_dispute", "Labor dispute"
    FRAUD = "fraud", "Suspected fraud"
    STAFF = "staff", "Staff decision"


class DisputeStatus(models.TextChoices):
    """Labor dispute registry status (20 CFR 652.9)."""

    REPORTED = "reported", "Reported, not yet verified"
    VERIFIED = "verified", "Verified"
    NOT_CONFIRMED = "not_confirmed", "Not confirmed"
    ENDED = "ended", "Ended"


class LaborDisputeValue(models.TextChoices):
    """Value of ``employer.labor_dispute`` in the screening input."""

    NONE = "none", "None"
    POSITION_AT_ISSUE = "position_at_issue", "Position at issue"
    POSITION_NOT_AT_ISSUE = "position_not_at_issue", "Position not at issue"


class ViolationRoute(models.TextChoices):
    """The 12-month rule (manual: Suspected Violations in the Job Order)."""

    INFORMAL_RESOLUTION = "informal_resolution", "Informal resolution by the supervisor"
    WRITTEN_REFERRAL = "written_referral", "Written referral to the enforcement agency"


class ViolationStatus(models.TextChoices):
    """Suspected-violation case status."""

    OPEN = "open", "Awaiting supervisor"
    RESOLVED = "resolved", "Resolved informally"
    REFERRED = "referred", "Referred in writing"
    DISMISSED = "dismissed", "No violation found"


class FraudStatus(models.TextChoices):
    """CSU fraud investigation status (manual: Suspected Fraudulent Job Orders)."""

    OPEN = "open", "Under investigation"
    CLEARED = "cleared", "Cleared: order is genuine"
    CONFIRMED = "confirmed", "Confirmed fraudulent"


class SelfEmploymentStatus(models.TextChoices):
    """Self-employment (independent contractor) posting status."""

    DRAFT = "draft", "Awaiting supervisor initials"
    POSTED = "posted", "Posted in the job center"
    REMOVED = "removed", "Removed"
