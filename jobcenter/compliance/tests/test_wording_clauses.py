"""Issue #9, fourth pass (``screening/wording_clauses.py``): clause-level families (roles in one sentence, in any
order, vetoed by lawful context) and the precision fixes of the same session (a wage is not a fee or a lure;
lawful context anywhere in the sentence). Each family has a text that must hit its rule and a near-miss that must
pass; the texts are written for these tests, not copied from the corpus. Each rule's manual section / law is
cited on the rule (``RULES[rule].citation``) and in the module docstring."""

import re

import pytest

from jobcenter.compliance.screening import RULES
from jobcenter.compliance.screening import wording_clauses as wc
from jobcenter.compliance.screening.text import WAGE_TAIL, sentence_of
from jobcenter.compliance.tests.screening_orders import DRUG, FR, H2A, H2B, NBF, SE, C, D, S, U, fires

# (family, rule, text that must hit, near-miss that must pass)
PAIRS = [
    (
        "charge: amount x cost item x condition of hire",
        C,
        "Candidates cover the cost of their own state fingerprint card ($41.50) to be considered.",
        "We pay for your forklift certification class ($125 value) before you start.",
    ),
    (
        "charge: a promissory note repaid if you leave",
        C,
        "The driving course runs $3,100 and trainees sign a promissory note, repaid if they quit in year one.",
        "Our driving course is free for hires; there is no promissory note and nothing to repay.",
    ),
    (
        "charge: cash brought on the first day",
        C,
        "Bring $25 cash on your first day for the safety vest and badge.",
        "A $25 boot allowance is paid on your first day for safety boots.",
    ),
    (
        "union: a labor organization x membership x condition",
        U,
        "Hires sign a statement that they will not seek membership in any labor organization.",
        "Membership in the union is not a condition of employment; the plant has a collective bargaining agreement.",
    ),
    (
        "union: organizing drives refused",
        U,
        "Applicants who have been part of organizing drives elsewhere will not be hired.",
        "Organizing drives are protected by law and we respect every employee's right to join or not join a union.",
    ),
    (
        "union: 'no union guys'",
        U,
        "Framing crew, no union guys, we run our own shop.",
        "Framing crew; union and non-union carpenters are welcome to apply.",
    ),
    (
        "union: membership within days of hire",
        U,
        "Employment is contingent upon joining the UAW local within 45 days of your start.",
        "Employees may join the UAW local after 45 days if they choose.",
    ),
    (
        "no vacancy: 'no ... vacancies', 'not for a specific open position'",
        NBF,
        "This listing is not for a specific open position; we collect resumes for clerks.",
        "No vacancies in the day shift; this posting is for the open night-shift position.",
    ),
    (
        "no vacancy: positions filled",
        NBF,
        "All of our driver positions are currently filled, but send your details anyway.",
        "Positions are filled quickly, so apply today for the open driver route.",
    ),
    (
        "no vacancy: hiring contingent on an approval, a bid or financing",
        NBF,
        "Once the new clinic's financing closes, we plan to hire medical assistants.",
        "Offer contingent upon passing a background check; start immediately in our open clinic role.",
    ),
    (
        "no vacancy: a hiring plan not yet final",
        NBF,
        "Our spring staffing plan has not been approved; leave your name for the list.",
        "Our spring staffing plan was approved and the three roles below are open now.",
    ),
    (
        "self-employment: commission only",
        SE,
        "Earn only when you sell; there is no base pay or hourly wage.",
        "Sales associate: $15/hr base plus commission, W-2 employee with benefits; no salary history questions.",
    ),
    (
        "self-employment: pay from the people you recruit",
        SE,
        "Bonuses grow with the sales of the people you recruit into your team.",
        "Recruiter (W-2, salaried): a bonus for each candidate placed with our clients.",
    ),
    (
        "fraud: wages in gift cards or crypto",
        FR,
        "Your weekly pay is sent to you as Visa gift cards.",
        "Gift shop cashier: sell gift cards and snacks; pay $14/hr by direct deposit.",
    ),
    (
        "fraud: wages from a personal account",
        FR,
        "Salary paid through Zelle from the director's personal account.",
        "Payroll is run by our payroll provider; pay by direct deposit every other Friday.",
    ),
    (
        "fraud: the check sent to the applicant, deposited and sent on",
        FR,
        "I will mail you a cashier's check; deposit it and send the remainder to my decorator.",
        "We mail your first paycheck to your home address if you do not choose direct deposit.",
    ),
    (
        "discriminatory: a sex named for the job",
        D,
        "We need a gal for the front counter.",
        "We need a receptionist for the front counter; men and women are equally welcome.",
    ),
    (
        "discriminatory: religion required by a secular employer",
        D,
        "Landscaping company: all staff must attend our Monday prayer meeting.",
        "St. Luke's Parish seeks a parish secretary; staff attend our Monday prayer meeting.",
    ),
    (
        "discriminatory: a disability as a reason to refuse",
        D,
        "Not suitable for anyone with back problems or a history of depression.",
        "Applicants with disabilities may ask for a reasonable accommodation for the interview.",
    ),
    (
        "discriminatory: customers' preference",
        D,
        "Our customers prefer to be served by people like them.",
        "Our customers prefer quick service and a friendly smile.",
    ),
    (
        "labor dispute: the workforce locked out or on strike",
        S,
        "Replacement workers needed while our drivers are on strike.",
        "Follow lockout/tagout on every press; work stops during lightning strikes.",
    ),
    # second round, after a probe of new wording (ADR 0040 fourth-session amendment)
    (
        "charge: a contribution toward a pre-hire cost",
        C,
        "New hires chip in $35 toward the pre-employment drug test before the offer.",
        "The $35 pre-employment drug test is paid by the company before the offer.",
    ),
    (
        "union: a union book needed",
        U,
        "You will need your book from the Ironworkers local before the first shift.",
        "Ironworkers local members are welcome; no book is needed to apply.",
    ),
    (
        "union: membership asked about",
        U,
        "State whether you belong to a union on the application.",
        "We do not ask whether you belong to a union.",
    ),
    (
        "no vacancy: not open yet, collecting names",
        NBF,
        "The clinic has not opened yet; we are collecting names for when it does.",
        "The clinic opened last month and has two open roles; start Monday.",
    ),
    (
        "no vacancy: 'should we win the contract'",
        NBF,
        "Should we land the hospital contract, we will hire twelve custodians.",
        "Should you need time off, ask your supervisor; this custodian role is open now.",
    ),
    (
        "fraud: a bank login asked for",
        FR,
        "Text us your online banking login so payroll can be set up.",
        "Payroll is set up through our HR portal; never share your password with anyone.",
    ),
    (
        "discriminatory: a language group refused",
        D,
        "Arabic speakers will not be considered for this role.",
        "Non-Spanish speakers will not be considered for the interpreter post.",
    ),
    (
        "discriminatory: protected traits asked for",
        D,
        "Please list your religion and marital status on the form.",
        "You may voluntarily self-identify your race and ethnicity; it will not affect hiring.",
    ),
    (
        "discriminatory: sex-plus (mothers refused)",
        D,
        "Single mothers need not apply.",
        "Single mothers are welcome; we offer on-site child care.",
    ),
    (
        "labor dispute: until the strike ends; a walk-off",
        S,
        "Our drivers walked off the job last week; fill-ins needed.",
        "Our drivers walked off with the safety award last year.",
    ),
    # third round, after a second probe (ADR 0040 fourth-session amendment)
    (
        "charge: a refundable bond collected before",
        C,
        "A refundable $200 tool bond is collected before badges are issued.",
        "We provide the tools; a $200 tool allowance is paid before badges are issued.",
    ),
    (
        "charge: the applicant responsible for a cost",
        C,
        "You are responsible for the $55 background screen; a payment link follows.",
        "The company pays for the $55 background screen; you are responsible for nothing.",
    ),
    (
        "union: dues or good standing checked",
        U,
        "We confirm with the local that applicants are members in good standing.",
        "Members in good standing of any professional association get a certification bonus.",
    ),
    (
        "union: stewards told to look elsewhere",
        U,
        "Former union stewards should look elsewhere.",
        "Our union stewards help new hires learn the contract.",
    ),
    (
        "no vacancy: hiring freeze, testing the market",
        NBF,
        "Hiring freeze in effect; this ad gauges interest for next year.",
        "The hiring freeze ended in March and these two roles are open now.",
    ),
    (
        "self-employment: not our employees, bill us",
        SE,
        "Installers are not our employees and bill us for each finished job.",
        "Installers are our employees on a W-2 and never bill customers directly.",
    ),
    (
        "fraud: reshipping from home, across a semicolon",
        FR,
        "We send phones to your apartment; you repackage them for our overseas office.",
        "We send phones to our store; you repackage returns for the manufacturer's repair center.",
    ),
    (
        "fraud: a meeting in a named parking lot",
        FR,
        "Pick up your badge from our rep in the Kroger parking lot.",
        "Pick up your badge at our office; free parking in the garage.",
    ),
    (
        "discriminatory: national origin by names or looks",
        D,
        "No foreign-sounding names, please.",
        "Foreign languages are a plus for our travel desk.",
    ),
    (
        "discriminatory: work authorization refused",
        D,
        "We cannot hire anyone with a work permit for this retail job.",
        "Export-controlled lab: we cannot hire anyone with a visa without an export license (ITAR).",
    ),
    (
        "labor dispute: members out after an offer",
        S,
        "The union rejected our final offer and the crew is out; fill-ins needed.",
        "Our union crew is out on the Route 5 job this week; shop helper needed.",
    ),
    (
        "H-2A named by its labor certification",
        H2A,
        "Job order for a temporary agricultural labor certification; three-fourths guarantee applies.",
        "Year-round dairy milker, $17/hr, no visa program.",
    ),
    (
        "H-2B named by its labor certification",
        H2B,
        "This order supports our temporary non-agricultural labor certification (ETA-9142B).",
        "Seasonal lifeguard at the city pool, $14/hr.",
    ),
]


@pytest.mark.parametrize(("family", "rule", "hit", "miss"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_clause_family_hits_its_text_and_passes_its_near_miss(family, rule, hit, miss):
    assert rule in fires(hit), f"{family}: should fire {rule}"
    assert rule not in fires(miss), f"{family}: near-miss should pass {rule}"
    assert RULES[rule].citation


# Precision fixes of the same session: each was a false flag on lawful wording.
@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (C, "Electrician helper. Pay $18-21/hr DOE, company truck to job sites."),  # a wage is not "pay $N"
        (C, "Expected pay $20-23/hr, Monday-Friday."),
        (C, "CNA class starts Monday; tuition is $0 for hires, and the $45 state exam fee is paid by the facility."),
        (FR, "Flat-rate pay at $28/flag hour with a guaranteed 40 hours per week, W-2."),  # guaranteed hours
        (FR, "Piece rate with a guaranteed minimum of $16/hr; W-2 with benefits."),
        (FR, "Relabel cartons and reship customer orders at our Joplin distribution center."),  # premises
        (C, "I will send you a check to cover your travel; deposit it and send the agency its part."),  # fraud
        (D, "As a federal law enforcement position, U.S. citizenship is required."),  # "U.S." ends no sentence
        (DRUG, "Sell hemp-derived CBD oils containing less than 0.3% THC."),  # 7 U.S.C. 1639o(1)
        (SE, "Build your own book of business; salary $52,000 plus bonus, W-2."),
        (C, "Guard card required; if you lack one, we enroll you in the class and pay the $40 fee."),
        (SE, "Office administrator, hourly $18, supports our independent agents with paperwork."),
        (FR, "Teller: count cash, process deposits, cashier's checks and wire requests for customers."),
        (NBF, "Our night shift is fully staffed, so this opening is on days; start Monday."),
        (FR, "Front desk agent at the Holiday Inn; interviews at the hotel with the general manager."),
        (S, "Strike team lead for wildfire hand crews, seasonal."),
        (C, "Claims adjuster trainee: the employer pays for the state license exam ($80) before you start."),
    ],
)
def test_lawful_wording_that_used_to_be_flagged_passes(rule, text):
    assert rule not in fires(text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (C, "You must pay $150 for the kit before your first shift."),
        (FR, "Earn $5,000 a week guaranteed from home."),
        (FR, "Receive packages at your home and reship them overseas."),
        (D, "U.S. citizens only for this warehouse job."),
        (DRUG, "Trim plants at our licensed marijuana grow, 20% THC strains."),
        (U, "Applicants must provide proof of membership in Teamsters Local 41."),
    ],
)
def test_the_precision_fixes_keep_the_violations_they_sit_beside(rule, text):
    assert rule in fires(text)


def test_a_clause_needs_every_role_in_one_sentence_and_no_veto():
    pattern = re.compile(wc.clause(r"\bred\b", r"\bblue\b", veto=r"\bgreen\b"), re.IGNORECASE)
    assert pattern.search("Blue and red.")
    assert not pattern.search("Red here. Blue there.")  # two sentences
    assert not pattern.search("Red, blue and green.")  # vetoed
    assert pattern.search("A U.S. flag is red, white and blue.")  # "U.S." does not end the sentence


def test_the_wage_tail_and_sentences():
    assert re.match(WAGE_TAIL, "-21/hr")
    assert re.match(WAGE_TAIL, " an hour")
    assert not re.match(WAGE_TAIL, " for the kit")
    text = "Pay is $18.50 an hour. U.S. citizenship is required by federal law. Apply now."
    m = re.search("citizenship", text)
    assert sentence_of(text, m) == " U.S. citizenship is required by federal law"
