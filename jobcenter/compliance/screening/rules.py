"""The screening rules: each a named, cited, dated unit registered in ``RULES`` (docs/rules.md, ADR 0013).

A rule is a function ``check(order, as_of) -> (findings, notices)`` over a validated order
(``inputs.validate_input``). Manual = Missouri Wagner-Peyser & Labor Exchange Manual, revised January 2024
(``/work/shared/seeds/000_9c496b0f69e1aae2.txt``); section names are quoted as they appear there.
Legal numbers come from parameters under ``jobcenter/compliance/parameters/joborders/`` and ``minimum_wage/``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.text import find_hits, order_texts, phrase
from jobcenter.compliance.screening.types import Finding, Rule

MANUAL = "Missouri WP & LE Manual (rev. Jan 2024)"
RULES: dict[str, Rule] = {}

Outcome = tuple[list[Finding], list[str]]


def rule(
    *,
    id: str,  # noqa: A002 - the registry's field name
    title: str,
    citation: str,
    severity: str,
    examples: tuple[str, ...] = (),
    effective_from: dt.date | None = None,
    effective_to: dt.date | None = None,
    status: str = "verified",
):
    """Register a check function as a rule."""

    def decorator(fn):
        RULES[id] = Rule(id, title, citation, severity, fn, examples, effective_from, effective_to, status)
        return fn

    return decorator


def _finding(
    rule_id: str, message: str, *, field: str | None = None, matched: str | None = None, severity: str | None = None
) -> Finding:
    r = RULES[rule_id]
    return Finding(rule_id, severity or r.severity, r.citation, message, field, matched)


def _answered(order: dict, key: str, value: bool) -> bool:
    """The structured question ``key`` on the order form was answered ``value`` (not answered: None)."""
    return order.get("answers", {}).get(key) is value


def _answer_finding(rule_id: str, key: str, value: bool, **fmt) -> Finding:
    return _finding(
        rule_id, C.ANSWER_MESSAGES[rule_id].format(**fmt), field=f"answers.{key}", matched="yes" if value else "no"
    )


def _first_per_label(hits) -> list:
    seen: dict[str, object] = {}
    for h in hits:
        seen.setdefault(h.phrase.label, h)
    return list(seen.values())


# --------------------------------------------------------------------------------------------------------
# Employer status (manual: Employers, Discontinuation of Services; 20 CFR 658.501-504)
# --------------------------------------------------------------------------------------------------------
@rule(
    id="employer-discontinued",
    title="Services to the employer are discontinued",
    citation=f"{MANUAL}, Discontinuation of Services; 20 CFR 658.501-658.504",
    severity="reject",
    examples=('employer.status = "discontinued"',),
)
def employer_discontinued(order: dict, as_of: dt.date) -> Outcome:
    """Reject any order from an employer whose services are discontinued (until reinstated, 20 CFR 658.504)."""
    if order["employer"]["status"] == "discontinued":
        return [
            _finding(
                "employer-discontinued",
                C.MESSAGES["employer-discontinued"],
                field="employer.status",
                matched="discontinued",
            )
        ], []
    return [], []


@rule(
    id="employer-pending-verification",
    title="Employer not yet verified by CSU",
    citation=f"{MANUAL}, Employers (verification by the Customer Support Unit)",
    severity="accept_with_notice",
    examples=('employer.status = "pending_verification"',),
)
def employer_pending(order: dict, as_of: dt.date) -> Outcome:
    """An order from an unverified employer is entered but goes online only after CSU verification."""
    if order["employer"]["status"] == "pending_verification":
        return (
            [
                _finding(
                    "employer-pending-verification",
                    C.MESSAGES["employer-pending-verification"],
                    field="employer.status",
                    matched="pending_verification",
                )
            ],
            [C.NOTICES["employer-pending-verification"]],
        )
    return [], []


# --------------------------------------------------------------------------------------------------------
# Drugs illegal under federal law (manual: Medical Marijuana Job Orders; 21 U.S.C. 812 Schedule I)
# --------------------------------------------------------------------------------------------------------
_TESTING = r"\b(?:test|tests|tested|testing|screen|screens|screened|screening|positive|detect\w*|use of|using|under the influence of)\b(?:\s+\w+){0,3}"
DRUG_PHRASES = (
    phrase(r"\bmedical marijuana\b", "medical marijuana", not_before=_TESTING),
    phrase(r"\bmarijuana\b", "marijuana", not_before=_TESTING),
    phrase(r"\bmarihuana\b", "marijuana", not_before=_TESTING),
    phrase(r"\bcannabis\b", "cannabis", not_before=_TESTING),
    phrase(r"\bTHC\b", "THC", not_before=_TESTING, not_after=r"[\s-]*free\b"),
    phrase(r"\bbud ?tenders?\b", "budtender"),
    phrase(
        r"\bdispensar(?:y|ies)\b",
        "dispensary",
        not_before=r"\b(?:pharmacy|hospital|clinic|medical center|veterinary|vet|army|navy|military|school|campus)",
    ),
    phrase(r"\bpsilocybin\b", "psilocybin", not_before=_TESTING),
    phrase(r"\bmagic mushrooms?\b", "psilocybin", not_before=_TESTING),
)


@rule(
    id="drug-illegal-federal",
    title="Drug illegal under federal law (marijuana, medical or not)",
    citation=f"{MANUAL}, Medical Marijuana Job Orders; 21 U.S.C. 812 (Schedule I)",
    severity="reject",
    examples=(
        "Budtender at a medical marijuana dispensary",
        "Cannabis cultivation technician",
        "Not triggered: hemp farm worker; CBD-from-hemp retail; 'we are not a dispensary'; 'drug screen includes THC'",
    ),
)
def drug_illegal_federal(order: dict, as_of: dt.date) -> Outcome:
    """Marijuana is a controlled substance under federal law: job centers cannot post orders for marijuana
    employers (medical or not) or refer anyone to them; staff notify CSU so the order is removed.
    Hemp and CBD derived from hemp are lawful (Agriculture Improvement Act of 2018) and are not matched."""
    texts = {"employer.name": order["employer"]["name"], **order_texts(order)}
    hits = _first_per_label(find_hits(texts, DRUG_PHRASES))
    if not hits:
        return [], []
    h = hits[0]
    return (
        [
            _finding(
                "drug-illegal-federal",
                C.MESSAGES["drug-illegal-federal"].format(matched=h.matched),
                field=h.field,
                matched=h.matched,
            )
        ],
        [C.NOTICES["drug-illegal-federal"]],
    )


# --------------------------------------------------------------------------------------------------------
# H-2A / H-2B (manual: H-2A and H-2B Job Orders)
# --------------------------------------------------------------------------------------------------------
VISA_TEXT = {
    "H-2A": (phrase(r"\bH[- ]?2A\b", "H-2A named in the order"),),
    "H-2B": (phrase(r"\bH[- ]?2B\b", "H-2B named in the order"),),
}


def visa_program_of(order: dict) -> tuple[str | None, str | None, str | None]:
    """(program, field, matched): the visa program from the visa field, else from the order's text ("H-2A",
    "H2A", "H 2A"; negated mentions such as "not an H-2A order" do not count)."""
    if order["visa_program"]:
        return order["visa_program"], "visa_program", order["visa_program"]
    for program, phrases in VISA_TEXT.items():
        hits = find_hits(order_texts(order), phrases)
        if hits:
            return program, hits[0].field, hits[0].matched
    return None, None, None


def _visa_rule(rule_id: str, program: str, order: dict) -> Outcome:
    found, field_name, matched = visa_program_of(order)
    if found != program:
        return [], []
    return [_finding(rule_id, C.MESSAGES[rule_id], field=field_name, matched=matched)], [C.NOTICES[rule_id]]


@rule(
    id="visa-h2a",
    title="H-2A order: route to the FLC Coordinator",
    citation=f"{MANUAL}, H-2A and H-2B Job Orders; 20 CFR 655 subpart B",
    severity="route_flc",
    examples=('visa_program = "H-2A"', "'Seasonal crop workers, H2A contract' in the description"),
)
def visa_h2a(order: dict, as_of: dt.date) -> Outcome:
    """The FLC Coordinator enters all H-2A orders from Central Office; all H-2A applicants are screened. The
    program is read from the visa field or, when that is empty, from the order's text."""
    return _visa_rule("visa-h2a", "H-2A", order)


@rule(
    id="visa-h2b",
    title="H-2B order: route to the FLC Coordinator",
    citation=f"{MANUAL}, H-2A and H-2B Job Orders; 20 CFR 655 subpart A",
    severity="route_flc",
    examples=('visa_program = "H-2B"', "'H-2B seasonal landscapers' in the description"),
)
def visa_h2b(order: dict, as_of: dt.date) -> Outcome:
    """The FLC Coordinator enters all H-2B orders from Central Office (visa field or the order's text)."""
    return _visa_rule("visa-h2b", "H-2B", order)


# --------------------------------------------------------------------------------------------------------
# Agricultural orders must be identified as AES (manual: Agricultural Employment Services (AES) Job Orders)
# --------------------------------------------------------------------------------------------------------
AG_PHRASES = (
    phrase(r"\bfarm ?(?:hands?|labou?r(?:ers?)?|workers?|work|equipment|machinery|operations?|help)\b", "farm labor"),
    phrase(r"\bfarmworkers?\b", "farm labor"),
    phrase(r"\bon the farm\b", "work on the farm"),
    phrase(
        r"\b(?:dairy|hog|swine|poultry|cattle|grain|crop|vegetable|fruit|produce|tree|sod|turkey|chicken|row[- ]crop|berry|apple|peach) farms?\b",
        "farm labor",
    ),
    phrase(r"\blivestock\b", "livestock feeding / animal care"),
    phrase(r"\bcattle\b", "livestock feeding / animal care"),
    phrase(r"\branch hands?\b", "farm labor"),
    phrase(r"\bfeedlots?\b", "livestock feeding / animal care"),
    phrase(r"\bharvest(?:ing|ers?)\b|\bharvest (?:crew|hand|season|work)\b", "Agri-Harvesting"),
    phrase(
        r"\b(?:meat|poultry|pork|beef|chicken|turkey) (?:processing|packing|plant|processor)\b|\bmeat ?packing\b|\bslaughter\b|\bdeboning\b",
        "Agri-Manufacturing (meat and poultry processing)",
    ),
    phrase(
        r"\b(?:agricultural|farm|tractor) (?:equipment|machinery|implements?)\b",
        "Agri-Business (agricultural equipment sales)",
    ),
    phrase(
        r"\bgrain (?:bins?|elevators?|storage|carts?|dryers?)\b|\bpole barns?\b|\bbarn (?:construction|builders?|building)\b",
        "Agri-Construction on the farm",
    ),
    phrase(r"\bcorn maze\b|\bpumpkin patch(?:es)?\b|\bagri-?tourism\b", "Agri-Tourism (corn mazes, pumpkin patches)"),
    phrase(
        r"\bagri-(?:construction|harvesting|manufacturing|business|tourism|farm)\b",
        "agriculture-related (manual examples)",
    ),
    phrase(
        r"\bdetassel(?:ing|ers?)?\b|\bhand[- ]planting\b|\bhay baling\b|\bbaling hay\b|\borchards?\b",
        "Agri-Farm Labor (hand planting/harvesting)",
    ),
)


def agricultural_reason(order: dict, as_of: dt.date) -> str | None:
    """Why the order is agriculture-related (SOC 45, NAICS 11 and the manual's examples), or None."""
    codes = dated_param("joborders.agricultural_codes", as_of=as_of)
    soc, naics = order["soc_code"], order["naics"]
    if soc and any(soc.startswith(p) for p in codes["soc_prefixes"]):
        return f"SOC {soc}"
    if naics and any(naics.startswith(p) for p in codes["naics_prefixes"]):
        return f"NAICS {naics}"
    hits = find_hits(order_texts(order, ("title", "description")), AG_PHRASES)
    return f"{hits[0].phrase.label}: {hits[0].matched!r}" if hits else None


@rule(
    id="aes-identification",
    title="Agricultural order must carry 'AES' in the title and the AES special category",
    citation=f"{MANUAL}, Agricultural Employment Services (AES) Job Orders",
    severity="fix_required",
    examples=(
        "SOC 45-2092 Farmworkers and Laborers, Crop",
        "NAICS 112111 beef cattle ranching",
        "Poultry processing line worker; corn maze attendant; farm equipment sales",
        "Not triggered: H-2A/H-2B orders (the FLC Coordinator handles them); wind farm technician; server farm",
    ),
)
def aes_identification(order: dict, as_of: dt.date) -> Outcome:
    """Agriculture-related orders that are not H-2A/H-2B are entered by the job center, identified with 'AES'
    in the job title and recorded under the AES special category."""
    if order["visa_program"]:
        return [], []
    reason = agricultural_reason(order, as_of)
    if not reason:
        return [], []
    findings = []
    if not re.search(r"\bAES\b", order["title"]):
        findings.append(
            _finding(
                "aes-identification", C.MESSAGES["aes-title"].format(matched=reason), field="title", matched=reason
            )
        )
    if "aes" not in order["special_categories"]:
        findings.append(
            _finding(
                "aes-identification",
                C.MESSAGES["aes-category"].format(matched=reason),
                field="special_categories",
                matched=reason,
            )
        )
    return findings, []


# --------------------------------------------------------------------------------------------------------
# Terms contrary to law (manual: Job Orders in Violation of the Law)
# --------------------------------------------------------------------------------------------------------
UNLAWFUL_PHRASES = (
    phrase(
        r"\b(?:paid )?(?:off the books|under the table)\b|\bno (?:payroll )?taxes (?:withheld|taken out|deducted)\b",
        "pay off the books, no payroll taxes (26 U.S.C. 3402; RSMo 143.191)",
    ),
    phrase(
        r"\bunpaid (?:trial|training|probation(?:ary)?(?: period)?|working interview|trial (?:shift|day|period|week))\b|\b(?:work|trial) (?:shift |period )?(?:for free|without pay)\b",
        "work without pay (FLSA 29 U.S.C. 206)",
    ),
    phrase(
        r"\bstraight time for overtime\b|\bno time and a half\b|\bovertime (?:is )?paid at (?:the )?(?:regular|straight) (?:rate|time)\b|\bno overtime pay\b",
        "overtime not paid at time and a half (FLSA 29 U.S.C. 207)",
    ),
    phrase(
        r"\b(?:we|employer|company|supervisor) (?:will )?(?:keeps?|holds?|retains?|collects?) (?:your |all |workers'? |employees'? )?(?:passports?|visas?|immigration documents|identity documents|IDs?)\b",
        "employer keeps workers' identity documents (18 U.S.C. 1592)",
    ),
    phrase(
        r"\b(?:waive|give up) (?:your |any |all )?(?:rights?|claims?) to (?:overtime|minimum wage|workers'? comp\w*)\b|\bno workers'? comp(?:ensation)?(?: coverage| insurance)?\b",
        "waiver of wage or workers' compensation rights (FLSA; RSMo 287)",
    ),
)


@rule(
    id="contrary-to-law",
    title="Terms or conditions of employment contrary to law",
    citation=f"{MANUAL}, Job Orders in Violation of the Law; 20 CFR 658.501(a)(1)",
    severity="reject",
    examples=(
        "Paid cash under the table",
        "Unpaid trial shift before hire",
        "Straight time for overtime",
        "Minimum age 13 for a non-agricultural job",
        "Not triggered: 'overtime paid at time and a half'; 'we never pay under the table'",
    ),
)
def contrary_to_law(order: dict, as_of: dt.date) -> Outcome:
    """Services or terms contrary to federal, state or local law: explain why, and accept only if the employer
    changes the order; otherwise it is voided. (Sub-minimum wages are the separate substandard-wage rule.)
    Includes a non-agricultural minimum age below the federal child-labor minimum (parameter
    ``joborders.child_labor_minimum_age``, 14); agricultural child-labor ages (29 CFR 570.2(b)) are not checked."""
    hits = _first_per_label(find_hits(order_texts(order), UNLAWFUL_PHRASES))
    findings = [
        _finding(
            "contrary-to-law",
            C.MESSAGES["contrary-to-law"].format(reason=h.phrase.label, matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ]
    child_age = dated_param("joborders.child_labor_minimum_age", as_of=as_of)
    age = order["minimum_age"]
    if age is not None and age < child_age and not agricultural_reason(order, as_of):
        reason = f"minimum age below {child_age} for non-agricultural work (29 CFR 570.2)"
        matched = f"minimum age {age}"
        message = C.MESSAGES["contrary-to-law"].format(reason=reason, matched=matched)
        findings.append(_finding("contrary-to-law", message, field="minimum_age", matched=matched))
    return findings, []


# --------------------------------------------------------------------------------------------------------
# Union / non-union condition (manual: Job Orders with Union or Non-Union Specifications; NLRA 8(a)(3))
# --------------------------------------------------------------------------------------------------------
_UNION = r"(?:labor |trade )?union"
UNION_PHRASES = (
    phrase(
        rf"\b{_UNION} members? only\b|\bonly (?:hiring |accepting )?{_UNION} members\b", "union membership required"
    ),
    phrase(
        r"\bmust (?:be|become) (?:a )?(?:(?:labor )?union member|member of (?:the |a |an |our )?(?:local \d+|[\w-]+ )?union)\b",
        "union membership required",
    ),
    phrase(
        rf"\b{_UNION} (?:membership|card) (?:is )?(?:required|mandatory|a (?:condition|requirement))\b",
        "union membership required",
    ),
    phrase(
        rf"\bmust (?:belong to|join|hold a card in) (?:a|the|our|local \d+) {_UNION}\b", "union membership required"
    ),
    phrase(
        r"\bnon-?union (?:applicants |workers |members |candidates |employees |people )?only\b",
        "non-membership required",
    ),
    phrase(r"\bmust (?:be|remain|stay) non-?union\b", "non-membership required"),
    phrase(
        rf"\b(?:must not|cannot|may not|can'?t|will not|won'?t|shall not) (?:be (?:a )?(?:member of|in) (?:a |any |the )?{_UNION}|join (?:a |any |the )?{_UNION}|belong to (?:a |any |the )?{_UNION})\b",
        "non-membership required",
    ),
    phrase(r"\bno union (?:members|workers|people|sympathizers|organizers)\b", "non-membership required"),
)


@rule(
    id="union-membership-condition",
    title="Union or non-union membership as a condition of employment",
    citation=f"{MANUAL}, Job Orders with Union or Non-Union Specifications; NLRA 29 U.S.C. 158(a)(3)",
    severity="reject",
    examples=(
        "Union members only",
        "Must not join a union",
        "Not triggered: credit union teller; union scale wages; 'no union membership required'",
    ),
)
def union_membership_condition(order: dict, as_of: dt.date) -> Outcome:
    """Orders specifying membership or non-membership in a labor organization as a condition of employment
    violate the NLRA and are not accepted. (An applicant's affiliation is never recorded or disclosed.)"""
    hits = _first_per_label(find_hits(order_texts(order), UNION_PHRASES))
    findings = [
        _finding(
            "union-membership-condition",
            C.MESSAGES["union-membership-condition"].format(matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ]
    if _answered(order, "union_membership_condition", True):
        findings.insert(0, _answer_finding("union-membership-condition", "union_membership_condition", True))
    return findings, []


@rule(
    id="labor-organization",
    title="Order from a labor organization",
    citation=f"{MANUAL}, Orders from Labor Organizations",
    severity="accept_with_notice",
    examples=("employer.is_labor_organization = true",),
)
def labor_organization(order: dict, as_of: dt.date) -> Outcome:
    """Staff confirm the labor organization has specific openings with the employer matching the order, that
    the specifications match, and that the order is adequate; workers go by the agreed referral arrangement."""
    if order["employer"]["is_labor_organization"]:
        return [
            _finding(
                "labor-organization",
                C.MESSAGES["labor-organization"],
                field="employer.is_labor_organization",
                matched="true",
            )
        ], [C.NOTICES["labor-organization"]]
    return [], []


# --------------------------------------------------------------------------------------------------------
# Labor disputes (manual: Job Orders and Labor Disputes; 20 CFR 652.9)
# --------------------------------------------------------------------------------------------------------
@rule(
    id="labor-dispute-at-issue",
    title="Labor dispute: the position is at issue",
    citation=f"{MANUAL}, Job Orders and Labor Disputes; 20 CFR 652.9(a)",
    severity="reject",
    examples=('employer.labor_dispute = "position_at_issue"',),
)
def labor_dispute_at_issue(order: dict, as_of: dt.date) -> Outcome:
    """No referral may fill a job vacant because of a strike or lockout or otherwise at issue in a labor dispute
    with a work stoppage; such orders are not entered and existing ones are put on hold."""
    if order["employer"]["labor_dispute"] == "position_at_issue":
        return (
            [
                _finding(
                    "labor-dispute-at-issue",
                    C.MESSAGES["labor-dispute-at-issue"],
                    field="employer.labor_dispute",
                    matched="position_at_issue",
                )
            ],
            [C.NOTICES["labor-dispute-at-issue"]],
        )
    return [], []


@rule(
    id="labor-dispute-not-at-issue",
    title="Labor dispute: the position is not at issue (written notice to applicants)",
    citation=f"{MANUAL}, Job Orders and Labor Disputes; 20 CFR 652.9(b)",
    severity="accept_with_notice",
    examples=('employer.labor_dispute = "position_not_at_issue"',),
)
def labor_dispute_not_at_issue(order: dict, as_of: dt.date) -> Outcome:
    """Orders for positions not at issue may be processed; every applicant referred gets the written notice
    (the manual's minimum text, quoted verbatim)."""
    if order["employer"]["labor_dispute"] == "position_not_at_issue":
        return (
            [
                _finding(
                    "labor-dispute-not-at-issue",
                    C.MESSAGES["labor-dispute-not-at-issue"],
                    field="employer.labor_dispute",
                    matched="position_not_at_issue",
                )
            ],
            [C.LABOR_DISPUTE_NOT_AT_ISSUE_NOTICE],
        )
    return [], []


STRIKE_PHRASES = (
    phrase(
        r"\bstrike replacements?\b|\breplacement workers? (?:during|for) (?:the |a )?(?:strike|lockout)\b|\breplac(?:e|ing) (?:the )?strik(?:ing|ers)\b|\b(?:on|during (?:the|a)) strike\b|\bstriking (?:workers|employees|members)\b",
        "strike",
    ),
    phrase(
        r"\block-?out\b|\blocked[- ]out (?:workers|employees|members)\b",
        "lockout",
        not_after=r"\s*[/&-]?\s*(?:and\s+)?tag",
    ),
)


@rule(
    id="labor-dispute-mentioned",
    title="Order mentions a strike or lockout not recorded for the employer",
    citation=f"{MANUAL}, Job Orders and Labor Disputes; 20 CFR 652.9(c)",
    severity="hold",
    examples=("Strike replacement workers needed immediately", "Not triggered: 'lockout/tagout procedures'"),
)
def labor_dispute_mentioned(order: dict, as_of: dt.date) -> Outcome:
    """When an order comes from an employer reportedly in a labor dispute, the Regional Manager verifies it and
    its significance for the vacancy before the order goes on; the order waits until then."""
    if order["employer"]["labor_dispute"] != "none":
        return [], []
    hits = find_hits(order_texts(order), STRIKE_PHRASES)
    if not hits:
        return [], []
    h = hits[0]
    return [
        _finding(
            "labor-dispute-mentioned",
            C.MESSAGES["labor-dispute-mentioned"].format(matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
    ], []


@rule(
    id="confidential-employer",
    title="Employer requests confidentiality",
    citation=f"{MANUAL}, Job Order from Employer Requesting Confidentiality",
    severity="accept_with_notice",
    examples=("employer.confidential = true",),
)
def confidential_employer(order: dict, as_of: dt.date) -> Outcome:
    """Name, address and telephone number are withheld from applicants; referrals only through the job center
    holding the order and its responsible staff person."""
    if order["employer"]["confidential"]:
        return [
            _finding(
                "confidential-employer",
                C.MESSAGES["confidential-employer"],
                field="employer.confidential",
                matched="true",
            )
        ], [C.NOTICES["confidential-employer"]]
    return [], []


# The rules split into their own modules register themselves on import, in this order (``RULES`` keeps the order
# the engine lists findings in): discrimination, requirements and wages; charges to fraud; H-2A/H-2B wages.
# isort: off
from jobcenter.compliance.screening import rules_people  # noqa: E402
from jobcenter.compliance.screening import rules_offers  # noqa: E402
from jobcenter.compliance.screening.rules_people import _money, hourly_rate  # noqa: E402, F401  (tests, rules_h2a)
from jobcenter.compliance.screening import rules_h2a  # noqa: E402, F401
# isort: on


class _PhraseLists:
    """The phrase lists live in three modules; the wording passes extend each where it lives (``module.X = ...``)."""

    _homes = (sys.modules[__name__], rules_people, rules_offers)

    def _home(self, name: str):
        return next(m for m in self._homes if hasattr(m, name))

    def __getattr__(self, name: str):
        return getattr(self._home(name), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self._home(name), name, value)


# The wording passes, in the order they were written (each extends the lists the previous ones left).
from jobcenter.compliance.screening import wording, wording_classes, wording_clauses, wording_terms  # noqa: E402,I001
from jobcenter.compliance.screening import wording_indirect, wording_indirect2, wording_indirect3  # noqa: E402,I001

for _extend in (
    wording._extend,
    wording_terms.extend,
    wording_classes.extend,
    wording_clauses.extend,
    wording_indirect.extend,
    wording_indirect2.extend,
    wording_indirect3.extend,
):
    _extend(_PhraseLists())
