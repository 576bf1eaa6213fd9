"""Screening rules, third part (split from ``rules.py``, imported after ``rules_people`` so that ``RULES`` keeps its
order): charges to applicants, pre-hire requirements, youth, orders not bona fide, self-employment, fraud."""

from __future__ import annotations

import datetime as dt
import re

from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening import wording as _wording
from jobcenter.compliance.screening.inputs import special_category_table
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.rules import (
    MANUAL,
    Outcome,
    _answer_finding,
    _answered,
    _finding,
    _first_per_label,
    rule,
)
from jobcenter.compliance.screening.text import find_hits, order_texts, phrase

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
    phrase(
        r"\bindependent contractors?\b|\bcontractor status\b",
        "independent contractor",
        not_before=r"\b(?:advises?|advising|serves?|serving|clients? (?:are|include)|issue \w+ (?:forms? )?to(?: our)?)\b",
    ),
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
_HOTEL_JOB = (  # the job itself is at a hotel: "Hotel front desk agent", "housekeeper at the resort"
    r"\b(?:hotel|motel|resort)\b[^.;]{0,30}\b(?:front desk|housekeep\w*|night audit\w*|bell\w*|concierge|guest services|"
    r"room attendants?|banquet\w*)\b|\b(?:front desk|housekeep\w*|night audit\w*|concierge|guest services|room attendants?)"
    r"\b[^.;]{0,30}\b(?:at|for) (?:the |a |our )?(?:hotel|motel|resort)\b"
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
        # reshipping orders at the employer's own warehouse is ordinary shipping work
        not_in_sentence=_wording.EMPLOYER_PREMISES,
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
    hotel_employer = (
        (order["naics"] or "").startswith("7211")
        or bool(
            re.search(
                r"\b(?:hotel|motel|inn|resort|suites)\b",
                f"{order['employer']['name']} {order['title']}",
                re.IGNORECASE,
            )
        )
        or bool(re.search(_HOTEL_JOB, order.get("description") or "", re.IGNORECASE))
    )
    hits = find_hits(order_texts(order), FRAUD_PHRASES)
    hits += find_hits(order_texts(order, ("application_instructions",)), FRAUD_INSTRUCTION_PHRASES)
    if hotel_employer:
        hits = [h for h in hits if h.phrase.label != "meeting at a hotel or non-business address"]
    hits = [
        h
        for h in hits
        if not re.search(
            r"\b(?:on-?site|on site|our (?:hotel|motel|truck stop|coffee shop|restaurant)|the property)\b",
            h.matched,
            re.IGNORECASE,
        )
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
