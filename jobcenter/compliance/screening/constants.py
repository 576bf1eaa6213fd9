"""Every user-facing text of the screening engine, in one map (tests assert on these constants).

Finding messages are ``str.format`` templates; ``{matched}`` is the text that triggered a rule. Notices are
texts staff give to the employer, to applicants referred, or to another unit. Quoted notices
(``LABOR_DISPUTE_NOT_AT_ISSUE_NOTICE``, ``SELF_EMPLOYMENT_NOTICE``) are verbatim from the Missouri
Wagner-Peyser & Labor Exchange Manual (rev. January 2024) and must not be edited.
"""

# --- Input errors -----------------------------------------------------------------------------------------
INPUT_REQUIRED = "This field is required."
INPUT_UNKNOWN_FIELD = "Unknown field: check the spelling against docs/rules.md."
INPUT_NOT_TEXT = "Enter text."
INPUT_TOO_LONG = "Enter at most {max_length} characters."
INPUT_NOT_BOOLEAN = "Enter true or false."
INPUT_NOT_WHOLE_NUMBER = "Enter a whole number."
INPUT_OUT_OF_RANGE = "Enter a number from {minimum} to {maximum}."
INPUT_NOT_NUMBER = "Enter an amount of zero or more, like 15.50."
INPUT_BAD_CHOICE = "Choose one of: {choices}."
INPUT_BAD_STATE = "Enter a two-letter state code, like MO."
INPUT_NOT_OBJECT = "Enter an object (a JSON mapping of fields)."
INPUT_NOT_LIST = "Enter a list."
INPUT_BAD_DATETIME = "Enter a date and time in ISO format, like 2026-01-05T09:30:00-06:00."
INPUT_BAD_FEIN = "Enter the 9-digit FEIN, like 12-3456789."
INPUT_BAD_ZIP = "Enter a 5-digit ZIP code (or ZIP+4, like 65101-1234)."
INPUT_BAD_SOC = "Enter an SOC code like 35-2014 (or an O*NET-SOC code like 35-2014.00)."
INPUT_BAD_NAICS = "Enter a NAICS code of 2 to 6 digits, like 722511."
INPUT_WAGE_MAX_BELOW_MIN = "The highest wage must not be less than the lowest wage."
INPUT_BAD_HOURS = "Enter hours per week greater than 0 and at most 168."
INPUT_HOURS_NEEDED = "Enter hours per week: a wage per {unit} is converted to an hourly rate to check the minimum wage."
INPUT_UNKNOWN_CATEGORY = "{value!r} is not a special category in {state}. Choose from: {choices}."
INPUT_BAD_AS_OF = "Enter the date as YYYY-MM-DD."

# --- Finding messages (one per rule outcome) ------------------------------------------------------------
MESSAGES = {
    "drug-illegal-federal": (
        "The order is for an employer or work involving a drug that is illegal under federal law ({matched!r}). "
        "Job centers cannot post it or refer anyone to it, medical or not."
    ),
    "visa-h2a": (
        "H-2A order: the Foreign Labor Certification (FLC) Coordinator enters all H-2A job orders from Central "
        "Office. Send the employer, agent or attorney to the FLC Coordinator."
    ),
    "visa-h2b": (
        "H-2B order: the Foreign Labor Certification (FLC) Coordinator enters all H-2B job orders from Central "
        "Office. Send the employer, agent or attorney to the FLC Coordinator."
    ),
    "h2a-aewr": (
        "H-2A order: the wage offered ({offered}) is below the Adverse Effect Wage Rate for {state}, ${aewr} an "
        "hour (20 CFR 655.120). The employer must offer at least the AEWR before the order is entered."
    ),
    "aes-title": ("This is an agriculture-related order ({matched}): put 'AES' in the job title before entering it."),
    "aes-category": (
        "This is an agriculture-related order ({matched}): record the AES special category before entering it."
    ),
    "contrary-to-law": (
        "The terms of employment are contrary to law ({reason}: {matched!r}). Explain why to the person who "
        "placed the order; it can be accepted only if the employer changes the terms."
    ),
    "union-membership-condition": (
        "The order makes membership or non-membership in a labor organization a condition of employment "
        "({matched!r}). This violates the National Labor Relations Act; the order is not accepted."
    ),
    "labor-organization": (
        "Order from a labor organization: confirm that it has specific openings with the employer matching this "
        "order, that the specifications match the employer's, and that the information is enough to select and "
        "refer. Refer workers by the arrangement agreed between the labor organization and the job center."
    ),
    "labor-dispute-at-issue": (
        "The Regional Manager determined this position is involved in a labor dispute: the order cannot be "
        "entered and no referrals may be made. Open orders of this employer for the position must be put on hold, "
        "and a case note made on the employer's record."
    ),
    "labor-dispute-not-at-issue": (
        "A labor dispute exists at this employer but the position is not at issue: the order may be entered, and "
        "every applicant referred must get the written labor dispute notice."
    ),
    "labor-dispute-mentioned": (
        "The order mentions a strike or lockout ({matched!r}) but no labor dispute is recorded for the employer. "
        "Hold it until the Regional Manager verifies the dispute and whether this position is at issue."
    ),
    "confidential-employer": (
        "The employer asked for confidentiality: enter the order as usual but answer 'No' to displaying the company "
        "name. Never give applicants the employer's name, address or telephone number."
    ),
    "discriminatory": (
        "Possible discriminatory requirement ({basis}: {matched!r}). Stop, document the suspected violation and "
        "refer it to the local job center supervisor. {path}"
    ),
    "discriminatory-path-informal": (
        "The employer filed {count} job order(s) in the last {months} months, so the supervisor must attempt "
        "informal resolution."
    ),
    "discriminatory-path-written": (
        "The employer filed no job order in the last {months} months, so the suspected violation must be referred "
        "in writing to the appropriate enforcement agency."
    ),
    "discriminatory-path-unknown": (
        "Check whether the employer filed a job order in the last {months} months: if so, the supervisor attempts "
        "informal resolution; if not, the suspected violation is referred in writing to the enforcement agency."
    ),
    "hiring-requirement": ("Allowed: {requirement} ({matched!r}). Record it under the order's Hiring Requirements."),
    "hiring-requirement-recorded": "Allowed: {requirement}, recorded under the order's Hiring Requirements.",
    "criminal-record-eeo-notice": (
        "The order requires a criminal background check: give applicants the notice of equal opportunity rights "
        "(TEGL 31-11)."
    ),
    "substandard-wage": (
        "The wage offered ({offered}) is below the minimum wage that applies, ${minimum} an hour. {basis} The order "
        "cannot be entered unless the employer raises the wage; if the employer will not, call it to the attention "
        "of the supervisor."
    ),
    "wage-unverifiable": (
        "The wage is a {unit} rate, so the minimum wage cannot be checked here. Tell the employer that pay must "
        "still reach at least the minimum wage for every hour worked (FLSA)."
    ),
    "applicant-charge": (
        "The order charges applicants to be hired or requires them to buy something ({matched!r}). No action may "
        "be taken to select or refer workers; tell the employer or recruiting agent so."
    ),
    "prehire-requirement": (
        "Allowed: requirements before hire such as licenses, safety equipment, police reports or physicals "
        "({matched!r})."
    ),
    "youth": (
        "Youth order ({matched}): tell the employer that referrals of youth are made only in accordance with local, "
        "state and federal school-attendance and child-labor laws."
    ),
    "not-bona-fide": (
        "Not a bona fide job order ({reason}: {matched!r}). Referral services are withheld; explain the job "
        "center's order-taking and referral procedures to the employer."
    ),
    "self-employment": (
        "Self-employment / independent contractor opportunity ({matched!r}): do not enter it as a job order. The "
        "firm's information may be posted in or near the applicant waiting area for up to {days} days with the "
        "self-employment notice, initialed and dated by a supervisor, manager or functional leader before posting. "
        "Activity from it is never recorded as a referral or placement."
    ),
    "suspected-fraud": (
        "The order looks fraudulent ({reason}: {matched!r}). The supervisor or functional leader puts it on a "
        "temporary hold and contacts the Customer Support Unit (CSU) for an investigation."
    ),
    "employer-discontinued": (
        "Services to this employer are discontinued: no job order can be accepted until services are reinstated "
        "(State Monitor Advocate)."
    ),
    "employer-pending-verification": (
        "The employer is not verified yet: the order can be entered but goes online only after the Customer "
        "Support Unit verifies the employer."
    ),
}

# --- Notices -------------------------------------------------------------------------------------------------
LABOR_DISPUTE_NOT_AT_ISSUE_NOTICE = (
    "A labor dispute currently exists at this employing establishment. This notice serves as written notification "
    "that the position you are being referred to is not at issue in the dispute."
)
SELF_EMPLOYMENT_NOTICE = (
    "Earnings and wages are subject to taxes. As a self-employed individual (independent contractor), certain "
    "benefits, and tax payments normally handled through withholding and/or employer payments may not be paid by "
    "companies offering self-employment. As a self-employed (independent contractor) individual, you may be liable "
    "for your own payment of certain federal, state, and local taxes; and so forth. Be sure you understand how all "
    "taxes, contributions, and benefits will be paid."
)
NOTICES = {
    "drug-illegal-federal": (
        "Notify the Customer Support Unit (CSU): job orders related to any drug illegal under federal law must be "
        "removed from the labor exchange system."
    ),
    "visa-h2a": (
        "H-2A: job center staff screen all applicants and send approved applications, résumés and profiles directly "
        "to the employer; ask the FLC Coordinator for anything not on the order."
    ),
    "visa-h2b": "H-2B: follow the application instructions on the order.",
    "labor-dispute-at-issue": (
        "Put on hold any open job order of this employer for a position at issue in the labor dispute, and note the "
        "denial in the employer's case notes."
    ),
    "labor-organization": (
        "Direct workers to the labor organization or to the employer according to the referral arrangement agreed "
        "with the job center."
    ),
    "confidential-employer": (
        "Confidential employer: referrals are coordinated only through the job center holding the order and its "
        "staff person responsible for the order, who alone contacts the employer and does the follow-up."
    ),
    "youth": (
        "Referrals of youth are made only in accordance with local, state, and federal laws concerning school "
        "attendance and child labor standards."
    ),
    "self-employment-posting": (
        "Post the firm's information in or near the applicant waiting area for up to {days} days, with the "
        "self-employment notice initialed and dated by the supervisor, manager or functional leader before posting. "
        "Do not record activity from it as a referral or placement."
    ),
    "suspected-fraud": "Contact the Customer Support Unit (CSU) to investigate the suspected fraudulent job order.",
    "employer-pending-verification": "The order goes online after the Customer Support Unit verifies the employer.",
    "wage-unverifiable": "Pay must still meet the FLSA minimum wage for all hours worked.",
    "criminal-record-eeo-notice": "Give applicants referred the notice of equal opportunity rights (TEGL 31-11).",
}

# --- Findings from the structured questions on the order forms (issue #9) ------------------------------------
ANSWER_MESSAGES = {
    "applicant-charge": (
        "The order form says applicants pay something before they are hired. No action may be taken to select or "
        "refer workers; tell the employer or recruiting agent so."
    ),
    "union-membership-condition": (
        "The order form says union membership or non-membership is a condition of employment. This violates the "
        "National Labor Relations Act; the order is not accepted."
    ),
    "self-employment": (
        "The order form says workers will not be paid on a W-2: a self-employment (independent contractor) "
        "opportunity is not entered as a job order; it may be posted in the job center for up to {days} days."
    ),
    "not-bona-fide": (
        "The order form says the position is not open now: an order for future use is not a bona fide job order; "
        "referral services are withheld."
    ),
}

# --- What the employer reads about a finding (issue #8, item 4) -------------------------------------------------
# Plain language: what is wrong and what to change. Staff read ``MESSAGES`` (the procedure) and the citation.
# Keyed by rule id; ``{matched}`` is the employer's own words that triggered the rule (may be empty).
EMPLOYER_MESSAGES = {
    "employer-discontinued": (
        "Job center services to your company are stopped, so we cannot post this order. Call the Customer Support "
        "Unit to ask how services can be restored."
    ),
    "employer-pending-verification": (
        "Your company is not verified yet. The order goes online after the Customer Support Unit verifies it; you "
        "do not need to do anything."
    ),
    "drug-illegal-federal": (
        "Job centers cannot post jobs involving marijuana or other drugs that are illegal under federal law, even "
        "when state law allows them. This order cannot be posted."
    ),
    "visa-h2a": (
        "Orders for H-2A workers are handled by the state's Foreign Labor Certification coordinator. We sent your "
        "order there; the coordinator will contact you."
    ),
    "visa-h2b": (
        "Orders for H-2B workers are handled by the state's Foreign Labor Certification coordinator. We sent your "
        "order there; the coordinator will contact you."
    ),
    "h2a-aewr": (
        "For H-2A orders the wage must be at least the Adverse Effect Wage Rate for your state. Raise the wage to at "
        "least that rate and send the order again."
    ),
    "aes-identification": (
        "This is a farm or agriculture-related job. Job center staff will mark it as agricultural before posting; "
        "you do not need to change anything."
    ),
    "contrary-to-law": (
        "Some terms of this job are not allowed by law (\u201c{matched}\u201d). Change or remove them and send the "
        "order again."
    ),
    "union-membership-condition": (
        "A job order cannot require workers to join, or to stay out of, a union (\u201c{matched}\u201d). Remove "
        "that condition and send the order again."
    ),
    "labor-organization": (
        "Your order comes from a labor organization. Job center staff will confirm the openings with you before "
        "referring workers."
    ),
    "labor-dispute-at-issue": (
        "This position is part of a labor dispute with a work stoppage, so the job center cannot refer workers to "
        "it until the dispute ends."
    ),
    "labor-dispute-not-at-issue": (
        "A labor dispute exists at your company but this position is not part of it. We can post the order; each "
        "person referred will be told about the dispute in writing."
    ),
    "labor-dispute-mentioned": (
        "Your order mentions a strike or lockout (\u201c{matched}\u201d). The order waits while the job center "
        "checks whether a labor dispute affects this position; staff will contact you."
    ),
    "confidential-employer": (
        "You asked us to keep your company's name private. Job seekers will see the job but not your name, address "
        "or phone; the job center will send you applicants."
    ),
    "discriminatory": (
        "A requirement may screen people out for a reason the law protects, such as age, national origin or "
        "language (\u201c{matched}\u201d). A job center supervisor will review it with you; you can remove or "
        "reword it so it describes only what the job needs."
    ),
    "hiring-requirement": "Noted: this hiring requirement is allowed.",
    "criminal-record-eeo-notice": (
        "Your order asks for a background check. That is allowed; applicants will be told about their equal "
        "opportunity rights."
    ),
    "substandard-wage": (
        "The wage offered ({matched}) is below the minimum wage. Raise the wage to at least the minimum wage and "
        "send the order again."
    ),
    "wage-unverifiable": (
        "Piece-rate and commission pay must still add up to at least the minimum wage for every hour worked."
    ),
    "applicant-charge": (
        "Job seekers cannot be charged to apply or to be hired, or made to buy anything first (\u201c{matched}\u201d). "
        "Remove the charge, or say that your company pays it, and send the order again."
    ),
    "prehire-requirement": "Noted: requirements such as licenses or safety equipment before hire are allowed.",
    "youth": ("The job is open to people under 18. Referrals follow the child-labor and school-attendance laws."),
    "not-bona-fide": (
        "A job order must be for a job that is open now, not a list for later or a way to find customers or "
        "recruits (\u201c{matched}\u201d). Send an order when you have an opening."
    ),
    "self-employment": (
        "This looks like independent-contractor or self-employment work (\u201c{matched}\u201d), which cannot be "
        "a job order. The job center can post it on its self-employment board instead; staff will contact you. If "
        "the workers are your employees paid on a W-2, say so and send the order again."
    ),
    "suspected-fraud": (
        "Parts of this order need to be checked before it can be posted (\u201c{matched}\u201d). The order is on "
        "hold and the job center will contact you."
    ),
}
EMPLOYER_MESSAGE_DEFAULT = "Job center staff will review this part of your order and contact you."
