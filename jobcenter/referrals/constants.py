"""What people read about referrals: a plain sentence for the job seeker or employer, and for staff the procedure
with its citation (manual = Missouri Wagner-Peyser & Labor Exchange Manual, rev. Jan 2024)."""

# Code of the referral service recorded on the person's case (service catalogue, PIRL 1105 "referred to
# employment"); the catalogue's code for it is looked up by this PIRL element, so a state list replacing the
# placeholder codes keeps working.
REFERRAL_SERVICE_PIRL = 1105

CITE_POLICY = "manual: Job Seekers - Service Policy"
CITE_DISPUTES = "manual: Job Orders and Labor Disputes; 20 CFR 652.9"
CITE_REVIEW = "manual: Manage Labor Exchange Tools, Referrals Pending Review"
CITE_CONFIDENTIAL = "manual: Job Order from Employer Requesting Confidentiality"
CITE_H2A = "manual: H-2A and H-2B Job Orders"
CITE_DISCONTINUED = "manual: Discontinuation of Services; 20 CFR 658.501"
CITE_BONA_FIDE = "manual: Employer Request for Workers without Placing Bona Fide Job Orders"
CITE_REGISTRATION = "manual: Registration Requirements"

# (plain text for the job seeker, staff text with citation)
ORDER_ON_HOLD = (
    "This job is not taking applications right now.",
    "The order is on hold: no referrals while it is on hold (manual: Job Orders).",
)
ORDER_DISPUTE_AT_ISSUE = (
    "This job is not taking applications right now.",
    "The position is at issue in a labor dispute: no referral may aid in filling it (" + CITE_DISPUTES + ").",
)
ORDER_CLOSED = ("This job is closed.", "The order is closed: no referrals (manual: Job Orders).")
ORDER_FILLED = ("This job has been filled.", "The order is filled: no referrals (manual: Job Orders).")
ORDER_EXPIRED = (
    "This job is no longer taking applications.",
    "The order has expired (its last day to apply has passed): no referrals (manual: Job Orders).",
)
ORDER_NOT_ONLINE = (
    "This job is not open for applications.",
    "The order is not online (not yet entered, in screening, or not entered as a bona fide order): no referrals "
    "(" + CITE_BONA_FIDE + ").",
)
ORDER_REFUSED = (
    "This job is not open for applications.",
    "Screening refused the order (contrary to law): no referrals (" + CITE_POLICY + ", "
    '"Make no referral to a position ... contrary to federal, state, or local law").',
)
EMPLOYER_NOT_SERVED = (
    "This job is not open for applications.",
    "The employer is not being served (services discontinued, denied or not verified): no referrals "
    "(" + CITE_DISCONTINUED + ").",
)
SEEKER_INACTIVE = (
    "Your record cannot be used for referrals. Please contact your job center.",
    "The person's record was merged into another one: refer the surviving record.",
)
ALREADY_REFERRED = (
    "You have already asked to be referred to this job.",
    "This person already has a referral to this order: one person, one order, one referral.",
)
NOT_AUTHORIZED_TO_WORK = (
    "You need to confirm that you may legally work in the United States before asking for a referral.",
    "The person has not attested legal authorization to work (" + CITE_POLICY + ': "legally eligible to work '
    'in the U.S.").',
)
REQUIREMENTS_UNMET = (
    "You do not meet the minimum requirements of this job: {unmet}.",
    "The person does not meet the order's minimum requirements ({unmet}): a referral should not be issued "
    "(" + CITE_REVIEW + ").",
)
ENROLLMENT_REQUIRED = (
    "Please contact your job center to complete your enrollment.",
    "No active Wagner-Peyser enrollment: complete the WP enrollment before issuing the referral "
    "(" + CITE_REVIEW + "; manual: WP Enrollment).",
)
DISPUTE_NOTICE_NEEDED = (
    "You must receive the written labor dispute notice before this referral.",
    "A labor dispute exists at this employer but the position is not at issue: give the person the written "
    "notice before or at the referral, and record it (" + CITE_DISPUTES + "(b)).",
)
CONFIDENTIAL_ONLY_HOLDER = (
    "This request is handled by the job center that holds the job.",
    "Confidential order: referrals are coordinated through the job center holding the order and made by the "
    "staff member responsible for it ({who}) (" + CITE_CONFIDENTIAL + ").",
)
NOT_YOUR_QUEUE = (
    "This request is handled by the job center that holds the job.",
    "Only staff of {center}, which holds the order, work its Referrals Pending Review (" + CITE_REVIEW + ").",
)
CONSENT_NOTE_REQUIRED = "Write down when the person agreed by phone to be referred to this job (" + CITE_REVIEW + ")."
CONSENT_REQUIRED = (
    "Staff may issue a referral only when the person is present or agreed by phone to apply for this job "
    "(" + CITE_REVIEW + ")."
)
DENY_REASON_REQUIRED = "Give the reason for not referring this person (the person is told it)."
NOT_PENDING = "This referral is no longer waiting for review ({status})."
OUTCOME_INVALID = "Choose hired, not hired, did not show up, or turned down the job."
OUTCOME_NOT_REFERRED = "An outcome can be recorded only for a person who was referred ({status})."
OUTCOME_DATE_FUTURE = "The date of the outcome cannot be in the future."
OUTCOME_DATE_BEFORE = "The date of the outcome cannot be before the referral ({date})."

# Why an order sends referrals to Referrals Pending Review (staff text).
REVIEW_H2A = (
    "H-2A order: staff screen every applicant and send approved applications to the employer (" + CITE_H2A + ")"
)
REVIEW_CONFIDENTIAL = "Confidential employer: referrals go through the holding job center (" + CITE_CONFIDENTIAL + ")"
REVIEW_EMPLOYER_CHOICE = "The employer asked that referrals be screened before release (" + CITE_REVIEW + ")"

SELF_PENDING_PLAIN = (
    "Your request was sent to the job center. Staff check that you meet the job's requirements and will let you know."
)
H2A_NO_ADDRESS = (
    "The order gives no address for applications and the employer has no email address or portal user: send "
    "{person}'s application, résumé and profile to the employer as the order instructs, or ask the FLC Coordinator "
    "(" + CITE_H2A + ")."
)
H2A_SUBJECT = "Applicant referred by the job center for {order}"

# Referrals Pending Review: the person's qualifications beside the order's minimum requirements.
REVIEW_WORK_LINE = "{title} ({start} to {end})"
REVIEW_CREDENTIAL_EXPIRED = "{name} (expired {on})"
REVIEW_CREDENTIAL_EXPIRES = "{name} (valid until {on})"
REVIEW_NOT_RECORDED = "Not recorded"
