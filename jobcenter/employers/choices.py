"""Stable codes for employers."""

from django.db import models


class EmployerStatus(models.TextChoices):
    """Employer account status (manual: Employers; 20 CFR 658.501-504)."""

    PENDING_VERIFICATION = "pending_verification", "Pending verification"
    ACTIVE = "active", "Active"
    DENIED = "denied", "Denied"
    SERVICES_DISCONTINUED = "services_discontinued", "Services discontinued"


class RegisteredVia(models.TextChoices):
    """Who created the employer account (manual: Employers — "by either party")."""

    STAFF = "staff", "Staff-assisted"
    PORTAL = "portal", "Self-registered in the portal"
    IMPORT = "import", "Imported / demo"


class FederalStatus(models.TextChoices):
    """Whether the employer's openings are Federal jobs or Federal contractor jobs, for PIRL 1108-1111 (DOL PIRL
    public-use layout PY2022 Q4: 1108/1110 "a department or agency of the Federal Government or other entity under
    the jurisdiction of the U.S. Office of Personnel Management"; 1109/1111 "an employer identified as a Federal
    contractor"; federal-specs 1.4)."""

    NONE = "", "Neither"
    FEDERAL_AGENCY = "federal_agency", "Federal agency (job under the U.S. Office of Personnel Management)"
    FEDERAL_CONTRACTOR = "federal_contractor", "Federal contractor"


class JobCenterSource(models.TextChoices):
    """How the employer's job center was set (proposed from the worksite ZIP, then confirmed by CSU)."""

    PROPOSED = "proposed", "Proposed from the worksite or company ZIP code"
    CHOSEN = "chosen", "Chosen by staff"
    CONFIRMED = "confirmed", "Confirmed by CSU at verification"


class DiscontinuationReason(models.TextChoices):
    """Why the SWA must initiate discontinuation of services: the codes are the paragraphs of
    20 CFR 658.501(a) (as amended by 89 FR 34065, Apr 29 2024)."""

    A1_UNLAWFUL_JOB_ORDER = (
        "658.501(a)(1)",
        "(a)(1) Refuses to correct or withdraw a job order contrary to employment-related law",
    )
    A2_ARS_ASSURANCES = "658.501(a)(2)", "(a)(2) Refuses to provide Agricultural Recruitment System assurances"
    A3_MISREPRESENTATION = "658.501(a)(3)", "(a)(3) Misrepresented terms or failed to honor assurances in job orders"
    A4_ENFORCEMENT_FINDING = (
        "658.501(a)(4)",
        "(a)(4) Final determination of a violation of employment-related law (incl. H-2A/H-2B debarment)",
    )
    A5_ES_REGULATIONS = "658.501(a)(5)", "(a)(5) Violated ES regulations (658.411 / 658.419)"
    A6_REFUSES_REFERRALS = "658.501(a)(6)", "(a)(6) Refuses qualified workers referred on criteria clearance orders"
    A7_FIELD_CHECKS = "658.501(a)(7)", "(a)(7) Refuses field checks (653.503)"
    A8_REPEATED = "658.501(a)(8)", "(a)(8) Repeatedly caused the initiation of discontinuation"


# The four reasons of the Missouri WP & LE Manual (Discontinuation of Services) and the 658.501(a)
# paragraph each falls under.
MANUAL_REASONS: dict[str, str] = {
    "Refuses to alter or withdraw a job order with specifications contrary to employment-related laws": (
        DiscontinuationReason.A1_UNLAWFUL_JOB_ORDER
    ),
    "Found by a final determination of an enforcement agency to have violated employment-related laws": (
        DiscontinuationReason.A4_ENFORCEMENT_FINDING
    ),
    "Has repeatedly caused the initiation of discontinuation of services": DiscontinuationReason.A8_REPEATED,
    "Violated rules associated with the H-2A or H-2B process": DiscontinuationReason.A4_ENFORCEMENT_FINDING,
}


class DiscontinuationStatus(models.TextChoices):
    """Where a discontinuation case stands (20 CFR 658.501-504)."""

    REFERRED = "referred", "Referred to the State Monitor Advocate"
    NOTICE_ISSUED = "notice_issued", "Notice of intent issued"
    WITHDRAWN = "withdrawn", "Withdrawn (services continue)"
    DISCONTINUED = "discontinued", "Services discontinued"
    REINSTATED = "reinstated", "Services reinstated"


class ReinstatementStatus(models.TextChoices):
    """A request to reinstate services (20 CFR 658.504)."""

    PENDING = "pending", "Pending decision"
    GRANTED = "granted", "Granted"
    REFUSED = "refused", "Refused"
