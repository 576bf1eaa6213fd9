"""User-facing messages for job orders. Tests assert on these exact strings."""

DUPLICATE_ORDER = (
    "This employer already has an order for this job at this worksite ({existing}). Duplicate job orders for one "
    "opening are not allowed; recruit through the existing order or coordinate with the job center that holds it."
)
GOES_ONLINE_AFTER_VERIFICATION = (
    "The order passed screening. It goes online after the Customer Support Unit verifies the employer."
)
REFERRED_TO_SUPERVISOR = "The order was stopped and referred to a supervisor because of a suspected violation."
RETURNED_FOR_FIXES = "The order needs changes before it can be entered. See the findings beside each field."
ORDER_DENIED = "The order cannot be entered because its terms are contrary to law."
ORDER_ROUTED_FLC = (
    "H-2A and H-2B orders are entered by the Foreign Labor Certification coordinator; the order was routed there."
)
ORDER_NOT_ENTERED = "This request is not a job order and was not entered."
ORDER_HELD = "The order was placed on hold."
ORDER_OPENED = "The order is open and visible to job seekers."
EMPLOYER_NOT_ACTIVE = "The employer is not verified yet; the order cannot go online."
NOT_ALLOWED_FROM_STATUS = "This action is not possible while the order is {status}."
DISPUTE_NEEDS_POSITIONS = "Record the positions at issue, or tick 'all positions at the establishment'."
DISPUTE_END_NEEDS_BOTH = "Confirm the end of the dispute with both the employer and the workers' representative."
SELF_EMPLOYMENT_TOO_LONG = "A self-employment posting may stay up for at most {days} days."
SELF_EMPLOYMENT_NEEDS_INITIALS = "A supervisor must initial and date the notice before it is posted."
ENTERED_BY_FLC = "Entered by the Foreign Labor Certification coordinator (manual: H-2A and H-2B Job Orders)."
NOT_FOREIGN_LABOR = (
    "Not a foreign labor order: the Foreign Labor Certification coordinator returned it to the job center "
    "(manual: H-2A and H-2B Job Orders)."
)
# Screening rules that follow from the order being H-2A/H-2B: dismissed when the FLC coordinator finds it is not.
FOREIGN_LABOR_RULES = frozenset({"visa-h2a", "visa-h2b", "h2a-aewr"})
# The screening rule that routes an order of each visa program to the FLC coordinator (visa field or text).
VISA_RULE_FOR_PROGRAM = {"h2a": "visa-h2a", "h2b": "visa-h2b"}
VISA_RULE_PROGRAM = {"visa-h2a": "H-2A", "visa-h2b": "H-2B"}
# Why an order went to the FLC coordinator, in the history and the employer's journal (staff read both).
ROUTED_FLC_NOTE = "Sent to the foreign labor certification coordinator: {detail}."
ROUTED_FLC_BY_FIELD = "the order's visa program is {program}"
ROUTED_FLC_BY_TEXT = "the order text names the {program} program ({field}: “{matched}”)"
ROUTED_FLC_SUBJECT = "{program} job order {number} to enter"
FLC_RETURN_NEEDS_REASON = "Say why this is not an H-2A or H-2B order."
FLC_RETURN_VISA_FIELD = (
    "The order's visa program says {program}: take it over, or have the job center correct the visa program."
)
FLC_ACTION_LABELS = {
    "flc_take_over": "Take over and enter as the FLC coordinator",
    "flc_return": "Not a foreign labor order: return to the job center",
}
TERMS_NOT_ACCEPTED = (
    "Before you can submit a job order, accept the current Terms of Service for your company "
    "(Company → Terms of Service)."
)
WAGE_RANGE_INVERTED = "The maximum wage cannot be lower than the minimum wage."
VIOLATION_NEEDS_AGENCY = "Name the enforcement agency the written referral goes to."
CONFIDENTIAL_EMPLOYER_LABEL = "Confidential employer"
CONFIDENTIAL_CONTACT = "Apply through the job center: {job_center}."

# The manual's self-employment (independent contractor) notice, word for word (manual: Employer Request for
# Workers without Placing Bona Fide Job Orders, Self-Employment Opportunities).
SELF_EMPLOYMENT_NOTICE = (
    "Earnings and wages are subject to taxes. As a self-employed individual (independent contractor), certain "
    "benefits, and tax payments normally handled through withholding and/or employer payments may not be paid by "
    "companies offering self-employment. As a self-employed (independent contractor) individual, you may be liable "
    "for your own payment of certain federal, state, and local taxes; and so forth. Be sure you understand how all "
    "taxes, contributions, and benefits will be paid."
)
# 20 CFR 652.9(b); manual: Job Orders and Labor Disputes (minimum wording).
LABOR_DISPUTE_NOTICE = (
    "A labor dispute currently exists at this employing establishment. This notice serves as written notification "
    "that the position you are being referred to is not at issue in the dispute."
)

# Plain-language explanations shown to employers in the portal, by status.
EMPLOYER_STATUS_EXPLANATIONS = {
    "draft": "Your order needs changes before it can be entered. The reasons are listed below.",
    "screening": "Job center staff are reviewing your order.",
    "open": "Your order is online and job seekers can apply.",
    "on_hold": "Your order is on hold; job center staff will contact you.",
    "filled": "Your order is filled.",
    "closed": "Your order is closed.",
    "expired": "Your order expired.",
    "denied": "We could not accept your order because some of its terms are contrary to law. The reasons are "
    "listed below. You may submit a corrected order.",
    "routed_flc": "This job is for a temporary foreign worker program (H-2A or H-2B). The state's Foreign Labor "
    "Certification coordinator handles it and will contact you (moswa@dhewd.mo.gov, 855-859-2950).",
    "not_entered": "This request could not be entered as a job order. The reasons are listed below.",
}

# An order in screening whose company the Customer Support Unit has not verified yet waits for that, not for staff
# (manual: Employers — CSU validates new employer accounts; orders go online once the employer is active).
EMPLOYER_WAITING_FOR_VERIFICATION = (
    "Your order waits for the Customer Support Unit to verify your company; it goes online then."
)

# The online guard (joborders.services.online): why an order cannot go online now (staff-facing reasons).
ONLINE_BLOCKED = "The order cannot go online: {reasons}"
ONLINE_EMPLOYER_NOT_ACTIVE = "the employer is not active (verified by CSU and not discontinued)"
ONLINE_TERMS_NOT_ACCEPTED = "the employer has not accepted the current Terms of Service"
ONLINE_FRAUD_OPEN = "a CSU fraud investigation of this order is open"
ONLINE_DISPUTE_REPORTED = "a labor dispute reported for this order awaits the Regional Manager's decision"
ONLINE_DISPUTE_AT_ISSUE = "the position is at issue in a verified labor dispute"
ONLINE_SCREENING = "screening today says {decision} ({rules})"
ONLINE_STAYS_ON_HOLD = "Stays on hold: {reasons}"
SCREENING_FRAUD_REASON = "Screening found signs of a fraudulent order: {matched}."
SCREENING_DISPUTE_DESCRIPTION = (
    "Job order {number} mentions {matched!r}. Verify whether a labor dispute with a work stoppage exists and "
    "whether this position is at issue."
)
SUBSTANDARD_RETURNED = (
    "The wage offered is below the minimum wage. The employer was told; the order goes back for the employer to "
    "raise the wage. If it is submitted again unchanged, a supervisor decides what to do."
)
SUBSTANDARD_TO_SUPERVISOR = (
    "The order was submitted again with a wage below the minimum wage; a supervisor decides the proper course."
)
SUBSTANDARD_EMPLOYER_SUBJECT = "Job order {number}: the wage is below the minimum wage"
SUBSTANDARD_EMPLOYER_BODY = (
    "The lowest wage on your job order {number} ({offered}) is below the minimum wage that applies. Raise the wage "
    "and submit the order again; job centers cannot post orders that pay less than the minimum wage."
)
DISPUTE_CONFIRM_NONE = "Tick the job orders that are at issue, or none if no open order is at issue."

# Editing an order after it was entered (issue #8, item 3).
NOT_HOLDING_CENTER = (
    "This order is held by {job_center}. Its staff make changes to it; coordinate recruitment with them (manual: Job"
    " Orders from Employers with a Work Site Located in Another JC's Administrative Area)."
)
EDIT_NOT_ALLOWED = "Only draft, open or on-hold orders can be edited; this one is {status}."
EDIT_NO_CHANGES = "Nothing was changed."
EDIT_SAVED_ONLINE = "Changes saved and screened again: the order stays online."
EDIT_SAVED_RELEASED = "Changes saved and screened again: the order is back online."
EDIT_SAVED_ON_HOLD = "Changes saved and screened again; the order stays on hold: {reasons}"
EDIT_TAKEN_OFF_LINE = "Changes saved, but the changed order fails screening and was taken off line: {reasons}"
EDIT_NOTE = "Order {number} edited (version {version}): {fields}. Screening after the edit: {decision}."
RECEIVED_AT_OUT_OF_RANGE = (
    "The date received is earlier than the job order rules this system holds; enter a later date."
)


# What the employer reads after sending an order from the portal, for each outcome message of ``job_order_submit``
# (those are written for staff: "the employer was told", "see the findings beside each field"). An outcome not
# listed here (a staff-facing reason the order cannot go online) is replaced by EMPLOYER_OUTCOME_OTHER: the order
# page below it explains the status in plain words.
EMPLOYER_OUTCOME_MESSAGES = {
    SUBSTANDARD_RETURNED: "The wage you offer is below the minimum wage. Raise the wage and send the order again "
    "with “Correct this order”.",
    SUBSTANDARD_TO_SUPERVISOR: "The wage you offer is still below the minimum wage. A job center supervisor will "
    "review your order and contact you.",
    RETURNED_FOR_FIXES: "Your order needs changes before it can be entered. See “What to change” below.",
    REFERRED_TO_SUPERVISOR: "Your order was sent to a job center supervisor for review. The job center will contact "
    "you.",
    GOES_ONLINE_AFTER_VERIFICATION: "Your order passed our checks. It goes online once the Customer Support Unit "
    "verifies your company.",
    ORDER_HELD: "Your order is on hold; job center staff will contact you.",
    ORDER_ROUTED_FLC: "Orders for H-2A and H-2B workers are handled by the Foreign Labor Certification coordinator; "
    "your order was sent there.",
    ORDER_OPENED: "Your order is online and job seekers can see it.",
    ORDER_NOT_ENTERED: "This request could not be entered as a job order. The reasons are listed below.",
    ORDER_DENIED: "We could not accept your order because some of its terms are contrary to law. The reasons are "
    "listed below.",
}
EMPLOYER_OUTCOME_OTHER = "Your order was sent. Its status is shown below."


# The employer says an order is filled, or closes it, from the portal (joborders.services.employer_end; ADR 0038
# amendment). Reasons are stored by code; people only ever read the words. Staff read the reason in the order's
# history ("Closed by the employer: position no longer needed").
EMPLOYER_CLOSE_REASONS = {
    "not_needed": "The position is no longer needed",
    "filled_elsewhere": "We filled it another way",
    "posted_by_mistake": "It was posted by mistake",
    "other": "Another reason",
}
EMPLOYER_CLOSE_REASONS_STAFF = {
    "not_needed": "position no longer needed",
    "filled_elsewhere": "filled another way",
    "posted_by_mistake": "posted by mistake",
    "other": "other reason",
}
EMPLOYER_CLOSE_OTHER_MAX = 300
EMPLOYER_CLOSE_REASON_REQUIRED = "Choose why you are closing this job."
EMPLOYER_CLOSE_OTHER_REQUIRED = "Tell us the reason in a few words."
EMPLOYER_CLOSE_OTHER_TOO_LONG = "Keep the reason under {limit} characters."
EMPLOYER_HIRED_BOUNDS = "Enter a number from 0 to {openings} (the number of openings on this job)."
EMPLOYER_END_NOT_NOW = "This job can no longer be changed here: its status is “{status}”. Contact {job_center}."
EMPLOYER_FILL_NOT_ONLINE = (
    "This job has not been online yet, so nobody was hired through it. Use “Close this job” and choose "
    "“We filled it another way”."
)
EMPLOYER_FILLED_DONE = "Your job is marked filled. It no longer appears in job search and we stop sending people to it."
EMPLOYER_CLOSED_DONE = "Your job is closed. It no longer appears in job search and we stop sending people to it."
# Told to people whose referral request to the order waited for review (the request is closed) and to people
# referred with no outcome yet (their referral stays for the employer or staff to record what happened).
SEEKER_ORDER_FILLED_SUBJECT = "The job {title} has been filled"
SEEKER_ORDER_CLOSED_SUBJECT = "The job {title} is closed"
SEEKER_REQUEST_CLOSED_BODY = "The employer is no longer hiring for this job, so your request to be referred is closed."
SEEKER_REFERRED_BODY = (
    "The employer is no longer hiring for this job. If you already applied, the employer may still contact you."
)
# The same when staff or the nightly expiry ended the order (joborders.services.ending): the employer may still be
# hiring (an order past its last day), so the words say only that the job no longer takes applications here.
SEEKER_ORDER_EXPIRED_SUBJECT = "The job {title} is no longer open"
SEEKER_REQUEST_CLOSED_ENDED_BODY = (
    "This job no longer takes applications through the job center, so your request to be referred is closed."
)
SEEKER_REFERRED_ENDED_BODY = (
    "This job no longer takes applications through the job center. If you already applied, the employer may still "
    "contact you."
)
