"""Second pass on real-world wording (issue #9, second session): phrase families written from the training texts
``corpus/dev.jsonl`` and ``corpus/dev2.jsonl`` only (the fresh held-out set ``heldout_fresh.jsonl`` and the
first held-out quarter are never read while writing rules; ``benchmarks/screening.py`` measures them).

Each family names its manual section (seed manual, Job Orders through Discontinuation of Services) or law:

* union-membership-condition (manual: Job Orders with Union or Non-Union Specifications; 29 U.S.C. 158(a)(3)):
  membership shown by dues, referral "only" through the union, a named union's card; non-membership by
  certifying not to belong, promising not to sign a card, or union activity that screens an applicant out;
* applicant-charge (manual: Job Orders Requiring Applicants to Pay Fees; 20 CFR 651.10 "Fee"): a cost
  "purchased/paid by the applicant", "the applicant's responsibility", "paid by you";
* not-bona-fide (manual: Job Orders Not Bona Fide; 20 CFR 653.501): hiring contingent on a contract or funding,
  "no jobs are available", waitlists;
* self-employment (manual: Self-Employment and Independent Contractor Postings): working as a subcontractor, on
  a contract basis, independent practitioners, renting a room or station;
* discriminatory (manual: Discriminatory Job Orders; 29 CFR 1625.4(a) age; 8 U.S.C. 1324b citizenship and
  national origin; 29 CFR 1606.7 English-only rules): "twenty-somethings", "Americans only", "born in America",
  "only English may be spoken", accent as a ground for refusal.

Negation and exclusions work as in ``text.py`` (``not_before`` / ``not_after``); each family has a text that must
hit and a near-miss that must pass in ``tests/test_wording_terms.py``.
"""

from __future__ import annotations

from jobcenter.compliance.screening.text import phrase

_UNIONS = r"(?:unions?|labor organizations?|organized labor|local(?: \d+)?|the hall|teamsters|ibew|seiu|ufcw|afscme|uaw|iatse|boilermakers|pipefitters|ironworkers'?|carpenters|electricians'?|operating engineers)"
_OUT = r"(?:need not apply|should not apply|not considered|(?:will )?not be referred|will not be (?:hired|considered)|not be (?:hired|considered)|(?:are |is )?ineligible|disqualif\w*|screened out|screen (?:them|you) out|not eligible|not a (?:good )?fit)"
_EMPLOYER = r"\b(?:we|company|employer|clinic|restaurant|district|agency|firm|store|hospital|school)\b[^.;]{0,25}"

UNION = (
    phrase(r"\bdues (?:are )?(?:current|paid(?:[- ]up)?|up to date|in good standing)\b", "union membership required"),
    phrase(
        rf"\b(?:only|exclusively)\b[^.;]{{0,40}}\b(?:referred|dispatched|sent|cleared) (?:by|from|through) (?:the )?{_UNIONS}",
        "union membership required",
    ),
    phrase(
        rf"\b(?:paid-?up|current|valid) (?:{_UNIONS} )?(?:{_UNIONS}) (?:card|book)\b|\b(?:ibew|teamsters|seiu|ufcw|uaw|iatse|local \d+) (?:card|book)\b",
        "union membership required",
    ),
    phrase(
        rf"\bmembership in (?:the |a |an? )?(?:[\w']+ ){{0,3}}{_UNIONS}\b(?:(?!\b(?:not|voluntary|optional)\b)[^.;]){{0,40}}\b(?:required|condition|mandatory|must)\b",
        "union membership required",
        not_before=r"\b(?:voluntary|optional|not)\b",
        not_after=r"[^.;]{0,20}\b(?:not|voluntary|optional)\b",
    ),
    phrase(
        r"\b(?:not|never) (?:to )?(?:sign|carry|hold|attend)\b[^.;]{0,30}\b(?:union|authorization) (?:cards?|meetings?)\b|\b(?:not|never) (?:to )?(?:sign|carry|hold)\b[^.;]{0,20}\bunion cards?\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:confirm|certify|attest|affirm|declare|state)\w*\b[^.;]{0,30}\b(?:not|never)\b[^.;]{0,30}\b(?:belong\w*|members?|join\w*)\b[^.;]{0,25}\b(?:union|labor organization)",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        rf"\b{_UNIONS} members?\b[^.;]{{0,30}}\b{_OUT}|\b(?:active|involved|involvement|participat\w+|history)\b[^.;]{{0,20}}\b(?:in|with|of) (?:union|organized labor|organizing)\w*\b[^.;]{{0,60}}\b{_OUT}",
        "non-membership required",
        negatable=False,
    ),
    phrase(r"\bunion[- ]free\b", "non-membership required", not_after=r"[^.;]{0,10}\b(?:zone|campaign)\b"),
    # third training set (dev3)
    phrase(
        rf"\b(?:no|not|never)\b(?!\s+(?:ask|asked|inquire))[^.;]{{0,30}}\b(?:ties|affiliation|connection|links?)\b[^.;]{{0,20}}\b(?:{_UNIONS}|organizing)",
        "non-membership required",
        negatable=False,
        not_before=r"\b(?:we|company)\b[^.;]{0,10}\b(?:do not|don'?t|never) ask\b[^.;]{0,20}",
    ),
    phrase(
        r"\bdues-?current\b|\b(?:your )?(?:book|card) (?:is |must be )(?:current|paid)\b", "union membership required"
    ),
    phrase(
        r"\b(?:ever|have|has|previously)\b[^.;]{0,20}\bsigned\b[^.;]{0,20}\b(?:union|authorization) (?:authorization )?cards?\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:carry|hold|show|present)\b[^.;]{0,25}\b(?:journeyman|union) (?:card|book)\b|\bmust have (?:a |an |your )?(?:current |valid )?(?:journeyman|union) (?:card|book)\b",
        "union membership required",
        not_before=r"\b(?:right|free|choose|choice) to\b[^.;]{0,10}|\bmay\b[^.;]{0,10}",
    ),
    phrase(
        r"\b(?:do not|don'?t|won'?t|will not|never) (?:hire|employ|consider|accept)\b[^.;]{0,40}\b(?:union (?:members?|stewards?|organizers?|supporters?)|organizers|stewards)\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(r"\b(?:hall|local|union) (?:clears|dispatches|refers) you\b", "union membership required"),
    phrase(r"\b(?:union|hall) referral list\b|\bout-of-work list\b", "union membership required"),
    phrase(
        r"\bnon-?members?\b[^.;]{0,50}\b(?:will not be|not be|are not) (?:referred|hired|considered|dispatched)\b",
        "union membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:favor|support|sympathi\w+|pro-)\w*\b[^.;]{0,10}\bunions?\b[^.;]{0,40}\b(?:should not apply|need not apply|unhappy|not (?:a )?(?:good )?fit|will not be)",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:stay|remain|keep)\b[^.;]{0,20}\b(?:independent of|free of|away from|out of)\b[^.;]{0,25}\b(?:labor (?:group|organization)s?|unions?|organiz\w+|third-party representation)",
        "non-membership required",
    ),
)

CHARGE = (
    phrase(
        r"\bat your (?:own )?(?:expense|cost)\b|\bwith your own (?:money|funds)\b|\bout of (?:your|their) (?:own )?pocket\b",
        "cost paid by the applicant",
    ),
    phrase(
        r"\b(?:start|starts|begin|begins) by (?:purchasing|buying)\b|\b(?:purchasing|buying) (?:a|an|the|your) [\w -]{0,20}\b(?:set|kit|case|package|inventory)\b",
        "purchase required before hire",
        not_before=r"\b(?:we|company|employer)\b[^.;]{0,20}",
    ),
    phrase(
        r"\b(?:send|submit|mail|enclose)\b[^.;]{0,10}\$\s?\d|\bbring (?:a )?(?:payment|money order|fee)\b",
        "fee charged to applicants",
        not_before=r"\b(?:we|company|employer|will)\b[^.;]{0,10}",
    ),
    phrase(
        r"\b(?:purchased|paid for|paid|bought|covered|funded) by (?:the )?(?:applicants?|candidates?|you|employees?|workers?|new hires?|trainees?|students)\b",
        "cost paid by the applicant",
        not_before=r"\b(?:reimbursed|refunded|repaid)\b[^.;]{0,40}",
    ),
    phrase(
        r"\b(?:applicant|candidate|employee|worker|trainee|new hire)'?s'? (?:responsibility|cost|expense)\b",
        "cost paid by the applicant",
        not_before=_EMPLOYER + r"(?:pays?|covers?|reimburses?)(?:\s+\w+){0,2}",
    ),
)

FUTURE = (
    phrase(
        r"\bno hiring (?:until|before|decisions?)\b|\bno one (?:will be|is being|gets) hired (?:until|before)\b|\bopening date (?:is )?(?:to be determined|tbd|not set)\b|\b(?:hiring|positions?|openings?|jobs?) (?:are |is )?(?:contingent|dependent|conditional) (?:on|upon)\b",
        "no current opening",
        negatable=False,
    ),
    phrase(
        r"\bno (?:jobs|positions|openings|vacancies) (?:are |is )?(?:available|open)\b",
        "no current opening",
        negatable=False,
    ),
    phrase(r"\bwait-?list\b", "applicant pool for future use"),
    phrase(
        r"\bnot an active (?:requisition|posting|opening|search)\b|\bnot (?:looking|planning|trying|seeking) to (?:hire|fill)\b|\bfully staffed\b",
        "no current opening",
        negatable=False,
    ),
    phrase(
        r"\b(?:candidate|talent) bank\b|\bif anything (?:changes|opens)\b|\bcollecting names\b|\bdepends? on whether\b",
        "applicant pool for future use",
    ),
)

SELF_EMPLOYED = (
    phrase(
        r"\b(?:work|working|engaged|hired|paid|operate|serve) (?:as|on) (?:an? )?(?:independent |1099 )?(?:sub)?contract(?:or|ors|or basis| basis)\b|\bon a contract basis\b|\bas a subcontractor\b",
        "contractor, not employee",
    ),
    phrase(
        r"\bindependent (?:practitioners?|operators?|reps?|representatives?|professionals?|stylists?|therapists?|drivers?)\b",
        "contractor, not employee",
        not_before=r"\b(?:issue|process|to our|for our|manage|pay|with|serving|support)\b[^.;]{0,20}",
    ),
    phrase(
        r"\brent (?:a|the|your) (?:room|station|suite|space|truck)\b|\b(?:room|station|suite) rental\b",
        "booth or truck rental",
    ),
    phrase(
        r"\bpaid (?:per|by the|for each) (?:install|installation|stop|call|case|policy|shoot|room|gig|assignment|report)\b|\bsubcontract (?:crews?|work|basis)\b",
        "paid per task",
    ),
    phrase(
        r"\bnot (?:staff|an employee|employees|on (?:our|the) payroll)\b",
        "contractor, not employee",
        negatable=False,
        not_before=r"\b(?:managers?|supervisors?|payroll)\b[^.;]{0,20}",
    ),
    phrase(
        r"\byou (?:bill|invoice) us\b|\b(?:floor|station|desk|chair|booth) fee\b|\b(?:trainers|stylists|drivers|therapists|workers|you) (?:are|remain) independent\b",
        "contractor, not employee",
    ),
)

AGE = (
    phrase(r"\b(?:twenty|thirty|20|30)-?somethings?\b", "age"),
    phrase(
        r"\b(?:do not|don'?t|won'?t|will not|never|cannot) (?:hire|employ|consider|accept) (?:anyone|people|applicants|workers|candidates) (?:older than|over|above) \d{2}\b",
        "age",
        negatable=False,
    ),
    phrase(
        r"\bnot (?:for|suited to|suitable for|meant for) (?:older|mature|senior|elderly) (?:folks|people|workers|applicants|adults|persons)\b",
        "age",
        negatable=False,
    ),
)
CITIZENSHIP = (
    phrase(
        r"\b(?:show|present|provide|bring)\b[^.;]{0,10}\b(?:a |an |your )?(?:u\.?s\.? passport|birth certificate)\b",
        "citizenship",
        not_after=r"[^.;]{0,60}\b(?:or\b|travel|abroad|international|i-9)",
    ),
    phrase(
        r"\b(?:hire|hiring|employ|employing) (?:only americans|americans only)\b|\bamericans only\b|\bonly (?:u\.?s\.?|us|united states|american) citizens\b",
        "citizenship",
    ),
    phrase(
        r"\bborn in (?:america|the (?:u\.?s\.?a?|united states))\b|\b(?:u\.?s\.?|american)-born\b",
        "citizenship or national origin",
        not_before=r"\b(?:foreign|whether|regardless)\b[^.;]{0,20}",
    ),
)
LANGUAGE = (
    phrase(r"\bborn speaking\b|\bgrew up speaking english\b", "national origin (language)"),
    phrase(
        r"\bonly english (?:may|can|is to|will) be spoken\b|\bspeak only english\b|\benglish only\b[^.;]{0,40}\b(?:premises|building|breaks?|lunch|times|workplace|site)\b",
        "national origin (language)",
        negatable=False,
    ),
    phrase(
        r"\benglish[- ](?:speaking )?only\b[^.;]{0,60}\b(?:breaks?|lunch|among yourselves|each other|coworkers|at all times)\b",
        "national origin (language)",
        negatable=False,
    ),
    phrase(
        rf"\baccents?\b[^.;]{{0,40}}\b{_OUT}",
        "national origin (accent)",
        negatable=False,
    ),
)


FRAUD = (
    phrase(
        r"\bbring\b[^.;]{0,10}\b(?:your )?(?:bank card|debit card|bank details|checkbook|online banking)\b",
        "bank account or SSN asked for up front",
    ),
    phrase(
        r"\binterview\w*\b[^.;]{0,30}\b(?:at|in) (?:the |a )?(?:mcdonald'?s|coffee shop|diner|food court|mall|gas station|waffle house|denny'?s|public library)\b",
        "meeting at a hotel or non-business address",
    ),
    phrase(
        r"\bpass (?:them|it|the (?:money|funds|payments)) (?:along|on)\b|\b(?:accept|receive|collect) payments\b[^.;]{0,40}\b(?:pass|forward|send|transfer)\w*\b",
        "money moved through the applicant's accounts",
    ),
    phrase(
        r"\bopen (?:a )?(?:new )?(?:bank )?accounts?\b[^.;]{0,40}\b(?:deposits?|funds|payments|wire|transfer)",
        "money moved through the applicant's accounts",
    ),
    phrase(
        r"\binterview\w*\b[^.;]{0,40}\b(?:instant messag\w*|messenger|skype chat|text only)\b",
        "interview or application through an online chat",
    ),
    phrase(
        r"\b(?:send|text|email|upload|message)\b[^.;]{0,20}\b(?:a )?(?:photo|picture|copy|scan) of (?:your )?(?:driver'?s license|license|id|social security card)\b|\bsocial security card\b[^.;]{0,30}\b(?:text|email|send|upload)\b",
        "bank account or SSN asked for up front",
        not_after=r"[^.;]{0,30}\b(?:on your first day|after hire|to hr|with your i-9)\b",
    ),
)


def extend(module) -> None:
    """Add the families to the rules' phrase lists (``rules.py`` calls this after ``wording._extend``)."""
    module.UNION_PHRASES = module.UNION_PHRASES + UNION
    module.CHARGE_PHRASES = module.CHARGE_PHRASES + CHARGE
    module.NOT_BONA_FIDE_PHRASES = module.NOT_BONA_FIDE_PHRASES + FUTURE
    module.SELF_EMPLOYMENT_PHRASES = module.SELF_EMPLOYMENT_PHRASES + SELF_EMPLOYED
    module.DISCRIMINATION_PHRASES = module.DISCRIMINATION_PHRASES + AGE + CITIZENSHIP + LANGUAGE
    module.FRAUD_PHRASES = module.FRAUD_PHRASES + FRAUD
