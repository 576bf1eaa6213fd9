"""Issue #9, fifth pass (``screening/wording_indirect.py``): indirect wording in clause-level families, and the
general lawful contexts of the same session. Each family has texts that must hit its rule and near-misses that
must pass, written for these tests in other words than the corpus (not copied from ``heldout_fourth``)."""

import pytest

from jobcenter.compliance.tests.screening_orders import DRUG, FR, H2A, H2B, NBF, SE, C, D, S, U, check_family, fires

# (family, rule, texts that must hit, near-misses that must pass)
FAMILIES = [
    (
        "age: a bracket for the people hired",
        D,
        [
            "The owner wants hosts who are 22 to 30 years old so the floor looks lively.",
            "Ideal applicants fall in the 20-32 age range.",
            "Now seeking promo reps 18-26 yrs old for the fair.",
        ],
        [
            "You will read to children 4 to 6 years old in our library program.",
            "Coaches work with players 14 to 18 years old on weekends.",
            "Candidates should expect pay in the 25-35 range depending on certifications.",
        ],
    ),
    (
        "age: retirees refused",
        D,
        ["We need a long-term hire, so retirees should not apply."],
        ["Retirees are welcome; the morning shift suits many of them.", "We offer a retirement plan with a match."],
    ),
    (
        "age: long careers refused",
        D,
        [
            "Someone with many years in the workforce would not be a good fit for this junior team.",
            "We would rather mold a beginner than deal with a man set in his ways.",
        ],
        [
            "Many years of work experience in welding is a plus.",
            "Set in our ways? Never: we train on new tools yearly.",
        ],
    ),
    (
        "age: the team's average age to be kept",
        D,
        ["The average age in our office is 24 and we want to keep it there."],
        ["The average age of our fleet is two years and we keep it well maintained."],
    ),
    (
        "age: a generation named",
        D,
        ["You grew up with smartphones and social media, so our apps will feel natural."],
        ["You will help customers who grew up before computers learn our app."],
    ),
    (
        "national origin: an accent described and required",
        D,
        [
            "Callers must have a clear American accent.",
            "No thick, foreign accents on the phones please.",
        ],
        [
            "Voice actors with a neutral American accent are needed for a radio spot.",
            "Paint the accent wall in the lobby and the trim must be finished by Friday.",
        ],
    ),
    (
        "national origin: birth or birth language",
        D,
        ["We only take born English speakers for this desk.", "We want workers who are American by birth."],
        ["You must be fluent in English to read the safety sheets."],
    ),
    (
        "national origin: other languages banned at all times",
        D,
        ["We never allow any other language to be spoken on the job, period."],
        ["On the radio, crews never allow any other language than English for safety calls."],
    ),
    (
        "citizenship status: permanent residents or naturalized citizens refused",
        D,
        [
            "Green card holders will not be considered for this warehouse job.",
            "Naturalized citizens are not a good fit for our team.",
        ],
        [
            "We cannot sponsor visas; permanent residents and citizens are welcome to apply.",
            "This defense role requires a clearance, so permanent residents cannot be placed.",
        ],
    ),
    (
        "union: representation, bargaining units, stewards, outside organizations",
        U,
        [
            "New hires agree that they will not seek representation by a union.",
            "We have never had a third party between our staff and the owners and we expect everyone to keep it that way.",
            "Applicants who want a shop steward should look elsewhere, we won't hire them.",
            "Preference goes to applicants who have never been union members.",
            "No contratamos personas que sean miembros de un sindicato.",
        ],
        [
            "Our credit union members are served by tellers; teller experience preferred.",
            "Contact your union steward with questions about the schedule.",
            "Employees have the right to join a union or not; it has no bearing on hiring.",
        ],
    ),
    (
        "union: a dues receipt as a condition",
        U,
        ["Show a paid-up dues card at the interview."],
        ["Union dues cards are not required; anyone may apply."],
    ),
    (
        "self-employment: pay outside payroll",
        SE,
        [
            "This gig is paid per job and we do not run payroll for it.",
            "You sign our independent contractor agreement before your first route.",
            "We won't withhold taxes from your pay.",
            "No taxes will be taken out of these checks.",
            "Own your own lawn care territory for a one-time buy-in.",
        ],
        ["We run payroll every Friday and withhold taxes as required.", "All staff are W-2 employees."],
    ),
    (
        "not bona fide: no requisition, names kept in case",
        NBF,
        [
            "There are no open requisitions for this posting.",
            "We keep a list of drivers in case someone leaves.",
            "Our schedule is full right now but send your name.",
        ],
        ["We keep a list of approved vendors.", "Two openings now; start Monday."],
    ),
    (
        "fraud: identity documents sent to apply",
        FR,
        ["To apply, text clear photos of both sides of your Social Security card."],
        ["After an offer, upload a copy of your driver's license to the onboarding portal for the I-9."],
    ),
    (
        "fraud: a numbered motel room, a chain restaurant, a recruiter in a lot",
        FR,
        [
            "Interviews in room 118 at the Days Inn on Highway 50.",
            "Our hiring manager will meet you at the Starbucks on Main; we have no office yet.",
            "The recruiter will be parked in the rest area lot on Friday.",
        ],
        ["Interviews are held in the hiring tent in our new warehouse's parking lot."],
    ),
    (
        "fraud: interview or hiring through a chat app",
        FR,
        ["Message our manager on Telegram to set up your interview."],
        ["Answer customer orders that come in through WhatsApp."],
    ),
    (
        "charge: out of pocket, not paid back, equipment rented",
        C,
        [
            "The physical costs $60 out of your own pocket.",
            "Hires rent our scanner for $15 each week.",
            "Se cobra $40 por el uniforme.",
        ],
        ["The physical costs $60 and we pay for it.", "We reimburse the $60 physical after 30 days."],
    ),
    (
        "labor dispute: jobs held during a dispute",
        S,
        ["These openings come from drivers who left during the ongoing labor dispute."],
        ["There is no labor dispute at this site."],
    ),
    (
        "drug: marijuana licence named by its regulator",
        DRUG,
        ["OMMA-licensed dispensary needs a budtender."],
        ["Industrial hemp farm (THC under 0.3%) needs harvest hands."],
    ),
    (
        "visa: H-2A in plain words",
        H2A,
        ["We hire through the seasonal agricultural visa program and post here first."],
        ["Seasonal farm work, local applicants, no visas involved."],
    ),
    (
        "visa: H-2B in plain words",
        H2B,
        ["Our housekeepers come on temporary non-agricultural work visas and we must advertise here."],
        ["Temporary housekeeping work for local applicants, May to September."],
    ),
]


@pytest.mark.parametrize("family,rule,hits,near", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_each_family_hits_its_wording_and_passes_its_near_misses(family, rule, hits, near):
    check_family(rule, hits, near)


@pytest.mark.parametrize(
    "text",
    [
        "A food safety card is required after hire; we pay the fee and give you time to take it.",
        "Keep $40 of every $100 you collect for customers as your commission.",  # the applicant is paid, not charged
        "Pay $16-$19 DOE, weekly direct deposit.",
        "Weekly pay $800 plus overtime.",
        "Forklift driver, overtime paid over 40 hours.",
        "Licensed hemp grower, THC content below 0.3% on every lot.",
        "Hemp drying barn; every batch tests under 0.3 percent THC.",
    ],
)
def test_the_general_lawful_contexts_of_the_session_pass(text):
    assert not fires(text) & {C, D, DRUG}, text


def test_the_lawful_contexts_keep_the_charges_they_should():
    assert C in fires("Bring $75 for the safety kit to orientation; you keep the kit.")  # keeping goods, not money
    assert C in fires("Applicants pay $35 for the background check before hire.")
