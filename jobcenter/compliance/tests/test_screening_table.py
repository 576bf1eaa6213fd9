"""Screening decisions for a table of job orders: every rule, negations and near-misses.

Sources: Missouri Wagner-Peyser & Labor Exchange Manual (rev. Jan 2024), sections Medical Marijuana Job Orders,
Job Orders (H-2A & H-2B, AES, Special Categories, Violation of the Law, Union/Non-Union, Labor Organizations,
Labor Disputes, Confidentiality, Discriminatory, Criminal Record, Substandard, Suspected Violations, Charges,
Youth, Not Bona Fide incl. Self-Employment, Suspected Fraudulent), Discontinuation of Services; 20 CFR 652.9.
Each case: a sentence, the changes to the clean base order, the expected decision and the exact rule ids found.
The base order (screening_orders.BASE_ORDER) is a Missouri line cook at $16.00 an hour received 2 March 2026.
"""

import pytest

from jobcenter.compliance.screening import RULES, screen_job_order
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import make_order

AG = {"soc_code": "45-2092", "naics": "111219"}

CASES = [
    # --- the clean order ---------------------------------------------------------------------------------
    ("a plain line cook order at sixteen dollars is accepted with no findings", {}, "accept", set()),
    # --- drugs illegal under federal law (Medical Marijuana Job Orders) ---------------------------------
    (
        "a budtender at a medical marijuana dispensary is rejected",
        {"title": "Budtender", "description": "Serve patients at our medical marijuana dispensary."},
        "reject",
        {"drug-illegal-federal"},
    ),
    (
        "a recreational cannabis trimmer is rejected",
        {"description": "Trim and cure cannabis plants."},
        "reject",
        {"drug-illegal-federal"},
    ),
    (
        "THC in the employer's name is rejected",
        {"employer.name": "Show-Me THC Company"},
        "reject",
        {"drug-illegal-federal"},
    ),
    (
        "a dispensary clerk is rejected even without the word marijuana",
        {"description": "Greet customers at the dispensary."},
        "reject",
        {"drug-illegal-federal"},
    ),
    (
        "a psilocybin grower is rejected",
        {"description": "Cultivate psilocybin mushrooms."},
        "reject",
        {"drug-illegal-federal"},
    ),
    (
        "retail of CBD derived from hemp is accepted",
        {"description": "Sell CBD products derived from hemp at our wellness store."},
        "accept",
        set(),
    ),
    (
        "an employer that says it is not a dispensary is accepted",
        {"description": "We sell hemp-derived CBD; we are not a dispensary."},
        "accept",
        set(),
    ),
    (
        "a drug screen that includes THC is a hiring requirement, not a marijuana order",
        {"requirements": "Pre-employment drug screen includes THC."},
        "accept",
        {"hiring-requirement"},
    ),
    ("THC-free tinctures are accepted", {"description": "Package THC-free hemp tinctures."}, "accept", set()),
    (
        "a hospital pharmacy dispensary technician is accepted",
        {"description": "Stock the hospital pharmacy dispensary."},
        "accept",
        set(),
    ),
    # --- H-2A / H-2B --------------------------------------------------------------------------------------
    (
        "an H-2A order is routed to the FLC coordinator without an AES fix",
        {"visa_program": "H-2A", "title": "Farmworker", **AG, "wage": {"min": 19, "max": 20, "unit": "hour"}},
        "route_flc",
        {"visa-h2a"},
    ),
    (
        "an H-2B landscaping order is routed to the FLC coordinator",
        {"visa_program": "H-2B", "title": "Landscape Laborer", "soc_code": "37-3011"},
        "route_flc",
        {"visa-h2b"},
    ),
    (
        "an H-2A cannabis order is rejected, not routed",
        {"visa_program": "H-2A", "description": "Harvest cannabis."},
        "reject",
        {"drug-illegal-federal", "visa-h2a", "h2a-aewr"},
    ),
    (
        "an H-2A order below the Adverse Effect Wage Rate must raise the wage (20 CFR 655.120)",
        {"description": "Seasonal crop workers under an H-2A contract.", "wage": {"min": 16, "unit": "hour"}},
        "route_flc",
        {"visa-h2a", "h2a-aewr"},
    ),
    # --- AES ----------------------------------------------------------------------------------------------
    (
        "a crop farmworker order without AES must fix its title and category",
        {"title": "Farmworker", "description": "Plant and pick vegetables.", **AG},
        "fix_required",
        {"aes-identification"},
    ),
    (
        "a crop farmworker order with AES in the title and category is accepted",
        {"title": "AES Farmworker", "special_categories": ["AES"], **AG},
        "accept",
        set(),
    ),
    (
        "the aes category may be given in lower case",
        {"title": "AES Farmworker", "special_categories": ["aes"], **AG},
        "accept",
        set(),
    ),
    (
        "NAICS 11 alone makes a mechanic order agricultural",
        {"title": "Maintenance Mechanic", "soc_code": "49-9041", "naics": "112111"},
        "fix_required",
        {"aes-identification"},
    ),
    (
        "AES in the title without the category still needs the category",
        {
            "title": "AES Grain Elevator Operator",
            "description": "Run the grain elevator.",
            "soc_code": "53-7011",
            "naics": "493130",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "poultry processing is agri-manufacturing",
        {
            "title": "Production Worker",
            "description": "Debone chicken on the poultry processing line.",
            "soc_code": "51-3022",
            "naics": "311615",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "a corn maze and pumpkin patch job is agri-tourism",
        {
            "title": "Ticket Seller",
            "description": "Sell tickets at our corn maze and pumpkin patch.",
            "soc_code": "41-2011",
            "naics": "713990",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "selling farm equipment is agri-business",
        {
            "title": "Sales Representative",
            "description": "Sell tractors and farm equipment to local growers.",
            "soc_code": "41-4012",
            "naics": "423820",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "building pole barns is agri-construction",
        {
            "title": "Carpenter",
            "description": "Build pole barns and grain bins.",
            "soc_code": "47-2031",
            "naics": "236220",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "feeding livestock is farm labor",
        {
            "title": "Animal Caretaker",
            "description": "Feed livestock and care for cattle.",
            "soc_code": "39-2021",
            "naics": "541940",
        },
        "fix_required",
        {"aes-identification"},
    ),
    (
        "a wind farm technician is not agricultural",
        {
            "title": "Wind Farm Technician",
            "description": "Maintain turbines at the wind farm.",
            "soc_code": "49-9081",
            "naics": "221115",
        },
        "accept",
        set(),
    ),
    (
        "a server farm operator is not agricultural",
        {
            "title": "Data Center Operator",
            "description": "Monitor racks in our server farm.",
            "soc_code": "15-1244",
            "naics": "518210",
        },
        "accept",
        set(),
    ),
    # --- contrary to law ------------------------------------------------------------------------------------
    ("pay under the table is rejected", {"description": "Paid cash under the table."}, "reject", {"contrary-to-law"}),
    (
        "an unpaid trial shift is rejected",
        {"requirements": "Unpaid trial shift before hire."},
        "reject",
        {"contrary-to-law"},
    ),
    (
        "straight time for overtime is rejected",
        {"description": "Straight time for overtime."},
        "reject",
        {"contrary-to-law"},
    ),
    (
        "an employer keeping passports is rejected",
        {"description": "Employer holds passports during the season."},
        "reject",
        {"contrary-to-law"},
    ),
    ("overtime at time and a half is accepted", {"description": "Overtime paid at time and a half."}, "accept", set()),
    (
        "an employer that never pays under the table is accepted",
        {"description": "We never pay under the table."},
        "accept",
        set(),
    ),
    # --- union / non-union ------------------------------------------------------------------------------------
    (
        "union members only is rejected",
        {"requirements": "Union members only."},
        "reject",
        {"union-membership-condition"},
    ),
    (
        "a ban on joining a union is rejected",
        {"requirements": "Employees must not join a union."},
        "reject",
        {"union-membership-condition"},
    ),
    (
        "non-union applicants only is rejected",
        {"requirements": "Non-union applicants only."},
        "reject",
        {"union-membership-condition"},
    ),
    (
        "a credit union teller is accepted",
        {
            "title": "Credit Union Teller",
            "description": "Help members at our credit union.",
            "soc_code": "43-3071",
            "naics": "522130",
        },
        "accept",
        set(),
    ),
    ("union scale wages are accepted", {"description": "Union scale wages and benefits."}, "accept", set()),
    ("no union membership required is accepted", {"requirements": "No union membership required."}, "accept", set()),
    # --- labor organizations, labor disputes, confidentiality ----------------------------------------------------
    (
        "a labor organization's order is accepted with a notice",
        {"employer.is_labor_organization": True},
        "accept_with_notice",
        {"labor-organization"},
    ),
    (
        "a position at issue in a labor dispute is rejected",
        {"employer.labor_dispute": "position_at_issue"},
        "reject",
        {"labor-dispute-at-issue"},
    ),
    (
        "a position not at issue in a labor dispute is accepted with the written notice",
        {"employer.labor_dispute": "position_not_at_issue"},
        "accept_with_notice",
        {"labor-dispute-not-at-issue"},
    ),
    (
        "an order asking for strike replacements with no recorded dispute is held",
        {"description": "Strike replacement workers needed now."},
        "hold",
        {"labor-dispute-mentioned"},
    ),
    (
        "an order at issue that mentions the strike is rejected once",
        {"employer.labor_dispute": "position_at_issue", "description": "Replace striking workers."},
        "reject",
        {"labor-dispute-at-issue"},
    ),
    (
        "lockout/tagout safety procedures are not a lockout",
        {"requirements": "Follow lockout/tagout procedures."},
        "accept",
        set(),
    ),
    (
        "a confidential employer is accepted with handling notices",
        {"employer.confidential": True},
        "accept_with_notice",
        {"confidential-employer"},
    ),
    # --- discriminatory requirements -----------------------------------------------------------------------
    ("men only is referred to the supervisor", {"requirements": "Men only."}, "refer_supervisor", {"discriminatory"}),
    (
        "no disabilities is referred to the supervisor",
        {"requirements": "No disabilities."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "must be Christian is referred to the supervisor",
        {"requirements": "Must be Christian."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "native English speaker is referred to the supervisor",
        {"requirements": "Native English speaker."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "must be under 40 is referred to the supervisor",
        {"requirements": "Must be under 40."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "an age band of 25 to 35 is referred to the supervisor",
        {"requirements": "Ages 25-35."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "young and energetic is referred to the supervisor",
        {"description": "Looking for young and energetic cooks."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "recent graduates only is referred to the supervisor",
        {"requirements": "Recent graduates only."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "white applicants preferred is referred to the supervisor",
        {"requirements": "White applicants preferred."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "able-bodied only is referred to the supervisor",
        {"requirements": "Must be able-bodied."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    ("hiring regardless of age is accepted", {"description": "We hire regardless of age."}, "accept", set()),
    ("recent graduates welcome is accepted", {"description": "Recent graduates welcome."}, "accept", set()),
    ("lifting fifty pounds is accepted", {"requirements": "Must be able to lift 50 lbs."}, "accept", set()),
    (
        "caring for children under twelve is accepted",
        {
            "title": "Child Care Worker",
            "description": "Care for children under 12.",
            "soc_code": "39-9011",
            "naics": "624410",
        },
        "accept",
        set(),
    ),
    (
        "a minimum age of eighteen in the text is accepted",
        {"requirements": "Must be at least 18 years old."},
        "accept",
        set(),
    ),
    (
        "native English speaker not required is accepted",
        {"requirements": "Native English speaker not required."},
        "accept",
        set(),
    ),
    (
        "Christian Hospital as the workplace is accepted",
        {"description": "Cook for patients at Christian Hospital."},
        "accept",
        set(),
    ),
    ("must be under 70 shuts out no one aged 40 through 69", {"requirements": "Must be under 70."}, "accept", set()),
    (
        "must be under 69 shuts out a 69-year-old",
        {"requirements": "Must be under 69."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    ("ages 18 to 69 shuts out no one protected", {"requirements": "Ages 18-69."}, "accept", set()),
    ("ages 18 to 68 shuts out a 69-year-old", {"requirements": "Ages 18-68."}, "refer_supervisor", {"discriminatory"}),
    (
        "a youth program may state an age band",
        {"description": "Open to youth ages 16-24.", "special_categories": ["Summer Youth Program"], "minimum_age": 16},
        "accept_with_notice",
        {"youth"},
    ),
    # --- background checks and drug screens ----------------------------------------------------------------
    (
        "a background check and drug screen in the text are allowed",
        {"requirements": "Must pass a criminal background check and drug screen."},
        "accept",
        {"hiring-requirement"},
    ),
    (
        "listed hiring requirements are recorded",
        {"hiring_requirements": ["background_check", "drug_screen"]},
        "accept",
        {"hiring-requirement"},
    ),
    ("no drug test is not a hiring requirement", {"requirements": "No drug test."}, "accept", set()),
    (
        "no felonies is an allowed criminal record exclusion",
        {"requirements": "No felonies."},
        "accept",
        {"hiring-requirement"},
    ),
    # --- charges -------------------------------------------------------------------------------------------
    (
        "a fifty dollar application fee is rejected",
        {"application_instructions": "Pay the $50 application fee online."},
        "reject",
        {"applicant-charge"},
    ),
    (
        "buying a starter kit is rejected",
        {"requirements": "You must purchase a starter kit of products."},
        "reject",
        {"applicant-charge"},
    ),
    ("no fee to apply is accepted", {"application_instructions": "No fee to apply."}, "accept", set()),
    ("NO FEES in capitals is accepted", {"application_instructions": "NO FEES! Apply in person."}, "accept", set()),
    (
        "a training fee the employer pays is accepted",
        {"description": "The employer pays the training fee."},
        "accept",
        set(),
    ),
    ("a free starter kit is accepted", {"description": "Free starter kit provided."}, "accept", set()),
    (
        "a CDL and steel-toe boots are allowed",
        {"requirements": "Valid CDL and steel-toe boots required."},
        "accept",
        {"prehire-requirement"},
    ),
    # --- youth -----------------------------------------------------------------------------------------------
    ("a minimum age of sixteen is a youth order", {"minimum_age": 16}, "accept_with_notice", {"youth"}),
    ("a minimum age of seventeen is a youth order", {"minimum_age": 17}, "accept_with_notice", {"youth"}),
    ("a minimum age of eighteen is not a youth order", {"minimum_age": 18}, "accept", set()),
    (
        "the Summer Job League category is a youth order",
        {"special_categories": ["Summer Job League"]},
        "accept_with_notice",
        {"youth"},
    ),
    ("the Green Job category is not a youth order", {"special_categories": ["Green Job"]}, "accept", set()),
    # --- not bona fide ---------------------------------------------------------------------------------------
    (
        "an applicant pool for future openings is rejected",
        {"description": "Building our applicant pool for future openings."},
        "reject",
        {"not-bona-fide"},
    ),
    ("network marketing is rejected", {"description": "Join our network marketing team."}, "reject", {"not-bona-fide"}),
    ("an MLM downline is rejected", {"description": "Build your downline and earn."}, "reject", {"not-bona-fide"}),
    ("bringing a warm market is rejected", {"requirements": "Bring your warm market."}, "reject", {"not-bona-fide"}),
    (
        "no current openings is rejected",
        {"description": "No current openings; send resumes."},
        "reject",
        {"not-bona-fide"},
    ),
    (
        "a swimming pool attendant is accepted",
        {
            "title": "Pool Attendant",
            "description": "Clean the swimming pool.",
            "soc_code": "39-3091",
            "naics": "713940",
        },
        "accept",
        set(),
    ),
    # --- self-employment ---------------------------------------------------------------------------------------
    (
        "an independent contractor opportunity is not entered",
        {"description": "Work as an independent contractor."},
        "not_entered",
        {"self-employment"},
    ),
    ("pay on a 1099 is not entered", {"description": "Paid weekly on a 1099."}, "not_entered", {"self-employment"}),
    (
        "the independent contractor employment type is not entered",
        {"employment_type": "independent_contractor"},
        "not_entered",
        {"self-employment"},
    ),
    (
        "owner-operator drivers are not entered",
        {"title": "Owner-Operator Driver", "soc_code": "53-3032", "naics": "484121"},
        "not_entered",
        {"self-employment"},
    ),
    ("not a 1099 position is accepted", {"description": "This is not a 1099 position."}, "accept", set()),
    ("a W-2 employee not 1099 is accepted", {"description": "W-2 employee, not 1099."}, "accept", set()),
    (
        "a clerk preparing 1099 forms is accepted",
        {
            "title": "Accounts Payable Clerk",
            "description": "Prepare 1099 forms for vendors.",
            "soc_code": "43-3031",
            "naics": "541211",
        },
        "accept",
        set(),
    ),
    # --- suspected fraud -----------------------------------------------------------------------------------------
    (
        "an interview at a hotel is held for CSU",
        {"application_instructions": "Interviews held at the Motel 6 lobby on Saturday."},
        "hold",
        {"suspected-fraud"},
    ),
    (
        "a hotel interviewing at its own hotel is accepted",
        {
            "employer.name": "Riverside Hotel",
            "title": "Housekeeper",
            "application_instructions": "Interviews at the hotel front desk.",
            "soc_code": "37-2012",
            "naics": "721110",
        },
        "accept",
        set(),
    ),
    (
        "a cashier's check is held for CSU",
        {"description": "You will receive a cashier's check for supplies."},
        "hold",
        {"suspected-fraud"},
    ),
    (
        "an interview over Telegram is held for CSU",
        {"application_instructions": "Interview via Telegram with our HR manager."},
        "hold",
        {"suspected-fraud"},
    ),
    (
        "sending a bank account number to apply is held for CSU",
        {"application_instructions": "Send your bank account number to apply."},
        "hold",
        {"suspected-fraud"},
    ),
    ("get rich quick is held for CSU", {"description": "Get rich quick from home."}, "hold", {"suspected-fraud"}),
    (
        "a promise never to ask for bank details is accepted",
        {"application_instructions": "We will never ask for your bank account."},
        "accept",
        set(),
    ),
    # --- employer status -------------------------------------------------------------------------------------------
    ("a discontinued employer is rejected", {"employer.status": "discontinued"}, "reject", {"employer-discontinued"}),
    (
        "an employer pending verification is accepted with a notice",
        {"employer.status": "pending_verification"},
        "accept_with_notice",
        {"employer-pending-verification"},
    ),
    # --- wages (more on both sides of each threshold in test_screening_wages.py) ---------------------------------------
    (
        "a piece rate is accepted with the FLSA reminder",
        {"wage": {"min": 1, "unit": "piece"}},
        "accept_with_notice",
        {"wage-unverifiable"},
    ),
    (
        "a commission is accepted with the FLSA reminder",
        {"wage": {"min": 0, "unit": "commission"}},
        "accept_with_notice",
        {"wage-unverifiable"},
    ),
    (
        "fourteen ninety-nine an hour in Missouri in 2026 is rejected",
        {"wage": {"min": "14.99", "unit": "hour"}},
        "reject",
        {"substandard-wage"},
    ),
    # --- several findings: the most severe wins -------------------------------------------------------------------
    (
        "a fee and a hotel meeting: reject beats hold",
        {"description": "Pay a $25 fee, then meet us at the hotel."},
        "reject",
        {"applicant-charge", "suspected-fraud"},
    ),
    (
        "an H-2B order with men only: route_flc beats refer_supervisor",
        {"visa_program": "H-2B", "requirements": "Men only."},
        "route_flc",
        {"visa-h2b", "discriminatory"},
    ),
    (
        "men only and a Telegram interview: refer_supervisor beats hold",
        {"requirements": "Men only.", "application_instructions": "Interview via Telegram."},
        "refer_supervisor",
        {"discriminatory", "suspected-fraud"},
    ),
    (
        "a 1099 order with a Telegram interview: hold beats not_entered",
        {"description": "Paid on a 1099.", "application_instructions": "Interview on WhatsApp."},
        "hold",
        {"self-employment", "suspected-fraud"},
    ),
    (
        "a 1099 farm order: not_entered beats fix_required",
        {"title": "Farm Hand", "description": "Paid on a 1099.", **AG},
        "not_entered",
        {"self-employment", "aes-identification"},
    ),
    (
        "a farm order for sixteen-year-olds: fix_required beats accept_with_notice",
        {"title": "Farm Hand", "minimum_age": 16, **AG},
        "fix_required",
        {"aes-identification", "youth"},
    ),
    (
        "a confidential order with a background check: accept_with_notice beats accept",
        {"employer.confidential": True, "hiring_requirements": ["background_check"]},
        "accept_with_notice",
        {"confidential-employer", "hiring-requirement"},
    ),
    # --- added near-misses and child labor -----------------------------------------------------------------
    (
        "a minimum age of 13 for restaurant work is rejected as child labor",
        {"minimum_age": 13},
        "reject",
        {"contrary-to-law", "youth"},
    ),
    ("a minimum age of 14 for restaurant work is a youth order", {"minimum_age": 14}, "accept_with_notice", {"youth"}),
    (
        "a minimum age of 13 on a farm is not checked against the non-farm child-labor age",
        {"title": "AES Detasseler", "special_categories": ["AES"], "minimum_age": 13, **AG},
        "accept_with_notice",
        {"youth"},
    ),
    (
        "a hemp farm hand is an agricultural order, not a drug order",
        {"title": "Hemp Farm Hand", "description": "Plant and harvest industrial hemp.", **AG},
        "fix_required",
        {"aes-identification"},
    ),
    (
        "a chat support agent answering online chat is accepted",
        {
            "title": "Customer Support Agent",
            "description": "Answer customer questions through online chat and email.",
            "soc_code": "43-4051",
            "naics": "561422",
        },
        "accept",
        set(),
    ),
    (
        "a bank teller issuing cashier's checks is accepted",
        {
            "title": "Bank Teller",
            "description": "Issue cashier's checks and help customers open a bank account.",
            "soc_code": "43-3071",
            "naics": "522110",
        },
        "accept",
        set(),
    ),
    (
        "a shuttle driver meeting guests at the hotel is accepted",
        {
            "title": "Shuttle Driver",
            "description": "Meet guests at the hotel and drive them to the airport.",
            "soc_code": "53-3053",
            "naics": "485999",
        },
        "accept",
        set(),
    ),
    (
        "WhatsApp as the way to apply is held for CSU",
        {"application_instructions": "WhatsApp +1 555 0100 only."},
        "hold",
        {"suspected-fraud"},
    ),
    (
        "mentoring young people aged 12 to 17 is not an age limit",
        {
            "title": "Youth Counselor",
            "description": "Mentor young people ages 12-17 in our after-school program.",
            "soc_code": "21-1093",
            "naics": "624110",
        },
        "accept",
        set(),
    ),
    (
        "mentoring young adults aged 18 to 24 is not an age limit",
        {
            "title": "Youth Counselor",
            "description": "Mentor young adults ages 18-24.",
            "soc_code": "21-1093",
            "naics": "624110",
        },
        "accept",
        set(),
    ),
    (
        "hiring people aged 18 to 24 is an age limit",
        {"requirements": "Applicants ages 18-24."},
        "refer_supervisor",
        {"discriminatory"},
    ),
    (
        "a security officer interviewed onsite at the hotel where the job is is accepted",
        {
            "title": "Security Officer",
            "employer.name": "Marriott International",
            "description": "Patrol the hotel. Interviews held onsite at the hotel.",
            "soc_code": "33-9032",
            "naics": "561612",
        },
        "accept",
        set(),
    ),
    (
        "a hotel by NAICS interviewing at the hotel is accepted",
        {
            "title": "Night Auditor",
            "employer.name": "Lake Ozark Lodging LLC",
            "application_instructions": "Interviews at the hotel lobby.",
            "soc_code": "43-4081",
            "naics": "721110",
        },
        "accept",
        set(),
    ),
    (
        "selling gym memberships with a membership fee discount is accepted",
        {
            "title": "Membership Sales Consultant",
            "description": "Sell gym memberships; membership fee discounts for employees.",
            "soc_code": "41-3091",
            "naics": "713940",
        },
        "accept",
        set(),
    ),
    (
        "a tax preparer handling self-employment income is accepted",
        {
            "title": "Tax Preparer",
            "description": "Prepare returns including self-employment income schedules.",
            "soc_code": "13-2082",
            "naics": "541213",
        },
        "accept",
        set(),
    ),
]


@pytest.mark.parametrize(("changes", "decision", "rules"), [pytest.param(c, d, r, id=name) for name, c, d, r in CASES])
def test_screening_table(changes, decision, rules):
    result = screen_job_order(make_order(changes))
    assert (result.decision, set(result.rule_ids())) == (decision, rules), [f.message for f in result.findings]


def test_the_table_has_at_least_eighty_orders_and_names_are_unique():
    names = [c[0] for c in CASES]
    assert len(names) >= 80
    assert len(set(names)) == len(names)


def test_every_rule_in_the_registry_is_exercised_by_the_table_or_a_dated_test():
    covered = set().union(*(c[3] for c in CASES)) | {"criminal-record-eeo-notice"}  # dated: test_screening_dates.py
    assert set(RULES) <= covered


def test_text_findings_report_the_field_and_the_text_they_matched():
    result = screen_job_order(make_order({"requirements": "Experienced cooks. Men only, please."}))
    (finding,) = result.findings
    assert (finding.rule, finding.field, finding.matched) == ("discriminatory", "requirements", "Men only")
    assert "Men only" in finding.message


def test_every_finding_cites_its_source():
    result = screen_job_order(
        make_order({"requirements": "Men only. Pay a $20 fee. Interview via Telegram.", "minimum_age": 16})
    )
    assert result.findings and all(f.citation for f in result.findings)
    assert all(f.citation == RULES[f.rule].citation for f in result.findings)


def test_findings_are_listed_most_severe_first():
    result = screen_job_order(make_order({"description": "Paid on a 1099. Interview via Telegram. Pay a $20 fee."}))
    assert [f.severity for f in result.findings] == ["reject", "hold", "not_entered"]


def test_the_discriminatory_message_gives_the_informal_resolution_path_when_the_employer_ordered_in_the_last_year():
    result = screen_job_order(make_order({"requirements": "Men only.", "employer.job_orders_last_12_months": 1}))
    assert C.MESSAGES["discriminatory-path-informal"].format(count=1, months=12) in result.findings[0].message


def test_the_discriminatory_message_gives_the_written_referral_path_when_the_employer_has_no_order_in_the_last_year():
    result = screen_job_order(make_order({"requirements": "Men only.", "employer.job_orders_last_12_months": 0}))
    assert C.MESSAGES["discriminatory-path-written"].format(months=12) in result.findings[0].message


def test_the_discriminatory_message_gives_both_paths_when_the_order_count_is_unknown():
    result = screen_job_order(make_order({"requirements": "Men only.", "employer.job_orders_last_12_months": None}))
    assert C.MESSAGES["discriminatory-path-unknown"].format(months=12) in result.findings[0].message


def test_a_position_not_at_issue_carries_the_manuals_labor_dispute_notice_word_for_word():
    result = screen_job_order(make_order({"employer.labor_dispute": "position_not_at_issue"}))
    assert result.notices == [
        "A labor dispute currently exists at this employing establishment. This notice serves as written notification "
        "that the position you are being referred to is not at issue in the dispute."
    ]


def test_a_position_at_issue_says_open_orders_go_on_hold():
    result = screen_job_order(make_order({"employer.labor_dispute": "position_at_issue"}))
    assert "on hold" in result.findings[0].message and "on hold" in result.notices[0].lower()


def test_self_employment_carries_the_manuals_notice_and_the_sixty_day_posting_rule():
    result = screen_job_order(make_order({"description": "Independent contractor role."}))
    assert result.notices[0] == (
        "Earnings and wages are subject to taxes. As a self-employed individual (independent contractor), certain "
        "benefits, and tax payments normally handled through withholding and/or employer payments may not be paid by "
        "companies offering self-employment. As a self-employed (independent contractor) individual, you may be liable "
        "for your own payment of certain federal, state, and local taxes; and so forth. Be sure you understand how all "
        "taxes, contributions, and benefits will be paid."
    )
    assert "60 days" in result.notices[1] and "initialed and dated" in result.notices[1]
    assert "never recorded as a referral or placement" in result.findings[0].message


def test_a_marijuana_order_says_csu_is_told():
    result = screen_job_order(make_order({"description": "Cannabis retail associate."}))
    assert result.notices == [C.NOTICES["drug-illegal-federal"]]
    assert "Customer Support Unit" in result.notices[0]


def test_an_h2a_order_says_all_referrals_are_screened():
    result = screen_job_order(make_order({"visa_program": "H-2A", **AG, "title": "Farmworker"}))
    assert result.notices == [C.NOTICES["visa-h2a"]]
    assert "screen all applicants" in result.notices[0]


def test_an_employer_pending_verification_goes_online_after_csu_verification():
    result = screen_job_order(make_order({"employer.status": "pending_verification"}))
    assert result.notices == [C.NOTICES["employer-pending-verification"]]


def test_a_youth_order_carries_the_child_labor_and_school_attendance_notice():
    result = screen_job_order(make_order({"minimum_age": 15}))
    assert result.notices == [C.NOTICES["youth"]]
    assert "school attendance and child labor" in result.notices[0]


def test_a_suspected_fraud_order_asks_for_a_csu_investigation():
    result = screen_job_order(make_order({"description": "You will receive a cashier's check."}))
    assert result.notices == [C.NOTICES["suspected-fraud"]]


def test_a_missing_aes_title_and_category_give_one_finding_for_each_field():
    result = screen_job_order(make_order({"title": "Farmworker", **AG}))
    assert sorted(f.field for f in result.findings) == ["special_categories", "title"]


def test_notices_appear_once_even_when_a_rule_matches_twice():
    result = screen_job_order(
        make_order({"description": "Interview via Telegram; you will receive a cashier's check."})
    )
    assert len([f for f in result.findings if f.rule == "suspected-fraud"]) == 2
    assert result.notices == [C.NOTICES["suspected-fraud"]]


def test_to_dict_has_the_documented_json_shape():
    data = screen_job_order(make_order({"requirements": "Men only."})).to_dict()
    assert set(data) == {"decision", "findings", "notices"}
    assert set(data["findings"][0]) == {
        "rule",
        "severity",
        "citation",
        "message",
        "employer_message",
        "field",
        "matched",
    }
