"""Real-world wording for the text rules (issue #9): the phrase families that failed when tried, added to the
rules' phrase lists. Developed on ``corpus/dev.jsonl`` only and measured on the held-out quarter by
``benchmarks/screening.py`` (figures in ``benchmarks/README.md``).

Families, by rule (manual sections as in ``rules.py``):

* union-membership-condition: membership or non-membership stated indirectly (union card/book, hall, roster,
  good standing, dues-paying, "union-free", pledges not to organize, past union activity);
* applicant-charge: money the applicant pays before hire framed as uniforms, background checks, exam, testing or
  training costs, deposits, kits, cases and memberships ("at the applicant's expense", "pay for your own ...");
* not-bona-fide: "not hiring now, taking applications for later" (files, lists, pools, benches, databases,
  interest lists, no current opening or start date);
* self-employment: contractor set-ups described by their terms (paid per delivery/task/route, own vehicle, tools
  and insurance, own taxes, no withholding, invoices, own LLC/EIN, franchise, booth or chair rental);
* suspected-fraud: overpayment and check-forwarding, money moved through the applicant's accounts, meetings at
  hotels, bars, rest areas and other non-business places, chat-only interviews, bank or identity data up front,
  guaranteed easy income;
* discriminatory: age-coded wording (young, energetic, fresh, millennial/Gen Z, twenties, under/over N, years
  since graduation, experience caps), citizenship demanded where no law requires it (8 U.S.C. 1324b), and
  language or accent requirements that are not job-related;
* labor-dispute-mentioned: picket lines, strikes named by who is striking, "labor dispute", walkouts, stoppages.

A phrase that names a lawful reason (a law, a clearance, a bartender's age) is excluded with ``not_after`` /
``not_before`` or by the rule-specific lawful-basis check in this module.
"""

from __future__ import annotations

import re

from jobcenter.compliance.screening.text import WAGE_TAIL, phrase, sentence_of

# Shipping work at the employer's own premises is not the reshipping scheme (manual: Suspected Violations).
EMPLOYER_PREMISES = r"\b(?:at|in|from|through) (?:our|the company'?s|the employer'?s) (?:\w+ ){0,2}(?:distribution cent(?:er|re)|warehouse|facility|dock|plant|store|fulfillment cent(?:er|re)|shipping department|mailroom)\b"
# "... is paid by the facility", "reimbursed", "waived": someone other than the applicant pays (20 CFR 651.10)
PAID_BY_OTHERS = r"[^.;]{0,40}\b(?:(?:is|are|will be|gets?) (?:paid|covered|reimbursed|waived|refunded)\b(?! by (?:the )?(?:applicants?|candidates?|you|workers?|employees?|trainees?))|reimburs\w*|at no cost|free of charge)"
WAGE_TAIL_HOURLY = r"[\d,.]*\s*(?:(?:-|\u2013|to)\s*\$?\s?\d[\d,.]*\s*)?(?:/|\ban?\b|\bper\b)\s*(?:flag )?(?:hour|hr)\b"
_GUARANTEE_LAWFUL = r"\s+(?:a |an |the )?(?:minimum|\d+\s*(?:hours|hrs)|hours|hourly|base|wage|weekly hours)\b"

# --- union or non-union as a condition ---------------------------------------------------------------------------
_UNIONISH = r"(?:unions?|labor organizations?|local(?: \d+)?|the hall|union hall|teamsters|ibew|seiu|ufcw|afscme|laborers'? international union|operating engineers|pipefitters|boilermakers|carpenters union)"
UNION = (
    phrase(
        r"\b(?:union|local) (?:card|book|roster)\b",
        "union membership required",
        not_before=r"\b(?:credit|(?:right|free|choose|choice) to(?: \w+){0,5}|may(?: \w+){0,3})",
    ),
    phrase(r"\bcard-?carrying members?\b|\bdues-?paying members?\b|\bpaid-?up union\b", "union membership required"),
    phrase(rf"\b(?:in )?good standing (?:with|in) (?:the )?{_UNIONISH}", "union membership required"),
    phrase(
        rf"\bmembers? (?:in good standing )?(?:of|with) (?:the )?(?:\w+ ){{0,3}}{_UNIONISH}\b[^.;]{{0,60}}\b(?:only|required|mandatory|must|to be (?:hired|offered|considered)|before|for hire)\b",
        "union membership required",
        not_before=r"\b(?:credit|european)",
    ),
    phrase(
        rf"\b(?:only|must|required to|have to|need to) (?:\w+ ){{0,4}}(?:members?|membership) (?:of|in|with) (?:the )?(?:\w+ ){{0,3}}{_UNIONISH}\b",
        "union membership required",
        not_before=r"\bcredit",
    ),
    phrase(
        r"\b(?:become|becoming|be enrolled in|enroll in|join) (?:a |the |an? )?(?:members? of )?(?:the )?(?:\w+ ){0,3}(?:local|union|teamsters|chapter)\b[^.;]{0,50}\b(?:before|within|as a condition|to be|required|must)\b",
        "union membership required",
        not_before=r"\b(?:may|can|choose to|free to|option to)",
    ),
    phrase(
        rf"\b(?:required to|must) (?:join|become members? of|be enrolled in) (?:the |a |an )?(?:\w+ ){{0,3}}{_UNIONISH}",
        "union membership required",
    ),
    phrase(
        r"\b(?:hire|hiring|hires are drawn) (?:only )?(?:through|from) (?:the )?(?:union )?(?:hall|roster)\b",
        "union membership required",
    ),
    phrase(
        r"\b(?:union|membership) (?:membership |proof )?(?:must accompany|required to (?:start|be hired)|must be shown)\b|\bproof of (?:union )?membership\b(?! (?:in|of|with) (?:a |an |the )?(?:professional|trade|industry|nursing|medical|state|national|american|bar|credit)\b)",
        "union membership required",
        not_before=r"\bcredit",
    ),
    phrase(
        r"\bunion members only\b|\bnon-?union shop\b[^.;]{0,60}\b(?:only hire|stay|remain)\b",
        "non-membership required",
    ),
    phrase(
        r"\b(?:not|never) (?:to )?(?:organize|join|support)\b[^.;]{0,40}\b(?:unions?|labor organizations?|organizing)\b",
        "non-membership required",
        negatable=False,
        not_before=r"\b(?:right|free|freedom|choose|choice|may)\b[^.;]{0,40}",
    ),
    phrase(r"\b(?:stay|remain|keep) (?:out of|away from) (?:any |a |the )?unions?\b", "non-membership required"),
    phrase(r"\b(?:renounce|give up|disavow) (?:any |your )?union\b", "non-membership required"),
    phrase(
        r"\b(?:prior |past |previous )?union (?:activity|affiliation|organizing|organizer|steward|authorization cards?)\b[^.;]{0,60}\b(?:disqualif\w*|need not apply|not be (?:hired|considered)|will not)\b",
        "non-membership required",
    ),
    phrase(
        r"\b(?:signed|signing) union authorization cards?\b|\bshop steward or union organizer\b",
        "non-membership required",
    ),
    phrase(
        r"\b(?:affiliated with|members? of|represented by|belong(?:s|ing)? to) (?:a |any |the )?(?:labor )?union[^.;]{0,60}\b(?:not be (?:considered|hired)|need not apply|will not be|not a fit|restricted|disqualif\w*)\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\b(?:restricted|limited) to (?:individuals|people|applicants|those) who are not (?:represented by|members of) (?:a |any )?union\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\bnever been members? of (?:a |any )?(?:labor )?union\b|\bmust not belong to any union\b",
        "non-membership required",
        negatable=False,
    ),
    phrase(
        r"\bnon-?members? will not be hired\b|\bnon-?members? (?:please )?(?:do not|need not) apply\b",
        "union membership required",
        negatable=False,
    ),
    phrase(r"\bposition open only to members of\b", "union membership required"),
    phrase(
        r"\bunion members\b[^.;]{0,40}\b(?:not a fit|will not be hired|need not apply)\b",
        "non-membership required",
        negatable=False,
    ),
)

# --- charges to applicants -------------------------------------------------------------------------------------
_COSTS = r"(?:uniforms?|uniform (?:shirts|costs)|boots|background (?:check|screening)|fingerprinting|drug (?:test|screen)|physical|tb test|exam|exams|testing|test|licens\w+|certification|training|class|course|tuition|cdl school|kits?|tool set|tools|sample case|equipment|deposit|badge|orientation|assessment)"
CHARGE = (
    phrase(
        r"\b(?:at|is at) (?:the )?(?:applicant|candidate|employee|worker|trainee|new hire)'?s'? (?:own )?expense\b",
        "cost paid by the applicant",
    ),
    phrase(
        rf"\b(?:applicants?|candidates?|you|new hires|trainees|workers|drivers|everyone)\b(?:(?!\b(?:we|nothing|employer|company)\b)[^.;]){{0,30}}\b(?:must |need to |will need to |are required to |required to |have to )?(?:pay|cover|invest|reimburse)\b(?:(?!\b(?:nothing|no|we|free)\b)[^.;]){{0,40}}\b(?:\$\s?\d|{_COSTS}|fee|costs?|payment)",
        "cost paid by the applicant",
        # "we send you a check to cover ...": the applicant receives the money (the fake-check scheme is fraud)
        not_before=r"\b(?:we|company|employer|send|sends|mail|mails|give|gives|issue|wire)\b[^.;]{0,20}",
    ),
    phrase(
        r"\b(?:costs? (?:for|of) [^.;]{0,40}) (?:are|is) (?:paid|covered|borne) by the (?:applicant|candidate|employee|worker)\b",
        "cost paid by the applicant",
    ),
    phrase(
        r"\b(?:applicant|candidate|employee|worker|trainee) is responsible for the cost\b|\bresponsible for (?:the )?(?:cost|costs) of\b",
        "cost paid by the applicant",
        not_before=r"\b(?:employer|company|we)\b[^.;]{0,15}",
    ),
    phrase(
        rf"\b(?:must|required to|need to|have to|you will|you'?ll)\s+(?:first\s+)?(?:purchase|buy|invest in)\b[^.;]{{0,40}}\b{_COSTS}",
        "purchase required before hire",
    ),
    phrase(
        r"\b(?:purchase|buy|invest \$\s?\d+) (?:of |in )?(?:the |a |an |your )?[^.;]{0,40}\b(?:package|case|kit|inventory)\b[^.;]{0,30}\b(?:required|to qualify|before)\b",
        "purchase required before hire",
    ),
    phrase(r"\b(?:purchase|buy)\b[^.;]{0,30}\bfrom (?:the |our )?company store\b", "purchase required before hire"),
    phrase(
        r"\$\s?\d[\d,.]*\s+(?:[\w-]+\s+){0,3}(?:fee|deposit|payment|charge)\b",
        "fee charged to applicants",
        not_before=r"\b(?:employer|company|we)\b[^.;]{0,20}(?:pays?|covers?|reimburses?|refunds?)\b[^.;]{0,12}",
        not_after=PAID_BY_OTHERS,
    ),
    phrase(
        r"\b(?:fee|deposit|charge|payment) (?:of \$\s?\d[\d,.]*\s)?(?:is |will be )?(?:due|collected|charged|taken|required)\b",
        "fee charged to applicants",
        not_after=r"\s*(?:by|from) (?:the )?(?:employer|company)",
    ),
    phrase(
        r"\b(?:security|equipment|refundable) deposit\b|\b(?:onboarding|hiring packet|processing) (?:charge|fee|payment)\b",
        "fee charged to applicants",
    ),
    phrase(r"\b(?:applicants|candidates) are charged\b|\bwe charge \$?\d*", "fee charged to applicants"),
    phrase(
        rf"\bpay \$\s?(?!0(?:\.00)?\b)\d[\d,.]*\b(?!{WAGE_TAIL})|\bpay (?:your|the) (?:exam|test|testing|training|class) costs?\b",
        "fee charged to applicants",
        not_before=r"\b(?:we|company|employer|will)\b[^.;]{0,10}",
    ),
    phrase(
        r"\b(?:taken|deducted) (?:out of|from) (?:the )?(?:applicant|candidate|employee)'?s'? (?:pocket|pay)\b[^.;]{0,30}\bbefore\b|\bpurchased through payroll before\b",
        "cost paid by the applicant",
    ),
    phrase(
        r"\bmembership in our [\w ]{0,20}costs\b|\bcosts \$\s?\d[\d,.]* (?:a|per) month\b", "fee charged to applicants"
    ),
)

# --- not a current opening -------------------------------------------------------------------------------------
FUTURE = (
    phrase(
        r"\b(?:future|later|upcoming) (?:openings?|vacanc(?:y|ies)|positions?|consideration|needs?|use)\b[^.;]{0,30}\b(?:only|file|pool|list)\b|\bfuture openings only\b|\bfor (?:future|later) consideration\b",
        "applicant pool for future use",
    ),
    phrase(
        r"\b(?:no|not any) (?:current |immediate )?(?:openings?|vacanc(?:y|ies)|jobs? (?:are )?open|positions? (?:are )?(?:open|available))\b|\bno (?:immediate )?need\b|\bnot (?:currently )?hiring\b|\bhiring freeze\b",
        "no current opening",
        negatable=False,
        not_after=r"[^.;]{0,20}\b(?:fees?|charge|experience)\b",
    ),
    phrase(
        r"\b(?:on|in) (?:our )?(?:file|files|prospect file|waiting list|interest list|reserve pool|bench|database)\b|\b(?:keep|kept|keeping) (?:your )?(?:résumés?|resumes?|applications?) (?:on file|for when)\b",
        "applicant pool for future use",
    ),
    phrase(
        r"\b(?:waiting|interest|prospect) list\b|\bbench of (?:qualified )?(?:applicants|candidates)\b|\b(?:talent|reserve|applicant) pool\b|\bdatabase of (?:available )?workers\b|\bpipeline posting\b|\bevergreen requisition\b",
        "applicant pool for future use",
        not_before=r"\b(?:diverse|inclusive|broad|wide|varied)",
        not_after=r"[^.;]{0,60}\bbut\b[^.;]{0,40}\b(?:open|hiring)\b",
    ),
    phrase(
        r"\b(?:may|might) have openings\b|\b(?:when|whenever|as|if) (?:something|positions?|vacancies|a store|jobs?) (?:opens?|arise|come available|becomes? available)\b|\bas vacancies arise\b",
        "applicant pool for future use",
    ),
    phrase(
        r"\bnot (?:an active|a current) (?:opening|vacancy)\b|\bnot (?:yet )?open(?: yet)?\b|\bnot filling this position now\b|\bcurrently filled\b|\bno start date\b|\bno timeline\b|\btiming unknown\b",
        "no current opening",
        negatable=False,
    ),
    phrase(
        r"\b(?:gauging|gauge) interest\b|\bmarket research\b|\bin advance of a contract\b|\bonly be filled if\b|\bcollecting (?:only )?(?:contact details|résumés|resumes|applications)\b",
        "no current opening",
    ),
)

# --- self-employment by its terms ------------------------------------------------------------------------------
_PER = r"(?:per|by the|for each|each|a) (?:delivery|drop|route|job|task|gig|house|article|installation|load|mile|piece|project|visit|class|completed \w+|square|result|sale)"
SELF_EMPLOYED = (
    phrase(
        rf"\b(?:paid|pay|earn|compensated|compensation)\b(?:(?!\b(?:not|never|no|rather than|instead of)\b)[^.;]){{0,20}}\b{_PER}\b",
        "paid per task",
        not_after=r"[^.;]{0,40}\b(?:W-?2|employee|guaranteed (?:minimum|hourly))\b",
        not_before=r"\b(?:hourly|W-?2)\b[^.;]{0,20}",
    ),
    phrase(
        r"\b(?:own|your) (?:vehicle|truck|van|car|tools|crew|equipment|insurance|supplies|computer|llc|ein|business license|authority)\b[^.;]{0,60}\b(?:paid|per|invoice|1099|taxes|settlement)\b|\b(?:paid|per|invoice)\b[^.;]{0,60}\b(?:provide|supply|bring|use) (?:your |their )?own (?:vehicle|truck|van|car|tools|crew|equipment|insurance)\b",
        "own tools and vehicle, paid per task",
    ),
    phrase(
        r"\b(?:you|workers?|cleaners|drivers|instructors)\b[^.;]{0,30}\b(?:provide|supply|bring|cover) (?:the |your |their )?(?:own )?(?:van|truck|vehicle|tools|fuel|insurance|supplies)\b[^.;]{0,40}\b(?:insurance|taxes|paid per|fuel)\b",
        "own tools and vehicle, paid per task",
    ),
    phrase(
        r"\b(?:own|your own|their own|pay your own|file your own|responsible for (?:your|their) own)\b[^.;]{0,25}\btax(?:es)?\b|\bno (?:taxes )?(?:are )?withh(?:e|o)ld(?:ing)?\b|\bdo not withhold\b|\bno withholding\b|\bno w-?2\b",
        "own taxes, no withholding",
        negatable=False,
        not_before=r"\b(?:clients|customers)\b",
    ),
    phrase(
        r"\b(?:invoice|invoices|invoicing|by invoice)\b[^.;]{0,30}\b(?:us|weekly|each|per|paid)\b|\bpaid by invoice\b|\bcontracted per\b",
        "paid by invoice",
    ),
    phrase(
        r"\bnot an employee\b|\bnot an employee position\b|\bunlike an employee\b|\bcontract position\b|\bas (?:1099 )?contractors?\b|\bsubcontractors? needed\b|\bindependent (?:agreement|agents?|business owner|insurance agents)\b",
        "contractor, not employee",
        negatable=False,
        not_after=r"[^.;]{0,10}\b(?:schedules|invoices)\b",
    ),
    phrase(
        r"\b(?:your own|run your own|start your own|build your own|operate under your own) (?:business|route|territory|llc|home-based business|book of business)\b|\byou are your own business\b|\bbusiness opportunity\b|\bfranchise partner\b|\bkeep the profits\b",
        "own business",
        # a salaried or W-2 job "growing your own book of business" is employment (manual: Self-Employment)
        not_in_sentence=r"(?<!no )(?<!not )(?<!without )\b(?:salary|salaried|w-?2|hourly wage|full benefits)\b",
    ),
    phrase(
        r"\bself-?employed\b",
        "self-employment",
        not_after=r"\s*(?:clients|customers|individuals|people|taxpayers|borrowers)\b",
    ),
    phrase(r"\bself-?employment tax\b", "self-employment"),
    phrase(
        r"\b(?:booth|chair) rent(?:al)?\b|\brent a (?:chair|booth)\b|\blease on with their own\b|\bunder their own authority\b",
        "booth or truck rental",
    ),
    phrase(
        r"\bset your own (?:schedule|hours)\b[^.;]{0,80}\b(?:your own|business|per|taxes)\b|\b(?:choose|decide|accept or decline)\b[^.;]{0,20}\b(?:which gigs|your hours|any delivery|which jobs)\b|\bwork whenever you (?:like|want)\b|\bunlimited income\b",
        "own schedule, paid per task",
    ),
    phrase(
        r"\b(?:straight|commission[- ]only|only on) commission\b[^.;]{0,60}\b(?:contractors?|1099|no base|no w-?2)\b|\bcommission only, no hourly\b|\bno base wage\b|\bpercentage of each sale\b[^.;]{0,40}\bno\b",
        "commission-only contractor",
        negatable=False,
    ),
    phrase(
        r"\bnetwork of independent\b|\bbrand ambassador\b[^.;]{0,60}\btaxes\b|\bfreelance (?:position|work)\b",
        "contractor, not employee",
    ),
)

# --- suspected fraud -------------------------------------------------------------------------------------------
_MONEY_MOVE = r"(?:wire|transfer|forward|send|refund|return|move|process)"
_MONEY_RAIL = r"(?:western union|moneygram|zelle|cash app|venmo|paypal|bitcoin|crypto\w*|wallet|gift cards?|wire|by wire|money order)"
FRAUD = (
    phrase(
        rf"\b(?:deposit|cash)\b[^.;]{{0,40}}\bche(?:ck|que)s?\b[^.;]{{0,60}}\b(?:{_MONEY_MOVE}|buy|purchase|keep)\b",
        "cashier's checks / money transfers",
    ),
    phrase(
        rf"\b(?!process\b[^.;]{{0,50}}\bwire transfers?\b){_MONEY_MOVE}\b[^.;]{{0,50}}\b(?:via |by |through |to (?:our|the) )?{_MONEY_RAIL}\b",
        "cashier's checks / money transfers",
        not_before=r"\b(?:bank teller|analyst|review\w*)\b[^.;]{0,40}",
        not_after=r"\s*transfers?\b[^.;]{0,10}\bfor (?:\w+ ){0,2}(?:customers|members|account holders|patrons)\b",
    ),
    phrase(r"\b(?:overpay|overpayment|refund the extra|return the overpayment)\b", "overpayment scheme"),
    phrase(
        r"\bthrough (?:your|their) (?:own |personal )?(?:bank )?accounts?\b|\b(?:into|in) your (?:personal )?(?:bank )?account\b[^.;]{0,60}\b(?:wire|send|transfer|forward)\b|\bopen accounts in your name\b|\bmove (?:customer )?funds\b|\breceive (?:transfers|donations|funds|payments)\b[^.;]{0,40}\b(?:forward|transfer|send)\b",
        "money moved through the applicant's accounts",
    ),
    phrase(
        r"\b(?:receive|accept)\b[^.;]{0,30}\b(?:packages|parcels)\b(?:(?!\b(?:our|the company'?s) (?:warehouse|store|facility|dock|plant|distribution|shop|office|mailroom)\b)[^.;]){0,40}\b(?:forward|relabel|reship|mail them)\b|\brelabel\b",
        "reshipping packages",
        not_in_sentence=EMPLOYER_PREMISES,
    ),
    phrase(
        r"\b(?:interview(?:s|ed|ing)?|meet (?:us|me|our|the (?:recruiter|manager|hiring manager|owner))|meeting (?:will be |is )?held|sign (?:your )?contract)\b[^.;]{0,60}\b(?:hotel|motel|inn|hilton|marriott|starbucks|bar|parking lot|truck stop|rest area|lobby)\b",
        "meeting at a hotel or non-business address",
        not_after=r"[^.;]{0,40}\b(?:booth|job fair)\b",
        not_before=r"\bjob fair\b[^.;]{0,40}",
    ),
    phrase(
        r"\bmeet (?:applicants|candidates)\b[^.;]{0,40}\b(?:hotel|motel|bar|lobby|parking)\b",
        "meeting at a hotel or non-business address",
    ),
    phrase(
        r"\b(?:chat|text message|instant messag\w+|messaging)\b[^.;]{0,30}\b(?:interview|hiring)\b|\b(?:interview|hiring|hired)\b[^.;]{0,40}\b(?:google chat|teams chat|by chat|chat only|by text|via chat|on (?:wire|signal)|signal app|telegram|whatsapp)\b|\b(?:download|install) (?:the )?(?:signal|telegram|whatsapp|wire)\b",
        "interview or application through an online chat",
    ),
    phrase(
        r"\b(?:send|provide|submit|email|include|give)\b[^.;]{0,70}\b(?:bank (?:details|routing|card|account|login)|routing and account|online banking|credit card|ssn|social security|mother'?s maiden name|date of birth|passport|photo of (?:both sides of )?your id)\b",
        "bank account or SSN asked for up front",
        not_after=r"[^.;]{0,30}\b(?:on your first day|after hire|with your w-4)\b",
    ),
    phrase(
        r"\b(?:need|needs|require|requires)\b[^.;]{0,20}\b(?:online banking login|bank details|banking login|credit card number)\b",
        "bank account or SSN asked for up front",
    ),
    phrase(
        # a guaranteed hourly wage, minimum or number of hours is an ordinary term of employment, not a lure
        rf"\bguaranteed\b(?!{_GUARANTEE_LAWFUL})[^.;]{{0,40}}\$\s?\d[\d,]*(?!{WAGE_TAIL_HOURLY})|\$\s?\d[\d,]*(?!{WAGE_TAIL_HOURLY})[^.;]{{0,40}}\bguaranteed\b(?!{_GUARANTEE_LAWFUL})|\bearn thousands\b|\b\$\s?\d[\d,]* a week for simple\b|\bno experience, no interview\b",
        "get rich quick",
    ),
    phrase(
        r"\bhandle (?:his|her|their) payments\b|\bpayment processing (?:assistant|agent)\b|\bfinancial agent\b|\bmystery shopper\b[^.;]{0,60}\b(?:wir|transfer)\w*",
        "money moved through the applicant's accounts",
    ),
    phrase(r"\bcash paid daily\b", "get rich quick"),
)

# --- discrimination: age-coded, citizenship, language ------------------------------------------------------------
_LAWFUL_CITIZENSHIP = r"(?:security clearance|clearance|federal law|by law|state law|required by|itar|export|civil service|police|law enforcement|rsmo|cfr|u\.?s\.? person|federal (?:civil service|position|job))"
AGE = (
    phrase(
        r"\b(?:young|youthful|fresh faces|vibrant young|young blood|young and (?:hip|energetic|physically fit))\b",
        "age",
        not_before=r"\b(?:children|kids|with|serve|serving|caring for|care for|help|helping|pediatric|mentor\w*|teach\w*|coach\w*|support\w*|tutor\w*|programs? for|services? for|activities for)\b(?:\s+\w+){0,3}",
        not_after=r"\s+(?:people|adults|children|kids|clients|patients|students|offenders|mothers|families)\b",
    ),
    phrase(
        r"\bnot (?:suitable|a (?:good )?fit|right|ideal) for (?:mature|older|senior)\b|\bno (?:applicants|one|candidates|workers|people) (?:over|above|older than) \d{2}\b",
        "age",
        negatable=False,
    ),
    phrase(
        r"\b(?:millennials?|gen ?z|boomers?|retirees need not apply|mature workers|older (?:applicants|workers)|overqualified)\b",
        "age",
        not_before=r"\b(?:welcome|including|all ages)\b[^.;]{0,20}",
        not_after=r"[^.;]{0,30}\b(?:welcome|encouraged|invited)\b",
    ),
    phrase(
        r"\b(?:in (?:their|your) )?(?:20s|twenties)\b|\bunder (?:thirty|forty|fifty)\b|\b(?:over|above) (?:40|50|60)\b|\b(?:40|50|60) and (?:above|over|older)\b",
        "age",
        # "over 40 hours" is overtime, not an age
        not_after=r"\s*(?:(?:to|through|into|and|or) (?:their |your |the )?(?:thirties|forties|fifties|sixties|seventies|eighties|[3-9]0s)|(?:are |is )?(?:(?:strongly |also )?(?:encouraged|welcome|invited))|(?:hours|hrs?|lbs|pounds|miles|mph|feet|ft|units|stops|minutes|per)\b)",
        not_before=r"\b(?:lift|lbs|pounds|children|patients)\b(?:\s+\w+){0,3}",
    ),
    phrase(
        r"\b(?:between|aged?) \d{2} ?(?:and|-|–|to) ?\d{2}\b[^.;]{0,20}\b(?:years|only|old)?",
        "age",
        not_before=r"(?:\b(?:children|kids|students|youth|ages of)\b(?:\s+\w+){0,3}|\b(?:for|serving|serve|with|mentor\w*|help\w*|teach\w*|coach\w*)\s+(?:young\s+)?(?:adults|people|participants|clients|persons|individuals|residents|patients))",
    ),
    phrase(
        r"\bideally \d{2} ?(?:-|–|to) ?\d{2}\b|\bmust be no older than\b|\bborn (?:after|before) (?:19|20)\d{2}\b|\bclass of (?:19|20)\d{2}\b",
        "age",
    ),
    phrase(
        r"\b(?:graduated|graduation|since (?:your )?(?:degree|graduation))\b[^.;]{0,40}\b(?:within|in) the (?:last|past) (?:\d+|one|two|three|four|five) years?\b|\bno more than (?:\d+|one|two|three|four|five) years since\b|\bdegrees? earned more than\b",
        "age",
    ),
    phrase(
        r"\b(?:more than|over) \d+ years of experience (?:will )?not be considered\b|\bcandidates with more than \d+ years\b",
        "age",
    ),
    phrase(r"\bcollege kids\b|\bhigh school and college students aged\b", "age"),
)
CITIZENSHIP = (
    phrase(
        r"\b(?:u\.?s\.?|us|united states|american) citizens? only\b|\bcitizens only\b|\bonly (?:hire )?citizens\b|\bonly citizens\b|\bwe do not hire non-?citizens\b|\bcitizenship (?:is )?required\b|\b(?:requires?|require) (?:u\.?s\.? |american )?citizenship\b",
        "citizenship",
        not_after=rf"[^.;]{{0,60}}\b{_LAWFUL_CITIZENSHIP}",
        not_before=rf"\b{_LAWFUL_CITIZENSHIP}\b[^.;]{{0,40}}",
    ),
    phrase(
        r"\bmust be (?:a |an )?(?:u\.?s\.?|us|united states|american) (?:citizen|national)s?\b|\bmust be a citizen\b|\bmust be (?:u\.?s\.?|us) nationals?\b|\bapplicants must be u\.?s\.? nationals\b",
        "citizenship",
        not_after=rf"[^.;]{{0,80}}\b{_LAWFUL_CITIZENSHIP}",
        not_before=rf"\b{_LAWFUL_CITIZENSHIP}\b[^.;]{{0,40}}",
    ),
    phrase(
        r"\bproof of (?:u\.?s\.? )?citizenship\b|\b(?:u\.?s\.? passport|birth certificate)\b(?:(?!\bor\b)[^.;]){0,30}\b(?:at the interview|to apply|required|show)\b|\bshow your birth certificate\b",
        "citizenship",
    ),
    phrase(
        r"\b(?:green card holders|permanent residents|work visas|work permits|refugee status|ead cards?|immigrants|non-?citizens|foreign-born)\b[^.;]{0,40}\b(?:not be considered|not eligible|need not apply|do not accept|no)\b|\bno (?:immigrants|foreign-born|work visas)\b|\bnative-born\b|\bnatural-born citizens?\b",
        "citizenship or national origin",
        negatable=False,
    ),
)
LANGUAGE = (
    phrase(
        r"\b(?:no|without|not have an?|free of|no trace of an?|unaccented|neutral (?:american )?)\s?(?:foreign |heavy |strong )?accents?\b|\bunaccented\b|\bheavy accents?\b|\bsound american\b",
        "national origin (accent)",
        negatable=False,
        not_before=r"\b(?:modification|speech-language)\b[^.;]{0,30}",
    ),
    phrase(
        r"\bnative (?:english )?speakers?\b|\bnative-level english\b|\b(?:first|native|mother) (?:language|tongue)\b[^.;]{0,20}\benglish\b|\benglish (?:must be|as) (?:your )?(?:first|native|mother)\b|\blearned english as children\b|\bmother tongue\b",
        "national origin (language)",
        not_before=r"\b(?:interpret\w*|translat\w*|esl)\b[^.;]{0,40}",
        not_after=r"[^.;]{0,25}\b(?:are |is )?(?:(?:strongly |also )?(?:encouraged|welcome|invited))\b",
    ),
    phrase(
        r"\benglish only at all times\b|\benglish-only workplace\b|\bother languages are forbidden\b|\bno (?:spanish|foreign language) speakers\b|\bfirst language is not english\b",
        "national origin (language)",
        negatable=False,
    ),
)

# --- labor disputes ----------------------------------------------------------------------------------------------
STRIKE = (
    phrase(
        r"\bpicket(?:ing| line)s?\b|\bwalk-?out\b|\bwork stoppage\b|\blabor dispute\b|\b(?:nurses|workers|drivers|union)'? strike\b|\bwent on strike\b|\bout on strike\b",
        "strike",
        not_before=r"\b(?:relations specialist|history|lessons)\b[^.;]{0,40}",
        not_after=r"[^.;]{0,10}\b(?:specialist|history course)\b",
    ),
)


OPEN_NOW = re.compile(
    r"\b(?:open (?:today|now)|hiring (?:now|immediately)|immediate openings?|start(?:s|ing)? (?:date )?(?:on|next|this|in)|"
    r"positions? (?:are|is) open|current (?:openings?|vacanc(?:y|ies))|openings? available now|interviewing now|"
    r"(?:have|has|with) (?:\w+ )?(?:openings?|vacancies|positions?) (?:open )?(?:now|today)|(?:positions?|openings?|jobs?) open (?:now|today)|"
    r"start (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week)|(?:one|two|three|four|five|\d+) open (?:positions?|roles?|jobs?)|"
    r"(?:is|are) hiring (?:an? |one |two |three |\d+ )?(?:[\w-]+ ){1,4}(?:now|today|immediately))\b",
    re.IGNORECASE,
)
LAWFUL_CITIZENSHIP = re.compile(_LAWFUL_CITIZENSHIP, re.IGNORECASE)


def citizenship_lawful(text: str, match: re.Match) -> bool:
    """A citizenship requirement whose sentence names the law that requires it (a clearance, federal civil
    service, police under state law, ITAR/export control) is not flagged."""
    return bool(LAWFUL_CITIZENSHIP.search(sentence_of(text, match)))


def states_open_now(text: str) -> bool:
    """The text says the position is open now ("these three positions are open today"). A start that only
    might happen ("the project might start in 2026") says no such thing (seventh session)."""
    text = text or ""
    return any(
        not re.search(
            r"\b(?:no|not|none|nothing|might|may|could|would|possibly|hope to|if)\b",
            text[max(0, m.start() - 25) : m.start()],
            re.IGNORECASE,
        )
        for m in OPEN_NOW.finditer(text)
    )


_DRUG_NOT_AFTER = r"(?:[\s-]*free\b|\s*(?:test\w*|screen\w*|use\b|and opioid|or opioid|abuse|addiction)|\s*(?:content |level )?(?:of )?(?:less than|under|below|no more than|<)\s*0?\.3\s*(?:%|percent))"
# hemp: "less than 0.3% THC" is lawful (Agriculture Improvement Act of 2018, 7 U.S.C. 1639o(1))
_DRUG_NOT_BEFORE = r"(?:\b(?:less than|under|below|no more than)\s*|<\s*)0?\.3\s*(?:%|percent)(?:\s+\w+){0,3}|\b(?:recover\w*|abuse|addiction|counsel\w*|treatment|test|tests|tested|testing|screen\w*|positive|detect\w*|use of|using|under the influence of)\b(?:\s+\w+){0,3}"


def _drug_phrase(p):
    import dataclasses

    flags = re.IGNORECASE
    return dataclasses.replace(
        p,
        not_before=re.compile(_DRUG_NOT_BEFORE + r"\s*$", flags),
        not_after=re.compile(r"^" + _DRUG_NOT_AFTER, flags),
    )


def _extend(module) -> None:
    # Only the phrases that already exclude drug *testing* get the wider testing/treatment exclusions.
    module.DRUG_PHRASES = tuple(
        _drug_phrase(p) if p.label in ("medical marijuana", "marijuana", "cannabis", "THC") else p
        for p in module.DRUG_PHRASES
    )
    module.UNION_PHRASES = module.UNION_PHRASES + UNION
    module.CHARGE_PHRASES = module.CHARGE_PHRASES + CHARGE
    module.NOT_BONA_FIDE_PHRASES = module.NOT_BONA_FIDE_PHRASES + FUTURE
    module.SELF_EMPLOYMENT_PHRASES = (
        tuple(p for p in module.SELF_EMPLOYMENT_PHRASES if "self-?employ" not in p.regex.pattern) + SELF_EMPLOYED
    )
    module.FRAUD_PHRASES = module.FRAUD_PHRASES + FRAUD
    module.DISCRIMINATION_PHRASES = module.DISCRIMINATION_PHRASES + AGE + CITIZENSHIP + LANGUAGE
    module.STRIKE_PHRASES = module.STRIKE_PHRASES + STRIKE
