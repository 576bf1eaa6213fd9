"""User-facing messages for employer rules (tests assert on these constants)."""

FEIN_INVALID_LENGTH = "FEIN: enter the 9-digit federal employer identification number, as NN-NNNNNNN."
FEIN_INVALID_FORMAT = "FEIN: use digits only, as NN-NNNNNNN."
FEIN_INVALID_PREFIX = (
    "FEIN: {prefix} is not a valid IRS campus prefix for the first two digits; check the number on the "
    "employer's IRS notice (Form SS-4 confirmation)."
)
FEIN_DUPLICATE = "FEIN: an employer account with this FEIN already exists ({name}). Ask CSU to add you to it."
NAICS_UNKNOWN = "NAICS: {code} is not a 2022 NAICS code. Enter a 2- to 6-digit code such as 722511."
ATTESTATION_REQUIRED = (
    "You must have a position for which you are seeking applicants before creating an employer account."
)
TERMS_REQUIRED = "Read and accept the terms of service to continue."
TERMS_NOT_ACCEPTED = (
    "Your company has not accepted the current terms of service (version {version}). Accept them before "
    "submitting job orders."
)
NO_CURRENT_TERMS = "No terms of service are in force; ask an administrator to publish them."
PENDING_NOTICE = (
    "Your account is pending verification by the Customer Support Unit (usually within 48 hours). You can "
    "enter job orders now; they go online once your account is verified."
)
USERNAME_TAKEN = "That username is taken; choose another."
DENY_REASON_REQUIRED = "Give the reason the employer could not be verified."
TRANSITION_NOT_ALLOWED = "This employer is {status}; that action is not possible now."

# Discontinuation of services (20 CFR 658.501-504)
CASE_NOT_ACTIVE_EMPLOYER = "Only an active employer's services can be discontinued (this employer is {status})."
CASE_ALREADY_OPEN = "A discontinuation case is already open for this employer."
CASE_FACTS_REQUIRED = "Describe the facts that support the reason (they go into the written notice)."
CASE_DECISION_TOO_EARLY = (
    "The employer has until {due} to respond (20 CFR 658.502). Record their response or wait until the "
    "period has passed before discontinuing services."
)
CASE_WRONG_STATUS = "This case is {status}; that step is not possible now."
CASE_DECISION_UNKNOWN = "Choose discontinue or withdraw."
REINSTATEMENT_ALREADY_PENDING = "A reinstatement request is already pending for this case."
REINSTATEMENT_TEXT_REQUIRED = "Describe how the causes of discontinuation were corrected."

# The first published terms of service (also published by migration 0003; kept here for tests and tools).
DEFAULT_TERMS_VERSION = "2024.1"
DEFAULT_TERMS_BODY = """You may not sell or repost job seeker information found in the system.

You must have a bona fide job opening to use the system. You may not post job orders for positions that are (1) not currently open for hiring (for example, to build a pool of future applicants), (2) used as a source of sales leads, or (3) related to network marketing or pyramid schemes.

An employer-employee relationship must exist: you hire the employee directly, pay the required federal taxes and provide a W-2 at the end of the year."""

# Job center of the employer (manual: Job Orders from Employers with a Work Site Located in Another JC's Area)
JOB_CENTER_REQUIRED = "Choose the job center that serves this employer."
NO_JOB_CENTER_FOR_ZIP = (
    "We could not find the job center that serves ZIP code {zip}. Call the Customer Support Unit; they will "
    "assign one, and you can then enter the order."
)
WORKSITE_REQUIRED = "Choose the worksite where the work is done, or add one."
WORKSITE_REMOVED = "Worksite removed. Job orders already entered keep their address."
CONTACT_REMOVED = "Contact removed."
