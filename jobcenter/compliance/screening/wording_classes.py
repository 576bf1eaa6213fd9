"""Third pass on real-world wording (issue #9, third session): families built from *semantic classes* (who pays
x a money word x before hire; an age above 40 or a graduation-year limit; a document only a citizen has; "no
openings" x time; contractor terms; fraud signs), not from one text's words. Written after every earlier corpus
file became training data and before the third held-out set ``heldout_third.jsonl`` was added (never read).

Each family names its manual section (seed manual, Job Orders through Discontinuation of Services) or law; each
has a text that must hit and a near-miss that must pass in ``tests/test_wording_classes.py``:

* applicant-charge (manual: Job Orders Requiring Applicants to Pay Fees; 20 CFR 651.10 "Fee"): the applicant as
  the one who pays/buys/brings money, with a before-hire marker; an amount "payable by the candidate"; tuition or
  a starter collection bought to start. The employer paying, a wage ("$18 an hour") or tuition *reimbursement*
  do not hit.
* not-bona-fide (manual: Job Orders Not Bona Fide; 20 CFR 653.501): an applicant database or on-call roster for
  the future, "if and when a position becomes available", hiring in anticipation of a contract, "no openings
  right now". A text that says the position is open now passes (``wording.states_open_now``, in the rule).
* self-employment (manual: Self-Employment and Independent Contractor Postings): the applicant's own EIN,
  business license or liability policy; payments made per project or job.
* suspected-fraud (manual: Suspected Violations in the Job Order, fraud): reshipping packages from home; depositing
  the employer's check and sending the money on; bank or identity data asked for at the interview or with the
  application; meetings at rest areas, truck stops or parking lots.
* discriminatory (29 CFR 1625.4(a) age; 8 U.S.C. 1324b(a)(1),(6) citizenship and document abuse; 29 CFR
  1606.7 language): applicants over an age from 40 to 69 refused (upper limits stay with the existing age-limit
  rule and its protected-range parameter); graduation-year limits;
  a U.S. birth certificate or passport demanded as the only document; refusing work-authorization documents;
  native speakers only.
* union-membership-condition (manual: Job Orders with Union or Non-Union Specifications; 29 U.S.C. 158(a)(3)):
  a non-union pledge; proof of a union's membership or belonging to it before hire; a promise not to take part
  in organizing; a preference for no union history; union members or affiliates refused.
* labor-dispute-mentioned (manual: Job Orders and Labor Disputes; 20 CFR 652.9(c)): strike coverage or staffing.

A second round (same citations) came from a probe of new wording written for the purpose (39 violations, 24
lawful texts; not corpus texts): the before-hire marker first ("Before your first day, trainees buy ..."), the
applicant "responsible for" a cost, openings that "will open once" something happens, "not currently filling",
the fake-check scheme ("keep the rest as your pay"), a promise not to become a union member, union involvement as
a reason to refuse.
"""

from __future__ import annotations

from jobcenter.compliance.screening.text import phrase

_APPLICANT = r"(?:you|applicants?|candidates?|workers|drivers|each (?:applicant|candidate|hire|recruit)|every (?:new )?(?:applicant|candidate|hire|consultant|driver|trainee|recruit)|new (?:hires?|consultants?|recruits?)|trainees?|recruits?)"
_PAY_VERB = r"(?:pay|pays|prepay|buy|buys|purchase|purchases|bring|brings|cover|covers|owe|owes|be charged|is charged|are charged|be billed)"
_BEFORE_HIRE = r"(?:before (?:you|your|hire|hiring|being|starting|the first|placement|orientation|training|we|they|an? (?:offer|interview))|prior to (?:hire|hiring|start\w*|placement|orientation|the interview)|up ?front|in advance|at enrollment|to (?:start|get started|be hired|be placed|begin|apply))"
_MONEY = r"(?:\$\s?\d[\d,]*(?:\.\d\d)?(?![\d,.]*\s*(?:an?|per|/|each|every)\s*(?:hour|hr|week|wk|month|year|day|shift|mile|load|delivery|visit))|\b(?:money order|cashier'?s check|cash|fee|tuition|(?<!direct )deposit|payment)\b)"
_EMPLOYER_AGENT = r"\b(?:we|us|our company|the employer|the company|employer|company)\b(?:\s+\w+){0,2}"
_GAP = r"(?:(?!\b(?:nothing|no|not|never|free|we|us|employer|company|reimburs\w*|refund\w*|provided|included|supplied|after)\b)[^.;])"
_UNIONS = r"(?:unions?|labor (?:organizations?|unions?)|organized labor|local \d+|the hall|teamsters|ibew|seiu|ufcw|afscme|uaw|iatse|carpenters(?: union)?|electricians'? union|operating engineers|pipefitters|boilermakers|ironworkers)"
_OUT = r"(?:not (?:be )?a (?:good )?fit|need not apply|should not apply|do not apply|not (?:be )?considered|(?:are |is )?ineligible|disqualif\w*|screen(?:ed)? (?:them |you )?out|not eligible|will not be (?:hired|referred|interviewed))"
_HOME = r"(?:(?:your|their) (?:own )?(?:home|house|residence|apartment|address)|home address|from home|at home)"
_TAKE_IN = r"(?:receiv\w*|accept\w*|collect\w*|take in|sign for|inspect\w*|repackag\w*|relabel\w*)"
_GOODS = r"(?:packages?|parcels?|merchandise|shipments?|boxes|deliveries|goods|items)"
_ONWARD = r"(?:re-?ship\w*|forward\w*|relabel\w*|re-?label\w*|repackag\w*|overseas|abroad|international (?:buyers|clients|address))"
_DATA = r"(?:social security card|bank (?:account|routing)(?: number| details| information)?|routing number|voided check|debit card|credit card|online banking|bank login)"

CHARGE = (
    phrase(
        rf"\b{_APPLICANT}\b(?: \w+){{0,3}} {_PAY_VERB}\b{_GAP}{{0,60}}{_MONEY}{_GAP}{{0,80}}\b{_BEFORE_HIRE}",
        "applicant pays before hire",
        not_before=_EMPLOYER_AGENT,
    ),
    phrase(
        rf"\b{_APPLICANT}\b(?: \w+){{0,3}} {_PAY_VERB}\b{_GAP}{{0,40}}\b{_BEFORE_HIRE}{_GAP}{{0,60}}{_MONEY}",
        "applicant pays before hire",
        not_before=_EMPLOYER_AGENT,
    ),
    phrase(
        rf"\b{_BEFORE_HIRE}[^.;]{{0,30}}\b{_APPLICANT}\b(?: \w+){{0,3}} {_PAY_VERB}\b{_GAP}{{0,60}}{_MONEY}",
        "applicant pays before hire",
        not_before=_EMPLOYER_AGENT,
    ),
    phrase(
        rf"\b{_APPLICANT} (?:are|is|will be) (?:solely )?(?:responsible|liable) for\b{_GAP}{{0,40}}(?:\$\s?\d|\b(?:the |all |any )?(?:fees?|costs?|charges?) (?:of|for)\b|\btuition\b)",
        "cost paid by the applicant",
    ),
    phrase(
        rf"\b(?:payable|paid|charged|billed|owed) (?:in (?:full|advance) )?by (?:the |each |every )?{_APPLICANT}\b",
        "cost payable by the applicant",
    ),
    phrase(
        r"\b(?:tuition|enrollment fee|registration fee|starter (?:kit|collection|package|inventory|set)|buy-?in)\b(?! (?:assistance|reimbursement|benefits?|help|support|aid|waiver|program))(?:(?!\b(?:free|provided|included|supplied|no|we|employer|company)\b)[^.;]){0,30}(?:\$\s?(?!0\b)\d|\bdue\b|\bpaid\b|\bpayable\b|\bcosts?\b)",
        "applicant pays before hire",
        not_before=rf"{_EMPLOYER_AGENT}|\b(?:free|no|waived|reimbursed|covered)\b",
        not_after=r"[^.;]{0,40}\b(?:reimburs\w*|assistance|by (?:us|the (?:company|employer|facility|hospital|clinic|agency|school|store))|covered by|at no cost|free|waived|refunded)",
    ),
    phrase(
        rf"\b(?:must|have to|need to|are required to) (?:be )?(?:buy|bought|purchase|purchased)\b[^.;]{{0,80}}\b{_BEFORE_HIRE}",
        "applicant pays before hire",
        not_before=_EMPLOYER_AGENT,
    ),
)

FUTURE = (
    phrase(
        r"\b(?:join|added? to|kept in|placed (?:in|on)|entered into|(?:posting|listing|ad|advertisement) is for)\b (?:our |the |an? )?(?:applicant|candidate|talent) (?:database|pool|bank|pipeline|file)\b|\b(?:applicant|candidate|talent) (?:database|pool|bank|pipeline)\b[^.;]{0,30}\bfuture\b|\bon-?call (?:roster|list|pool) for (?:when|future)\b",
        "applications kept for later openings",
    ),
    phrase(
        r"\bif (?:and|or) when (?:a |an |any )?(?:positions?|openings?|vacanc\w+|jobs?|something|a spot)\b|\bwhen we need (?:people|help|workers|staff)\b[^.;]{0,20}\bfuture\b",
        "applications kept for later openings",
    ),
    phrase(
        r"\b(?:positions?|openings?|jobs?|hiring|vacancies) (?:will|may|would|could|should|might) (?:open|begin|start|become available|be filled)\b[^.;]{0,25}\b(?:once|when|after|if|pending|as soon as|until)\b[^.;]{0,40}\b(?:approv\w*|fund\w*|award\w*|won|win|secur\w*|permits?|contracts?|grants?|financing|budget)\b|\bpending (?:approval|funding|the (?:contract|award|grant|permit))\b",
        "opening contingent on a future event",
    ),
    phrase(
        r"\bnot (?:currently |yet |actively )?(?:filling|recruiting for|hiring for)\b",
        "no opening now",
        negatable=False,
    ),
    phrase(
        r"\bin anticipation of (?:a |the |an |new )?(?:\w+ ){0,2}(?:contracts?|awards?|grants?|funding|bids?)\b",
        "hiring contingent on a future contract",
    ),
    phrase(
        r"\b(?:(?:do|does) not|don't|doesn't) (?:currently )?have (?:any )?(?:current |open |immediate )?(?:openings?|vacanc\w+|positions? (?:open|available))\b|\bno (?:current |open |immediate )?(?:openings?|vacancies|positions? available) (?:right now|at (?:this|the moment|present)|currently|today)\b",
        "no opening now",
        negatable=False,
    ),
)

SELF_EMPLOYED = (
    phrase(
        r"\b(?:your|their|his or her) own (?:ein|employer identification number|business licen[cs]e|llc|(?:general )?liability (?:insurance|policy))\b|\b(?:must|need to|required to|will need to) (?:have|hold|carry|provide|obtain|maintain|show)\b(?:(?!\b(?:our|the|company'?s|employer'?s|store'?s)\b)[^.;]){0,25}\b(?:ein|employer identification number|business licen[cs]e|llc|general liability (?:insurance|policy)|liability insurance policy)\b",
        "applicant's own business",
    ),
    phrase(
        r"\bpayments? (?:are |is )?(?:made|issued|sent) (?:per|by the|for each|on completion of each) (?:project|job|task|gig|assignment|contract)\b",
        "paid per job",
    ),
)

FRAUD = (
    phrase(
        rf"\b{_HOME}\b[^.;]{{0,60}}\b{_TAKE_IN}\b[^.;]{{0,20}}\b{_GOODS}\b[^.;]{{0,80}}\b{_ONWARD}",
        "reshipping from home",
    ),
    phrase(
        rf"\b{_TAKE_IN}\b[^.;]{{0,20}}\b{_GOODS}\b[^.;]{{0,60}}\b{_HOME}\b[^.;]{{0,80}}\b{_ONWARD}",
        "reshipping from home",
    ),
    phrase(
        r"\b(?:deposit\w*|cash\w*) (?:our|the company'?s|a|the|my|this) (?:check|cheque|money order)s?\b[^.;]{0,80}\b(?:send\w*|wir\w+|transfer\w*|forward\w*|buy\w* gift cards)\b",
        "deposit our check and send the money on",
    ),
    phrase(
        r"\b(?:send|mail|give|issue|deposit) (?:you )?(?:a |an )?(?:\w+ )?(?:check|cheque|payment)\b[^.;]{0,40}\b(?:to (?:buy|purchase|pay)|and (?:buy|purchase|send|wire|forward))\b|\bkeep the (?:rest|remainder|difference|balance|extra)\b[^.;]{0,30}\b(?:as|for) (?:your )?(?:first )?(?:pay|payment|wages?|salary|compensation|commission|fee)\b",
        "fake check: buy for us, keep the rest",
    ),
    phrase(
        rf"\b{_DATA}\b{_GAP}{{0,60}}\b(?:to|at|for|with|before) (?:the |your |our |a )?(?:group )?(?:interview|application|screening call|phone screen)\b|\b(?:interview|application)\b[^.;]{{0,40}}\b(?:bring|send|provide|submit|email|text)\b{_GAP}{{0,30}}\b{_DATA}\b",
        "bank or identity data asked up front",
    ),
    phrase(
        r"\b(?:meet|interview\w*|sign\w*|pick up)\b[^.;]{0,40}\b(?:at|in) (?:the |a )?(?:[\w'-]+ ){0,2}?(?:rest (?:area|stop)|truck stop|gas station|parking (?:lot|garage))\b",
        "meeting in a non-business place",
        not_after=r"\s*(?:office|booth|kiosk|entrance|(?:of|at|behind|beside|next to) (?:our|the company'?s?) (?:office|store|plant|warehouse|building|facility|headquarters))",
    ),
)

DISCRIMINATION = (
    phrase(
        rf"\b(?:applicants?|candidates?|anyone|those|people|workers|persons?)\b[^.;]{{0,15}}\b(?:over|above|older than|past) (?:the age of |age )?[4-6]\d\b[^.;]{{0,50}}\b{_OUT}",
        "age (over 40 refused)",
        negatable=False,
    ),
    phrase(
        r"\bgraduat\w+\b[^.;]{0,40}\b(?:in |from )?(?:(?:19|20)\d\d or (?:later|after|newer|more recently)|(?:after|since) (?:19|20)\d\d|within the (?:last|past) (?:\w+ )?years?)\b",
        "age (graduation-year limit)",
    ),
    phrase(
        r"\b(?:show|present|provide|bring|submit|produce)\w*\b[^.;]{0,25}\b(?:a |an |your )?(?:u\.?s\.?|united states|american) (?:birth certificate|passport)\b",
        "citizenship (document only a citizen has)",
        not_after=r"[^.;]{0,60}\b(?:or\b|travel|trips?|abroad|international|cross-border|clearance|i-9)",
    ),
    phrase(
        r"\b(?:do not|don't|will not|won't|cannot|can't|does not|doesn't) accept\b[^.;]{0,25}\b(?:eads?|ead cards?|employment authorization (?:documents?|cards?)|work permits?|green cards?|permanent resident cards?|visas?)\b",
        "citizenship (work authorization documents refused)",
        negatable=False,
    ),
    phrase(
        r"\bnative (?:english|speakers?)\b(?:(?!\bnot\b)[^.;]){0,15}\b(?:only|required|preferred)\b",
        "national origin (native speakers only)",
        not_after=r"\s*(?:not|is not|are not)\b",
    ),
    phrase(
        r"\b(?:esl|non-native) (?:speakers?|applicants?|candidates?)\b[^.;]{0,25}\b(?:do not apply|need not apply|not considered|not accepted|will not be)",
        "national origin (native speakers only)",
        negatable=False,
    ),
)

UNION = (
    phrase(
        r"\b(?:non-?union|union-free|no-union) (?:pledge|agreement|promise|affidavit|statement|certification|oath)\b|\byellow[- ]dog\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        rf"\b(?:proof|evidence) of (?:current |active |paid-?up |good-standing )?(?:{_UNIONS} membership|membership in (?:the |a |an )?(?:\w+ ){{0,2}}{_UNIONS})\b",
        "union membership required",
        not_after=r"[^.;]{0,30}\b(?:optional|not required|voluntary)\b",
    ),
    phrase(
        rf"\b(?:must|required to|need to|have to) (?:already )?(?:belong to|be (?:a )?members? (?:of|in)|hold membership in)\b[^.;]{{0,25}}\b{_UNIONS}\b",
        "union membership required",
        not_after=r"[^.;]{0,40}\b(?:within|after) \d+ days\b",
    ),
    phrase(
        r"\b(?:will|must|agree|agrees|promise|pledge|commit)\w* (?:to )?(?:not|never)(?: to)?\b[^.;]{0,15}\b(?:take part in|participate in|support|engage in|join|help with)\b[^.;]{0,20}\b(?:organizing|unions?|union (?:drives?|campaigns?|activit\w+))\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\bnot (?:to )?(?:become|be|remain|join as) (?:a |an )?(?:union members?|members? of (?:a |an |the |any )?(?:labor )?unions?)\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        rf"\b(?:involvement|involved|participation|history|activity|experience|background)\b[^.;]{{0,15}}\b(?:in|with) (?:a |an |any )?(?:labor )?(?:unions?|organizing)\b[^.;]{{0,60}}\b{_OUT}",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:prefer\w*|only|seeking|looking for)\b[^.;]{0,25}\b(?:no|without|free of)\b[^.;]{0,20}\b(?:union|organizing)\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        rf"\b(?:belong\w*|member\w*|affiliat\w*) (?:to|of|in|with) (?:a |an |the |any )?{_UNIONS}\b[^.;]{{0,30}}\b{_OUT}",
        "non-membership required",
        negatable=False,
    ),
)

STRIKE = (
    phrase(r"\b(?:strike|work stoppage|lockout)[- ](?:coverage|staffing|assignments?|contingency|team)\b", "strike"),
)


def extend(module) -> None:
    """Add the families to the rules' phrase lists (``rules.py`` calls this after ``wording_terms.extend``)."""
    module.CHARGE_PHRASES = module.CHARGE_PHRASES + CHARGE
    module.NOT_BONA_FIDE_PHRASES = module.NOT_BONA_FIDE_PHRASES + FUTURE
    module.SELF_EMPLOYMENT_PHRASES = module.SELF_EMPLOYMENT_PHRASES + SELF_EMPLOYED
    module.FRAUD_PHRASES = module.FRAUD_PHRASES + FRAUD
    module.DISCRIMINATION_PHRASES = module.DISCRIMINATION_PHRASES + DISCRIMINATION
    module.UNION_PHRASES = module.UNION_PHRASES + UNION
    module.STRIKE_PHRASES = module.STRIKE_PHRASES + STRIKE
