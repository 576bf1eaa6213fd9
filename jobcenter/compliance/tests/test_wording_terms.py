"""Issue #9, second pass on real-world wording (``screening/wording_terms.py``): each family has a text that
must hit its rule and a near-miss that must pass it (negation, the employer paying, lawful reasons). The texts
are the training texts' kind (corpus/dev2.jsonl), never held-out ones. Each rule's manual section / law is cited
on the rule (``RULES[rule].citation``) and in the module docstring."""

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from jobcenter.compliance.screening import RULES, screen_job_order
from jobcenter.compliance.tests.screening_orders import fires

CORPUS = Path(__file__).resolve().parent.parent / "screening" / "corpus"
FRESH_SHA256 = "82079382cce8cc9bd3c95011791627dec0a17202e76279f424cabd9e1e723766"


U, C, F, S, D = "union-membership-condition", "applicant-charge", "not-bona-fide", "self-employment", "discriminatory"
X = "suspected-fraud"
PAIRS = [
    # (family, rule, must hit, near-miss that must pass)
    (
        "union dues current",
        U,
        "Only workers with their dues current are put on the crew.",
        "Dues are not required to apply; union membership is voluntary.",
    ),
    (
        "referred only by the union",
        U,
        "We only take laborers referred by the union hall.",
        "Applicants may apply directly or be referred by the union.",
    ),
    (
        "a named union's card",
        U,
        "Show your paid-up IBEW card at the interview.",
        "Pay follows the IBEW agreement; anyone may apply.",
    ),
    (
        "membership in a union required",
        U,
        "Membership in the boilermakers union is required before hire.",
        "Membership in the union is voluntary and not required.",
    ),
    (
        "promise never to sign a card",
        U,
        "Agree never to sign a union card while employed.",
        "You have the right to sign a union card or not.",
    ),
    (
        "certify not a member",
        U,
        "Applicants must certify that they do not belong to a labor union.",
        "We certify payroll for a union project.",
    ),
    (
        "union activity screens out",
        U,
        "Applicants active in union campaigns are screened out.",
        "Applicants active in union campaigns are welcome like anyone else.",
    ),
    (
        "union free",
        U,
        "This shop is union free and hires only those who keep it so.",
        "A union-free zone campaign is a topic in our labor history course.",
    ),
    (
        "purchased by the applicant",
        C,
        "Boots must be purchased by the applicant before placement.",
        "Boots are reimbursed after purchase by the employee, up to $100.",
    ),
    (
        "the applicant's responsibility",
        C,
        "Fingerprint fees are the applicant's responsibility.",
        "The company pays the applicant's cost of fingerprinting.",
    ),
    (
        "hiring contingent on a contract",
        F,
        "Positions are contingent on a contract award.",
        "Positions are open now; start next week.",
    ),
    ("no jobs available", F, "No jobs are available now; we keep names for later.", "Three jobs are open today."),
    (
        "waitlist",
        F,
        "Join our waitlist of candidates.",
        "Two current vacancies; applications also kept on file for later openings.",
    ),
    (
        "works as a subcontractor",
        S,
        "Work as a subcontractor with your own truck.",
        "We hire employees, never subcontractors, for this work.",
    ),
    (
        "independent practitioners",
        S,
        "Independent practitioners keep their own clients.",
        "Process payments to our independent practitioners each month.",
    ),
    ("rent a room", S, "Therapists rent a room by the week.", "Meeting rooms are available for staff."),
    (
        "twenty-somethings",
        D,
        "Energetic twenty-somethings wanted.",
        "We hire people of all ages, from their twenties to their seventies.",
    ),
    (
        "Americans only",
        D,
        "We hire Americans only.",
        "We hire Americans and immigrants alike; work authorization is required.",
    ),
    (
        "born in America",
        D,
        "Must have been born in America.",
        "Whether born in America or abroad, everyone is welcome.",
    ),
    (
        "only English may be spoken",
        D,
        "Only English may be spoken in the building at any time.",
        "Clear spoken English with customers is required.",
    ),
    (
        "accent refused",
        D,
        "Applicants who speak with an accent will not be hired.",
        "Accent reduction coach for actors; work with clients on speech.",
    ),
    # third training set (dev3)
    (
        "no ties to a union",
        U,
        "Confirm you have no ties to SEIU or any organizing committee.",
        "We do not ask about ties to any union; it has no bearing on hiring.",
    ),
    (
        "signed an authorization card",
        U,
        "Those who have ever signed a union authorization card are not moved forward.",
        "You have the right to sign a union card or not.",
    ),
    (
        "carry a journeyman card",
        U,
        "You must already carry a journeyman card with the sheet metal workers.",
        "You have the right to join and carry a union card, or not.",
    ),
    (
        "union referral list",
        U,
        "Hiring goes through the union referral list only.",
        "Apply online or at our office; anyone may apply.",
    ),
    (
        "non-members not referred",
        U,
        "Non-members of the district council will not be referred.",
        "Members and non-members are referred alike.",
    ),
    (
        "do not hire stewards",
        U,
        "We do not hire former union stewards or organizers.",
        "We hire former union stewards and organizers like anyone else.",
    ),
    ("at your own expense", C, "The DOT physical is at your own expense.", "The DOT physical is at company expense."),
    (
        "start by purchasing a set",
        C,
        "Everyone starts by purchasing a demonstration set.",
        "We provide a demonstration set to everyone.",
    ),
    (
        "send money to apply",
        C,
        "Applicants send $20 for the aptitude test.",
        "There is no charge to apply or to take our aptitude test.",
    ),
    (
        "fully staffed",
        F,
        "Our warehouse is fully staffed; leave your information.",
        "Five openings on the night shift; start next week.",
    ),
    (
        "not looking to hire",
        F,
        "We are not looking to hire anyone right now.",
        "We are looking to hire three people right now.",
    ),
    (
        "not staff",
        S,
        "You will be a business partner, not staff; you bill us for each yard.",
        "Supervisors are not on the payroll of the client; you are our W-2 employee.",
    ),
    ("floor fee", S, "Trainers pay the gym a monthly floor fee.", "Trainers are paid hourly by the gym."),
    (
        "advising contractors",
        S,
        "Work as an independent contractor on each job.",
        "Bookkeeper for a firm that advises independent contractors on their taxes.",
    ),
    (
        "open an account for deposits",
        X,
        "Open a new bank account for company deposits and wire them out.",
        "Open checking accounts for customers as a personal banker.",
    ),
    (
        "photo of your ID by text",
        X,
        "Text us a photo of your driver's license to start.",
        "Bring your driver's license to HR on your first day.",
    ),
    (
        "interview at a restaurant",
        X,
        "Interview at the McDonald's on Main with the owner.",
        "Cashier at the McDonald's on Main; apply in the restaurant.",
    ),
    ("older than N", D, "We do not hire anyone older than 55.", "We hire people over 55 and value their experience."),
    ("older workers welcome", D, "This job is not for older folks.", "Experienced and older workers are welcome."),
    (
        "show a passport",
        D,
        "Applicants must show a U.S. passport.",
        "Any document from the Form I-9 lists is accepted.",
    ),
    (
        "English on breaks",
        D,
        "English-speaking only at work, even on breaks.",
        "Clear English with customers; speak any language on your breaks.",
    ),
    (
        "young adults as clients",
        D,
        "Candidates should be young adults aged 18 to 24.",
        "Mentor for young adults aged 16 to 24 in our job training program.",
    ),
]


@pytest.mark.parametrize(("family", "rule", "hit", "miss"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_family_hits_its_text_and_passes_its_near_miss(family, rule, hit, miss):
    assert rule in fires(hit), f"{family}: should fire {rule}"
    assert rule not in fires(miss), f"{family}: near-miss should pass {rule}"
    assert RULES[rule].citation


def test_a_finding_reports_the_words_it_matched():
    data_text = "Steel-toe boots must be purchased by the applicant from our supplier."
    result = screen_job_order(
        {
            "received_at": "2026-06-01T09:00:00-05:00",
            "employer": {"name": "Example LLC", "status": "active", "state": "MO", "employees": 40},
            "title": "Packer",
            "description": data_text,
            "worksite": {"city": "Jefferson City", "state": "MO", "zip": "65101"},
            "wage": {"min": "18.00", "unit": "hour"},
            "hours_per_week": "40",
        },
        as_of=dt.date(2026, 6, 1),
    )
    charge = next(f for f in result.findings if f.rule == C)
    assert charge.matched and charge.matched.lower() in data_text.lower()


def test_the_fresh_held_out_set_is_frozen_and_separate_from_training():
    fresh_bytes = (CORPUS / "heldout_fresh.jsonl").read_bytes()
    assert hashlib.sha256(fresh_bytes).hexdigest() == FRESH_SHA256
    fresh = [json.loads(x) for x in fresh_bytes.decode().splitlines() if x.strip()]
    train = [
        json.loads(x)
        for name in ("dev.jsonl", "dev2.jsonl", "heldout.jsonl")
        for x in (CORPUS / name).read_text().splitlines()
        if x.strip()
    ]
    assert len(fresh) >= 120
    assert 0.3 <= sum(t["near_miss"] for t in fresh) / len(fresh) <= 0.4
    assert not {t["text"] for t in fresh} & {t["text"] for t in train}


THIRD_SHA256 = "d13d5bec04cdf056ff585694699313c799ff8a8cb0eb013ca100c3210057379a"


def test_the_third_held_out_set_is_frozen_and_training_data_since_its_run():
    from jobcenter.compliance.screening import statistical

    third = (CORPUS / "heldout_third.jsonl").read_bytes()
    assert hashlib.sha256(third).hexdigest() == THIRD_SHA256  # never edited: its one run stays reproducible
    assert "heldout_third.jsonl" in statistical.TRAINING
    assert all("heldout_seventh" not in str(name) for name in statistical.TRAINING)


FOURTH_SHA256 = "2d1bf6c96deae590325acaafd8dac3379b89013c52094be5113e981a210bade9"


def test_the_fourth_held_out_set_is_frozen_and_training_data_since_its_run():
    from jobcenter.compliance.screening import statistical

    fourth_bytes = (CORPUS / "heldout_fourth.jsonl").read_bytes()
    assert hashlib.sha256(fourth_bytes).hexdigest() == FOURTH_SHA256  # never edited: its run stays reproducible
    assert "heldout_fourth.jsonl" in statistical.TRAINING
    assert all("heldout_seventh" not in str(name) for name in statistical.TRAINING)
    fourth = [json.loads(x) for x in fourth_bytes.decode().splitlines() if x.strip()]
    train = [
        json.loads(x)
        for name in statistical.TRAINING
        if name != "heldout_fourth.jsonl"
        for x in (CORPUS / name).read_text().splitlines()
        if x.strip()
    ]
    assert len(fourth) == 200 and sum(t["near_miss"] for t in fourth) == 70
    assert not {t["text"] for t in fourth} & {t["text"] for t in train}


FIFTH_SHA256 = "44d3ce24dbfb3f4216c9735f00367d817552de28c7ecbc40f51a84d719974330"


def test_the_fifth_held_out_set_is_frozen_and_training_data_since_its_run():
    from jobcenter.compliance.screening import statistical

    fifth_bytes = (CORPUS / "heldout_fifth.jsonl").read_bytes()
    assert hashlib.sha256(fifth_bytes).hexdigest() == FIFTH_SHA256  # never edited: its run stays reproducible
    assert "heldout_fifth.jsonl" in statistical.TRAINING
    assert all("heldout_seventh" not in str(name) for name in statistical.TRAINING)
    fifth = [json.loads(x) for x in fifth_bytes.decode().splitlines() if x.strip()]
    train = [
        json.loads(x)
        for name in statistical.TRAINING
        if name != "heldout_fifth.jsonl"
        for x in (CORPUS / name).read_text().splitlines()
        if x.strip()
    ]
    assert len(fifth) == 160 and sum(t["near_miss"] for t in fifth) == 55
    assert not {t["text"] for t in fifth} & {t["text"] for t in train}


SIXTH_SHA256 = "f9563865b415c60619d130b40ad86098313229af2e2e9d476ea9b83f13747fc3"


def test_the_sixth_held_out_set_is_frozen_and_training_data_since_its_run():
    from jobcenter.compliance.screening import statistical

    sixth_bytes = (CORPUS / "heldout_sixth.jsonl").read_bytes()
    assert hashlib.sha256(sixth_bytes).hexdigest() == SIXTH_SHA256  # never edited: its run stays reproducible
    assert "heldout_sixth.jsonl" in statistical.TRAINING
    assert all("heldout_seventh" not in str(name) for name in statistical.TRAINING)
    sixth = [json.loads(x) for x in sixth_bytes.decode().splitlines() if x.strip()]
    train = [
        json.loads(x)
        for name in statistical.TRAINING
        if name != "heldout_sixth.jsonl"
        for x in (CORPUS / name).read_text().splitlines()
        if x.strip()
    ]
    assert len(sixth) == 180 and sum(t["near_miss"] for t in sixth) == 60
    assert not {t["text"] for t in sixth} & {t["text"] for t in train}


SEVENTH_SHA256 = "fa5ff926c8f85850acd7f02aae5061881627581c8b704a6732092d168715a81b"


def test_the_seventh_held_out_set_is_frozen_and_never_training_data():
    from jobcenter.compliance.screening import statistical

    seventh_bytes = (CORPUS / "heldout_seventh.jsonl").read_bytes()
    assert hashlib.sha256(seventh_bytes).hexdigest() == SEVENTH_SHA256  # frozen before the engine ran on it
    assert all("heldout_seventh" not in str(name) for name in statistical.TRAINING)
    seventh = [json.loads(x) for x in seventh_bytes.decode().splitlines() if x.strip()]
    train = [
        json.loads(x) for name in statistical.TRAINING for x in (CORPUS / name).read_text().splitlines() if x.strip()
    ]
    assert len(seventh) == 180 and sum(t["near_miss"] for t in seventh) == 60
    assert not {t["text"] for t in seventh} & {t["text"] for t in train}
