"""The statistical text layer (issue #9, ADR 0040 and its amendment): a TF-IDF + logistic regression classifier
over the whole corpus that adds *possible* findings for staff review, never a refusal.

Trained in this process on first use from the nine corpus files in ``TRAINING`` (``dev``, ``dev2``, ``dev3``,
``heldout``, ``heldout_fresh`` and, since their one held-out run each, ``heldout_third``, ``heldout_fourth``,
``heldout_fifth`` and ``heldout_sixth``; the seventh held-out set ``heldout_seventh.jsonl`` is never read here), with fixed settings, so the
same text always gets the same answer and nothing is downloaded. Features: word 1-2 grams with negation marking (a
word after "not", "no", "never", "without" ... in the same clause is a different feature, ``not!pay``) and
character 3-5 grams. A text whose most
likely label is one of ``RULES_COVERED`` with probability at least ``THRESHOLD``, when that rule's own phrases
did not fire and the text has no lawful-context cue for it (``vetoed``), gets a finding ``possible-<rule>`` of
severity ``refer_supervisor``: the order stays in screening and the supervisor reviews it as a suspected
violation (manual: Suspected Violations in the Job Order), citing the rule it may break. The supervisor's
dismissal waives it like any suspected violation. It never denies, holds or routes an order by itself.

``THRESHOLD`` is chosen by ``statistical_cv.calibrate()``: leave one corpus file out (each file is written in its
own wording style), the lowest 0.05 step at which the findings the layer would add on the file it did not see
are right at least 97 % of the time (figures in the ADR 0040 amendment).

Whether the layer runs is the dated parameter ``joborders.screening_statistical_layer`` (off; the rule for
turning it on is written in the ADR 0040 amendment); ``screen_job_order(..., statistical=True)`` runs it for one
call (the benchmark does).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from jobcenter.compliance.screening.types import Finding

CORPUS = Path(__file__).resolve().parent / "corpus"
TRAINING = (
    "dev.jsonl",
    "dev2.jsonl",
    "dev3.jsonl",
    "heldout.jsonl",
    "heldout_fresh.jsonl",
    "heldout_third.jsonl",
    "heldout_fourth.jsonl",
    "heldout_fifth.jsonl",
    "heldout_sixth.jsonl",
)
HELDOUT = ("heldout_seventh.jsonl",)  # never read here (a test pins it)
RULES_COVERED = (
    "union-membership-condition",
    "applicant-charge",
    "not-bona-fide",
    "self-employment",
    "suspected-fraud",
    "discriminatory",
)
NONE = "none"
THRESHOLD = 0.9  # statistical_cv.calibrate(): leave-one-file-out, lowest 0.05 step with added flags >= 97 % right
PRECISION_GOAL = 0.97
SEVERITY = "refer_supervisor"
SWITCH = "joborders.screening_statistical_layer"

_NEGATOR = re.compile(r"\b(?:not|never|no|without|nor|cannot|can't|don't|doesn't|won't|isn't|aren't|didn't|neither)\b")
_CLAUSE = re.compile(r"([.;:,!?()\n])")
# Lawful context that the phrase rules already recognise as a near-miss: the layer does not second-guess them.
_OPEN_NOW = re.compile(
    r"\b(?:open (?:today|now)|hiring (?:now|immediately)|immediate(?:ly)? (?:openings?|available|hiring)|"
    r"start(?:s|ing)? (?:date )?(?:on|next|this|in|immediately)|positions? (?:are|is) open|"
    r"current (?:openings?|vacanc(?:y|ies))|(?:two|three|four|five|\d+) (?:current )?(?:openings|vacancies)|"
    r"openings? available now|interviewing now)\b",
    re.IGNORECASE,
)
_EMPLOYER_PAYS = re.compile(
    r"\b(?:we|the company|the employer|employer|company) (?:will )?(?:pay|pays|paid|cover|covers|provide|provides|"
    r"reimburse|reimburses)\b|\b(?:paid|covered|provided|reimbursed) (?:for )?by (?:us|the (?:company|employer))\b|"
    r"\bat no (?:cost|charge)\b|\bfree of charge\b|\bno cost to (?:you|the applicant|applicants)\b",
    re.IGNORECASE,
)
_AFTER_HIRE = re.compile(
    r"\b(?:i-9|on your first day|after (?:you are |you're )?hired|after hire|at orientation|for payroll)\b",
    re.IGNORECASE,
)
_UNION_WELCOME = re.compile(
    r"\bunion\b[^.;]{0,40}\b(?:are|is) (?:also |all |equally )?(?:welcome|encouraged|invited)\b|"
    r"\bregardless of (?:union|membership)\b|\bunion and non-?union\b",
    re.IGNORECASE,
)
VETO = {
    # 20 CFR 653.501 / manual "Job Orders Not Bona Fide": a text that says the position is open now is bona fide
    "not-bona-fide": _OPEN_NOW,
    # 20 CFR 651.10 "Fee" / manual "Job Orders Requiring Applicants to Pay Fees": costs the employer pays are lawful
    "applicant-charge": _EMPLOYER_PAYS,
    # manual "Suspected Violations in the Job Order": identity and bank documents asked for after hire (I-9, payroll)
    "suspected-fraud": _AFTER_HIRE,
    # 29 U.S.C. 158(a)(3): welcoming union members (or both) is not a condition of membership or non-membership
    "union-membership-condition": _UNION_WELCOME,
}


def enabled(as_of: dt.date) -> bool:
    """Whether the layer runs for an order screened as of ``as_of`` (the dated switch; off by default)."""
    from jobcenter.compliance.screening.params import dated_param

    return bool(dated_param(SWITCH, as_of=as_of))


def negation_marked(text: str) -> str:
    """Lower-cased text in which every word after a negator, to the end of its clause, is prefixed ``not!``."""
    out = []
    for clause in _CLAUSE.split(text.lower()):
        m = _NEGATOR.search(clause)
        if m:
            clause = clause[: m.end()] + re.sub(r"\b(\w+)\b", r"not!\1", clause[m.end() :])
        out.append(clause)
    return "".join(out)


def vetoed(label: str, text: str) -> bool:
    """The text states the lawful context of ``label`` (open now; the employer pays; documents after hire; union
    members welcome). "Open now" also counts as the phrase rules read it (``wording.states_open_now``)."""
    from jobcenter.compliance.screening.wording import states_open_now

    if label == "not-bona-fide" and states_open_now(text):
        return True
    pattern = VETO.get(label)
    return bool(pattern and pattern.search(text))


def load(names: tuple[str, ...] = TRAINING) -> list[dict]:
    """The labelled items of the corpus files ``names``."""
    items = []
    for name in names:
        for line in (CORPUS / name).read_text().splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def item_text(item: dict) -> str:
    return f"{item['title']}. {item['text']}"


def item_label(item: dict) -> str:
    return item["expected_rule"] if item["expected_rule"] in RULES_COVERED else NONE


def pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, preprocessor=negation_marked, token_pattern=r"(?u)\b[\w!]+\b"
        ),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True),
    )
    return make_pipeline(features, LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced"))


def fit(items: list[dict]):
    """The classifier trained on ``items`` (BLAS limited to one thread: a small fit on a shared machine)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return pipeline().fit([item_text(i) for i in items], [item_label(i) for i in items])


@lru_cache(maxsize=1)
def model():
    """The classifier trained on the training files (once per process)."""
    return fit(load(TRAINING))


def predict(text: str, clf=None) -> tuple[str, float]:
    """The most likely label of ``text`` and its probability."""
    clf = clf or model()
    probs = clf.predict_proba([text])[0]
    best = int(probs.argmax())
    return str(clf.classes_[best]), float(probs[best])


def addition(label: str, prob: float, text: str, fired: set[str], threshold: float = THRESHOLD) -> str | None:
    """The rule the layer would add as ``possible-<rule>`` for a prediction, or None."""
    if label == NONE or prob < threshold or label in fired or vetoed(label, text):
        return None
    return label


def possible_findings(order: dict, fired: set[str]) -> list[Finding]:
    """``possible-<rule>`` findings for a validated order whose text looks like a covered rule that did not fire."""
    from jobcenter.compliance.screening.rules import RULES

    text = ". ".join(order.get(f) or "" for f in ("title", "description", "requirements"))
    if not text.strip():
        return []
    label, prob = predict(text)
    if addition(label, prob, text, fired) is None:
        return []
    rule = RULES[label]
    return [
        Finding(
            rule=f"possible-{label}",
            severity=SEVERITY,
            citation=rule.citation,
            message=(
                f"Possible: {rule.title} ({prob:.0%} likely by the statistical text check; no rule phrase matched). "
                "Read the description and decide; dismiss the case if the wording is lawful. This is never a "
                "refusal by itself."
            ),
            field="description",
            matched=None,
        )
    ]
