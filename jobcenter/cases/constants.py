"""User-facing messages of the cases app (tests assert on these)."""

ENROLLMENT_REQUIRED = (
    "This person has no active Wagner-Peyser enrollment. Complete a WP enrollment (with a case manager) "
    "before recording staff-assisted services or issuing referrals."
)
PROGRAM_ENROLLMENT_REQUIRED = (
    "This person has no active {program} enrollment; enroll them before recording its services."
)
ALREADY_ENROLLED = "This person already has an open {program} enrollment (since {since})."
CASE_MANAGER_REQUIRED = "Every Wagner-Peyser participant needs a case manager: choose one."
CASE_MANAGER_WRONG_CENTER = "The case manager must work in the job center chosen for this enrollment."
CASE_MANAGER_NOT_STAFF = "The case manager must be a job center staff member who can record services."
CSU_CENTER_REQUIRED = "Enrollments made by the Customer Service Unit need the job center the person chooses."
UNKNOWN_SERVICE = "There is no service with code {code} in the catalogue on {date}."
SERVICE_DATE_FUTURE = "A service cannot be recorded as received on a future date; schedule it instead."
SCHEDULE_DATE_PAST = "A scheduled service must be on a future date; record a past service as received."
SERVICE_BEFORE_REGISTRATION = "The service date is before this person's WP registration ({registered})."
SERVICE_TOO_OLD = "Services more than {days} days old cannot be entered here; ask a supervisor."
NOTE_EMPTY = "Write the note before saving it."
NOTE_TARGET = "A case note is written on exactly one job seeker or one employer."
ADDENDUM_TARGET = "An addendum must be written on the same record as the note it corrects."
SURVEY_TEMPLATE_PARTS = (
    "The survey message must state participant expectations, required documentation and the collection timeframe."
)
SURVEY_NOT_PARTICIPANT = (
    "Only a person with a Wagner-Peyser enrollment can be informed about the follow-up survey here."
)
EXIT_REASON_NOT_NONE = "Choose one of the PIRL 923 reasons (01-07)."
EXIT_REASON_DATE_FUTURE = "The date of the exit reason cannot be in the future."
# The procedure and citation on the "Other reason for exit" page (staff pages: procedure + citation).
OTHER_EXIT_REASON_PROCEDURE = (
    "Record a reason only when the person left the program because of it: placed in an institution (a prison, a "
    "hospital or care home), a health or medical condition expected to last more than 90 days that keeps them from "
    "working, death, a call to active duty in the reserve forces for 90 days or more, foster care (youth only), "
    "found ineligible (Vocational Rehabilitation only), or a criminal offender served under WIOA Title II section 225. "
    "Enter the date the reason arose. The reason is reported with the date of exit, and the period is left out of "
    "the employment rate and median earnings indicators."
)
OTHER_EXIT_REASON_CITATION = (
    "Participant Individual Record Layout (PIRL) element 923, Other Reasons for Exit, reported with PIRL 901, Date "
    "of Program Exit (ETA-9172); TEGL 10-16, Change 3, Attachment II, Tables A-C; 20 CFR 677.155."
)
OTHER_EXIT_REASON_NOT_EXITED = "— (not exited)"  # PIRL 923 on the record before an exit (rules.other_exit_reason_text)
EVENT_SERVICE_INFORMATIONAL = (
    "An informational workshop records an information-only service; choose an information-only code."
)
EVENT_SERVICE_NOT_INFORMATIONAL = "A workshop records a participation-triggering service; choose a staff-assisted code."
ATTENDEE_NOT_ENROLLED = "{name}: no active WP enrollment, attendance not recorded as a service."
ATTENDEE_ALREADY = "{name}: attendance already recorded."
SURVEY_DATE_FUTURE = "The date the person was informed cannot be in the future."
SURVEY_METHOD = "Choose how the person was informed."
FOLLOW_UP_NEEDS_PARTICIPANT = "Follow-up is recorded only for people who have been Wagner-Peyser participants."
SUPPORTIVE_NEEDS_PARTICIPANT = (
    "Supportive services are only for participants: record a participation-triggering service first."
)
DVOP_NOT_CAREER_SERVICE = (
    "Only a staff-assisted or individualized career service can be marked as provided by a DVOP specialist."
)
JVSG_REASON_REQUIRED = "Choose why the person is referred to Jobs for Veterans State Grants services."
JVSG_REASON_NOT_JVSG = "A reason for referral to Jobs for Veterans State Grants applies to JVSG enrollments only."
OTHER_PROGRAMS_WP_ONLY = "Other programs are recorded on the Wagner-Peyser enrollment of the period."
CREDENTIAL_IN_FUTURE = "A credential cannot be attained in the future."
