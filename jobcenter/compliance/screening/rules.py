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
from decimal import Decimal

from jobcenter.compliance.minimum_wage import applicable_minimum_wage
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening.inputs import special_category_table
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.text import find_hits, order_texts, phrase
from jobcenter.compliance.screening.types import Finding, Rule
from jobcenter.core.parameters import ParameterError, get_parameter

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


# --------------------------------------------------------------------------------------------------------
# Discriminatory requirements (manual: Discriminatory Job Orders; Suspected Violations in the Job Order)
# --------------------------------------------------------------------------------------------------------
_NOT_A_LIMIT = r"\s*(?:lbs?|pounds|kg|%|percent|hours?|hrs|minutes|mins|miles|mph|feet|ft|inches|degrees|people|employees|customers|guests|seats|tables|units|beds|patients|students|children|kids|years? (?:of )?experience|cases|calls)\b"
_CHILDREN_BEFORE = r"\b(?:children|kids|students|patients|clients|youth|teens|infants|toddlers|residents|campers|members|guests|riders|passengers|participants|young people|young adults)\b(?:\s+\w+){0,3}"
# ``excl`` = an exclusive upper bound ("under 40": 40 and over excluded); ``incl`` = inclusive ("35 or younger").
AGE_LIMIT_PHRASES = (
    phrase(
        r"\b(?:under|younger than|below|less than|not (?:be )?(?:over|older than)|no (?:one )?(?:over|older than)|nobody over) (?:the age of |age )?(?P<excl>\d{2})\b",
        "age",
        not_after=_NOT_A_LIMIT,
        not_before=_CHILDREN_BEFORE,
    ),
    phrase(
        r"\bno older than (?:the age of |age )?(?P<incl>\d{2})\b",
        "age",
        not_after=_NOT_A_LIMIT,
        not_before=_CHILDREN_BEFORE,
    ),
    phrase(
        r"\b(?P<incl>\d{2}) (?:years (?:old |of age )?)?(?:or|and) (?:younger|under)\b",
        "age",
        not_before=_CHILDREN_BEFORE,
    ),
    phrase(
        r"\b(?:max(?:imum|\.)?|upper) age(?: limit)?(?: is| of|:)? (?P<incl>\d{2})\b|\bage limit(?: is| of|:)? (?P<incl2>\d{2})\b",
        "age",
    ),
    phrase(
        r"\bages? (?:\d{2}) ?(?:-|–|to|through|thru) ?(?P<incl>\d{2})\b|\b(?:\d{2}) ?(?:-|–|to) ?(?P<incl2>\d{2}) years old\b",
        "age",
        not_before=_CHILDREN_BEFORE,
    ),
)
DISCRIMINATION_PHRASES = (
    # sex (Civil Rights Act of 1964 Title VII)
    phrase(r"\b(?:men|males?|women|females?|ladies|guys) only\b", "sex"),
    phrase(r"\bonly (?:hiring |accepting |considering )?(?:men|males|women|females|ladies)\b", "sex"),
    phrase(r"\bmust be (?:a )?(?:male|female|man|woman)\b", "sex"),
    phrase(
        r"\b(?:male|female) (?:applicants?|candidates?) (?:only|preferred)\b|\b(?:males?|females?) preferred\b", "sex"
    ),
    phrase(r"\bno (?:women|females|men|males|ladies)\b", "sex"),
    phrase(r"\b(?:must not be|cannot be|no|not) pregnant\b", "sex (pregnancy)"),
    # age 40-69 (ADEA; 29 CFR 1625.4(a) names "young" and "recent college graduate")
    phrase(
        r"\bmust be young\b|\byoung(?:er)? (?:and energetic|applicants?|candidates?|persons?|man|men|woman|women|workers?|professionals?|blood|talent|team members?|staff|people)\b|\byouthful\b",
        "age",
        not_before=r"\b(?:with|serve|serving|mentor|mentoring|teach|teaching|help|helping|support|supporting|coach|coaching|programs? for|services? for|activities for)",
    ),
    phrase(
        r"\brecent (?:college |high school )?grad(?:uate)?s? only\b|\bmust be (?:a )?recent (?:college )?grad(?:uate)?\b|\bonly recent (?:college )?grad(?:uate)?s\b",
        "age",
    ),
    phrase(r"\bdigital natives?\b", "age"),
    # religion
    phrase(
        r"\bmust be (?:a )?(?:practicing |born-again |devout )?(?:christian|catholic|protestant|baptist|muslim|jewish|hindu|mormon|lds|evangelical)\b",
        "religion",
    ),
    phrase(
        r"\b(?:christians?|catholics?|muslims?|jews|protestants?|mormons?) only\b|\b(?:christian|catholic|muslim|jewish) (?:applicants|candidates) (?:only|preferred)\b",
        "religion",
    ),
    phrase(r"\bno (?:muslims|jews|atheists|christians|catholics|mormons)\b|\bmust attend church\b", "religion"),
    # national origin / ancestry
    phrase(
        r"\bnative english speakers?\b|\benglish (?:as|must be) (?:your |a |the )?(?:first|native|mother) (?:language|tongue)\b",
        "national origin",
    ),
    phrase(r"\b(?:american|u\.?s\.?)[- ]born\b|\bborn in the (?:u\.?s\.?a?|united states)\b", "national origin"),
    phrase(r"\bno (?:foreigners|immigrants|accents?)\b|\bwithout an? (?:foreign )?accent\b", "national origin"),
    phrase(
        r"\b(?:mexicans?|hispanics?|latinos?|latinas?|asians?|africans?|arabs?|irish|germans?) only\b",
        "national origin",
    ),
    # race / color
    phrase(
        r"\b(?:whites?|blacks?|caucasians?) only\b|\bmust be (?:white|black|caucasian)\b|\b(?:white|caucasian|black) (?:applicants?|candidates?) (?:only|preferred)\b",
        "race",
    ),
    phrase(r"\blight[- ]skinned\b|\bfair[- ]skinned\b", "color"),
    # disability (ADA; Rehabilitation Act)
    phrase(r"\bno (?:disabilities|disabled|handicapped|handicaps|wheelchairs?|mental illness)\b", "disability"),
    phrase(
        r"\bmust not (?:have|be) (?:any |a )?(?:disabilit(?:y|ies)|disabled|handicapped)\b|\bnot disabled\b",
        "disability",
    ),
    phrase(r"\b(?:free of|without) (?:any )?(?:disabilit(?:y|ies)|handicaps?)\b", "disability", negatable=False),
    phrase(r"\bable[- ]bodied\b|\b(?:perfect|excellent) (?:physical )?health\b", "disability"),
)


def _age_limit_excludes_protected(hit, lowest: int, highest: int, youth_age: int) -> bool:
    """True if an upper age limit shuts out someone aged ``lowest``-``highest``: "under N" excludes N and over
    (so N <= highest excludes someone), "N or younger" excludes over N (so N < highest does). A bound that keeps
    everyone under ``youth_age`` ("ages 12-17", "under 18") describes children served or a youth order, not an
    adult age limit, and is not flagged (youth orders get their own notice)."""
    groups = {k: v for k, v in hit.match.groupdict().items() if v}
    if "excl" in groups:
        bound = int(groups["excl"])
        return youth_age < bound <= highest
    bound = groups.get("incl") or groups.get("incl2")
    return bound is not None and youth_age <= int(bound) < highest


@rule(
    id="discriminatory",
    title="Discriminatory requirement: refer to the supervisor (12-month rule)",
    citation=(
        f"{MANUAL}, Discriminatory Job Orders and Suspected Violations in the Job Order; Title VII (42 U.S.C. 2000e-2); "
        "ADEA (29 U.S.C. 623; 29 CFR 1625.4); ADA (42 U.S.C. 12112); citizenship status: INA 274B (8 U.S.C. 1324b); Missouri Human Rights Act (RSMo 213.055)"
    ),
    severity="refer_supervisor",
    examples=(
        "Men only; must be Christian; native English speaker; no disabilities",
        "Must be under 40; ages 25-35; young and energetic; recent graduates only",
        "Not triggered: 'regardless of age'; 'recent graduates welcome'; 'must be able to lift 50 lbs'; 'care for children under 12'",
        "U.S. citizens only (no law requires it); Not triggered: 'security clearance, which requires U.S. citizenship'",
    ),
)
def discriminatory(order: dict, as_of: dt.date) -> Outcome:
    """Requirements that discriminate on race, color, religion, national origin, ancestry, sex, disability or
    age (40 through 69, parameter ``joborders.age_discrimination_range``) stop the entry: staff document the
    suspected violation and refer it to the supervisor, who attempts informal resolution if the employer filed a
    job order in the last 12 months, or refers it in writing to the enforcement agency if not.

    Judgement calls (docs/rules.md): "young" describing the wanted worker and "recent graduates only" are
    flagged (29 CFR 1625.4(a)); "recent graduates welcome" is not. An upper age limit is flagged when it
    excludes anyone in the protected range, unless the order is a youth order (youth special category or
    minimum age under 18), where an age band is program eligibility. Citizenship demanded where no law requires
    it is flagged (8 U.S.C. 1324b); a sentence naming the legal basis (clearance, federal civil service, police
    under state law, export control) is not (``wording.citizenship_lawful``)."""
    ages = dated_param("joborders.age_discrimination_range", as_of=as_of)
    lowest, highest = ages["lowest"], ages["highest"]
    youth_age = dated_param("joborders.youth_age", as_of=as_of)
    texts = order_texts(order)
    hits = [
        h
        for h in find_hits(texts, DISCRIMINATION_PHRASES)
        if not (h.phrase.label.startswith("citizenship") and _wording.citizenship_lawful(texts[h.field], h.match))
    ]
    if not _is_youth_order(order, as_of):
        hits += [
            h
            for h in find_hits(texts, AGE_LIMIT_PHRASES)
            if _age_limit_excludes_protected(h, lowest, highest, youth_age)
        ]
    hits = _first_per_label(hits)
    if not hits:
        return [], []
    months = dated_param("joborders.violation_prior_order_lookback_months", as_of=as_of)
    count = order["employer"]["job_orders_last_12_months"]
    if count is None:
        path = C.MESSAGES["discriminatory-path-unknown"].format(months=months)
    elif count > 0:
        path = C.MESSAGES["discriminatory-path-informal"].format(count=count, months=months)
    else:
        path = C.MESSAGES["discriminatory-path-written"].format(months=months)
    return [
        _finding(
            "discriminatory",
            C.MESSAGES["discriminatory"].format(basis=h.phrase.label, matched=h.matched, path=path),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ], []


# --------------------------------------------------------------------------------------------------------
# Background checks and drug screens (manual: Job Orders Requiring a Criminal Record Exclusion)
# --------------------------------------------------------------------------------------------------------
HIRING_REQUIREMENT_PHRASES = {
    "background_check": (
        phrase(
            r"\b(?:criminal )?background (?:checks?|screenings?|investigations?)\b|\bcriminal (?:history|record|background) (?:checks?|reviews?)\b",
            "background check",
        ),
        phrase(
            r"\bno (?:felon(?:y|ies|s)|criminal (?:record|history|convictions?))\b", "background check", negatable=False
        ),
    ),
    "drug_screen": (
        phrase(
            r"\b(?:pre-?employment )?drug (?:tests?|testing|screens?|screening)\b|\burinalysis\b|\bhair follicle test\b",
            "drug screen",
        ),
    ),
}
REQUIREMENT_LABELS = {"background_check": "criminal background check", "drug_screen": "drug screen"}


def _requirement_sources(order: dict) -> dict[str, tuple[str, str]]:
    """Hiring requirement code -> (field, matched text) for background checks and drug screens."""
    found: dict[str, tuple[str, str]] = {}
    for code in ("background_check", "drug_screen"):
        if code in order["hiring_requirements"]:
            found[code] = ("hiring_requirements", code)
            continue
        hits = find_hits(order_texts(order), HIRING_REQUIREMENT_PHRASES[code])
        if hits:
            found[code] = (hits[0].field, hits[0].matched)
    return found


@rule(
    id="hiring-requirement",
    title="Background check or drug screen: allowed, recorded as a hiring requirement",
    citation=f"{MANUAL}, Job Orders Requiring a Criminal Record Exclusion",
    severity="accept",
    examples=("Must pass a criminal background check and drug screen", "Not triggered: 'no drug test'"),
)
def hiring_requirement(order: dict, as_of: dt.date) -> Outcome:
    """Criminal background checks and drug screens are allowed; staff record which will be done under the
    order's Hiring Requirements."""
    findings = []
    for code, (field_name, matched) in _requirement_sources(order).items():
        key = "hiring-requirement-recorded" if field_name == "hiring_requirements" else "hiring-requirement"
        findings.append(
            _finding(
                "hiring-requirement",
                C.MESSAGES[key].format(requirement=REQUIREMENT_LABELS[code], matched=matched),
                field=field_name,
                matched=matched,
            )
        )
    return findings, []


def _eeo_notice_window() -> tuple[dt.date | None, dt.date | None]:
    """First and last day the TEGL 31-11 notice was required (parameter ``joborders.criminal_background_eeo_notice``)."""
    try:
        series = get_parameter("joborders.criminal_background_eeo_notice").series[()]
    except (ParameterError, KeyError):
        return None, None
    start = next((v.effective_from for v in series if v.value is True), None)
    end = next(
        (
            v.effective_from - dt.timedelta(days=1)
            for v in series
            if start and v.effective_from > start and v.value is not True
        ),
        None,
    )
    return start, end


_EEO_FROM, _EEO_TO = _eeo_notice_window()


@rule(
    id="criminal-record-eeo-notice",
    title="Background check: notice of equal opportunity rights (TEGL 31-11, rescinded)",
    citation=f"TEGL 31-11; {MANUAL}, Job Orders Requiring a Criminal Record Exclusion (rescinded)",
    severity="accept_with_notice",
    examples=("Background check required, order received before the TEGL was rescinded",),
    effective_from=_EEO_FROM,
    effective_to=_EEO_TO,
    status="unconfirmed",
)
def criminal_record_eeo_notice(order: dict, as_of: dt.date) -> Outcome:
    """While TEGL 31-11 was in effect, orders requiring a criminal background check carried a notice of equal
    opportunity rights. The January 2024 manual says it was rescinded; the end date is unconfirmed
    (parameter ``joborders.criminal_background_eeo_notice``)."""
    src = _requirement_sources(order).get("background_check")
    if not src:
        return [], []
    return [
        _finding("criminal-record-eeo-notice", C.MESSAGES["criminal-record-eeo-notice"], field=src[0], matched=src[1])
    ], [C.NOTICES["criminal-record-eeo-notice"]]


# --------------------------------------------------------------------------------------------------------
# Substandard wages (manual: Substandard Orders; FLSA 29 U.S.C. 206; RSMo 290.502; 40 O.S. 197.2)
# --------------------------------------------------------------------------------------------------------
WEEKS_PER_YEAR = Decimal(52)
MONTHS_PER_YEAR = Decimal(12)


def hourly_rate(amount: Decimal, unit: str, hours_per_week: Decimal | None) -> Decimal | None:
    """The hourly equivalent of ``amount`` per ``unit`` (None for piece and commission rates).

    week: amount / hours; biweek: amount / (2 x hours); month: amount x 12 / 52 / hours; year: amount / 52 / hours.
    """
    if unit == "hour":
        return amount
    if unit in ("piece", "commission") or not hours_per_week:
        return None
    weekly = {
        "week": amount,
        "biweek": amount / 2,
        "month": amount * MONTHS_PER_YEAR / WEEKS_PER_YEAR,
        "year": amount / WEEKS_PER_YEAR,
    }[unit]
    return weekly / hours_per_week


def _money(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01')):,}"


@rule(
    id="substandard-wage",
    title="Wage below the applicable minimum wage",
    citation=f"{MANUAL}, Substandard Orders; FLSA 29 U.S.C. 206 and 203(m); RSMo 290.502; 40 O.S. 197.2",
    severity="reject",
    examples=(
        "$14.00 an hour in Missouri, received in 2026 (minimum $15.00)",
        "$500 a week for 40 hours ($12.50 an hour)",
        "Oklahoma employer with 5 employees and $80,000 sales at $5.00: below the federal $7.25 unless FLSA coverage is ruled out",
    ),
)
def substandard_wage(order: dict, as_of: dt.date) -> Outcome:
    """The lowest wage offered, converted to an hourly rate, must reach the highest minimum wage that applies
    (``applicable_minimum_wage`` for the worksite state on the day the order was received, by employer size,
    sales and tipped status). Below it, the order cannot be entered unless the employer raises the wage."""
    wage = order["wage"]
    rate = hourly_rate(wage["min"], wage["unit"], order["hours_per_week"])
    if rate is None:
        return [], []
    emp = order["employer"]
    minimum = applicable_minimum_wage(
        state=order["worksite"]["state"] or emp["state"] or "",
        as_of=as_of,
        employees=emp["employees"],
        annual_sales=emp["annual_sales"],
        tipped=order["tipped"],
    )
    if rate >= minimum.hourly:
        return [], []
    if wage["unit"] == "hour":
        offered = f"${_money(rate)} an hour"
    else:
        offered = f"${_money(wage['min'])} per {wage['unit']} at {order['hours_per_week'].normalize():f} hours a week = ${_money(rate)} an hour"
    message = C.MESSAGES["substandard-wage"].format(
        offered=offered, minimum=_money(minimum.hourly), basis=" ".join(minimum.basis)
    )
    return [_finding("substandard-wage", message, field="wage.min", matched=offered)], []


@rule(
    id="wage-unverifiable",
    title="Piece-rate or commission wage: minimum wage cannot be checked",
    citation=f"{MANUAL}, Substandard Orders; FLSA 29 U.S.C. 206 (29 CFR 778.111, 779.413)",
    severity="accept_with_notice",
    examples=('wage.unit = "piece"', 'wage.unit = "commission"'),
)
def wage_unverifiable(order: dict, as_of: dt.date) -> Outcome:
    """Piece and commission rates cannot be compared to an hourly minimum from the order alone; the employer
    is reminded that pay must still reach the minimum wage."""
    unit = order["wage"]["unit"]
    if unit in ("piece", "commission"):
        label = "piece" if unit == "piece" else "commission"
        return [
            _finding(
                "wage-unverifiable", C.MESSAGES["wage-unverifiable"].format(unit=label), field="wage.unit", matched=unit
            )
        ], [C.NOTICES["wage-unverifiable"]]
    return [], []


# --------------------------------------------------------------------------------------------------------
# Charges to applicants (manual: Job Orders Involving a Charge)
# --------------------------------------------------------------------------------------------------------
_EMPLOYER_PAYS_AFTER = r"\s*(?:is |are |will be )?(?:paid|covered|reimbursed|waived|refunded) (?:by|for)\b|\s*(?:is |are |will be )?(?:waived|reimbursed|covered)\b"
_EMPLOYER_PAYS_BEFORE = (
    r"\b(?:employer|company|we|firm) (?:pays?|covers?|reimburses?|will pay|will cover|will reimburse)\b(?:\s+\w+){0,3}"
)
CHARGE_PHRASES = (
    phrase(
        r"\b(?:application|registration|placement|processing|training|enrollment|sign-?up|onboarding|administrative|admin|starter|background check|job placement|interview) fees?\b",
        "fee charged to applicants",
        not_after=_EMPLOYER_PAYS_AFTER,
        not_before=_EMPLOYER_PAYS_BEFORE,
    ),
    phrase(r"\bfees? (?:to|for) (?:apply|register|start|join|interview|be hired|hire)\b", "fee charged to applicants"),
    phrase(
        r"\b(?:pay|paying|payment of) (?:a |an |the )?(?:one-?time |small |refundable |non-?refundable )?(?:\$\s?\d[\d,.]*\s)?(?:fee|deposit)\b|\$\s?\d[\d,.]*\s?(?:fee|deposit)\b|\b(?:deposit|fee) (?:of|is) \$\s?\d",
        "fee charged to applicants",
        not_before=_EMPLOYER_PAYS_BEFORE,
        not_after=_EMPLOYER_PAYS_AFTER,
    ),
    phrase(
        r"\b(?:must|required to|need to|have to|you will|you'?ll|expected to|asked to)\s+(?:first\s+)?(?:purchase|buy)\b[^.;!?\n]{0,40}?\b(?:kits?|products?|inventory|samples?|supplies|merchandise)\b",
        "purchase of a kit or products",
    ),
    phrase(
        r"\b(?:starter|demo|demonstration|sales) kits?\b",
        "purchase of a kit or products",
        not_before=r"\bfree",
        not_after=r"\s*(?:is |are |will be )?(?:provided|included|supplied|free)\b",
    ),
)


@rule(
    id="applicant-charge",
    title="Charge or fee to applicants, or purchase of kits or products",
    citation=f"{MANUAL}, Job Orders Involving a Charge",
    severity="reject",
    examples=(
        "$50 application fee",
        "Must purchase a starter kit ($99)",
        "Not triggered: 'no fee'; 'the employer pays the training fee'; 'free starter kit provided'",
    ),
)
def applicant_charge(order: dict, as_of: dt.date) -> Outcome:
    """Orders indicating a charge, fee or cost to bring worker and employer together, or requiring the purchase
    of demonstration kits or products to be offered employment, are not allowed: no one is selected or referred."""
    hits = _first_per_label(find_hits(order_texts(order), CHARGE_PHRASES))
    findings = [
        _finding(
            "applicant-charge",
            C.MESSAGES["applicant-charge"].format(matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ]
    if _answered(order, "applicant_pays_before_hire", True):
        findings.insert(0, _answer_finding("applicant-charge", "applicant_pays_before_hire", True))
    return findings, []


PREHIRE_PHRASES = (
    phrase(
        r"\b(?:valid |current )?(?:driver'?s licen[sc]e|CDL|commercial driver'?s licen[sc]e)\b|\blicen[sc]e (?:is )?required\b|\bmust (?:be licensed|hold (?:a |an )?(?:valid |current )?[\w-]+ licen[sc]e)\b",
        "license",
    ),
    phrase(
        r"\bsteel[- ]toed?\b|\bsafety (?:glasses|boots|shoes|equipment|gear|vest)\b|\bown (?:tools|PPE)\b",
        "safety equipment",
    ),
    phrase(
        r"\b(?:pre-?employment |DOT )?physical(?: exam(?:ination)?)? (?:is )?required\b|\bmust pass (?:a )?(?:DOT |pre-?employment )?physical\b|\bpolice reports?\b|\bTB test\b",
        "physical / police report",
    ),
)


@rule(
    id="prehire-requirement",
    title="License, safety equipment, police report or physical before hire: allowed",
    citation=f"{MANUAL}, Job Orders Involving a Charge (orders requiring a license, safety equipment, police reports, physicals)",
    severity="accept",
    examples=("Valid CDL required; steel-toe boots; must pass a DOT physical",),
)
def prehire_requirement(order: dict, as_of: dt.date) -> Outcome:
    """Orders requiring a license, safety equipment, police reports or physicals before hire may be taken and
    served; these are not charges."""
    hits = _first_per_label(find_hits(order_texts(order), PREHIRE_PHRASES))
    return [
        _finding(
            "prehire-requirement",
            C.MESSAGES["prehire-requirement"].format(matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ], []


# --------------------------------------------------------------------------------------------------------
# Youth (manual: Job Orders Involving Youth; FLSA child labor 29 CFR 570)
# --------------------------------------------------------------------------------------------------------
def _youth_reason(order: dict, as_of: dt.date) -> str | None:
    youth_age = dated_param("joborders.youth_age", as_of=as_of)
    if order["minimum_age"] is not None and order["minimum_age"] < youth_age:
        return f"minimum age {order['minimum_age']}"
    table = {row["code"]: row for row in special_category_table(as_of=as_of)}
    for code in order["special_categories"]:
        if table.get(code, {}).get("youth"):
            return table[code]["label"]
    return None


def _is_youth_order(order: dict, as_of: dt.date) -> bool:
    return _youth_reason(order, as_of) is not None


@rule(
    id="youth",
    title="Youth order: school-attendance and child-labor notice",
    citation=f"{MANUAL}, Job Orders Involving Youth; FLSA 29 U.S.C. 212-213, 29 CFR 570",
    severity="accept_with_notice",
    examples=("minimum_age = 16", "special category Summer Youth Program"),
)
def youth(order: dict, as_of: dt.date) -> Outcome:
    """An order open to minors (minimum age under 18, parameter ``joborders.youth_age``) or written for a youth
    program: the employer is told youth are referred only in accordance with school-attendance and child-labor
    laws."""
    reason = _youth_reason(order, as_of)
    if not reason:
        return [], []
    field_name = "minimum_age" if reason.startswith("minimum age") else "special_categories"
    return [_finding("youth", C.MESSAGES["youth"].format(matched=reason), field=field_name, matched=reason)], [
        C.NOTICES["youth"]
    ]


# --------------------------------------------------------------------------------------------------------
# Not bona fide (manual: Employer Request for Workers without Placing Bona Fide Job Orders)
# --------------------------------------------------------------------------------------------------------
NOT_BONA_FIDE_PHRASES = (
    phrase(
        r"\b(?:build|building|create|creating|establish|maintain|maintaining|keep|keeping|grow|growing) (?:a |an |our )?(?:applicant|talent|candidate|hiring|resume|résumé) pool\b|\bpool of (?:applicants|candidates) for future\b",
        "applicant pool for future use",
    ),
    phrase(
        r"\b(?:for|to fill) future (?:openings|positions|vacancies|needs)\b",
        "applicant pool for future use",
        not_before=r"\b(?:also|and)",
    ),
    phrase(
        r"\bno (?:current |immediate )?(?:openings|positions available|vacancies)\b|\bnot currently hiring\b",
        "no position actually available",
        negatable=False,
    ),
    phrase(
        r"\b(?:provide|bring|supply|submit) (?:us |your )?(?:own )?(?:sales )?leads\b|\bwarm market\b|\b(?:list of|your own) (?:personal )?(?:contacts|leads)\b|\bsell to (?:your )?(?:friends and family|family and friends|friends|family)\b",
        "sales leads",
    ),
    phrase(
        r"\bnetwork marketing\b|\bmulti-?level marketing\b|\bMLM\b|\bpyramid (?:scheme|structure|marketing|plan)\b|\bdownline\b|\brecruit (?:your )?(?:friends|others|people) (?:to join|into|under you)\b",
        "network marketing / pyramid",
    ),
)


@rule(
    id="not-bona-fide",
    title="Not a bona fide job order (applicant pool, sales leads, network marketing)",
    citation=f"{MANUAL}, Employer Request for Workers without Placing Bona Fide Job Orders",
    severity="reject",
    examples=(
        "Building our applicant pool for future openings",
        "Bring your warm market; build your downline (MLM)",
        "Not triggered: swimming pool attendant; 'this is not MLM'",
    ),
)
def not_bona_fide(order: dict, as_of: dt.date) -> Outcome:
    """Orders must be for positions that actually exist: not a pool for future use, not a way to get sales
    leads or recruits for network marketing. Referral services are withheld."""
    texts = order_texts(order)
    if _answered(order, "position_open_now", False):
        return [_answer_finding("not-bona-fide", "position_open_now", False)], []
    if _answered(order, "position_open_now", True) or any(_wording.states_open_now(t) for t in texts.values()):
        # "We also keep a pool, but these positions are open today": a real opening (issue #9 near-misses).
        return [], []
    hits = _first_per_label(find_hits(texts, NOT_BONA_FIDE_PHRASES))
    return [
        _finding(
            "not-bona-fide",
            C.MESSAGES["not-bona-fide"].format(reason=h.phrase.label, matched=h.matched),
            field=h.field,
            matched=h.matched,
        )
        for h in hits
    ], []


SELF_EMPLOYMENT_PHRASES = (
    phrase(r"\bindependent contractors?\b|\bcontractor status\b", "independent contractor"),
    phrase(
        r"\b1099\b",
        "1099",
        not_after=r"[\s-]*(?:forms?|reporting|filing|processing|preparation|specialist|clerk|compliance)\b",
    ),
    phrase(
        r"\bself-?employ(?:ed|ment)\b",
        "self-employment",
        not_after=r"\s*(?:tax|taxes|income|earnings|schedules?|returns?|health insurance)\b",
    ),
    phrase(r"\bbe your own boss\b|\bowner[- ]operators?\b", "self-employment"),
)


@rule(
    id="self-employment",
    title="Self-employment / independent contractor: not entered, may be posted",
    citation=f"{MANUAL}, Employer Request for Workers without Placing Bona Fide Job Orders (Self-Employment Opportunities)",
    severity="not_entered",
    examples=(
        "Independent contractor, paid on a 1099",
        "Owner-operator drivers",
        "Not triggered: 'W-2 employee, not 1099'; '1099 processing clerk'",
    ),
)
def self_employment(order: dict, as_of: dt.date) -> Outcome:
    """A self-employment opportunity (the worker functions independently of the firm) is not entered as a job
    order; the firm's information may be posted in the job center for up to 60 days (parameter
    ``joborders.entry_self_employment_posting_days``) with the manual's self-employment notice, initialed and
    dated by a supervisor before posting, and activity from it is never a referral or placement."""
    if order["employment_type"] == "independent_contractor":
        field_name, matched = "employment_type", "independent_contractor"
    elif _answered(order, "paid_on_w2", False):
        field_name, matched = "answers.paid_on_w2", "no"
    elif _answered(order, "paid_on_w2", True):
        return [], []  # the employer states a W-2 employment relationship; text alone does not overrule it
    else:
        hits = find_hits(order_texts(order), SELF_EMPLOYMENT_PHRASES)
        if not hits:
            return [], []
        field_name, matched = hits[0].field, hits[0].matched
    days = dated_param("joborders.entry_self_employment_posting_days", as_of=as_of)
    return (
        [
            _finding(
                "self-employment",
                C.ANSWER_MESSAGES["self-employment"].format(days=days)
                if field_name.startswith("answers.")
                else C.MESSAGES["self-employment"].format(matched=matched, days=days),
                field=field_name,
                matched=matched,
            )
        ],
        [C.SELF_EMPLOYMENT_NOTICE, C.NOTICES["self-employment-posting"].format(days=days)],
    )


# --------------------------------------------------------------------------------------------------------
# Suspected fraud (manual: Suspected Fraudulent Job Orders; Illegitimate offers)
# --------------------------------------------------------------------------------------------------------
_NON_BUSINESS_PLACE = (
    r"(?:hotel|motel|starbucks|coffee shop|parking lot|truck stop|my home|my house|apartment|restaurant lobby)"
)
_CHAT = r"(?:telegram|whats ?app|wickr|google hangouts|hangouts|kik|signal app|facebook messenger|online chat|chat app|instant messag(?:e|ing)|discord)"
_PERSONAL_FINANCE = r"(?:bank account|routing|account number|social security|ssn|credit card|debit card|online banking)"
FRAUD_PHRASES = (
    phrase(
        rf"\b(?:interview(?:s|ed|ing)?|meet (?:us|me|with (?:the |our |a )?(?:recruiter|manager|hiring manager|team))|meeting (?:will be )?held)\b[^.;!?\n]{{0,40}}?\b{_NON_BUSINESS_PLACE}\b",
        "meeting at a hotel or non-business address",
    ),
    phrase(
        r"\b(?:receive|be sent|send you|mail you|get|sent)\b[^.;!?\n]{0,30}?\bcashier'?s? che(?:ck|que)s?\b|\b(?:deposit|cash) (?:the |a )?checks? (?:and|then) (?:send|wire|forward)\b|\bwire (?:the |any )?(?:remaining |extra )?(?:funds|money|balance)\b|\b(?:buy|purchase) gift cards\b",
        "cashier's checks / money transfers",
    ),
    phrase(
        rf"\b(?:interview(?:s|ed|ing)?|apply|application|contact|message|text|reach)\b[^.;!?\n]{{0,40}}?\b{_CHAT}\b",
        "interview or application through an online chat",
    ),
    phrase(
        r"\bget rich (?:quick|fast)\b|\b(?:make|earn) (?:easy |fast |quick )?(?:money|cash) (?:fast|quick|quickly|overnight)\b|\b(?:earn|make) \$\s?\d[\d,]*\+? (?:a|per|every) (?:day|week)\b[^.;!?\n]{0,30}\b(?:from home|guaranteed)\b",
        "get rich quick",
    ),
    phrase(
        rf"\b(?:send|provide|submit|include|email|text|give)\b (?:us |me )?(?:with )?(?:your|a copy of your|a photo of your) (?:\w+ ){{0,2}}?{_PERSONAL_FINANCE}",
        "bank account or SSN asked for up front",
    ),
    phrase(
        r"\b(?:bank account|routing number|social security number|ssn|credit card)(?: details| information| info| number)? (?:is |are )?(?:required|needed) (?:to apply|with (?:your |the )?application|before (?:the )?interview|up ?front)\b",
        "bank account or SSN asked for up front",
    ),
    phrase(
        r"\breship(?:ping|per)?\b|\bpackage (?:forwarding|reshipping)\b|\breceive (?:and|&) (?:re)?ship packages\b",
        "reshipping packages",
    ),
)
# Read only in the application instructions: naming a chat app there is itself an unusual application method.
FRAUD_INSTRUCTION_PHRASES = (
    phrase(r"\b(?:telegram|whats ?app|wickr|google hangouts|kik)\b", "interview or application through an online chat"),
)


@rule(
    id="suspected-fraud",
    title="Suspected fraudulent order: hold and CSU investigation",
    citation=f"{MANUAL}, Suspected Fraudulent Job Orders; Employer Request for Workers without Placing Bona Fide Job Orders (Illegitimate offers)",
    severity="hold",
    examples=(
        "Interview at the Motel 6 lobby",
        "You will receive a cashier's check",
        "Interview via Telegram; send your bank account number to apply",
        "Not triggered: 'we will never ask for your bank account'; hotel housekeeper interviewed at the hotel",
    ),
)
def suspected_fraud(order: dict, as_of: dt.date) -> Outcome:
    """Unusual application methods, meetings at hotels or non-business addresses, cashier's checks, interviews
    over online chat, get-rich-quick offers and requests for bank or SSN details up front: the supervisor puts
    the order on a temporary hold and contacts CSU. A hotel employer (name, title or NAICS 7211) interviewing at
    its hotel, or interviews "onsite at the hotel", are not flagged."""
    hotel_employer = (order["naics"] or "").startswith("7211") or bool(
        re.search(
            r"\b(?:hotel|motel|inn|resort|suites)\b", f"{order['employer']['name']} {order['title']}", re.IGNORECASE
        )
    )
    hits = find_hits(order_texts(order), FRAUD_PHRASES)
    hits += find_hits(order_texts(order, ("application_instructions",)), FRAUD_INSTRUCTION_PHRASES)
    if hotel_employer:
        hits = [h for h in hits if h.phrase.label != "meeting at a hotel or non-business address"]
    hits = [
        h
        for h in hits
        if not re.search(r"\b(?:on-?site|on site|our (?:hotel|motel)|the property)\b", h.matched, re.IGNORECASE)
    ]
    hits = _first_per_label(hits)
    if not hits:
        return [], []
    return (
        [
            _finding(
                "suspected-fraud",
                C.MESSAGES["suspected-fraud"].format(reason=h.phrase.label, matched=h.matched),
                field=h.field,
                matched=h.matched,
            )
            for h in hits
        ],
        [C.NOTICES["suspected-fraud"]],
    )


# Rules kept in their own modules register themselves on import (after the rules above).
from jobcenter.compliance.screening import rules_h2a  # noqa: E402, F401
from jobcenter.compliance.screening import wording as _wording  # noqa: E402

_wording._extend(sys.modules[__name__])
