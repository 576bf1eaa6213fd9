"""User-facing wording of matching (reasons and unmet requirements). Tests assert on these."""

DEFAULT_RADIUS_MILES = 30  # used when a seeker has not said how far they will travel (docs/matching.md)

# Minimum requirements (named when unmet)
UNMET_EDUCATION = "Education: {need} required (has {have})"
UNMET_EXPERIENCE = "Experience: {need} months in this occupation required (has {have})"
UNMET_DRIVERS_LICENSE = "Driver's license required"
UNMET_CREDENTIAL = "License or certification required: {name}"
UNMET_SKILL = "Skill required: {name}"
UNMET_MINIMUM_AGE = "Minimum age {age} required by law for this job"
UNMET_MINIMUM_AGE_UNKNOWN = "Minimum age {age} required by law for this job (date of birth not recorded)"

EDUCATION_NOT_RECORDED = "not recorded"

# Minimum requirements side by side (Referrals Pending Review): the requirement, what the order asks, what the
# person has.
REQ_EDUCATION = "Education"
REQ_EDUCATION_NEEDED = "{need} or more"
REQ_EXPERIENCE = "Experience"
REQ_EXPERIENCE_NEEDED = "{need} months in this occupation ({occupation}) or a related one"
REQ_EXPERIENCE_NEEDED_PLAIN = "{need} months in this occupation or a related one"
REQ_EXPERIENCE_NEEDED_ANY = "{need} months of work experience"
REQ_EXPERIENCE_HAS = "{have} months in this occupation or a related one"
REQ_EXPERIENCE_HAS_ANY = "{have} months of work experience"
REQ_DRIVERS_LICENSE = "Driver's license"
REQ_CREDENTIAL = "License or certification"
REQ_SKILL = "Skill"
REQ_MINIMUM_AGE = "Minimum age"
REQ_MINIMUM_AGE_NEEDED = "At least {age} (required by law for this job)"
REQ_REQUIRED = "Required"
REQ_HELD = "On the résumé"
REQ_NOT_HELD = "Not on the résumé"
REQ_CREDENTIAL_NOT_HELD = "Not on the résumé, or expired"
REQ_AGE_MET = "Old enough (from the date of birth on the record)"
REQ_AGE_UNDER = "Under the minimum age"
REQ_AGE_UNKNOWN = "Date of birth not recorded"

# Reasons — General Requirements
R_EDUCATION_NONE = "No education requirement"
R_EDUCATION_MET = "Education: has {have} ({need} required)"
R_EDUCATION_SHORT = "Education: has {have}, {need} required"
R_EXPERIENCE_NONE_HAS = "No experience required; has {have} months in related work"
R_EXPERIENCE_NONE = "No experience required"
R_EXPERIENCE = "Experience: {have} of {need} months required"
R_AVAILABILITY_MATCH = "Available for {kind} work"
R_AVAILABILITY_UNKNOWN = "Availability not recorded"
R_AVAILABILITY_MISMATCH = "Looking for {want} work; this job is {kind}"
R_DISTANCE = "{miles} miles from home (travels up to {radius})"
R_DISTANCE_RELOCATE = "{miles} miles from home; willing to relocate"
R_DISTANCE_FAR = "{miles} miles from home, beyond the {radius} miles they travel"
R_DISTANCE_UNKNOWN = "Distance unknown (ZIP code missing or not recognized)"
R_LICENSE_AGE_MET = "Driver's license and minimum age: met or not required"

# Reasons — Specialized Requirements
R_SPECIALIZED_NONE = "No licenses, certifications or skills required"
R_HAS = "Has {name}"
R_MISSING = "Missing {name}"
R_PREFERRED_HAS = "Has preferred skill {name}"

# Reasons — Skills Match
R_OCC_SAME = "Worked in or wants this occupation ({title})"
R_OCC_SOC = "Same occupation group at the 6-digit SOC level ({title})"
R_OCC_RELATED = "Related occupation per O*NET ({title})"
R_OCC_MINOR = "Same SOC minor group ({title})"
R_OCC_MAJOR = "Same SOC major group ({title})"
R_OCC_NONE = "No occupation in common with this job"
R_OCC_ORDER_UNCODED = "The job order has no occupation code"
R_ONET_SIMILARITY = "O*NET skills and knowledge {pct}% alike ({title})"
R_ONET_MISSING = "O*NET skills and knowledge not available for this occupation"
R_TECH = "Knows tools used in this occupation: {names}"
R_TECH_NONE = "No listed skills among this occupation's tools"
R_JOB_ZONE = "Preparation: has worked at O*NET Job Zone {have} (this job {need})"
R_JOB_ZONE_UNKNOWN = "O*NET Job Zone not known"

CONFIDENTIAL_EMPLOYER = "Confidential employer"
