"""Stable codes for referrals (labels are what people read)."""

from django.db import models


class ReferralStatus(models.TextChoices):
    """Where a referral is (docs/adr/0031-referrals.md)."""

    PENDING_REVIEW = "pending_review", "Waiting for job center review"
    REFERRED = "referred", "Referred"
    DENIED = "denied", "Not referred"
    HIRED = "hired", "Hired"
    NOT_HIRED = "not_hired", "Not hired"
    NO_SHOW = "no_show", "Did not show up"
    REFUSED = "refused", "Turned down the job"


# Outcomes the employer or staff record on a referral that was issued.
OUTCOMES = (ReferralStatus.HIRED, ReferralStatus.NOT_HIRED, ReferralStatus.NO_SHOW, ReferralStatus.REFUSED)
# Referrals still being worked (no outcome yet). One person, one order, one referral (UniqueConstraint): a
# denial or an outcome is final for that order.
OPEN_STATUSES = (ReferralStatus.PENDING_REVIEW, ReferralStatus.REFERRED)


class ReferralSource(models.TextChoices):
    """Who started the referral."""

    SELF = "self", "The job seeker asked"
    STAFF = "staff", "Job center staff referred"
    NOTIFICATION = "notification", "The job seeker asked after a job notification"


class Consent(models.TextChoices):
    """How the person agreed to this referral (manual: Manage Labor Exchange Tools — "present or verbally
    indicates by phone a desire to apply for that specific job")."""

    PRESENT = "present", "In person at the job center"
    PHONE = "phone", "By phone"
    SELF = "self", "Asked for it themselves"
