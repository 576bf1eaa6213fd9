"""Issue #9, sixth pass (``screening/wording_indirect2.py``): indirect wording in clause-level families, and the
general lawful contexts of the same session. Each family has texts that must hit its rule and near-misses that
must pass, written for these tests in other words than the corpus (not copied from ``heldout_fifth``)."""

import pytest

from jobcenter.compliance.tests.screening_orders import FR, H2A, H2B, NBF, SE, C, D, S, U, check_family, fires

# (family, rule, texts that must hit, near-misses that must pass)
FAMILIES = [
    (
        "union: a labor group in other words, with membership or activity as a condition",
        U,
        [
            "Crew calls go only to paid-up members of the carpenters' guild.",
            "Anyone with a history of activity in a workers' organization need not apply.",
            "New drivers promise in writing to stay out of any group that bargains collectively.",
            "You have to be initiated into Local 12 before the foreman can put you on.",
            "We have never had a Teamster on staff and won't hire one who is a Teamster now.",
        ],
        [
            "Membership in the teachers' association is optional and never a factor in hiring.",
            "We hire union and non-union electricians alike.",
            "Our team members are free to join any labor organization they choose.",
            "Our local community bank has been a member of the chamber since 1990; only weekday shifts.",
        ],
    ),
    (
        "charge: a hiring cost taken from pay or owed on leaving",
        C,
        [
            "The $900 welding course is docked from your paychecks over the first three months.",
            "Quit before six months and you'll owe us for the certification class.",
        ],
        [
            "Your share of the health insurance premium is deducted from each paycheck.",
            "We pay for the welding course; nothing comes out of your checks.",
        ],
    ),
    (
        "charge: a placement fee out of wages",
        C,
        ["After placement, hand over two weeks of your pay to the agency as our fee."],
        ["The client pays the agency; you keep all of your pay, and two weeks of paid leave are yours."],
    ),
    (
        "charge: a cost due at a first visit or before an offer",
        C,
        ["A $30 registration is due at your first visit to the branch."],
        ["Registration is free at your first visit; we pay for the $30 badge."],
    ),
    (
        "discriminatory: pregnancy or family plans",
        D,
        ["Candidates who plan to start a family soon will not be considered for this role."],
        ["Pregnant employees get paid leave and any accommodation they need."],
    ),
    (
        "discriminatory: marital status",
        D,
        ["Only married candidates, please; unmarried people move on too quickly."],
        ["Benefits cover your spouse if you are married."],
    ),
    (
        "discriminatory: an ethnic background named",
        D,
        ["We want hosts of Irish descent only, to match our pub's theme."],
        ["Servers of every background are welcome; we serve Irish food."],
    ),
    (
        "discriminatory: a job for one sex",
        D,
        ["Warehouse work is a man's work, so women applicants will not be hired."],
        ["Both men and women applicants are welcome in the warehouse."],
    ),
    (
        "discriminatory: a health condition refused",
        D,
        ["We cannot hire people who have bipolar disorder or take medication for it."],
        ["Our benefits include counseling for anxiety and depression."],
    ),
    (
        "discriminatory: a faith to share, for a secular employer",
        D,
        ["This body shop only takes mechanics who share our faith."],
        ["Our parish is hiring a youth minister who shares our faith."],
    ),
    (
        "discriminatory: years left before retirement",
        D,
        ["We would rather hire someone with a long career ahead of them than anyone nearing retirement."],
        ["Our office manager is nearing retirement and will train you for a month."],
    ),
    (
        "discriminatory: a cap on work history or a recent degree",
        D,
        [
            "People with over ten years of experience will not be considered for the analyst class.",
            "Requirements: a diploma received within the last 12 months.",
        ],
        [
            "Candidates with more than ten years of experience will start at a higher step.",
            "At least two years of experience; a degree earned within the last 5 years or equivalent experience.",
        ],
    ),
    (
        "discriminatory: passports only (citizenship status, document abuse)",
        D,
        ["New hires must show a U.S. passport; we will not accept other documents for the I-9 form."],
        ["Valid U.S. passport holders preferred, since the route crosses the border into Canada weekly."],
    ),
    (
        "discriminatory: residents, refugees or asylees refused",
        D,
        ["Citizens only - no green card holders or asylees."],
        ["Green card holders, refugees and asylees are all eligible to apply."],
    ),
    (
        "self-employment: no employment relationship",
        SE,
        ["Tutors work under a services agreement; this does not create an employment relationship."],
        ["We offer a stable employment relationship with benefits from day one."],
    ),
    (
        "self-employment: the worker carries the costs of the work",
        SE,
        ["Couriers are paid per drop, and fuel and phone costs are at your own expense."],
        ["Couriers earn $19 per hour in a company van; we pay fuel and phone costs."],
    ),
    (
        "self-employment: a room, chair or booth rented to the worker",
        SE,
        ["Stylists rent a chair for $150 a week and keep everything their clients pay."],
        ["Stylists earn $17 an hour plus tips; no chair rent."],
    ),
    (
        "self-employment: pay from the sales of the people you recruit",
        SE,
        ["Build your circle and earn from your team's sales every month."],
        ["Sales associates earn commission on their own sales plus an hourly wage."],
    ),
    (
        "fraud: interviews by text only",
        FR,
        ["The interview happens entirely via chat on a secure messaging app."],
        ["We schedule interviews by text message, then meet you in person at our office."],
    ),
    (
        "fraud: a meeting in a hotel lobby",
        FR,
        ["Your interview is in the breakfast area of the Comfort Inn off Exit 9."],
        ["Front desk agents for our hotel: interviews in the lobby of our hotel with the manager."],
    ),
    (
        "fraud: a voided check asked for up front",
        FR,
        ["Email a voided check with your application so we can set up pay."],
        ["After your offer, upload a voided check for direct deposit during onboarding."],
    ),
    (
        "fraud: a check sent to the applicant, the rest sent on",
        FR,
        ["We will mail you a check; keep $200 and wire the remainder to our supplier."],
        ["We mail you a paycheck every Friday, or use direct deposit."],
    ),
    (
        "not-bona-fide: hiring pending a project going forward",
        NBF,
        ["If the new warehouse gets the green light next spring, we will hire 25 pickers."],
        ["Once your references are approved you will proceed to training; we are hiring five pickers now."],
    ),
    (
        "labor-dispute-mentioned: a workforce locked out",
        S,
        ["Our drivers have been locked out since March, and we are filling their routes."],
        ["Drivers who get locked out of the truck can call dispatch for a spare key."],
    ),
    (
        "union (probe round): a hall roster, reps kept out, carded",
        U,
        [
            "Grips are taken solely off the roster at the Teamsters hall.",
            "We have kept the union organizers out since 1995 and we screen for hires who keep it that way.",
        ],
        ["Our union hall hosts a free safety class on Saturdays; anyone may attend."],
    ),
    (
        "charge (probe round): a hiring cost repaid on leaving, taken out of checks, apparel to buy",
        C,
        [
            "Pilot school is free up front, but resign within two years and you must pay back the $40,000.",
            "The $60 first-aid class fee, we take it out of your first paycheck.",
            "New servers will have to buy the black apron and shirt set ($38) before the first shift.",
        ],
        [
            "Quit within a year and you pay back the $2,000 sign-on bonus.",
            "Employer-paid first-aid class; you never have to pay it back, even if you leave.",
        ],
    ),
    (
        "discriminatory (probe round): people of one group, religious dress, young children, on disability",
        D,
        [
            "We are looking for Korean or Chinese girls for the front counter.",
            "Staff may not wear turbans or other religious head coverings on the floor, no exceptions.",
            "We would prefer not to hire parents with young kids; they call out too often.",
            "No one on disability please, the pace is fast.",
        ],
        [
            "Our Korean women's health clinic serves the community in three languages.",
            "Religious head coverings are welcome; we provide uniform-colored options.",
            "Parents with young kids love our school-hours shift.",
        ],
    ),
    (
        "self-employment (probe round): space or time leased to the worker",
        SE,
        ["Trainers lease gym time from us and charge clients their own rates."],
        ["Trainers earn $24 an hour on our payroll; the gym provides all equipment."],
    ),
    (
        "not-bona-fide (probe round): a location that may open, a bench kept",
        NBF,
        [
            "We could open another clinic in the fall if the numbers work.",
            "Send your resume so we have a bench for later this year.",
        ],
        ["We are opening a second clinic in March and are hiring six assistants now."],
    ),
    (
        "visa: H-2A by its certification in plain words",
        H2A,
        ["The farm uses a temporary agricultural labor certification for these 30 pickers."],
        ["Temporary agricultural work for local pickers; no foreign workers involved."],
    ),
    (
        "visa: H-2B by its certification in plain words",
        H2B,
        ["This posting supports a temporary non-farm labor certification for 12 housekeepers."],
        ["Temporary non-farm housekeeping work for local applicants, May to September."],
    ),
]


@pytest.mark.parametrize("family,rule,hits,near", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_each_family_hits_its_wording_and_passes_its_near_misses(family, rule, hits, near):
    check_family(rule, hits, near)


def test_an_applicant_who_receives_a_check_is_not_charged_but_the_fake_check_is_fraud():
    text = "You'll get a check for $1,900; cash it and send the rest by Zelle."
    assert C not in fires(text) and FR in fires(text)


def test_a_payment_for_a_named_hiring_cost_is_a_charge_not_a_money_transfer_fraud():
    text = "Mail $60 by money order to cover the drug screen before orientation."
    assert C in fires(text) and FR not in fires(text)
    assert FR in fires("Deposit the check we mail you and send the balance through Western Union.")


def test_a_position_hiring_now_is_open_now_though_applications_are_also_kept():
    text = "The clinic is hiring a front desk receptionist now. Good resumes stay on file in case of later openings."
    assert NBF not in fires(text)
    assert NBF in fires("Good resumes stay on file in case of later openings.")
