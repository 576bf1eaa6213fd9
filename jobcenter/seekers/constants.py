"""User-facing messages for job seeker rules (tests assert on these constants)."""

SSN_INVALID = "Enter a valid Social Security number (9 digits; not 000, 666 or 9xx in the first three, not 00 in the middle two, not 0000 in the last four)."
SSN_FULL_VIEW_DENIED = "Your role cannot view full Social Security numbers."
DOB_IN_FUTURE = "Date of birth cannot be in the future."
