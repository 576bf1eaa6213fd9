"""Bounds, messages, procedure text and citations for the complaint pages (20 CFR 658 Subpart E; ADR 0045)."""

NAME_MAX = 200
CONTACT_MAX = 200
AGENCY_MAX = 200
DESCRIPTION_MAX = 4000
ACTION_TEXT_MAX = 2000
RESOLUTION_MAX = 4000
LOG_PAGE_SIZE = 50
EXPORT_MAX_ROWS = 10000  # the CSV export of the log is bounded; narrow the filters past this

# 20 CFR 658.422 [verified, docs/shared reference 5.4]: an MSFW complaint about an employment-related law must be
# taken in writing and referred to the enforcement agency.
MSFW_LAW_IN_WRITING = (
    "A complaint by a migrant or seasonal farmworker about an employment-related law must be taken in writing "
    "(20 CFR 658.422)."
)
MSFW_LAW_REFERRAL_FIRST = (
    "Refer this complaint to the enforcement agency before recording a resolution: a complaint by a migrant or "
    "seasonal farmworker about an employment-related law must be referred (20 CFR 658.422)."
)
COMPLAINANT_REQUIRED = "Choose the person's record, or enter the name of a person who has no record."
COMPLAINANT_BOTH = "Choose the person's record or enter a name, not both."
RESPONDENT_EMPLOYER_REQUIRED = "Choose the employer the complaint is against."
EMPLOYER_NOT_FOUND = (
    "No employer on file matches \u201c{typed}\u201d. Check the spelling or enter the FEIN (NN-NNNNNNN); if the "
    "employer is not on file, choose \u201cSomeone else\u201d and name it."
)
EMPLOYER_AMBIGUOUS = (
    "More than one employer could be \u201c{typed}\u201d: {shown}{more}. Be more specific: enter one of these as "
    "shown, or the employer's FEIN."
)
EMPLOYER_DID_YOU_MEAN = (
    "No employer is named exactly \u201c{typed}\u201d. Did you mean {shown}? Enter it as shown, or its FEIN."
)
EMPLOYER_CANDIDATES_SHOWN = 5
RESPONDENT_NAME_REQUIRED = "Enter who the complaint is against."
DESCRIPTION_REQUIRED = "Describe the complaint."
FILED_IN_FUTURE = "The date filed cannot be in the future."
CENTER_OUT_OF_SCOPE = "Choose a job center you work for."
AGENCY_REQUIRED = "Name the enforcement agency the complaint was referred to."
TEXT_REQUIRED = "Enter what was done."
RESOLUTION_REQUIRED = "Enter the resolution."
DATE_IN_FUTURE = "The date cannot be in the future."
TRANSITION_REFUSED = "This complaint is {status}; that step is not possible now."

PROCEDURE = [
    "Every job center keeps staff available to take complaints and shows the complaint poster (20 CFR 658.410).",
    "Each complaint is entered in the central complaint log with the complainant, the respondent, the date filed, "
    "whether the complainant is a migrant or seasonal farmworker, whether it is about an employment-related law or "
    "about the Employment Service regulations, and the actions taken and the resolution (20 CFR 658.410(c)).",
    "A complaint by a migrant or seasonal farmworker about an employment-related law is taken in writing and "
    "referred to the enforcement agency (for example the Wage and Hour Division); record the agency and the date "
    "referred (20 CFR 658.422).",
    "A complaint against the national office of the Employment and Training Administration goes to the Assistant "
    "Secretary (20 CFR 658.426).",
    "The State Monitor Advocate reviews the log; record each action with its date, then the resolution, then close "
    "the complaint.",
]
