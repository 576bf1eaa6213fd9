"""Stable codes for cases: programs, enrollment and service statuses, PIRL 923 exit reasons, contact methods.

Values are the official PIRL codes where one exists (federal-specs sections 1.3-1.4).
"""

from django.db import models


class Program(models.TextChoices):
    """DOL programs a person can be enrolled in. Wagner-Peyser is PIRL 918; the others matter for co-enrollment
    and common exit (20 CFR 677.150(c)(3); federal-specs 2.2)."""

    WAGNER_PEYSER = "wp", "Wagner-Peyser Employment Service"
    ADULT = "adult", "WIOA Title I Adult"
    DISLOCATED_WORKER = "dw", "WIOA Title I Dislocated Worker"
    YOUTH = "youth", "WIOA Title I Youth"
    TAA = "taa", "Trade Adjustment Assistance"
    JVSG = "jvsg", "Jobs for Veterans State Grants"
    H1B = "h1b", "H-1B skills training grant (never in common exit)"


class EnrollmentStatus(models.TextChoices):
    """Enrollment workflow (manual: WP Enrollment): registered -> enrolled (first participation-triggering
    service) -> exited (90 days with no qualifying service, applied retroactively)."""

    REGISTERED = "registered", "Registered, awaiting a participation-triggering service"
    ENROLLED = "enrolled", "Enrolled (participant)"
    EXITED = "exited", "Exited"


class ServiceStatus(models.TextChoices):
    """A service is recorded as delivered, or scheduled for a future date and later delivered or cancelled."""

    SCHEDULED = "scheduled", "Scheduled"
    DELIVERED = "delivered", "Received"  # the word of the staff form and the seeker's page: one word for one state
    CANCELLED = "cancelled", "Cancelled"


class ServiceCategory(models.TextChoices):
    """How a catalogue service counts (TEGL 10-16 Chg 3 Att. VII Table A; federal-specs 1.4, 2.1-2.2)."""

    STAFF_ASSISTED = "staff_assisted", "Staff-assisted basic career service"
    INDIVIDUALIZED = "individualized", "Individualized career service"
    TRAINING = "training", "Training service"
    SELF_SERVICE = "self_service", "Self-service"
    INFORMATION_ONLY = "information_only", "Information-only"
    FOLLOW_UP = "follow_up", "Follow-up"
    SUPPORTIVE = "supportive", "Supportive service"


# Categories that never trigger participation and never delay exit (federal-specs 2.2; TEGL 10-16 Chg 3 fn. 13).
NON_QUALIFYING_CATEGORIES = frozenset(
    {
        ServiceCategory.SELF_SERVICE,
        ServiceCategory.INFORMATION_ONLY,
        ServiceCategory.FOLLOW_UP,
        ServiceCategory.SUPPORTIVE,
    }
)


class OtherExitReason(models.TextChoices):
    """PIRL 923 Other Reasons for Exit."""

    NONE = "00", "00 — None"
    INSTITUTIONALIZED = "01", "01 — Institutionalized"
    HEALTH = "02", "02 — Health/medical (more than 90 days, precludes employment)"
    DECEASED = "03", "03 — Deceased"
    RESERVE_ACTIVE_DUTY = "04", "04 — Reserve forces called to active duty (90 days or more)"
    FOSTER_CARE = "05", "05 — Foster care (youth only)"
    INELIGIBLE_VR = "06", "06 — Ineligible (Vocational Rehabilitation only)"
    CRIMINAL_OFFENDER = "07", "07 — Criminal offender (Title II section 225)"


class JvsgReferralReason(models.TextChoices):
    """Why a person was referred to Jobs for Veterans State Grants services: PIRL 1114 codes 1-4 (DOL PIRL
    public-use layout PY2022 Q4; federal-specs 1.4). Code 0 (not referred) is never stored: it is the absence of
    a JVSG enrollment."""

    SIGNIFICANT_BARRIER = "1", "Significant barrier to employment"
    TRANSITIONING_SERVICE_MEMBER = "2", "Transitioning service member in need of individualized career services"
    WOUNDED_ILL_INJURED = "3", "Wounded, ill or injured in a military treatment facility, or their caregiver"
    OTHER = "4", "Other reason"


# Participation in other programs during a Wagner-Peyser period (PIRL 907-932; DOL PIRL public-use layout PY2022
# Q4; federal-specs 1.3). Values are the layout's codes; blank means staff have not recorded it. Recording one
# never makes anyone a Wagner-Peyser participant and never changes an exit (20 CFR 677.150; federal-specs 2.1-2.2).


class IncumbentWorkerTraining(models.TextChoices):
    """PIRL 907 Recipient of incumbent worker training, by the funds that paid for it."""

    NO = "0", "No"
    STATEWIDE = "1", "Yes, statewide funds (Governor's reserve or rapid response)"
    LOCAL = "2", "Yes, local formula funds"
    BOTH = "3", "Yes, both statewide and local formula funds"
    H1B = "4", "Yes, an H-1B grant"
    DWG = "5", "Yes, a National Dislocated Worker Grant"
    NFJP = "6", "Yes, a National Farmworker Jobs Program grant"


class YesNoUntracked(models.TextChoices):
    """PIRL 908, 910, 931: 1 yes, 0 no, 9 the grantee cannot track enrollment in the program."""

    YES = "1", "Yes"
    NO = "0", "No"
    UNTRACKED = "9", "Not known (we cannot track this program)"


class TrainingRelatedEmployment(models.TextChoices):
    """PIRL 1608: staff's judgement whether the job in the 2nd quarter after exit is directly related to the
    training received (1 yes, 0 no; no "unknown" code: not recorded is blank)."""

    YES = "1", "Yes"
    NO = "0", "No"


class IndianNativeAmericanProgram(models.TextChoices):
    """PIRL 913 WIOA section 166 (blank when the person received no services from it)."""

    YES = "1", "Yes, received services"
    REPORTABLE = "2", "Only gave contact details, used self-service or received information"


class VocationalRehabilitation(models.TextChoices):
    """PIRL 917: state vocational rehabilitation (Rehabilitation Act title I) and/or VA VR&E (38 USC ch. 31)."""

    NO = "0", "No"
    VR = "1", "Yes, state vocational rehabilitation"
    VRE = "2", "Yes, VA Veteran Readiness and Employment"
    BOTH = "3", "Yes, both"
    UNKNOWN = "9", "Not known"


class SnapEmploymentTraining(models.TextChoices):
    """PIRL 921 SNAP employment and training services (not SNAP benefits alone); blank when not known."""

    YES = "1", "Yes"
    NO = "0", "No"


class NationalDwg(models.TextChoices):
    """PIRL 932 National Dislocated Worker Grant (WIOA section 170)."""

    YES = "1", "Yes, a grant participant"
    REPORTABLE = "2", "Only gave contact details, used self-service or received information"
    NO = "0", "No"
    UNTRACKED = "9", "Not known (we cannot track this program)"


class RecognizedCredentialType(models.TextChoices):
    """PIRL 1800 type of recognized credential, codes 1-7 (DOL PIRL public-use layout PY2022 Q4; federal-specs 1.5).
    Code 0 (none attained) is never stored: it is the absence of one in the window (``cases.credentials``)."""

    SECONDARY = "1", "Secondary school diploma or recognized equivalent"
    ASSOCIATE = "2", "Associate degree (AA or AS)"
    BACHELOR = "3", "Bachelor's degree (BA or BS)"
    LICENSURE = "4", "Occupational licence"
    CERTIFICATE = "5", "Occupational certificate"
    CERTIFICATION = "6", "Occupational certification"
    OTHER = "7", "Other recognized diploma, degree or certificate"


# Service categories that are career services (basic staff-assisted or individualized): the only services a DVOP
# specialist's PIRL 1005 date can come from ("any career service provided by a DVOP specialist").
CAREER_SERVICE_CATEGORIES = frozenset({ServiceCategory.STAFF_ASSISTED, ServiceCategory.INDIVIDUALIZED})


class ContactMethod(models.TextChoices):
    """How a participant was told about the post-exit wage survey (Oklahoma supplemental wage policy A.1)."""

    IN_PERSON = "in_person", "In person (individual or group meeting)"
    PHONE = "phone", "Telephone conversation"
    VOICEMAIL = "voicemail", "Voice message"
    EMAIL = "email", "Email"
    TEXT = "text", "Text message"
    SOCIAL_MEDIA = "social_media", "Social media"


class NoteKind(models.TextChoices):
    """What a case note is about."""

    GENERAL = "general", "General"
    CONTACT = "contact", "Contact with the customer"
    SERVICE = "service", "Service"
    ENROLLMENT = "enrollment", "Enrollment"
    EXIT = "exit", "Exit"
    JOB_ORDER = "job_order", "Job order"
    ADDENDUM = "addendum", "Addendum (correction)"


class EmployerServiceCode(models.TextChoices):
    """Services to employers recorded for employer reporting (manual: Employer Case Notes & Services)."""

    JOB_ORDER_TAKEN = "job_order_taken", "Job order taken"
    HIRING_EVENT = "hiring_event", "Hiring event"
    RECRUITMENT = "recruitment", "Recruitment assistance"
    LMI = "lmi", "Labor market information provided"
    OUTREACH = "outreach", "Business outreach / information"


class EventKind(models.TextChoices):
    """Events calendar entries (manual: WP Enrollment — tracked services using the Events Calendar)."""

    WORKSHOP = "workshop", "Workshop (staff-assisted)"
    INFORMATIONAL = "informational", "Informational workshop (information-only)"
    HIRING_EVENT = "hiring_event", "Hiring event"


class PriorityTier(models.IntegerChoices):
    """Priority of service (38 U.S.C. 4215; 20 CFR 1010; manual: Job Seekers - Service Policy). Lower is first."""

    DISABLED_VETERAN = 1, "Disabled veteran (priority over other veterans)"
    COVERED_PERSON = 2, "Covered person (veteran or eligible spouse)"
    NONE = 3, "No priority of service"
