"""The demo orders tell a job seeker how to apply, plainly and differently from order to order: in person (an address,
hours and what to bring), by email (an example.com address), by phone (a fictional 555-01xx number) or on the
company's site (an example.com address). None says only "apply through the job center", which sends the seeker in a
circle; a confidential employer's order names no email, phone or site (manual: Job Order from Employer Requesting
Confidentiality). No instruction draws a screening finding, so the demo orders keep their statuses."""

import re

import pytest

from jobcenter.core import clock
from jobcenter.joborders import demo
from jobcenter.joborders.services.screening import job_order_screening_input, screen_data
from jobcenter.referrals import demo as referrals_demo
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db

WAYS = {
    "in person": re.compile(r"\bin person at\b.*\d+ [A-Z]\w+ (?:Street|Boulevard|Avenue)\b.*\b\d+ (?:a\.m\.|p\.m\.)"),
    "email": re.compile(r"\b[\w.]+@example\.com\b"),
    "phone": re.compile(r"\b\d{3}-555-01\d\d\b"),
    "website": re.compile(r"\bhttps://[\w.]*example\.com/\S+"),
}
OLD = "Apply through the job center or the online labor exchange."


def _ways(text: str) -> set[str]:
    return {name for name, pattern in WAYS.items() if pattern.search(text)}


def test_every_demo_order_says_how_to_apply_and_the_orders_use_every_way():
    titles = [row[0] for row in demo.ORDERS]
    assert set(demo.INSTRUCTIONS) == set(titles)
    texts = [demo.INSTRUCTIONS[t].format(city="Columbia") for t in titles]
    assert len(set(texts)) == len(texts)  # varied, not one sentence for all
    used = set()
    for title, text in zip(titles, texts, strict=True):
        assert text != OLD and "online labor exchange" not in text
        assert _ways(text), f"{title}: no address with hours, email, phone or website in {text!r}"
        used |= _ways(text)
    assert used == set(WAYS)
    in_person = [t for t in texts if "in person" in _ways(t)]
    assert all(re.search(r"\b[Bb]ring\b|No résumé needed", t) for t in in_person)  # what to bring


def test_a_confidential_employers_demo_order_gives_no_contact_of_the_employer(personas):
    employer = make_employer(job_center=personas.center_a, name="Quiet Co", confidential=True)
    text = demo.application_instructions("Line Cook", employer=employer, city="Columbia")
    assert not _ways(text) and text != OLD


def test_the_referrals_demo_order_is_applied_for_in_person_with_what_to_bring():
    text = referrals_demo.DEMO_ORDER_INSTRUCTIONS.format(city="Kansas City")
    assert _ways(text) == {"in person"} and "Bring your résumé" in text


INSTRUCTION_TEXTS = [
    *(demo.INSTRUCTIONS[row[0]] for row in demo.ORDERS),
    demo.CONFIDENTIAL_INSTRUCTIONS,
    referrals_demo.DEMO_ORDER_INSTRUCTIONS,
]


@pytest.mark.parametrize("text", INSTRUCTION_TEXTS)
def test_no_demo_instruction_draws_a_screening_finding(personas, text):
    employer = make_employer(job_center=personas.center_a, name="Acme Widgets LLC")
    order = make_order(
        employer=employer, job_center=personas.center_a, application_instructions=text.format(city="Columbia")
    )
    findings = screen_data(job_order_screening_input(order), as_of=clock.today())["findings"]
    drawn = [f for f in findings if f.get("field") == "application_instructions" and f.get("severity") != "accept"]
    assert drawn == []  # "accept" findings only note what is allowed (a CDL before hire)
