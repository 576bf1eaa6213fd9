"""Issue #9: the structured questions on the order forms feed the same rules as the text, and the labelled
corpus exists in the shape the benchmark reads (the figures themselves are in benchmarks/README.md)."""

import datetime as dt
import json
from pathlib import Path

import pytest

from jobcenter.compliance.screening import screen_job_order

CORPUS = Path(__file__).resolve().parent.parent / "screening" / "corpus"


def order(**answers) -> dict:
    return {
        "received_at": "2026-06-01T09:00:00-05:00",
        "employer": {"name": "Example LLC", "status": "active", "state": "MO", "employees": 40},
        "title": "Warehouse Associate",
        "description": "Load and unload trailers.",
        "worksite": {"city": "Jefferson City", "state": "MO", "zip": "65101"},
        "wage": {"min": "18.00", "unit": "hour"},
        "hours_per_week": "40",
        "answers": answers,
    }


QUESTIONS = [
    ("an applicant who pays before hire is a charge", {"applicant_pays_before_hire": True}, "applicant-charge"),
    ("nothing paid is no charge", {"applicant_pays_before_hire": False}, None),
    ("union membership as a condition is refused", {"union_membership_condition": True}, "union-membership-condition"),
    ("no union condition passes", {"union_membership_condition": False}, None),
    ("not paid on a W-2 is self-employment", {"paid_on_w2": False}, "self-employment"),
    ("paid on a W-2 passes", {"paid_on_w2": True}, None),
    ("a position not open now is not bona fide", {"position_open_now": False}, "not-bona-fide"),
    ("a position open now passes", {"position_open_now": True}, None),
    ("questions not answered leave the text alone", {}, None),
]


@pytest.mark.parametrize(("sentence", "answers", "rule"), QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_structured_answers_feed_the_same_rules(sentence, answers, rule):
    fired = set(screen_job_order(order(**answers), as_of=dt.date(2026, 6, 1)).rule_ids())
    labelled = {"applicant-charge", "union-membership-condition", "self-employment", "not-bona-fide"}
    assert fired & labelled == ({rule} if rule else set())


def test_a_w2_answer_outweighs_contractor_wording_but_text_still_counts_without_it():
    text = {"description": "Drivers are paid per delivery and use their own vehicle."}
    assert "self-employment" in screen_job_order({**order(), **text}, as_of=dt.date(2026, 6, 1)).rule_ids()
    with_w2 = {**order(paid_on_w2=True), **text}
    assert "self-employment" not in screen_job_order(with_w2, as_of=dt.date(2026, 6, 1)).rule_ids()


def test_an_answer_must_be_yes_no_or_unanswered():
    from jobcenter.compliance.screening import ScreeningInputError

    with pytest.raises(ScreeningInputError) as exc:
        screen_job_order(order(paid_on_w2="maybe"))
    assert "answers.paid_on_w2" in exc.value.errors


def test_the_corpus_has_400_texts_a_third_near_misses_and_a_separate_held_out_quarter():
    dev = [json.loads(x) for x in (CORPUS / "dev.jsonl").read_text().splitlines() if x.strip()]
    held = [json.loads(x) for x in (CORPUS / "heldout.jsonl").read_text().splitlines() if x.strip()]
    texts = dev + held
    assert len(texts) >= 400
    assert 0.3 <= sum(t["near_miss"] for t in texts) / len(texts) <= 0.4
    assert 0.24 <= len(held) / len(texts) <= 0.26
    assert not {t["text"] for t in dev} & {t["text"] for t in held}
