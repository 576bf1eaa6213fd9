"""Sixth pass on real-world wording (issue #9, sixth session): more **indirect** wording, in clause-level families
(``wording_clauses.clause``: roles in one sentence, any order, a lawful-context veto). Written after
``heldout_fifth`` became training data, from the *kinds* of its misses, not their phrases: labor organizations
named by what they do ("bargains collectively", "outside labor groups", "the stage employees' local") with a
membership, past activity or a promise as the condition; costs taken back out of wages or owed on leaving; a
placement fee counted in wages; a purchase "to be offered" the job; protected traits said in other words
(pregnancy and family plans, marital status, ethnic background, mental illness and medication, a faith to share,
years left before retirement, a cap on work history, passports only); the worker carrying the costs of the work or
renting the space; interviews by text only; a fake check whose "rest" is sent on; hiring that waits on a project
going forward; a workforce locked out; the H-2A/H-2B programs named by their certifications in plain words.
A second round widened them from a probe of new wording written for the purpose (33 violations, 24 lawful texts; not
corpus texts): a hall's roster, bargaining reps kept out, "carded with the local"; training repaid on leaving, a cost
"taken out of" checks, apparel to buy; people of one national group wanted, religious dress refused, parents of
young children refused, "on disability"; studio time leased to the worker; a location that "might" open, a bench
kept; H-2B by its parts. ``heldout_sixth`` was not read while writing it. Each family has a hit and a lawful near-miss in other
words in ``tests/test_wording_indirect2.py``.

Families and their law or manual section:

* union-membership-condition (manual: Job Orders with Union or Non-Union Specifications; 29 U.S.C. 158(a)(3)):
  a labor organization in other words, membership, past activity or staying out, and a condition or refusal.
* applicant-charge (manual: Job Orders Involving a Charge; 20 CFR 651.10 "Fee"): a hiring cost (training,
  tuition, kit, certification, registration, placement) taken from pay or owed if the worker leaves; a placement
  fee counted in the worker's wages; a cost due at a first visit or before an offer.
* discriminatory (42 U.S.C. 2000e-2(a); 2000e(k) pregnancy; 29 U.S.C. 623 and 29 CFR 1625.4 age; 42 U.S.C.
  12112 disability; 8 U.S.C. 1324b(a)(1) and (a)(6) citizenship status and document abuse; Missouri Human Rights
  Act, RSMo 213.055; marital status: the manual's Discriminatory Job Orders, "preferences not related to the job").
* self-employment (manual: Self-Employment and Independent Contractor Postings): no employment relationship; the
  worker carries the costs of the work and is paid per task; a room, chair or booth rented to the worker; pay from
  the sales of the people the worker recruits.
* suspected-fraud (manual: Suspected Fraudulent Job Orders): interviews only by text or a messaging app; a meeting
  in a hotel lobby; a voided check asked for up front; a check sent to the applicant, the rest sent on.
* not-bona-fide (manual: Employer Request for Workers Without Placing Bona Fide Job Orders; 20 CFR 653.501):
  hiring that waits on a project, facility or investors going forward; a place "reserved" in line.
* labor-dispute-mentioned (manual: Job Orders and Labor Disputes; 20 CFR 652.9): a workforce locked out.
* visa-h2a / visa-h2b (20 CFR 655 subparts B and A): foreign labor certification or nonimmigrant workers, temporary
  agricultural or non-agricultural.

General lawful contexts of the same session (a false flag removed by its kind): the applicant *receiving* a check is
not a charge (it is the fake-check fraud); a payment for a named hiring cost is a charge, not the money-transfer
fraud; a position "hiring ... now" is open now (``wording.OPEN_NOW``).
"""

from __future__ import annotations

from jobcenter.compliance.screening.text import phrase
from jobcenter.compliance.screening.wording_clauses import _AMOUNT, _COST_ITEM, _EMPLOYER_PAYS, _UNION_LAWFUL, clause
from jobcenter.compliance.screening.wording_indirect import _ORG_LAWFUL, _REFUSE, _with

_REFUSE2 = (
    rf"(?:{_REFUSE}|\b(?:do not|don't|will not|won't|never) (?:employ|hire|take|call|dispatch)\b|\bnot (?:be )?eligible\b"
    r"|\bnot (?:able|going) to (?:consider|hire|accept)\b|\bwill not move forward\b|\bnot move forward\b"
    r"|\bineligible\b|\bprefer not to (?:hire|consider|take)\b|\bno one (?:with|on|who)\b|\bdisqualif\w*\b|\bnot (?:be )?comfortable\b)"
)

# --- union -------------------------------------------------------------------------------------------------------
_LABOR_GROUP = (
    r"(?:\b(?:outside |organized )?labor (?:groups?|organi[sz]ations?|movement|associations?)\b|\borganized labor\b"
    r"|\bcollective(?:ly)? bargain\w*(?: (?:group|unit|organi[sz]ation|association|agent))?\b|\bbargains? collectively\b"
    r"|\bworkers'? (?:organi[sz]ation|association|union|council)\b|\b(?:nurses|teachers|employees|workers|drivers)'? (?:association|union|guild)\b"
    r"|\b\w+ employees'? local\b|\b(?:with|into|from|to|of|by) the local\b(?!\s+(?:area|community|market|economy|news|schools?|office|store|branch|team|library|hospital|church|paper|government|shop))|\blocal (?:no\.? ?)?\d+\b|\bhiring hall\b|\b(?:iatse|ibew|uaw|teamsters|laborers'?|carpenters'?|union) hall\b|\bbargaining (?:reps?|representatives?|agents?)\b|\bbrotherhood\b|\bguild\b"
    r"|\bteamsters?\b|\bunion\w*\b)"
)
_MEMBER_ROLE = (
    r"\b(?:card[- ]holding|carded|roster|dispatch list|kept (?:\w+ ){1,3}out|card|book|initiated|initiation|affiliat\w*|involvement|involved|active|activity|activities"
    r"|(?<!team )(?<!crew )(?<!staff )(?<!family )members?(?:hip)?|history|who(?:'s| has| have|'ve)? (?:been|is|are) an?|belong\w*|join\w*|stay\w* (?:out|free) of|free of|(?:a|any) part of)\b"
)
_LABOR_CONDITION = (
    rf"(?:{_REFUSE2}|\bonly\b|\bmust\b|\brequired?\b|\bbefore (?:you|they|we|the \w+) can\b|\b(?:have|has|need) to be\b|\bno \w+, no (?:job|work)\b|\bpromis\w*\b|\bagree\w*\b"
    r"|\bpledge\w*\b|\bfeel the same\b|\b(?:exclusively|solely|strictly)\b|\bgotta\b|\bkeep it that way\b|\bscreen for\b|\bwill (?:ask|check)\b|\bask (?:about|whether|if)\b|\bnot (?:a )?(?:fit|match)\b)"
)
_LABOR_LAWFUL = rf"(?:{_ORG_LAWFUL}|{_UNION_LAWFUL}|\bencourag\w*\b|\boptional\b|\bnot required\b|\bcredit union\b|\bunion (?:station|square|pacific|county|city)\b|\bunionized\b(?= and)|\bsignatory\b|\balike\b|\b(?:never|not) asked\b|\bunion (?:and|or) non-?union\b)"

# --- charge ------------------------------------------------------------------------------------------------------
_HIRING_COST = rf"(?:{_COST_ITEM}|\b(?:tuition|school|polos?|shirts?|hats?|vests?|apparel|placement (?:cost|fee)|(?:demo(?:nstration)?|sample|starter) (?:set|kit|case|pack))\b)"
_NOT_A_HIRING_COST = rf"(?:{_EMPLOYER_PAYS}|\b(?:insurance|premiums?|401\(?k\)?|retirement|benefits?|taxes|garnish\w*|child support|(?:pay|payroll|cash) advances?|loans? you (?:asked|requested)|meals?|housing|rent)\b)"
_FROM_PAY = (
    r"\b(?:comes? out of|taken (?:out )?(?:of|from)|deducted from|withheld from|held back from|subtracted from|docked from)\b[^.!?\n]{0,25}\b(?:pay(?:checks?)?|checks?|wages?|earnings)\b"
    r"|\btak(?:e|es|ing) (?:it |that |this |the (?:cost|fee) )?out of (?:your|their|the) (?:first )?(?:\w+ )?(?:pay(?:checks?)?|checks?|wages?)\b|\bpayroll deductions?\b|\byou(?:'ll| will)? owe (?:us|the (?:company|school|agency))\b|\b(?:balance|remainder|rest) (?:becomes|is) (?:due|owed|payable)\b|\bhasn'?t been worked off\b"
)
_WAGE_SHARE = r"\b(?:owe|pay|give|hand over|sign over)\w*\b[^.!?\n]{0,20}\b(?:(?:one|two|a|\d+) (?:weeks?|days?|months?)'?s?|\d+ ?%|(?:a )?(?:percent(?:age)?|share|portion|part)) (?:of )?(?:your |their )?(?:first )?(?:wages?|pay|paychecks?|earnings|salary)\b"
_DUE_BEFORE = r"\b(?:due (?:at|on|upon|when|before)|(?:at|on) your first visit|to be offered|before (?:an|any|the|we make an?) offer|you(?:'ll| will)? first (?:buy|purchase|pay)|you(?:'ll| will)? (?:need|have) to (?:buy|purchase|pay for)|first (?:buy|purchase))\b"

# --- discrimination ----------------------------------------------------------------------------------------------
_PREGNANCY = r"\b(?:pregnan\w*|(?:mothers|moms|parents) (?:of|with) (?:small|young|little) (?:children|kids)|(?:small|young|little) (?:children|kids) at home|expectant|expecting (?:a baby|a child|mothers?)|(?:are|is) expecting(?= or\b| a\b|,)|(?:planning|plan(?:s|ning)? to (?:start|have)|start(?:ing)?) (?:a |their |your )?famil(?:y|ies)|(?:plan(?:s|ning)? (?:to have|on having)|having) (?:kids|children|a baby|babies))\b"
_MARITAL = r"\b(?:married|unmarried|single (?:people|applicants|candidates|women|men|folks|persons?)|divorced|marital status)\b"
_MARITAL_WANT = rf"(?:{_REFUSE2}|\bprefer\w*\b|\bonly\b|\bmust be\b|\bless (?:settled|reliable|stable|committed)\b)"
_ETHNIC = r"\b(?:anglo|caucasian|white|european|hispanic|latino|latina|asian|black|african|arab|middle[- ]eastern|slavic|irish|german|mexican|indian|chinese)(?:[/ -](?:\w+))?\s+(?:background|descent|heritage|origin|ethnicity|ancestry|stock|race)\b"
_ETHNIC_LAWFUL = r"\b(?:regardless|without regard|all (?:backgrounds|races)|any (?:background|race)|welcome\w*|encourag\w*|equal opportunity|eeo|do not discriminate|history|art|studies|cuisine|food|restaurant|language)\b"
_ETHNIC_PEOPLE = r"\b(?:filipin[ao]s?|latin[ao]s?|hispanics?|asians?|whites?|blacks?|mexicans?|koreans?|chinese|indians?|russians?|polish|africans?|europeans?|anglos?|caucasians?)(?: or \w+)? (?:ladies|women|men|guys|girls|boys|workers|people|folks|applicants|candidates|staff)\b"
_ETHNIC_PEOPLE_LAWFUL = rf"(?:{_ETHNIC_LAWFUL}|\b(?:clinic|health|community|market\w*|outreach|serv\w*|customers|clients|patients|students|families)\b)"
_RELIGIOUS_DRESS = r"\b(?:headscarf|headscarves|hijabs?|turbans?|yarmulkes?|kippahs?|religious (?:clothing|dress|garb|attire|head ?coverings?|symbols?))\b"
_HEALTH = r"\b(?:mental (?:illness|health (?:condition|issue|history|problem)s?)|psychiatric|medication\w* for|on (?:any )?medications?|taking (?:any )?medications?|anxiety|depression|bipolar|ptsd|epilep\w*|seizures?|diabet\w*|hiv|cancer (?:history|survivors?)|history of (?:illness|injur\w+|workers'? comp\w*)|on disability|workers'? comp(?:ensation)? (?:history|claims?))\b"
_HEALTH_LAWFUL = r"\b(?:accommodat\w*|welcome\w*|encourag\w*|support\w*|benefits?|insurance|coverage|employee assistance|eap|days? off|leave|treat\w*|patients?|clients?|residents?|counsel\w*|therap\w*|drug (?:test|screen)\w*|dot|faa|fmcsa|regardless|do not discriminate)\b"
_FAITH = r"\b(?:share (?:our|the same) (?:faith|beliefs|religion|religious)|(?:attend|go to)\w* (?:church|mass|services|temple|synagogue|mosque)(?: regularly| weekly| every \w+)?|(?:practicing|born[- ]again|devout) (?:christians?|catholics?|muslims?|jews?|believers?)|(?:a |our )?(?:statement|profession) of faith)\b"
_FAITH_LAWFUL = r"\b(?:our|the|this) (?:church|parish|congregation|ministry|diocese|synagogue|mosque|temple|seminary)\b|\b(?:church|parish|ministry|diocese|congregation|religious (?:organization|school|corporation)) (?:seeks|is hiring|needs|hiring)\b|\b(?:pastor|minister|chaplain|youth minister|worship leader|priest|rabbi|imam)\b|\b(?:voluntary|optional|welcome|invited|regardless)\b"
_RETIREMENT_NEAR = r"\b(?:near(?:ing)?|close to|approaching|getting close to|a few years (?:from|away from)) retirement\b|\b(?:many|more|long) (?:working |work |career )?years ahead of (?:them|you|him|her)\b|\b(?:long|whole|entire) career ahead\b"
_WORK_CAP = r"\b(?:more than|over|in excess of|beyond) (?:\w+|\d+) (?:full-time )?years? (?:of )?(?:full-time |paid |professional )?(?:work (?:history|experience)|experience|work|employment|in the workforce)\b"
_RECENT_DEGREE = r"\b(?:graduat\w*|degree|diploma)\b[^.!?\n]{0,40}\b(?:completed |earned |conferred |received )?within the (?:last|past) (?:\d+|one|two|three|twelve|eighteen|twenty-four) (?:months|years)\b"
_PASSPORT_ONLY = r"\b(?:american|u\.?s\.?|united states) passport holders?\b|\bonly (?:hire|accept|take)\w* (?:\w+ ){0,2}passports?\b|\b(?:do not|don't|won't|will not|cannot) accept (?:any )?other (?:work authorization |identity |id |i-9 )?(?:documents?|papers|ids?)\b"
_PASSPORT_LAWFUL = r"\b(?:travel\w*|international|abroad|overseas|flights?|cross(?:ing)? the border|canada|mexico|tsa|clearance|any (?:document|acceptable)|list a|lists? b and c|your choice)\b"
_STATUS_NO = r"\bno (?:(?:lawful |permanent )?residents|refugees|asylees|green[- ]card holders|immigrants|visa holders)\b|\bnationals? (?:of this country )?by birth\b|\b(?:born|natural[- ]born) (?:u\.?s\.? |american )?citizens? only\b"

# --- self-employment ---------------------------------------------------------------------------------------------
_NO_EMPLOYMENT = r"\bno (?:employment|employer[- ]employee) relationship\b|\bnot (?:an? )?(?:employment|employer[- ]employee) relationship\b|\b(?:does not|doesn't|will not|won't) create (?:an? )?(?:employment|employer[- ]employee) relationship\b|\byou (?:are|will be) not (?:our |an? )?employees?\b"
_WORKER_COSTS = r"\b(?:gas|fuel|insurance|upkeep|maintenance|mileage|supplies|e&o|errors and omissions|travel|expenses|phone|vehicle costs?)\b[^.!?\n]{0,40}\b(?:(?:are|is) on you|at (?:your|their) own (?:expense|cost)|you (?:cover|pay|buy|carry)|(?:your|their) own)\b|\b(?:carry|buy|bring|use|provide) (?:your|their) own (?:e&o|insurance|coverage|supplies|car|vehicle)\b"
_PER_TASK = r"\b(?:per (?:completed )?(?:order|delivery|drop|signing|package|assignment|job|task|gig|ride|trip|client|service)|compensated per|paid per|payouts?|earnings|keep (?:the rest|what you bill|100%)|set your own (?:prices|rates)|tax form|1099)\b"
_WAGE_JOB = r"\b(?:w-?2|per hour|an hour|/hr|hourly|salary|salaried|company (?:car|vehicle|truck|van)|mileage reimburse\w*|we (?:cover|pay|reimburse))\b"
_RENT_SPACE = r"\b(?:lease|rent)\w* (?:studio|kitchen|bay|shop|room|chair|booth) time\b|\b(?:lease|rent)\w* (?:\w+ ){0,2}from us\b|\brent (?:a|one of our|our|the) (?:treatment |massage |styling |salon |stylist )?(?:room|chair|booth|station|suite|space)\b|\b(?:booth|chair|station|room) rent(?:al)?\b"
_RECRUIT_SALES = r"\b(?:earn|commissions?|income|paid)\w* (?:on|from) (?:your |the )?(?:recruits|team|downline|team members)'?s? (?:sales|orders|purchases|volume)\b"

# --- fraud -------------------------------------------------------------------------------------------------------
_TEXT_ONLY = r"\binterview\w*\b[^.!?\n]{0,40}\b(?:exclusively|only|entirely|solely|strictly)?\s*(?:by|via|over|through|on) (?:text(?: messages?| messaging)?|sms|chat|instant messag\w*|an? (?:encrypted |secure )?(?:messaging|chat) app)\b|\b(?:encrypted|secure) (?:messaging|chat) app\b[^.!?\n]{0,60}\binterview\w*\b"
_TEXT_LAWFUL = r"\b(?:then|followed by|after which|and then)\b[^.!?\n]{0,30}\b(?:in[- ]person|on[- ]site|at our (?:office|store|plant))\b|\bschedul\w* (?:an? |the |your )?interview\w*|\b(?:customers?|clients?|support tickets?)\b"
_LOBBY = r"\b(?:lobby|bar|lounge|parking lot|breakfast area)\b[^.!?\n]{0,25}\b(?:hotel|inn|motel|suites|holiday inn|hampton|marriott|hilton|la quinta|comfort inn|best western)\b"
_VOIDED = r"\b(?:bring|send|email|text|attach|submit|provide|upload)\w*\b[^.!?\n]{0,60}\bvoid(?:ed)? checks?\b"
_AFTER_OFFER = r"\b(?:after (?:an? |the )?(?:offer|hire|hiring)|first day|i-9|onboarding|once hired|new[- ]hire paperwork|direct deposit)\b"
_CHECK_IN = r"\b(?:send|mail|give|issue|overnight)\w* you (?:a )?(?:check|cheque|money order|cashier'?s check)\b|\b(?:receive|get) (?:a )?(?:check|cheque|money order|cashier'?s check) (?:for|of|in)\b"
_REST_ON = r"\b(?:pay|send|forward|transfer|wire|give)\w* (?:the )?(?:rest|remainder|balance|difference|remaining)\b|\b(?:zelle|venmo|cash ?app|western union|moneygram|gift cards?|bitcoin|crypto)\b"

# --- not bona fide -----------------------------------------------------------------------------------------------
_IF = r"\b(?:should|if|once|assuming|provided|in the event|pending)\b"
_MAYBE_OPEN = r"\b(?:might|may|could|hope to|thinking (?:about|of)|depending on)\b[^.!?\n]{0,20}\bopen(?:ing)? (?:a |our |the )?(?:second|new|another|third) (?:location|store|site|branch|restaurant|shop|clinic|office)\b"
_POOL = (
    r"\bso (?:we|that we) (?:have|keep|build) (?:a |our )?(?:bench|pool|list)\b|\bbench (?:of|for) (?:future|later)\b"
)
_GO_AHEAD = r"\b(?:go(?:es)? (?:forward|ahead)|move[sd]? forward|green ?light\w*|greenlit|under review|proceeds?|gets? (?:the )?(?:go-ahead|approval|funding))\b"
_WILL_HIRE = r"\b(?:need|hire|hiring|positions?|workers|operators|staff|openings?|crews?)\b"
_NOW = r"\b(?:now|immediately|today|this week|your (?:application|references|background|offer|training))\b"

# --- labor dispute, visas ----------------------------------------------------------------------------------------
_LOCKED_OUT = r"\blocked out (?:our |the |its |their |all )?(?:\w+ ){0,2}(?:workforce|workers|employees|members|staff|crews?|drivers|nurses|operators|union)\b|\b(?:workforce|workers|employees|members|staff) (?:are|were|have been|has been|remain) locked out\b"
_H2 = r"\b(?:foreign labor certification|nonimmigrant workers?|foreign (?:guest ?)?workers?|labor certification)\b"
_NON_AG = (
    r"\b(?:temporary|seasonal) non-?(?:agricultural|farm|ag)\b|\bnon-?(?:farm|agricultural) (?:seasonal|temporary)\b"
)
_AG = r"\b(?:temporary|seasonal) (?:agricultural|farm|ag)\b(?! non)"
_NON_AG_WORD = r"\bnon-?(?:agricultural|farm|ag)\b"
_SEASONAL = r"\b(?:temporary|seasonal)\b"

INDIRECT2 = {
    "UNION_PHRASES": (
        phrase(
            clause(_LABOR_GROUP, _MEMBER_ROLE, _LABOR_CONDITION, veto=_LABOR_LAWFUL),
            "union membership or non-membership as a condition (labor group in other words)",
            negatable=False,
        ),
    ),
    "CHARGE_PHRASES": (
        phrase(
            clause(rf"{_HIRING_COST}|{_AMOUNT}|\bworked off\b", _FROM_PAY, veto=_NOT_A_HIRING_COST),
            "applicant pays (a hiring cost taken from pay or owed on leaving)",
            negatable=False,
        ),
        phrase(
            clause(
                r"\b(?:leave|leaving|quit\w*|resign\w*|terminat\w*|separat\w*)\b",
                r"\b(?:repay\w*|pay (?:it |us |the company )?back|reimburse (?:us|the company)|owe (?:us|the company)|you owe)\b",
                rf"{_HIRING_COST}|{_AMOUNT}",
                veto=r"\b(?:bonus|sign-on|signing|relocation|advance|loan|laptop|phone|no (?:repayment|obligation|cost)|never (?:repay|owe)|(?:company|employer)[- ](?:paid|funded)|paid (?:for )?by (?:us|the company)|we (?:pay|cover))\b|\b(?:do not|don't|won't|will not|never) (?:have to |need to )?(?:repay|pay (?:it |us )?back|owe)\b",
            ),
            "applicant pays (a hiring cost repaid on leaving)",
            negatable=False,
        ),
        phrase(
            clause(_WAGE_SHARE, r"\b(?:us|our|agency|placement|fee|cost|match|place)\b", veto=_EMPLOYER_PAYS),
            "applicant pays (a placement fee out of wages)",
            negatable=False,
        ),
        phrase(
            clause(_AMOUNT, _HIRING_COST, _DUE_BEFORE, veto=_EMPLOYER_PAYS),
            "applicant pays before hire",
            negatable=False,
        ),
    ),
    "DISCRIMINATION_PHRASES": (
        phrase(
            clause(
                _ETHNIC_PEOPLE,
                rf"{_REFUSE2}|\bonly\b|\bprefer\w*\b|\blooking for\b|\bwant\w*\b|\bwork hardest\b",
                veto=_ETHNIC_PEOPLE_LAWFUL,
            ),
            "race or national origin (people of one group wanted)",
            negatable=False,
        ),
        phrase(
            clause(
                _RELIGIOUS_DRESS,
                rf"{_REFUSE2}|\bno\b|\bnot allowed\b|\bremove\b",
                veto=r"\b(?:accommodat\w*|welcome\w*|permitted|allowed with|safety|hard hats?|respirators?)\b",
            ),
            "religion (religious dress refused)",
            negatable=False,
        ),
        phrase(
            clause(
                _PREGNANCY, _REFUSE2, veto=r"\b(?:leave|benefits?|accommodat\w*|regardless|welcome\w*|support\w*)\b"
            ),
            "sex (pregnancy, family plans or young children)",
            negatable=False,
        ),
        phrase(
            clause(_MARITAL, _MARITAL_WANT, veto=r"\b(?:regardless|couples?|benefits?|spouse|insurance|coverage)\b"),
            "marital status",
            negatable=False,
        ),
        phrase(
            clause(_ETHNIC, rf"{_REFUSE2}|\bonly\b|\bprefer\w*\b|\bcomfortable\b", veto=_ETHNIC_LAWFUL),
            "race or national origin (an ethnic background named)",
            negatable=False,
        ),
        phrase(
            clause(
                r"\b(?:a )?(?:man'?s|woman'?s|men'?s|women'?s) (?:job|work)\b|\b(?:female|male|women|men|lady|ladies|girls?|guys) (?:applicants|candidates|workers|hires)\b",
                rf"{_REFUSE2}|\bonly\b|\bprefer\w*\b",
                veto=r"\b(?:regardless|welcome\w*|encourag\w*|both|all genders|equal opportunity|locker room|restroom attendant)\b",
            ),
            "sex (a job for one sex)",
            negatable=False,
        ),
        phrase(
            clause(_HEALTH, _REFUSE2, veto=_HEALTH_LAWFUL), "disability (a health condition refused)", negatable=False
        ),
        phrase(
            clause(_FAITH, rf"{_REFUSE2}|\bonly\b|\bmust\b|\brequired?\b", veto=_FAITH_LAWFUL),
            "religion (required by a secular employer)",
            negatable=False,
        ),
        phrase(
            clause(_RETIREMENT_NEAR, rf"{_REFUSE2}|\bprefer\w*\b|\brather\b|\bonly\b"),
            "age (years left before retirement)",
            negatable=False,
        ),
        phrase(
            clause(_WORK_CAP, rf"{_REFUSE2}|\bneed not apply\b", veto=r"\bat least\b|\bminimum\b"),
            "age (a cap on work history)",
            negatable=False,
        ),
        phrase(
            clause(
                _RECENT_DEGREE,
                r"\b(?:require\w*|must|only|eligible)\b",
                veto=r"\b(?:or equivalent experience|or (?:\w+ )?years of experience|licen[cs]e)\b",
            ),
            "age (a recent degree required)",
            negatable=False,
        ),
        phrase(clause(_PASSPORT_ONLY, veto=_PASSPORT_LAWFUL), "citizenship status (passports only)", negatable=False),
        phrase(
            clause(
                _STATUS_NO, veto=r"\b(?:sponsor\w*|clearance|itar|export|required by (?:federal )?law|federal law)\b"
            ),
            "citizenship status (residents, refugees or asylees refused)",
            negatable=False,
        ),
    ),
    "SELF_EMPLOYMENT_PHRASES": (
        phrase(_NO_EMPLOYMENT, "no employment relationship (contractor)", negatable=False),
        phrase(
            clause(_WORKER_COSTS, _PER_TASK, veto=_WAGE_JOB),
            "the worker carries the costs of the work (contractor)",
            negatable=False,
        ),
        phrase(
            clause(
                _RENT_SPACE,
                r"\b(?:keep|charge (?:your |the )?(?:students|clients|customers)|your (?:own )?clients|you bill|your (?:own )?prices|per (?:month|week)|/(?:month|week|mo|wk)|\$)",
                veto=_WAGE_JOB,
            ),
            "a room, chair or booth rented to the worker",
            negatable=False,
        ),
        phrase(_RECRUIT_SALES, "pay from recruiting (independent distributors)", negatable=False),
    ),
    "FRAUD_PHRASES": (
        phrase(
            clause(_TEXT_ONLY, veto=_TEXT_LAWFUL), "interview or application through an online chat", negatable=False
        ),
        phrase(
            clause(
                _LOBBY,
                r"\b(?:meet\w*|interview\w*|first meeting|orientation)\b",
                veto=r"\b(?:our (?:hotel|inn|property)|front desk|housekeep\w*|hotel jobs?|at the hotel where)\b",
            ),
            "meeting at a hotel or non-business address",
            negatable=False,
        ),
        phrase(clause(_VOIDED, veto=_AFTER_OFFER), "bank account or SSN asked for up front", negatable=False),
        phrase(
            clause(
                _CHECK_IN, _REST_ON, veto=r"\b(?:payroll|paycheck|direct deposit|every (?:friday|week|two weeks))\b"
            ),
            "fake check, the rest sent on",
            negatable=False,
        ),
    ),
    "NOT_BONA_FIDE_PHRASES": (
        phrase(
            clause(_IF, _GO_AHEAD, _WILL_HIRE, veto=_NOW),
            "opening contingent on a future event",
            negatable=False,
        ),
        phrase(r"\breserve your (?:spot|place|seat) in line\b", "applicant pool for future use", negatable=False),
        phrase(
            clause(_MAYBE_OPEN, veto=rf"{_NOW}|\b(?:current|this (?:posting|opening|position|job))\b"),
            "opening contingent on a future event",
            negatable=False,
        ),
        phrase(_POOL, "applicant pool for future use", negatable=False),
    ),
    "STRIKE_PHRASES": (phrase(_LOCKED_OUT, "lockout", negatable=False),),
}

VISA2 = {
    "H-2A": (phrase(clause(_AG, _H2, veto=rf"{_NON_AG_WORD}|\bno (?:visas?|foreign)\b"), "H-2A in plain words"),),
    "H-2B": (phrase(clause(_NON_AG_WORD, _SEASONAL, _H2, veto=r"\bno (?:visas?|foreign)\b"), "H-2B in plain words"),),
}

# General lawful contexts (false flags of ``heldout_fifth`` removed by their kind).
_RECEIVES_CHECK = _CHECK_IN  # the applicant receives money: the fake-check fraud, not a charge to the applicant
_FOR_A_HIRING_COST = rf"\bto cover (?:your |the )?(?:\w+ ){{0,2}}{_HIRING_COST}"  # a charge, not a money transfer
_TRANSFER_LABEL = "cashier's checks / money transfers"


def extend(module) -> None:
    """Add the families to the rules' phrase lists (``rules.py`` calls this after ``wording_indirect.extend``), and
    the lawful contexts above to the phrases they concern."""
    for name, phrases in INDIRECT2.items():
        setattr(module, name, getattr(module, name) + phrases)
    module.CHARGE_PHRASES = tuple(_with(p, sentence=_RECEIVES_CHECK) for p in module.CHARGE_PHRASES)
    module.FRAUD_PHRASES = tuple(
        _with(p, sentence=_FOR_A_HIRING_COST) if p.label == _TRANSFER_LABEL else p for p in module.FRAUD_PHRASES
    )
    for program, phrases in VISA2.items():
        module.VISA_TEXT[program] = module.VISA_TEXT[program] + phrases
