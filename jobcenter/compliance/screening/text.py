"""Phrase matching for text rules, with negation: ``"no fee"``, ``"not a 1099 position"``, ``"we are not a
dispensary"`` and ``"regardless of age"`` must not trigger a rule. A hit reports the text it matched.

A ``Phrase`` is a regular expression (case-insensitive) plus optional exclusions: ``not_before`` is tested
against the words just before the match (same clause), ``not_after`` against the text just after it. A match is
negated when a negation cue (no, not, never, without, regardless of, ...) stands within the last few words of
its clause, or when it is followed by "not required"/"optional". Phrases that contain their own negation
("no disabilities", "must not join a union") put it inside the expression, so it is part of the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TEXT_FIELDS = ("title", "description", "requirements", "application_instructions")

CLAUSE_BREAK = re.compile(r"[;!?,:()\n\u2022]|\.(?!\d)")  # "$18.50" and "0.3%" are not two clauses
# What follows an amount that is a wage or a rate, not a cost: "$18-21/hr", "$28/flag hour", "$17.25 an hour",
# "$52,000 a year". Used as a negative lookahead right after the digits of an amount (starts with the rest of them,
# so backtracking into the number cannot escape it).
WAGE_TAIL = (
    r"[\d,.]*\s*(?:(?:-|\u2013|to)\s*\$?\s?\d[\d,.]*\s*)?(?:/|\ban?\b|\bper\b|\beach\b|\bevery\b)\s*(?:flag )?"
    r"(?:hour|hr|week|wk|month|mo|year|yr|day|shift|mile|load|delivery|visit|piece|stop)"
)
NEGATION_CUE = re.compile(
    r"\b(?:no|not|never|without|nor|zero|none|regardless of|irrespective of|free of|"
    r"don'?t|doesn'?t|isn'?t|aren'?t|won'?t|wasn'?t|cannot|can'?t|neither)\b",
    re.IGNORECASE,
)
NEGATION_AFTER = re.compile(
    r"^[\s-]*(?:is |are )?(?:not (?:required|necessary|needed|a requirement)|unnecessary|optional|"
    r"never required)\b",
    re.IGNORECASE,
)
WINDOW_WORDS = 5


@dataclass(frozen=True)
class Phrase:
    """One pattern of a text rule; ``label`` names what it detects (the reason or basis in the message)."""

    regex: re.Pattern
    label: str
    negatable: bool = True
    not_before: re.Pattern | None = None
    not_after: re.Pattern | None = None
    not_in_sentence: re.Pattern | None = None  # lawful context anywhere in the match's sentence


def phrase(
    expr: str,
    label: str,
    *,
    negatable: bool = True,
    not_before: str | None = None,
    not_after: str | None = None,
    not_in_sentence: str | None = None,
) -> Phrase:
    """Build a ``Phrase`` (all expressions are case-insensitive)."""
    flags = re.IGNORECASE
    return Phrase(
        re.compile(expr, flags),
        label,
        negatable,
        re.compile(not_before + r"\s*$", flags) if not_before else None,
        re.compile(r"^" + not_after, flags) if not_after else None,
        re.compile(not_in_sentence, flags) if not_in_sentence else None,
    )


SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?](?!\d)|\n")  # "U.S. citizenship" and "$18.50" do not end a sentence


def sentence_of(text: str, match: re.Match) -> str:
    """The sentence around a match."""
    start = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    end = SENTENCE_BREAK.search(text, match.end())
    return text[start : end.start() if end else len(text)]


@dataclass(frozen=True)
class Hit:
    """A non-negated match: which phrase, in which field, and the exact text."""

    phrase: Phrase
    field: str
    matched: str
    match: re.Match


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(before)), default=0)
    return before[cut:]


def is_negated(text: str, match: re.Match) -> bool:
    """True if a negation cue stands in the last few words of the match's clause, or "not required" follows."""
    clause = _clause_before(text, match.start())
    window = " ".join(clause.split()[-WINDOW_WORDS:])
    if NEGATION_CUE.search(window):
        return True
    return bool(NEGATION_AFTER.match(text[match.end() : match.end() + 40]))


def _excluded(p: Phrase, text: str, match: re.Match) -> bool:
    if p.not_before is not None:
        window = " ".join(_clause_before(text, match.start()).split()[-6:])
        if p.not_before.search(window):
            return True
    if p.not_after is not None and p.not_after.match(text[match.end() : match.end() + 60]):
        return True
    return bool(p.not_in_sentence is not None and p.not_in_sentence.search(sentence_of(text, match)))


def find_hits(texts: dict[str, str], phrases: list[Phrase] | tuple[Phrase, ...]) -> list[Hit]:
    """Every non-negated, non-excluded match of ``phrases`` in ``texts`` (field -> text), in field order."""
    hits: list[Hit] = []
    for field_name, text in texts.items():
        if not text:
            continue
        for p in phrases:
            for m in p.regex.finditer(text):
                if _excluded(p, text, m):
                    continue
                if p.negatable and is_negated(text, m):
                    continue
                hits.append(Hit(p, field_name, m.group(0), m))
    return hits


def order_texts(order: dict, fields: tuple[str, ...] = TEXT_FIELDS) -> dict[str, str]:
    """The free-text fields of a validated order that text rules read."""
    return {f: order.get(f) or "" for f in fields}
