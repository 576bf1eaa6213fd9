"""Stable codes for the supplemental wage follow-up (Oklahoma COWIB supplemental wage policy, Dec 19 2018;
OWDI 07-2018; TEGL 26-16). Labels are what people read; values never reach a page."""

from django.db import models


class SelectionReason(models.TextChoices):
    """Why a case was selected (policy A.2 (a)-(d); direct wage match first, TEGL 26-16)."""

    NO_WAGE_RECORD = "no_wage_record", "No direct wage record found for the reference quarter"
    WAGES_NOT_YET_AVAILABLE = "wages_pending", "Wage records for the reference quarter are not yet available"
    NO_SSN = "no_ssn", "Did not disclose a Social Security Number (policy A.2 (a))"
    SELF_EMPLOYMENT = "self_employment", "Career goal or path leads to self-employment (policy A.2 (b))"
    NON_COVERED = "non_covered", "Career goal or path leads to employment not covered by UI (policy A.2 (c))"
    FEDERAL_MILITARY = (
        "federal_military",
        "Career goal or path leads to federal or military employment (policy A.2 (d))",
    )


class ExpectedPath(models.TextChoices):
    """What a training plan or career goal is likely to lead to (policy A.2 (b)-(d))."""

    SELF_EMPLOYMENT = "self_employment", "Self-employment (business owner, independent contractor)"
    NON_COVERED = (
        "non_covered",
        "Non-covered employment (church, religious school, elected office, legislature, judiciary, National Guard)",
    )
    FEDERAL = "federal", "Federal government employment"
    MILITARY = "military", "Military employment"


PATH_REASON = {
    ExpectedPath.SELF_EMPLOYMENT: SelectionReason.SELF_EMPLOYMENT,
    ExpectedPath.NON_COVERED: SelectionReason.NON_COVERED,
    ExpectedPath.FEDERAL: SelectionReason.FEDERAL_MILITARY,
    ExpectedPath.MILITARY: SelectionReason.FEDERAL_MILITARY,
}


class ReferenceQuarter(models.IntegerChoices):
    """The quarter after exit the case collects (WIOA sec. 116(b)(2)(A)(i)(I)-(III))."""

    SECOND = 2, "2nd quarter after exit"
    FOURTH = 4, "4th quarter after exit"


class CaseStatus(models.TextChoices):
    """Where a follow-up case is (django-fsm-2 transitions on ``FollowupCase``)."""

    SELECTED = "selected", "Selected, not yet contacted"
    CONTACTING = "contacting", "Contact attempts under way"
    INTERVIEWED = "interviewed", "Interview completed, awaiting a source document"
    DOCUMENTED = "documented", "Documented (counts for reporting)"
    NO_RESPONSE = "no_response", "Closed: no response"
    REFUSED = "refused", "Closed: declined to take part"
    DIRECT_MATCH = "direct_match", "Closed: a direct wage match arrived"


OPEN_STATUSES = (CaseStatus.SELECTED, CaseStatus.CONTACTING, CaseStatus.INTERVIEWED)


class AttemptMethod(models.TextChoices):
    """How an attempt was made (issue #14; policy A.3 (c))."""

    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    TEXT = "text", "Text message"
    SOCIAL_MEDIA = "social_media", "Social media"
    MAIL = "mail", "Mail"


class Contactee(models.TextChoices):
    """Whom the attempt reached for (policy A.3 (b), (e))."""

    PARTICIPANT = "participant", "Participant"
    ALTERNATE = "alternate", "Alternate contact"
    EMPLOYER = "employer", "Last known employer"


class AttemptOutcome(models.TextChoices):
    """What came of an attempt (policy A.3 (c): was the call completed, was a message left...)."""

    NO_ANSWER = "no_answer", "No answer"
    MESSAGE_LEFT = "message_left", "Message left"
    WRONG_NUMBER = "wrong_number", "Wrong number or address"
    REFUSED = "refused", "Refused"
    SCHEDULED = "scheduled", "Interview scheduled"
    COMPLETED = "completed", "Interview completed"


class IdentityQuestion(models.TextChoices):
    """How the participant proved who they are (policy A.3 (d)); only pass or fail is kept, never the answer."""

    SSN_LAST4 = "ssn_last4", "Last 4 digits of the Social Security Number"
    ADDRESS = "address", "Address"
    DATE_OF_BIRTH = "dob", "Date of birth"


class Respondent(models.TextChoices):
    """Who answered the form (policy A.3 (b), (e))."""

    PARTICIPANT = "participant", "The participant"
    EMPLOYER = "employer", "The last known employer"


class ClassType(models.TextChoices):
    """Form question 2: type of classes enrolled in (policy A.3, Collection of Accurate Information)."""

    WORKFORCE = "workforce", "Adult Workforce Education / Job Training / Career Center / Skilled Trades Program"
    COLLEGE = "college", "College"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Do not know or prefer not to answer"


class CalendarPeriod(models.IntegerChoices):
    """Form employment question 2: the 3-month periods employed."""

    JAN_MAR = 1, "January to March"
    APR_JUN = 2, "April to June"
    JUL_SEP = 3, "July to September"
    OCT_DEC = 4, "October to December"


class WagePeriod(models.TextChoices):
    """The period a wage rate is quoted in (wage conversion chart, federal-specs 2.4)."""

    QUARTER = "quarter", "Total actually paid in the quarter"
    HOURLY = "hourly", "Hourly"
    WEEKLY = "weekly", "Weekly"
    BIWEEKLY = "biweekly", "Every two weeks"
    MONTHLY = "monthly", "Monthly"
    YEARLY = "yearly", "Yearly"


class UnemploymentReason(models.TextChoices):
    """Form employment question 7 (the policy's choices, in order)."""

    INSUFFICIENT_OPPORTUNITY = "insufficient", "Insufficient employment opportunity"
    SELF_EMPLOYED_LACK = "self_employed_lack", "Self-employed / lack of work"
    MILITARY_RELOCATION = "military_relocation", "Military relocation"
    TERMINATION = "termination", "Unemployed due to termination / layoff"
    CLOSURE = "closure", "Unemployed due to permanent closure / substantial layoff at place of employment"
    OTHER = "other", "Other"
    PREFER_NOT = "prefer_not", "Prefer not to answer"


class DocumentKind(models.TextChoices):
    """Acceptable source documents (OWDI 07-2018 as quoted in the policy, Required Documentation)."""

    FORM_941 = "form_941", "Quarterly tax payment form to the IRS (Form 941)"
    PAY_STUBS = "pay_stubs", "Pay stubs (at least two)"
    EMPLOYER_LETTER = "employer_letter", "Signed employer letter on company letterhead"
    COMMISSION = "commission", "Records of income earned from commission"
    DATA_MATCH = "data_match", "Automated data match with a partner under a data sharing agreement"
    PARTNER_RECORD = "partner_record", "WIOA partner administrative record (e.g. TANF, SNAP eligibility)"
    COLLECTION_FORM = "collection_form", "Supplemental wage data collection form with the staff section completed"
    SELF_EMPLOYMENT_WORKSHEET = "se_worksheet", "Self-employment worksheet signed and attested by the participant"


# Documents that are the form the interviewer completed: no upload is needed (policy, Required Documentation).
NO_FILE_NEEDED = {DocumentKind.COLLECTION_FORM}


class DocumentStatus(models.TextChoices):
    """Review state of a document (only an accepted one counts)."""

    RECEIVED = "received", "Received, awaiting review"
    ACCEPTED = "accepted", "Accepted as the source document"
    REJECTED = "rejected", "Not acceptable"


class UploadAudience(models.TextChoices):
    """Who an upload link is for (policy, Required Documentation: participant or employer)."""

    PARTICIPANT = "participant", "The participant"
    EMPLOYER = "employer", "The employer"
