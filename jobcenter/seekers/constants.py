"""User-facing messages for job seeker rules (tests assert on these constants)."""

SSN_INVALID = "Enter a valid Social Security number (9 digits; not 000, 666 or 9xx in the first three, not 00 in the middle two, not 0000 in the last four)."
SSN_FULL_VIEW_DENIED = "Your role cannot view full Social Security numbers."
DOB_IN_FUTURE = "Date of birth cannot be in the future."
DOB_REQUIRED = "Enter a date of birth."
DISLOCATION_IN_FUTURE = (
    "The date of dislocation is the last day already worked at the lost job; it cannot be in the future."
)
PHONE_INVALID = "Enter a valid US phone number with area code, like (816) 555-0123."
ADDRESS_UNPARSEABLE = (
    "We could not read this as a US street address. Enter the house number and street, like 123 Main St."
)
STATE_INVALID = "Enter a two-letter US state code, like MO."
POSTCODE_INVALID = "Enter a 5-digit ZIP code (or ZIP+4)."
NOTIFY_EMAIL_NEEDS_EMAIL = "To be notified by email, enter an email address."
NOTIFY_TEXT_NEEDS_MOBILE = (
    "To be notified by text message, enter a mobile phone number and confirm it can receive texts."
)
NOTIFY_MAIL_NEEDS_ADDRESS = "To be notified by mail, enter a full postal address (street, city, state, ZIP)."
WORK_AUTHORIZATION_REQUIRED = "Confirm that you are legally authorized to work in the United States."
ONET_SOC_INVALID = "Enter an O*NET-SOC code like 15-1252.00."
END_BEFORE_START = "The end date cannot be before the start date."
DUPLICATES_FOUND = "We found accounts that may belong to this person. Check them before creating a new account."
PORTAL_DUPLICATES_FOUND = (
    "It looks like you may already have an account. Contact your job center to get back into it, "
    "or confirm below that none of these is you."
)
PROCEED_REASON_REQUIRED = "Say why a new account is needed although possible duplicates were found; it is recorded."
SEARCH_NEEDS_A_KEY = "Enter at least one thing to search by."
LAST4_NEEDS_DOB = "Searching by the last four digits of the SSN also needs the date of birth."
LAST4_INVALID = "Enter exactly four digits."
REVEAL_REASON_REQUIRED = "Say why you need the full number; it is recorded."
REVEAL_REASON_CHOICE = "Choose why you need the full number."
REVEAL_DETAIL_MIN_LENGTH = 20
REVEAL_DETAIL_TOO_SHORT = (
    "Explain in a sentence (at least 20 characters) what you are doing that needs the full number; it is recorded."
)
MERGE_SAME_RECORD = "A record cannot be merged with itself."
MERGE_NOT_ACTIVE = "Only active records can be merged; one of these has already been merged."
MERGE_DIFFERENT_SSNS = (
    "These accounts have different Social Security numbers. Choose the account with the correct SSN "
    "as the primary and confirm the choice."
)
MERGE_PRIMARY_LACKS_SSN = "Only one account has an SSN; it must be the primary account."
MERGE_ONE_TO_ONE_CONFLICT = "Both accounts have a {model}; resolve it by hand before merging."
MERGE_ROW_CONFLICT = "A {model} row of the duplicate clashes with one of the primary account; resolve it by hand."
MERGE_REQUEST_EXISTS = "There is already an open merge request for these two accounts."
MERGE_UNKNOWN_STATE_ID = "No active job seeker has this State ID."
MERGE_NOT_PENDING = "This merge request has already been decided."
UNMERGE_NOT_MERGED = "Only a merged request can be undone."
REGISTERED_PENDING_REVIEW = (
    "This Social Security number is already on file, so the new account waits for the Customer Support Unit's "
    "identity check; both accounts are in the duplicate queue."
)
IDENTITY_REVIEW_PENDING = "Identity check pending: this account was registered with an SSN already on file."
DUPLICATE_REPORT_PASSED_ON = (
    "Thank you. If that State ID belongs to an active account, the Customer Support Unit will review the two."
)
USERNAME_TAKEN = "A user with that username already exists."

# Staff change of an SSN (the person's record)
SSN_CHANGE_DENIED = "Your role cannot change Social Security numbers."
SSN_CHANGE_REASON_REQUIRED = "Say why the number changes (for example, the document you checked); it is recorded."
SSN_CHANGE_IN_USE = (
    "Another active account (State ID {state_id}) has this Social Security number. If it is the same person, "
    "report the duplicate so CSU can merge the accounts."
)
SSN_CHANGE_SAME = "This is already the person's Social Security number."
SSN_CHANGED = "The Social Security number was changed. Only its last four digits are shown."
SEARCH_NAME_LETTERS = "Name: type at least one letter."
