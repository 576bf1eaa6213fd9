"""User-facing messages of duplicate detection (tests assert on these). SSNs are never part of a message."""

MISSING_COLUMNS = "The header is missing the column(s): {columns}."
UNKNOWN_COLUMNS = "The header has column(s) this command does not know: {columns}."
REPEATED_COLUMNS = "The header names a column more than once."
NO_HEADER = "The file is empty: expected a header line naming the columns."
NO_ROWS = "The file has a header but no records."
NOT_CSV = "Line {line}: the file is not readable CSV ({error})."
CANNOT_READ = "Cannot read {path}: {error}."
WRONG_FIELD_COUNT = "{where} {line}: expected {expected} fields, found {found}."
RECORD_ID_EMPTY = "{where} {line}, record_id: is empty; every record needs an identifier."
RECORD_ID_DUPLICATE = "{where} {line}, record_id: {record_id!r} is already used on {where} {first}."
DOB_INVALID = "{where} {line}, date_of_birth: {value!r} is not a date in the form YYYY-MM-DD."
SSN_INVALID = (
    "{where} {line}, ssn: not a valid Social Security number (9 digits; not 000, 666 or 9xx in the first three, "
    "not 00 in the middle two, not 0000 in the last four)."
)
TOO_MANY_ERRORS = "Stopped after {n} problems; fix these and run again."
DUCKDB_PARSE = (
    "The file passed the checks but could not be loaded as CSV (details are withheld because they quote the "
    "record). Check quoting: fields with commas, quotes or line breaks must be in double quotes."
)
BAD_THRESHOLD = "--threshold must be a probability between 0 and 1 (exclusive), for example 0.5."
OUTPUT_DIR_MISSING = "The output folder {path} does not exist."
OUTPUT_IS_DIR = "--output {path} is a folder; give a file name."

REASON_SAME_SSN = "same SSN"
OUTPUT_IS_INPUT = "--output {path} is the input file; writing there would destroy the input. Choose another file."
