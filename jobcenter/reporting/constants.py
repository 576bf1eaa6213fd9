"""User-facing messages of the reporting app (tests assert on them)."""

EDIT_REQUIRED = "This element is required in every record."
EDIT_DATE_FORMAT = "Dates are written YYYYMMDD and must be real calendar dates."
EDIT_INTEGER_FORMAT = "Whole number of at most {width} digits expected."
EDIT_WAGES_FORMAT = "Wages are dollars with at most two decimals (for example 4512.07)."
EDIT_TEXT_FORMAT = "At most {width} characters."
EDIT_ID_IS_SSN = "The unique individual identifier looks like a Social Security number; it must never be one."
EDIT_INVALID_CODE = "{value} is not a valid code here (valid: {codes})."
EDIT_INVALID_OCCUPATION = (
    "{value} is not an O*NET-SOC occupational code: 2 to 8 digits starting with a SOC major group (11 to 55, odd)."
)
EDIT_INVALID_INDUSTRY = (
    "{value} is not a NAICS industry code: 2 to 6 digits starting with a NAICS sector, or 999999 when wages exist "
    "but the industry is not known."
)
EDIT_WAGES_RANGE = "Wages above 999999.99 are not possible; 999999.99 means not yet available."
EDIT_DUPLICATE = "Same person and date of program entry as the record on line {line}."
EDIT_EXIT_BEFORE_ENTRY = "The date of program exit is before the date of program entry."
EDIT_BIRTH_AFTER_ENTRY = "The date of birth is on or after the date of program entry."
EDIT_VETERAN_DETAIL_WITHOUT_VETERAN = "Veteran details are filled in although the person is not recorded as a veteran."
EDIT_FOSTER_CARE_YOUTH_ONLY = "Exit reason 05 (foster care) applies to youth participants only."
EDIT_INELIGIBLE_VR_ONLY = "Exit reason 06 (ineligible) applies to Vocational Rehabilitation only."
EDIT_OUTCOME_WITHOUT_EXIT = "Outcomes after exit are filled in although the record has no date of program exit."
EDIT_MATCH_DISAGREES = "Employed code {employed} does not agree with type of employment match {match}."
EDIT_MATCH_MISSING = "The type of employment match is missing for a reported employment status."
EDIT_WAGES_WHEN_NOT_EMPLOYED = "Wages are reported for a quarter in which the person was not employed."
EDIT_WAGES_WHEN_NOT_AVAILABLE = "Wages must be 999999.99 while employment is not yet available."
EDIT_NO_WAGES_WHEN_MATCHED = "A wage-record match needs wages greater than zero."
EDIT_RETENTION_WITHOUT_EMPLOYMENT = (
    "Retention with the same employer needs employment in both the 2nd and 4th quarters."
)
EDIT_ENTRY_REQUIRED = "A participant's record needs the date of program entry."
EDIT_CONTACT_REQUIRED = "A reportable individual's record needs the date of most recent contact."
EDIT_REPORTABLE_HAS_PARTICIPANT_DATE = (
    "A reportable individual has no date of program entry or exit; those are a participant's dates."
)
EDIT_REPORTABLE_HAS_PARTICIPANT_SERVICE = (
    "A reportable individual received only self-service or information-only services; this service makes the "
    "person a participant."
)
EDIT_DVOP_WITHOUT_CAREER_SERVICE = (
    "A career service by a DVOP specialist is dated after the most recent career service (or that date is missing)."
)
EDIT_SERVICE_AFTER_EXIT = "This service is dated after the date of program exit, which is the last service date."
EDIT_FEDERAL_CONTRACTOR_NOT_COVERED = (
    "Federal contractor job dates are recorded only for disabled, campaign or recently separated veterans."
)
EDIT_JVSG_TSM_NOT_TSM = "Referral to JVSG as a transitioning service member, but the person is not recorded as one."
EDIT_DISLOCATION_BEFORE_BIRTH = "The date of actual dislocation is on or before the date of birth."
EDIT_DISLOCATION_AFTER_EXIT = "The date of actual dislocation is after the date of program exit."
EDIT_CREDENTIAL_WITHOUT_TRAINING = "A type of recognized credential is reported only when training was received."
EDIT_CREDENTIAL_DATE_MISSING = "A recognized credential needs the date it was attained."
EDIT_CREDENTIAL_DATE_WITHOUT_TYPE = "A date attained is reported only with the type of recognized credential."
EDIT_CREDENTIAL_BEFORE_ENTRY = "The recognized credential was attained before the date of program entry."
EDIT_CREDENTIAL_TOO_LATE = "The recognized credential was attained more than one year after the date of program exit."
EDIT_RELATED_WITHOUT_TRAINING = "Employment related to training is reported only when training was received."
EDIT_RELATED_WITHOUT_EMPLOYMENT = (
    "Employment related to training is reported only when the person was employed in the 2nd quarter after exit."
)
EDIT_PLAN_BEFORE_ENTRY = "The employment plan is dated before the date of program entry."
EXPORT_REFUSED = "Export refused: {count} edit check failure(s) must be corrected first."
NO_WAGE_ENGINE = "No wage data engine is installed yet: employment after exit is reported as not yet available."

REPORT_NO_SNAPSHOT = "No report has been prepared for this quarter yet."
REPORT_STARTED = "Preparing the report. This page shows the progress."
DRILL_OUTSIDE_SCOPE = "{count} people in this group are outside your area and are not listed."
NEGOTIATED_NONE = "No negotiated level on record"
