"""Screening rules, second part (split from ``rules.py``, which imports this module after its own rules so that
``RULES`` keeps its order): discriminatory requirements, hiring requirements and notices, wages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jobcenter.compliance.minimum_wage import applicable_minimum_wage
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening import wording as _wording
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.rules import (
    MANUAL,
    Outcome,
    _finding,
    _first_per_label,
    rule,
)
from jobcenter.compliance.screening.text import find_hits, order_texts, phrase
from jobcenter.core.parameters import ParameterError, get_parameter

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
    from jobcenter.compliance.screening.rules_offers import _is_youth_order  # defined with the youth rule

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
