"""PIRL-coded choices for job seekers (values are the official PIRL codes, federal-specs section 1)."""

from django.db import models


class YesNoUnknown(models.TextChoices):
    """PIRL 1/0/9 elements (e.g. 202 disability, 300 veteran)."""

    YES = "1", "Yes"
    NO = "0", "No"
    UNKNOWN = "9", "Not disclosed / not known"


class YesNo(models.TextChoices):
    """PIRL 1/0 elements with no "unknown" code (600 TANF, 603 SNAP); left blank when not recorded."""

    YES = "1", "Yes"
    NO = "0", "No"


class SsiSsdi(models.TextChoices):
    """PIRL 602: SSI and/or SSDI received in the six months before participation, and whether the person holds
    a Social Security Ticket to Work (DOL PIRL public-use layout PY2022 Q4, 602; federal-specs 1.2)."""

    NO = "0", "Neither SSI nor SSDI"
    SSI = "1", "SSI"
    SSDI = "2", "SSDI"
    BOTH = "3", "Both SSI and SSDI"
    SSI_TICKET = "4", "SSI, and holds a Ticket to Work"
    SSDI_TICKET = "5", "SSDI, and holds a Ticket to Work"
    BOTH_TICKET = "6", "Both SSI and SSDI, and holds a Ticket to Work"


class Sex(models.TextChoices):
    """PIRL 201."""

    MALE = "1", "Male"
    FEMALE = "2", "Female"
    NOT_IDENTIFIED = "9", "Did not self-identify"


class EligibleVeteranStatus(models.TextChoices):
    """PIRL 301."""

    NO = "0", "No"
    SHORT_SERVICE = "1", "Yes, 180 days or less of active duty"
    ELIGIBLE_VETERAN = "2", "Yes, eligible veteran"
    ELIGIBLE_SPOUSE = "3", "Yes, other eligible person (spouse)"


class DisabledVeteran(models.TextChoices):
    """PIRL 303."""

    NO = "0", "No"
    YES = "1", "Yes"
    SPECIAL = "2", "Yes, special disabled veteran"


class EmploymentStatus(models.TextChoices):
    """PIRL 400."""

    UNEMPLOYED = "0", "Unemployed"
    EMPLOYED = "1", "Employed"
    EMPLOYED_NOTICE = "2", "Employed, but received notice of termination or military separation"
    NOT_IN_LABOR_FORCE = "3", "Not in labor force"


class UCStatus(models.TextChoices):
    """PIRL 401 UC eligible status."""

    NEITHER = "0", "Neither claimant nor exhaustee"
    RESEA = "1", "Claimant referred by RESEA"
    WPRS = "2", "Claimant referred by WPRS"
    CLAIMANT = "3", "Claimant not referred by RESEA or WPRS"
    EXHAUSTEE = "4", "Exhaustee"
    EXEMPT = "5", "Claimant exempt from work search"


class MSFWDesignation(models.TextChoices):
    """PIRL 413 (20 CFR 651.10)."""

    NO = "0", "No"
    SEASONAL = "1", "Seasonal farmworker"
    MIGRANT = "2", "Migrant farmworker"


class EducationLevel(models.TextChoices):
    """PIRL 408 highest educational level completed."""

    NONE = "0", "No educational level completed"
    HS_DIPLOMA = "1", "High school diploma"
    HS_EQUIVALENCY = "2", "High school equivalency"
    IEP_CERTIFICATE = "3", "Certificate of attendance/completion (disability)"
    SOME_POSTSECONDARY = "4", "Completed one or more years of postsecondary education"
    POSTSECONDARY_CERT = "5", "Postsecondary certification, license or educational certificate (non-degree)"
    ASSOCIATE = "6", "Associate's degree"
    BACHELOR = "7", "Bachelor's degree"
    BEYOND_BACHELOR = "8", "Degree beyond a bachelor's degree"


class NotificationMethod(models.TextChoices):
    """How the person chose to be told about job openings (manual: Notifications)."""

    EMAIL = "email", "Email"
    TEXT = "text", "Text message"
    MAIL = "mail", "Mail"
    NONE = "none", "Do not notify me"


class SchoolStatus(models.TextChoices):
    """PIRL 409 school status at program entry."""

    IN_SECONDARY = "1", "In-school, secondary school or less"
    IN_ALTERNATIVE = "2", "In-school, alternative school"
    IN_POSTSECONDARY = "3", "In-school, postsecondary school"
    DROPOUT = "4", "Not attending school, secondary school dropout"
    GRADUATE = "5", "Not attending school, secondary school graduate or equivalent"
    COMPULSORY_NOT_ATTENDING = "6", "Not attending school, within age of compulsory attendance"


class EligibleMSFW(models.TextChoices):
    """PIRL 808 eligible MSFW (NFJP, WIOA sec. 167)."""

    NO = "0", "No"
    SEASONAL_ADULT = "1", "Eligible seasonal farmworker adult"
    MIGRANT_ADULT = "2", "Eligible migrant farmworker adult"
    MSFW_YOUTH = "3", "MSFW youth"
    DEPENDENT_ADULT = "4", "Dependent adult"
    DEPENDENT_YOUTH = "5", "Dependent youth"


class WageUnit(models.TextChoices):
    """Unit a wage is quoted in."""

    HOUR = "hour", "per hour"
    WEEK = "week", "per week"
    MONTH = "month", "per month"
    YEAR = "year", "per year"


class Availability(models.TextChoices):
    """When the person can work."""

    FULL_TIME = "full_time", "Full time"
    PART_TIME = "part_time", "Part time"
    EITHER = "either", "Full or part time"
    SEASONAL = "seasonal", "Seasonal / temporary"


class CredentialKind(models.TextChoices):
    """A licence (issued by a government body) or a certification (industry body)."""

    LICENSE = "license", "License"
    CERTIFICATION = "certification", "Certification"


class MergeRequestSource(models.TextChoices):
    """Where a duplicate pair came from."""

    LINKAGE = "linkage", "Found by duplicate detection"
    STAFF = "staff", "Reported by staff"
    REGISTRATION = "registration", "Registered despite a duplicate warning"


class MergeRequestStatus(models.TextChoices):
    """Life of a merge request (see ``MergeRequest`` transitions)."""

    PENDING = "pending", "Waiting for review"
    MERGED = "merged", "Merged"
    DISMISSED = "dismissed", "Not duplicates"
    UNDONE = "undone", "Merge undone"


class SSNRevealReason(models.TextChoices):
    """Why a user needs to see a full SSN (chosen from a list and explained in words; both are audited)."""

    IDENTITY = "identity", "Verifying the person's identity with them"
    DUPLICATE = "duplicate", "Reviewing possible duplicate accounts"
    WAGE_RECORDS = "wage_records", "Matching wage or unemployment insurance records"
    CORRECTION = "correction", "Correcting a number entered wrongly"
    LEGAL = "legal", "A legal, audit or records request"
