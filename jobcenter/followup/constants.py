"""Messages people read (tests assert on these). Staff messages name the policy section they come from."""

EMPLOYER_TOO_EARLY = (
    "The last known employer may be contacted only after {n} documented attempts to reach the participant "
    "(supplemental wage policy A.3 (c), (e))."
)
EMPLOYER_NO_CONSENT = (
    "The employer may be contacted only with the participant's signed consent form on file (OWDI 07-2018)."
)
ALTERNATE_NEEDED = "Choose which alternate contact was tried (add them first if they are not listed)."
ALTERNATE_NOT_THEIRS = "That alternate contact is not one of this participant's."
ALTERNATE_ONLY_FOR_ALTERNATE = "Name an alternate contact only when the attempt was to an alternate contact."
ASSIGNEE_CANNOT_WORK = "Choose an interviewer who works this participant's region."
ATTEMPT_IN_FUTURE = "An attempt cannot be logged in the future."
CASE_CLOSED = "This case is closed."
IDENTITY_FIRST = "Verify the participant's identity before the interview (supplemental wage policy A.3 (d))."
IDENTITY_FAILED = (
    "Identity could not be verified: do not collect information. Try again on another contact (policy A.3 (d))."
)
IDENTITY_QUESTION_NOT_ON_FILE = "This person has no Social Security number on file: ask another question."
INTRODUCTION_INCOMPLETE = "Give all six points of the introduction before the interview (policy A.3 (f))."
EDUCATION_SKIPPED_FOR_EMPLOYER = "Skip the education questions when the employer answers (policy A.3)."
CLASS_TYPE_NEEDED = "Choose the type of classes (question 2) when the person enrolled."
EMPLOYED_NEEDS_PERIOD = "Tick the 3-month periods the person was employed."
EMPLOYER_NEEDED = "Give the place of employment."
FEIN_INVALID = "An FEIN has 9 digits."
WAGE_NEEDED = "Give the wage and its period for the reference quarter."
HOURS_NEEDED = "An hourly wage needs the approximate hours worked each week."
ACTUALLY_PAID = "Only wages actually paid in the quarter count, not promised amounts (policy B): confirm or correct."
REASON_NEEDED = "Choose the reason for unemployment."
WORKSHEET_INCOMPLETE = "The self-employment worksheet needs gross receipts, expenses and the signed attestation."
INTERVIEW_EXISTS = "The interview for this case is already complete."
DOC_FILE_NEEDED = "Attach the document."
DOC_TYPE = "Upload a PDF, JPEG or PNG file."
DOC_TOO_BIG = "The file is larger than {mb} MB."
DOC_EMPTY = "The file is empty."
PAY_STUBS_MIN = "Pay stubs count only when there are at least {n} (OWDI 07-2018)."
FORM_NEEDS_INTERVIEW = "The collection form counts only when the interview is complete (staff section)."
WORKSHEET_NEEDS_SELF_EMPLOYMENT = "A self-employment worksheet needs the interview's signed self-employment worksheet."
DOC_FIELDS_NEEDED = "When employed, record the O*NET code, 2-digit NAICS, FEIN, employer, city, state and earnings."
ONET_INVALID = "An O*NET code looks like 47-2031.00."
NAICS_INVALID = "Give the 2-digit NAICS sector."
ALREADY_REVIEWED = "This document was already reviewed."
ALREADY_DOCUMENTED = "This case already has an accepted source document."
LINK_INVALID = (
    "This upload link is not valid. It may have expired or already been used; ask your interviewer for a new one."
)
LINK_RATE_LIMITED = "Too many tries. Please wait an hour and try again."
LINK_THANKS = "Thank you. Your document was received."
CLOSE_REASON_NEEDED = "Say why the case is closed: no response, or declined."
CANNOT_CLOSE = "Only a case that is still open can be closed this way."

INTRODUCTION_POINTS = [
    "Introduce yourself and the purpose of the contact; remind them they were told about this survey at program "
    "entry; the purpose is continuous quality improvement.",
    "Participation is voluntary, everything shared is kept strictly confidential, and there is no penalty for "
    "not taking part.",
    "Remind them of the services they received (which services, when and where).",
    "Describe the questions: employment status and earnings in the 2nd and 4th quarters after exit.",
    "Say how long the interview usually takes; offer another time if now is not convenient.",
    "Thank them in advance; we seek honest, truthful information to evaluate our services.",
]

# The confirmation after "Take this case" (the page otherwise changes only in the interviewer's name).
CASE_TAKEN = "The case is yours: it is listed under “Only my cases” in the wage follow-up queue."
