"""The statistical text layer (ADR 0040 and its amendment): "possible" findings for staff review, never a refusal;
off unless asked for or switched on from a date by the dated parameter."""

import datetime as dt

import pytest

from jobcenter.compliance.screening import RULES, screen_job_order
from jobcenter.compliance.screening import statistical as st
from jobcenter.compliance.screening import statistical_cv as cv

AS_OF = dt.date(2026, 6, 1)


def order(text: str) -> dict:
    return {
        "received_at": "2026-06-01T09:00:00-05:00",
        "employer": {"name": "Example LLC", "status": "active", "state": "MO", "employees": 40},
        "title": "Associate",
        "description": text,
        "worksite": {"city": "Jefferson City", "state": "MO", "zip": "65101"},
        "wage": {"min": "18.00", "unit": "hour"},
        "hours_per_week": "40",
    }


MISSED_BY_PHRASES = "Applicants handle the exam charge themselves before hire."


def test_a_text_no_phrase_matches_gets_a_possible_finding_for_supervisor_review_never_a_refusal():
    result = screen_job_order(order(MISSED_BY_PHRASES), as_of=AS_OF, statistical=True)
    assert result.rule_ids() == ["possible-applicant-charge"]
    assert result.decision == "refer_supervisor"
    finding = result.findings[0]
    assert finding.severity == "refer_supervisor"
    assert "never a refusal" in finding.message
    assert finding.citation == RULES["applicant-charge"].citation  # the rule it may break, cited


def test_the_layer_is_off_by_default():
    assert st.enabled(AS_OF) is False
    result = screen_job_order(order(MISSED_BY_PHRASES), as_of=AS_OF)
    assert result.decision == "accept"
    assert not [f for f in result.findings if f.rule.startswith("possible-")]


@pytest.mark.parametrize(
    "text",
    ["Cashier. Pay is 15 dollars an hour, benefits after 90 days.", "Union and non-union welders are welcome."],
)
def test_a_lawful_text_gets_no_possible_finding(text):
    result = screen_job_order(order(text), as_of=AS_OF, statistical=True)
    assert not [f for f in result.findings if f.rule.startswith("possible-")]


def test_a_rule_that_already_fired_is_not_repeated_as_possible():
    result = screen_job_order(
        order("Trainees cover the cost of their own starter uniform set."), as_of=AS_OF, statistical=True
    )
    assert "applicant-charge" in result.rule_ids()
    assert "possible-applicant-charge" not in result.rule_ids()


def test_the_dated_switch_turns_the_layer_on_from_its_date(monkeypatch):
    from jobcenter.compliance.screening import params

    real = params.param

    def switched_on_in_july(name, *, as_of, **keys):
        return as_of >= dt.date(2026, 7, 1) if name == st.SWITCH else real(name, as_of=as_of, **keys)

    monkeypatch.setattr(params, "param", switched_on_in_july)
    assert screen_job_order(order(MISSED_BY_PHRASES), as_of=AS_OF).decision == "accept"
    later = screen_job_order(order(MISSED_BY_PHRASES), as_of=dt.date(2026, 7, 2))
    assert later.rule_ids() == ["possible-applicant-charge"]
    assert later.decision == "refer_supervisor"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # 20 CFR 653.501: saying the position is open now makes a "kept on file" pool lawful
        ("Teller. Two current vacancies; applications also kept on file for later openings.", "not-bona-fide"),
        # 20 CFR 651.10: costs the employer pays are not a fee charged to the applicant
        ("Home health aide. We pay for your background check, TB test and CPR class.", "applicant-charge"),
        # manual, Suspected Violations: identity documents asked for after hire (I-9) are not a fraud sign
        (
            "Bring your passport or driver's license and Social Security card on your first day for the I-9.",
            "suspected-fraud",
        ),
        # 29 U.S.C. 158(a)(3): welcoming union members is not a membership condition
        ("Candidates who were union members are welcome here.", "union-membership-condition"),
        ("We have openings now and will keep your application on file if this one is filled.", "not-bona-fide"),
    ],
)
def test_a_lawful_context_cue_vetoes_a_possible_finding(text, rule):
    assert st.vetoed(rule, text)
    assert st.addition(rule, 0.99, text, set()) is None
    assert st.addition(rule, 0.99, "Applicants handle the exam charge themselves.", set()) == rule


def test_negation_marks_the_words_after_a_negator_in_its_clause():
    assert st.negation_marked("You will not pay fees, we do.") == "you will not not!pay not!fees, we do."


def test_the_layer_reads_the_nine_training_files_and_never_the_seventh_held_out_set(monkeypatch, tmp_path):
    assert set(st.TRAINING) == {
        "dev.jsonl",
        "dev2.jsonl",
        "dev3.jsonl",
        "heldout.jsonl",
        "heldout_fresh.jsonl",
        "heldout_third.jsonl",  # training data since its one held-out run
        "heldout_fourth.jsonl",  # likewise, since the fifth session
        "heldout_fifth.jsonl",  # likewise, since the sixth session
        "heldout_sixth.jsonl",  # likewise, since the seventh session
    }
    assert all("heldout_seventh" not in name for name in st.TRAINING)
    assert st.HELDOUT == ("heldout_seventh.jsonl",)
    # A corpus in which the seventh set is present (it is added after this code is frozen): load() must not open it.
    for name in st.TRAINING:
        (tmp_path / name).write_bytes((st.CORPUS / name).read_bytes())
    (tmp_path / "heldout_seventh.jsonl").write_text(
        '{"id": "S-1", "title": "t", "text": "x", "expected_rule": null, "near_miss": true, "category": "other"}\n'
    )
    monkeypatch.setattr(st, "CORPUS", tmp_path)
    read = []
    path_type = type(st.CORPUS / "x")
    real_read, real_open = path_type.read_text, path_type.open

    def spy_read(path, *args, **kwargs):
        read.append(path.name)
        return real_read(path, *args, **kwargs)

    def spy_open(path, *args, **kwargs):
        read.append(path.name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(path_type, "read_text", spy_read)
    monkeypatch.setattr(path_type, "open", spy_open)
    st.load()
    assert read and "heldout_seventh.jsonl" not in read and set(read) == set(st.TRAINING)


def test_the_threshold_is_the_leave_one_file_out_one_on_the_training_files():
    assert cv.calibrate()["threshold"] == st.THRESHOLD


def test_the_benchmark_refuses_to_list_the_seventh_held_out_sets_texts_and_skips_it_while_absent(capsys):
    from benchmarks import screening as bench

    assert bench.HELDOUT == ("heldout_seventh",)
    assert "heldout_seventh" not in bench.TRAINING
    assert {"heldout_third", "heldout_fourth", "heldout_fifth", "heldout_sixth"} <= set(bench.TRAINING)
    assert {f"{name}.jsonl" for name in bench.TRAINING} == set(st.TRAINING)
    assert bench.BASELINE_COMMIT == "2e8eeec" and bench.ORIGINAL_COMMIT == "83c9f79"
    for argv in (["--split", "heldout_seventh", "--misses"], ["--misses"]):  # the default runs include it
        with pytest.raises(SystemExit):
            bench.main(argv)
        assert "never read while tuning" in capsys.readouterr().err
    if not (bench.CORPUS / "heldout_seventh.jsonl").exists():
        assert "not in the corpus yet" in bench.missing("heldout_seventh")
        assert "seventh held-out set" in bench.missing("heldout_seventh")


def test_items_are_told_apart_across_files_although_ids_repeat():
    items = st.load()
    assert len({i["id"] for i in items}) < len(items)  # dev2 and heldout_third both number from T-001
    assert len({cv.key(i) for i in items}) == len(items)
