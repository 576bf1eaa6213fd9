"""Issue #9, seventh pass (``screening/wording_indirect3.py``): the general lawful contexts that removed the false
flags of ``heldout_sixth`` (precision first), then a family per kind of its misses. Each has texts that must hit and
lawful near-misses that must pass, written for these tests in other words than the corpus (not copied from
``heldout_sixth``)."""

import pytest

from jobcenter.compliance.tests.screening_orders import DRUG, FR, H2A, NBF, SE, C, D, U, check_family, fires

# (lawful context, rule it must not fire, lawful texts that must pass, texts of the same shape that must still hit)
LAWFUL = [
    (
        "piece-rate pay of an employee is a wage, not self-employment",
        SE,
        [
            "Route sales driver on our payroll as an employee, paid per delivery plus a weekly minimum guarantee.",
            "Visiting therapist; we reimburse mileage at the IRS rate and pay per visit on top of base pay.",
            "Company-owned van, W2, earnings per installation added to your hourly rate.",
        ],
        ["Bring your own van and insurance; you are paid per installation."],
    ),
    (
        "union membership left to the worker is not a condition",
        U,
        [
            "Our mechanics are in an IAM unit; joining the union is up to each worker.",
            "Applicants don't have to be a union member to be considered for the apprenticeship.",
            "Union membership is your own decision and has nothing to do with hiring.",
        ],
        [
            "Applicants must be members of Local 41 before they can be dispatched.",
            "Our drivers are represented by Local 5 and must be members before their first run.",
        ],
    ),
    (
        "testing for a drug is not dealing in it",
        DRUG,
        [
            "Lab assistant: run cannabis metabolite screens on urine specimens for employers.",
            "Collectors keep chain of custody for every THC and opioid sample.",
        ],
        ["Budtender at our marijuana dispensary in Kansas City."],
    ),
]


@pytest.mark.parametrize("context,rule,lawful,hits", LAWFUL, ids=[x[0] for x in LAWFUL])
def test_each_lawful_context_passes_its_texts_and_the_violation_still_hits(context, rule, lawful, hits):
    for text in lawful:
        assert rule not in fires(text), text
    for text in hits:
        assert rule in fires(text), text


def test_a_school_fee_with_a_job_promised_after_it_is_a_charge_not_a_get_rich_quick_fraud():
    text = "Enroll in our forklift academy for $1,200 and you are guaranteed a job when you finish."
    assert C in fires(text) and FR not in fires(text)
    assert C not in fires("Our forklift academy is free, and graduates are guaranteed a job when they finish.")


def test_working_your_own_leads_is_commission_sales_not_an_employer_asking_for_your_contacts():
    assert NBF not in fires("Insurance agents on commission generate their own leads in the territory.")
    assert NBF in fires("Before you start, bring your own leads: a list of 50 family members and friends.")


# (family, rule, texts that must hit, near-misses that must pass)
FAMILIES = [
    (
        "discriminatory: a job fit for one sex",
        D,
        ["Flexible hours, ideal for stay-at-home mothers looking for extra cash."],
        ["Flexible hours, ideal for parents and students alike.", "Sales clerk in the women's clothing department."],
    ),
    (
        "discriminatory: one sex preferred",
        D,
        ["For the warehouse crew, males strongly preferred since the boxes are heavy."],
        ["Must be able to lift 50 pounds; men and women are both welcome."],
    ),
    (
        "discriminatory: a faith preferred by a secular employer",
        D,
        ["Bookkeeper for a roofing firm; Catholic candidates preferred, tell us your parish."],
        ["Our parish is hiring an organist for Sunday services.", "Bookkeeper for a roofing firm; all faiths welcome."],
    ),
    (
        "discriminatory: citizenship of the United States in other words",
        D,
        ["Every line cook has to be a citizen of the United States of America."],
        ["Deputy sheriff applicants must be citizens of the United States as required by law."],
    ),
    (
        "discriminatory: applicants from a country refused",
        D,
        ["Please, no people from the Middle East for this cashier job."],
        ["Applicants from overseas are welcome; we sponsor visas.", "Please, no people from outside Cole County."],
    ),
    (
        "charge: equipment or dress rented or bought from the employer",
        C,
        [
            "Each stocker rents a handheld radio from the company; the $25 rental is deducted before the first shift.",
            "Hostesses buy the required uniform from us for $60 before training.",
        ],
        ["We provide the radio and the uniform at no cost.", "Hosts buy groceries with a $60 weekly stipend."],
    ),
    (
        "charge: a school with a job promised after it",
        C,
        ["Pay $3,000 for our welding course and a position is guaranteed once you graduate."],
        ["Our $3,000 welding course is paid by the company; a job is guaranteed once you graduate."],
    ),
    (
        "fraud: gift cards bought and their codes sent",
        FR,
        ["Pick up three Target gift cards on your way in and send me the card numbers."],
        ["Staff get a gift card on their birthday."],
    ),
    (
        "fraud: a check mailed, part kept, the rest sent on",
        FR,
        ["We will overnight you a cashier's check. Keep $200 for your time. Then wire the remainder to our vendor."],
        ["Paychecks are mailed to you every other Friday. Keep your stubs for your records."],
    ),
    (
        "fraud: interviews on a messaging app only",
        FR,
        ["Interviews happen only on Telegram with our recruiter.", "All interviews are on WhatsApp; no video calls."],
        ["All interviews are by phone or video; only our customer help line uses a chat window."],
    ),
    (
        "union: membership required in a list or checked before an offer",
        U,
        [
            "Requirements: forklift certificate, current membership in Teamsters Local 600, steel-toe boots.",
            "We confirm your dues with the union hall before extending an offer.",
        ],
        ["Union membership is optional; we confirm references before extending an offer."],
    ),
    (
        "not bona fide: nothing now, names taken for later",
        NBF,
        [
            "No positions at the moment, but leave your number and we'll call you next spring.",
            "Our crew is full; we are taking names for later in the year.",
            "Positions don't exist yet; we are building a list in case the expansion happens.",
        ],
        [
            "Our crew is full of great people, and we have two open positions now.",
            "No experience right now? No problem, we train.",
        ],
    ),
    (
        "not bona fide: hiring if and when, or depending on a client",
        NBF,
        [
            "We will hire welders if and when the bridge job gets awarded.",
            "Whether we hire depends on winning the new account.",
        ],
        ["We are hiring welders now; the bridge job was awarded last month."],
    ),
    (
        "visa H-2A: the clearance order of an application for temporary foreign agricultural workers",
        H2A,
        ["This posting is filed with our request for temporary foreign farm workers for the apple harvest."],
        ["Apple harvest crew, local applicants, no foreign workers involved."],
    ),
]


@pytest.mark.parametrize("family,rule,hits,near", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_each_family_hits_its_wording_and_passes_its_near_misses(family, rule, hits, near):
    check_family(rule, hits, near)


def test_a_start_that_only_might_happen_is_not_open_now():
    text = "Nothing is available right now; the plant might start in March if the permits clear."
    assert NBF in fires(text)
    assert NBF not in fires("Second shift operators; start in March at the new plant.")
