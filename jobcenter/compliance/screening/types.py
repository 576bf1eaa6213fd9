"""Value types of the screening engine: decisions, findings, the result and the rule registry entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Most severe first (the decision is the most severe finding). ADR 0013.
DECISIONS: tuple[str, ...] = (
    "reject",
    "route_flc",
    "refer_supervisor",
    "hold",
    "not_entered",
    "fix_required",
    "accept_with_notice",
    "accept",
)
SEVERITY_RANK = {d: i for i, d in enumerate(DECISIONS)}


class ScreeningInputError(ValueError):
    """The job order given to the engine is malformed; ``errors`` maps a field path to a message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


@dataclass(frozen=True)
class Finding:
    """One rule's finding on a job order: what it decided, why (message and citation), where (field) and
    the text that triggered it (matched)."""

    rule: str
    severity: str
    citation: str
    message: str
    field: str | None = None
    matched: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a finding: ``message`` is for staff (procedure; ``citation`` beside it),
        ``employer_message`` is plain language for the employer (what is wrong and what to change)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "citation": self.citation,
            "message": self.message,
            "employer_message": employer_message(self.rule, self.matched, self.field),
            "field": self.field,
            "matched": self.matched,
        }


# Fields whose matched text is the employer's own words (other fields match internal codes, never shown).
WORDS_FIELDS = ("title", "description", "requirements", "application_instructions", "wage.min")


def employer_message(rule: str | None, matched: str | None = None, field: str | None = None) -> str:
    """The plain-language text of a finding for the employer (``constants.EMPLOYER_MESSAGES``)."""
    from jobcenter.compliance.screening.constants import EMPLOYER_MESSAGE_DEFAULT, EMPLOYER_MESSAGES

    if field not in WORDS_FIELDS:
        matched = ""
    template = EMPLOYER_MESSAGES.get(rule or "", EMPLOYER_MESSAGE_DEFAULT)
    text = template.format(matched=(matched or "").strip())
    return text.replace(" (\u201c\u201d)", "").replace(" ()", "")


def finding_employer_message(finding: dict) -> str:
    """The employer's text of a stored finding dict (records stored before the text existed get it too)."""
    return finding.get("employer_message") or employer_message(
        finding.get("rule"), finding.get("matched"), finding.get("field")
    )


@dataclass
class ScreeningResult:
    """The engine's answer: the decision (most severe finding), all findings, and the notices staff must
    give (to the employer, to applicants referred, or to another unit)."""

    decision: str
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """``{"decision", "findings": [...], "notices": [...]}`` (docs/rules.md)."""
        return {
            "decision": self.decision,
            "findings": [f.to_dict() for f in self.findings],
            "notices": list(self.notices),
        }

    def rule_ids(self) -> list[str]:
        """Ids of the rules that produced findings, in order, without repeats."""
        return list(dict.fromkeys(f.rule for f in self.findings))


@dataclass(frozen=True)
class Rule:
    """A named, cited, dated screening rule. ``check(order, as_of)`` returns findings (severity ``severity``)
    and notices; it never raises on a lawful input. ``effective_to`` is the last day in force."""

    id: str
    title: str
    citation: str
    severity: str
    check: Callable[..., tuple[list[Finding], list[str]]]
    examples: tuple[str, ...] = ()
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    status: str = "verified"

    def in_force(self, as_of: dt.date) -> bool:
        """True if the rule applies to an order received on ``as_of``."""
        if self.effective_from is not None and as_of < self.effective_from:
            return False
        return not (self.effective_to is not None and as_of > self.effective_to)

    def to_dict(self) -> dict[str, Any]:
        """Catalogue entry (no code)."""
        return {
            "id": self.id,
            "title": self.title,
            "citation": self.citation,
            "severity": self.severity,
            "effective_from": self.effective_from.isoformat() if self.effective_from else None,
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "status": self.status,
            "examples": list(self.examples),
        }
