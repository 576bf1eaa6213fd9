"""Issue #9, third pass (``screening/wording_classes.py``): families built from semantic classes. Each family has
a text that must hit its rule and near-misses that must pass (the employer paying, a wage, lawful age limits,
documents after hire, lawful union mentions). The texts are written for these tests, not copied from the corpus;
each rule's manual section / law is cited on the rule (``RULES[rule].citation``) and in the module docstring."""

import pytest

from jobcenter.compliance.screening import RULES
from jobcenter.compliance.tests.screening_orders import fires

C, NBF, SE, FR, D, U, S = (
    "applicant-charge",
    "not-bona-fide",
    "self-employment",
    "suspected-fraud",
    "discriminatory",
    "union-membership-condition",
    "labor-dispute-mentioned",
)

# (family, rule, text that must hit, near-miss that must pass)
PAIRS = [
    (
        "charge-applicant-pays-money-before",
        C,
        "New hires pay a $75 equipment deposit before their first shift.",
        "We pay a $75 boot allowance before your first shift.",
    ),
    (
        "charge-applicant-brings-money",
        C,
        "Each candidate brings a $40 money order to the interview to get started.",
        "Servers take home $40 in tips on a typical night; training starts the first week.",
    ),
    (
        "charge-payable-by-applicant",
        C,
        "Safety course, $85, payable by the applicant.",
        "Safety course, $85, paid by the company.",
    ),
    (
        "charge-tuition-to-start",
        C,
        "Welding academy tuition is $900, due before the first class.",
        "Tuition reimbursement up to $2,000 a year after six months.",
    ),
    (
        "charge-must-buy-before",
        C,
        "Steel-toe boots must be purchased from our supplier before you start.",
        "Steel-toe boots are purchased by the company for every new hire.",
    ),
    (
        "future-applicant-database",
        NBF,
        "Submit a resume to our candidate database for future needs.",
        "Three positions are open now; we also keep a candidate database for later.",
    ),
    (
        "future-if-and-when",
        NBF,
        "We will reach out if and when an opening comes up.",
        "Open today: two cooks; interviews this week.",
    ),
    (
        "future-anticipation-of-contract",
        NBF,
        "Hiring in anticipation of a state contract expected next year.",
        "We won the state contract and start hiring immediately: positions are open now.",
    ),
    (
        "future-no-openings-now",
        NBF,
        "We don't have any openings at the moment but accept resumes.",
        "No experience necessary; openings available now on all shifts.",
    ),
    (
        "self-employed-own-ein",
        SE,
        "Crew leads need their own EIN and liability insurance policy.",
        "We carry general liability insurance for every crew.",
    ),
    (
        "self-employed-paid-per-project",
        SE,
        "Payments are issued per project once the client signs off.",
        "Salaried project coordinator; paid every other Friday.",
    ),
    (
        "fraud-reshipping-from-home",
        FR,
        "From your home, accept parcels and repackage them for clients abroad.",
        "Warehouse shipping clerk: pack parcels at our distribution center for customers across Missouri.",
    ),
    (
        "fraud-deposit-our-check",
        FR,
        "You will cash a check we mail you and wire the balance to our vendor.",
        "Bank teller: process deposits, withdrawals and wire transfers for branch customers.",
    ),
    (
        "fraud-data-up-front",
        FR,
        "Email your bank routing number with the application so we can pay you fast.",
        "After hire, bring your Social Security card on the first day for the I-9 and payroll.",
    ),
    (
        "fraud-non-business-meeting",
        FR,
        "Interviews are held in the truck stop diner off exit 12.",
        "Interviews at our office; park in the lot behind the building.",
    ),
    (
        "age-over-40-refused",
        D,
        "Candidates older than 50 need not apply for this fast-paced role.",
        "Must be at least 21 to serve alcohol under state law.",
    ),
    (
        "age-upper-limit",
        D,
        "Applicants must be under 35.",
        "Applicants must be under no restriction as to age; we hire workers of every age.",
    ),
    (
        "age-graduation-year",
        D,
        "Open to people who graduated in 2021 or later.",
        "Must have graduated from an accredited nursing program.",
    ),
    (
        "citizenship-document",
        D,
        "Bring your U.S. passport to the interview.",
        "Bring a U.S. passport or any other document from the I-9 list on your first day.",
    ),
    (
        "citizenship-documents-refused",
        D,
        "We won't accept green cards or work permits.",
        "We accept any document listed on Form I-9.",
    ),
    (
        "language-native-only",
        D,
        "Native English speakers only.",
        "Teach ESL classes to adult learners two evenings a week.",
    ),
    (
        "union-pledge",
        U,
        "New hires sign a union-free pledge at orientation.",
        "The union contract sets wages and overtime for all warehouse staff.",
    ),
    (
        "union-proof-of-membership",
        U,
        "Proof of active Teamsters membership required.",
        "Proof of membership in a professional association is welcome.",
    ),
    (
        "union-already-belong",
        U,
        "You must be a member of the local union to be dispatched.",
        "You may join the union after 30 days if you choose; membership is voluntary.",
    ),
    (
        "union-promise-not-to-organize",
        U,
        "Applicants agree not to participate in union campaigns.",
        "We will not retaliate against anyone who takes part in union activity.",
    ),
    (
        "union-prefer-no-union",
        U,
        "Seeking workers without union ties.",
        "Union and non-union electricians are welcome to apply.",
    ),
    (
        "union-affiliated-refused",
        U,
        "People affiliated with a union will not be hired here.",
        "Union organizer for a statewide labor federation; travel required.",
    ),
    (
        "strike-coverage",
        S,
        "Nurses needed for strike staffing beginning Monday.",
        "Lightning strike repair crew for utility poles.",
    ),
]

# Second round: concepts a probe of new wording (written for this purpose, not from the corpus) found missing.
PAIRS += [
    (
        "charge-before-hire-first",
        C,
        "Before your first day, trainees buy the required tablet for $250.",
        "Before your first day, we give every trainee a tablet.",
    ),
    (
        "charge-responsible-for-cost",
        C,
        "Applicants are responsible for the $95 drug screen.",
        "Applicants are responsible for keeping their work area clean.",
    ),
    ("future-opens-once", NBF, "Jobs will open once the new clinic is funded.", "Jobs open now at the new clinic."),
    (
        "future-not-filling",
        NBF,
        "We are not currently filling this position.",
        "We are currently filling this position and interview this week.",
    ),
    (
        "fraud-fake-check",
        FR,
        "We mail you a check to buy supplies from our vendor; keep the rest as your pay.",
        "We mail you a paycheck every other Friday.",
    ),
    (
        "union-not-become-member",
        U,
        "You agree not to become a union member while employed.",
        "You may become a union member if you wish.",
    ),
    (
        "union-involvement-refused",
        U,
        "Past involvement in a union drive means you are not a good fit.",
        "Past involvement in a union apprenticeship is a plus for this electrician role.",
    ),
]


@pytest.mark.parametrize(("family", "rule", "hit", "miss"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_class_family_hits_its_text_and_passes_its_near_miss(family, rule, hit, miss):
    assert rule in fires(hit), family
    assert rule not in fires(miss), family
    assert RULES[rule].citation


@pytest.mark.parametrize(
    "text",
    [
        "Pay is $17.50 an hour with paid holidays and a $500 sign-on bonus after 90 days.",
        "Tuition assistance up to $5,250 a year for approved courses.",
        "We reimburse the $60 CDL permit fee at your first paycheck.",
        "Drivers earn $1.10 per mile; home every weekend.",
        "Candidates bring two references and a photo ID to the interview.",
        "Receiving clerk: receive shipments at the dock and forward paperwork to accounting.",
        "Must be 18 or older to operate the forklift (federal child labor rules).",
        "Interpreter: native-level fluency in Spanish and English required to interpret medical visits.",
        "You pay nothing, we cover the $40 exam before you start.",
        "New hires bring a voided check for direct deposit before their first payday.",
        "Starter kit provided free, a $200 value, before your first shift.",
        "Tuition is paid in full by the company.",
        "We are committed to a diverse talent pool.",
        "Paralegal: help clients form an LLC and file annual reports.",
        "Work from home customer service: help shoppers track packages and arrange reshipment overseas.",
        "Submit your application with your bank's name for the credit union membership check.",
        "Interviews held at our truck stop on Highway 50; cashier and fuel desk.",
        "Parking attendant: interview at the parking garage office on Main Street.",
        "Full-time W-2 position with benefits; paid per hour, not per delivery.",
        "Accounts payable: process vendor checks and wire transfers.",
        "Hotel front desk agent; interviews at the hotel front desk.",
        "Seasonal jobs will start when the pool opens in May; interviews now.",
        "We are an equal opportunity employer; applicants over 40 are encouraged to apply.",
        "Bring your U.S. passport or driver's license and Social Security card on your first day for the I-9.",
        "Native speakers of Spanish are encouraged to apply for our interpreter role.",
        "You will receive packages at our warehouse and forward them to our stores.",
        "Tuition-free training program; you pay $0.",
        "Store manager: must maintain the store's business license and permits.",
        "We have openings now and will keep your application on file if this one is filled.",
        "Hiring will begin after the job fair on June 3 for these twelve open positions.",
    ],
)
def test_lawful_wording_fires_none_of_the_class_families(text):
    assert not fires(text) & {C, NBF, SE, FR, D, U, S}
