"""Seventh pass on real-world wording (issue #9, seventh session). Written after ``heldout_sixth`` became training
data, **precision first**: its seven false flags were lawful postings refused or held, so each is removed by a
general lawful context (a kind, with its legal reason), then its misses by a family per *kind* of miss (the clause
mechanism), not their phrases. ``heldout_seventh`` is never read. Each context and family has a hit and a lawful
near-miss in other words in ``tests/test_wording_indirect3.py``.

General lawful contexts (a false flag removed by its kind):

* Piece-rate pay of an employee (29 CFR 778.111 piece rates are wages; manual: Self-Employment and Independent
  Contractor Postings is about postings with no employment relationship): pay per mile, per visit or per task in a
  sentence that states W-2 or employee status, a company vehicle, a guaranteed minimum, or the employer reimbursing
  the worker's mileage, is not self-employment.
* Union membership left to the worker (29 U.S.C. 157, 158(a)(3); manual: Job Orders with Union or Non-Union
  Specifications): "your choice", "up to you", "you do not need to be a member" are not a membership condition (a union
  that "represents" the workers is not enough: "not represented by a union" is a condition).
* Testing for a drug is not dealing in it (21 U.S.C. 812/841; the manual's drug section concerns work in a business
  unlawful under federal law): a substance named as a test panel, specimen or metabolite, or in a toxicology lab's
  sentence, is not a cannabis business.
* A fee for a school or course with a job promised after it is a **charge** to the applicant (20 CFR 651.10 "Fee";
  manual: Job Orders Involving a Charge), not the "guaranteed" income of a get-rich-quick fraud; the charge family
  below flags it.
* A salesperson who "works" or "generates" their own leads describes commission sales (self-employment when it is
  1099), not an employer asking applicants for their contacts (the "sales leads" kind of not-bona-fide).

Families (the misses of ``heldout_sixth`` by kind):

* discriminatory (42 U.S.C. 2000e-2(a) sex; 29 CFR 1604.4 and 1604.2(a)(1)(i); 42 U.S.C. 2000e-2(a) religion;
  8 U.S.C. 1324b(a)(1) citizenship status; national origin; RSMo 213.055): a job "perfect for" or "ideal for" one
  sex; one sex "preferred"; a faith preferred by a secular employer, or a church home asked for; citizenship of the
  United States said in other words; applicants from a named country or region refused.
* applicant-charge (20 CFR 651.10; manual: Job Orders Involving a Charge): equipment or a costume the worker must
  rent or buy from the employer; a school or course the applicant pays for with the job on the other side.
* suspected-fraud (manual: Suspected Fraudulent Job Orders): gift cards bought and their codes sent; a check mailed,
  part kept, the rest sent on (across sentences); interviews on a messaging app with no call.
* union-membership-condition (29 U.S.C. 158(a)(3)): membership in a requirements list; membership checked with the
  hall before an offer.
* not-bona-fide (manual: Employer Request for Workers Without Placing Bona Fide Job Orders; 20 CFR 653.501):
  nothing available now with names or resumes taken for later; a crew that is full; hiring "if and when";
  positions that do not exist yet; hiring that depends on a client, a deal or a project's permits.
* visa-h2a (20 CFR 655 subpart B): the clearance order of an application for temporary foreign agricultural
  workers.
"""

from __future__ import annotations

from jobcenter.compliance.screening.text import phrase
from jobcenter.compliance.screening.wording_clauses import _AMOUNT, _EMPLOYER_PAYS, _UNION_LAWFUL, clause
from jobcenter.compliance.screening.wording_indirect import _with
from jobcenter.compliance.screening.wording_indirect2 import _REFUSE2

# --- general lawful contexts --------------------------------------------------------------------------------------
_EMPLOYEE_PIECE_RATE = (
    r"\b(?:w-?2|(?:an? |our |company |hourly |full-time |part-time )employees?|on (?:our |the )?payroll"
    r"|company[- ](?:owned|provided|issued)|company (?:truck|tractor|vehicle|van|car)"
    r"|(?:weekly |daily |hourly )?minimum (?:guarantee|pay)|guarantee\w* (?:a |an )?(?:weekly |daily )?minimum"
    r"|mileage reimburse\w*|reimburs\w* (?:for |your )?(?:mileage|miles|gas|fuel)|we pay (?:drive|travel) time)\b"
)
_PIECE_RATE_LABELS = ("paid per task", "own tools and vehicle, paid per task")
_MEMBERSHIP_LEFT_TO_WORKER = (
    r"\b(?:(?:entirely |completely |totally )?(?:your|their|the worker's|the employee's) (?:own )?(?:choice|decision|call)"
    r"|up to (?:you|them|each (?:worker|employee|person))|(?:do not|don't|does not|doesn't|never|will not|won't) (?:need|have) to (?:be|join|become)"
    r"|need not (?:be|join|become))\b"
)
_DRUG_TESTED_AFTER = r"\s*(?:panels?|metabolites?|specimens?|samples?|screens?|levels?|detection|positives?)\b"
_DRUG_TESTING_SENTENCE = (
    r"\b(?:toxicolog\w*|chain of custody|specimen collect\w*|drug[- ]testing (?:lab|laborator\w*))\b"
)
_SCHOOL = r"\b(?:school|academy|course|class(?:es)?|training program|program(?:me)?|tuition|bootcamp|boot camp)\b"
_JOB_AFTER = (
    r"\bguarantee\w* (?:a |an |you )?(?:job|position|placement|hire|spot)\b|\bjob (?:is )?guarantee\w*\b"
    r"|\b(?:hired|a job|a position) (?:when|after|once|upon|as soon as) (?:you )?(?:graduate|complete|finish|pass)\w*\b"
)
_GET_RICH_LABEL = "get rich quick"
_WORK_OWN_LEADS = r"\b(?:work|works|working|run|generate|generating|find|chase|follow up on|close|source)\b"

# --- discriminatory -----------------------------------------------------------------------------------------------
_ONE_SEX_FIT = (
    r"\b(?:perfect|ideal|great|made|suited|just right) for (?:(?:busy|stay[- ]at[- ]home|young|working|single) )?"
    r"(?:moms|mothers|mums|housewives|wives|ladies|women|gals|girls|men|guys|dads|fathers|husbands)\b"
)
_ONE_SEX_PREFERRED = (
    r"\b(?:men|males?|women|females?|ladies|gals|guys|a (?:man|woman|guy|gal|lady))\b (?:(?:are|is) )?(?:strongly |highly )?"
    r"(?:preferred|wanted|desired)\b|\bprefer (?:a )?(?:men|males?|women|females?|ladies|guys|gals|a (?:man|woman|guy|gal|lady))\b"
)
_ONE_SEX_LAWFUL = r"\b(?:regardless|welcome\w*|encourag\w*|both|all genders|equal opportunity|locker room|restroom|(?:men'?s|women'?s) (?:shelter|clothing|locker|department|team|prison|dorm))\b"
_FAITH_PREFERRED = (
    r"\b(?:christian|catholic|muslim|jewish|hindu|mormon|lds|evangelical|baptist|protestant|believing)s? "
    r"(?:applicants?|candidates?|workers?|people|employees|staff|folks|only|preferred)\b"
    r"|\b(?:list|name|tell us|give|provide|include|share) (?:your |the name of your )?(?:home )?(?:church|parish|congregation|pastor)(?: home)?\b"
    r"|\bchurch home\b"
)
_FAITH_LAWFUL = (
    r"\b(?:our|this|the) (?:church|parish|congregation|ministry|diocese|synagogue|mosque|temple|seminary)\b(?! home)"
    r"|\b(?:pastor|minister|chaplain|priest|rabbi|imam|worship leader)s? (?:position|role|job|opening)\b|\b(?:regardless|welcome\w*|all faiths|any faith|voluntary|optional)\b"
)
_US_CITIZENS = (
    r"\bcitizens? of (?:the )?(?:u\.?s\.?a?\.?|united states(?: of america)?|america)\b|\bamerican[- ]born\b"
    r"|\b(?:only|must be) (?:americans?|us-?born)\b"
)
_US_CITIZENS_LAWFUL = r"\b(?:clearance|itar|export|federal (?:law|position|job|agency)|required by law|by law|civil service|law enforcement|police|sworn)\b"
_COUNTRY = (
    r"(?:mexico|central america|south america|latin america|the caribbean|africa|asia|the middle east|india|china|"
    r"pakistan|the philippines|russia|eastern europe|haiti|cuba|somalia|vietnam|korea|guatemala|honduras|el salvador|"
    r"venezuela|colombia|nigeria|iran|iraq|syria|afghanistan|puerto rico|overseas|abroad|another country|other countries)"
)
_FROM_COUNTRY = (
    rf"\bno (?:one|body|applicants?|candidates?|workers?|people|persons?|hires|folks)(?: who (?:are|is|come)| originally)? from {_COUNTRY}\b"
    rf"|\b(?:applicants?|candidates?|workers?|people|persons?|anyone|folks) (?:who (?:are|is|come) )?(?:originally )?from {_COUNTRY}\b"
)
_FROM_COUNTRY_LAWFUL = r"\b(?:welcome\w*|encourag\w*|regardless|all countries|any country|relocat\w*|visa|sponsor\w*|remote|time zones?|travel)\b"

# --- applicant-charge ---------------------------------------------------------------------------------------------
_RENTED_OR_BOUGHT_FROM_US = (
    r"\b(?:rent|rents|renting|lease|leases|buy|buys|purchase|purchases)\b (?:a |an |the |their |your )?(?:required |own )?"
    r"(?:\w+ ){0,2}(?:scanner|handheld|device|tablet|phone|radio|costume|outfit|wardrobe|uniform|apron|shoes|tools?|kit|equipment|vest|helmet|knives|knife set|badge)s?\b"
    r"|\b(?:scanner|handheld|device|tablet|radio|costume|outfit|uniform|equipment|tool|kit)s? (?:rental|lease|fee|deposit)\b"
)
_CHARGED_WHEN = (
    r"\b(?:from (?:us|the company|our store)|collected|deducted|due|payable|before (?:your|the|their) first|at orientation"
    r"|required (?:to work|for (?:the|this) (?:job|role|shift))|must)\b"
)

# --- suspected-fraud ----------------------------------------------------------------------------------------------
_GIFT_CARDS = r"\b(?:buy|purchase|pick up|get)\w* (?:\w+ ){0,3}(?:gift ?cards?|prepaid cards?|itunes cards?|google play cards?|steam cards?|vanilla cards?)\b"
_CODES_SENT = r"\b(?:codes?|card numbers?|pins?|photos? of (?:the )?(?:back|cards?|codes?)|scratch\w*)\b"
_CHECK_MAILED = r"\b(?:mail|send|ship|overnight|give)\w* you (?:a |an )?(?:check|cheque|money order|cashier'?s check)\b"
_KEEP_PART = r"\bkeep (?:\$\s?\d[\d,]*|a portion|part|your (?:pay|fee|commission|share)|\d+ ?%)\b"
_REST_SENT = r"\b(?:rest|remainder|balance|remaining (?:funds|amount|money))\b(?:\W+\w+){0,12}?\W+(?:send|sending|sent|wire|wiring|transfer\w*|forward\w*|deposit\w*|pay\w*)\b|\b(?:send|sending|wire|transfer|forward)\w* (?:the )?(?:rest|remainder|balance)\b"
_CHAT_APP = (
    r"\b(?:signal|telegram|whatsapp|wickr|wire app|google (?:chat|hangouts)|hangouts|skype chat|kik|teams chat)\b"
)
_INTERVIEW = r"\binterview\w*\b|\boffer letters?\b|\bhiring (?:process|manager)\b"
_NO_CALL = r"\bno (?:phone|video|voice|in-person)(?: or (?:phone|video|voice|in-person))? (?:calls?|interviews?|meetings?)\b|\b(?:chat|text)[- ]only\b|\b(?:all|entirely|only|exclusively|solely) (?:\w+ ){0,3}(?:through|via|on|over|in) (?:the )?(?:\w+ )?chat\b"

_CHAT_ONLY = clause(_CHAT_APP, _INTERVIEW, r"\bonly\b|\ball\b|\bexclusively\b|\bsolely\b")

# --- union --------------------------------------------------------------------------------------------------------
_UNION_NAMED = r"\b(?:local (?:no\.? ?)?\d+|the (?:union )?hall|union|ibew|smart|uaw|teamsters|seiu|ufcw|iatse|liuna|ua|iuoe|carpenters|plumbers|pipefitters|ironworkers)\b"
_MEMBER_STATUS = r"\b(?:active|current|paid-up|good standing|membership status|member status|membership|dues)\b"
_REQUIRED_OR_CHECKED = r"\brequirements?\b|\brequired\b|\bmust\b|\bcheck\w* (?:\w+ ){0,3}(?:with|through)\b|\bverif\w*\b|\bconfirm\w*\b|\bbefore (?:making |extending |we make )?(?:any |an |the )?offers?\b"
_UNION_VOLUNTARY = r"\b(?:optional|voluntary|welcome\w*|regardless|not (?:a )?(?:requirement|required|condition)|whether or not|free to|your choice|never (?:asked|checked))\b"

# --- not bona fide ------------------------------------------------------------------------------------------------
_NOTHING_NOW = (
    r"\b(?:no|not any) (?:jobs?|work|positions?|openings?|spots?|roles?|hiring) (?:available |open )?(?:right now|at the moment|currently|today|at this time|exist)\b"
    r"|\bnothing (?:is )?(?:available|open) (?:today|right now|now|at the moment|at this time|currently)\b"
    r"|\b(?:crew|team|staff|roster|shop) is (?:full|complete)\b"
    r"|\bno (?:positions?|jobs?|openings?|roles?) (?:exist|are open|are available)(?: yet)?\b|\b(?:positions?|jobs?|openings?|roles?) (?:do not|don't) (?:exist|exist yet)\b"
)
_FOR_LATER = (
    r"\b(?:later|later on|next (?:season|year|spring|summer|fall|month)|the future|future|if and when|when we start|ahead of time"
    r"|in case|taking names|take (?:your )?names|on (?:our|the|a) list|send (?:ur|your) (?:resume|info)|leave your (?:contact|name|info|number)"
    r"|reach out|no promises|might|may|depend\w*)\b"
)
_STILL_OPEN = r"\b(?:open now|hiring now|now hiring|start (?:now|immediately|today|monday|asap)|immediate\w*|we need|currently hiring|apply today for (?:our|the|this) open)\b"
_IF_AND_WHEN = r"\bif and when (?:we|it|they|the \w+) (?:start|begin|resume|get|gets|goes|go|need|are|is)\b"
_DEPENDS = r"\b(?:whether we hire|(?:hiring|openings?|positions?|jobs?|the project|work|start date) (?:depends|is dependent|hinges|rests) (?:up)?on|depending on)\b"
_OUTSIDE_EVENT = (
    r"\b(?:client|customer|deal|contract|permits?|funding|financing|approval|award|bid|grant|account|investors?)\b"
)

# --- visa ---------------------------------------------------------------------------------------------------------
_H2A_CLEARANCE = r"\b(?:application|petition|request)s? for (?:temporary )?(?:foreign|nonimmigrant|guest) (?:agricultural|farm|ag)(?: labor)? workers\b|\btemporary foreign (?:agricultural|farm) (?:workers|labor)\b"

INDIRECT3 = {
    "DISCRIMINATION_PHRASES": (
        phrase(clause(_ONE_SEX_FIT, veto=_ONE_SEX_LAWFUL), "sex (a job fit for one sex)", negatable=False),
        phrase(clause(_ONE_SEX_PREFERRED, veto=_ONE_SEX_LAWFUL), "sex (one sex preferred)", negatable=False),
        phrase(
            clause(_FAITH_PREFERRED, veto=_FAITH_LAWFUL), "religion (a faith preferred or asked for)", negatable=False
        ),
        phrase(
            clause(_US_CITIZENS, veto=_US_CITIZENS_LAWFUL), "citizenship status (citizens of the U.S.)", negatable=False
        ),
        phrase(
            clause(
                _FROM_COUNTRY,
                rf"{_REFUSE2}|\bno (?:one|body|applicants?|candidates?|workers?|people|persons?|hires|folks)\b|\bplease\b|\bonly\b",
                veto=_FROM_COUNTRY_LAWFUL,
            ),
            "national origin (applicants from a country refused)",
            negatable=False,
        ),
    ),
    "CHARGE_PHRASES": (
        phrase(
            clause(_AMOUNT, _RENTED_OR_BOUGHT_FROM_US, _CHARGED_WHEN, veto=_EMPLOYER_PAYS),
            "applicant pays (equipment or dress rented or bought from the employer)",
            negatable=False,
        ),
        phrase(
            clause(_AMOUNT, _SCHOOL, _JOB_AFTER, veto=_EMPLOYER_PAYS),
            "applicant pays (a school with a job promised after it)",
            negatable=False,
        ),
    ),
    "FRAUD_PHRASES": (
        phrase(clause(_GIFT_CARDS, _CODES_SENT), "gift cards bought and their codes sent", negatable=False),
        phrase(
            rf"{_CHECK_MAILED}[^\n]{{0,160}}?{_KEEP_PART}[^\n]{{0,160}}?(?:{_REST_SENT})",
            "fake check, the rest sent on",
            negatable=False,
        ),
        phrase(
            rf"(?:{_CHAT_APP})[^\n]{{0,120}}?(?:{_NO_CALL})|(?:{_NO_CALL})[^\n]{{0,120}}?(?:{_CHAT_APP})|{_CHAT_ONLY}",
            "interview or application through an online chat",
            negatable=False,
        ),
    ),
    "UNION_PHRASES": (
        phrase(
            clause(
                _UNION_NAMED,
                _MEMBER_STATUS,
                _REQUIRED_OR_CHECKED,
                veto=rf"{_UNION_VOLUNTARY}|{_MEMBERSHIP_LEFT_TO_WORKER}|{_UNION_LAWFUL}",
            ),
            "union membership or non-membership as a condition (membership required or checked)",
            negatable=False,
        ),
    ),
    "NOT_BONA_FIDE_PHRASES": (
        phrase(clause(_NOTHING_NOW, _FOR_LATER, veto=_STILL_OPEN), "no opening now", negatable=False),
        phrase(
            rf"(?:{_NOTHING_NOW})[^\n]{{0,200}}?(?:{_FOR_LATER})|(?:{_FOR_LATER})[^\n]{{0,200}}?(?:{_NOTHING_NOW})",
            "no opening now",
            negatable=False,
            not_in_sentence=_STILL_OPEN,
        ),
        phrase(
            clause(_IF_AND_WHEN, r"\bhir\w*|\bstart\w*|\bwork\b|\bneed\b", veto=_STILL_OPEN),
            "opening contingent on a future event",
            negatable=False,
        ),
        phrase(
            clause(_DEPENDS, _OUTSIDE_EVENT, veto=_STILL_OPEN), "opening contingent on a future event", negatable=False
        ),
    ),
}

VISA3 = {
    "H-2A": (
        phrase(
            clause(_H2A_CLEARANCE, veto=r"\bno (?:visas?|foreign)\b|\bnon-?(?:agricultural|farm|ag)\b"),
            "H-2A in plain words",
        ),
    )
}


def extend(module) -> None:
    """Add the families to the rules' phrase lists (``rules.py`` calls this after ``wording_indirect2.extend``),
    and the general lawful contexts above to the phrases they concern."""
    module.SELF_EMPLOYMENT_PHRASES = tuple(
        _with(p, sentence=_EMPLOYEE_PIECE_RATE) if p.label in _PIECE_RATE_LABELS else p
        for p in module.SELF_EMPLOYMENT_PHRASES
    )
    module.UNION_PHRASES = tuple(_with(p, sentence=_MEMBERSHIP_LEFT_TO_WORKER) for p in module.UNION_PHRASES)
    module.DRUG_PHRASES = tuple(
        _with(p, after=_DRUG_TESTED_AFTER, sentence=_DRUG_TESTING_SENTENCE) for p in module.DRUG_PHRASES
    )
    module.FRAUD_PHRASES = tuple(
        _with(p, sentence=rf"{_SCHOOL}[^.!?\n]*{_AMOUNT}|{_AMOUNT}[^.!?\n]*{_SCHOOL}")
        if p.label == _GET_RICH_LABEL
        else p
        for p in module.FRAUD_PHRASES
    )
    module.NOT_BONA_FIDE_PHRASES = tuple(
        _with(p, before=_WORK_OWN_LEADS) if p.label == "sales leads" else p for p in module.NOT_BONA_FIDE_PHRASES
    )
    for name, phrases in INDIRECT3.items():
        setattr(module, name, getattr(module, name) + phrases)
    for program, phrases in VISA3.items():
        module.VISA_TEXT[program] = module.VISA_TEXT[program] + phrases
