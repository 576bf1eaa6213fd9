"""Reads for the supplemental wage follow-up: the work queue, the case page's contact sources, the supervisor's
dashboard, the reports, and the facts the PIRL build merges (contract C5)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from jobcenter.accounts.scoping import scoped
from jobcenter.cases.choices import NoteKind
from jobcenter.cases.models import CaseNote
from jobcenter.followup.choices import (
    OPEN_STATUSES,
    AttemptOutcome,
    CaseStatus,
    DocumentStatus,
    IdentityQuestion,
)
from jobcenter.followup.earnings import to_cents
from jobcenter.followup.models import ContactAttempt, FollowupCase, SourceDocument
from jobcenter.followup.quarters import Quarter


def identity_questions(seeker) -> list[str]:
    """The identity questions staff can ask this person (policy A.3 (d)). The last four digits of the Social
    Security number only when a number is on file: without one there is nothing to compare the answer with, and
    the question would tell the caller what the record lacks. The address and the date of birth are always
    offered."""
    has_ssn = bool(seeker.ssn_last4 or seeker.ssn_hash)
    return [q for q in IdentityQuestion.values if has_ssn or q != IdentityQuestion.SSN_LAST4]


def identity_questions_text(seeker) -> str:
    """The questions to ask, in words for the case page ("the address or the date of birth")."""
    words = {
        IdentityQuestion.SSN_LAST4: "the last 4 digits of the Social Security number",
        IdentityQuestion.ADDRESS: "the address",
        IdentityQuestion.DATE_OF_BIRTH: "the date of birth",
    }
    asked = [words[q] for q in identity_questions(seeker)]
    return ", ".join(asked[:-1]) + (" or " if len(asked) > 1 else "") + (asked[-1] if asked else "")


def _qindex(q: Quarter) -> int:
    return q.year * 4 + q.q - 1


def cases_for(*, user) -> QuerySet[FollowupCase]:
    """Every follow-up case the user may see."""
    return scoped(FollowupCase.objects.all(), user).select_related("seeker", "assigned_to")


def work_queue(*, user, interview_quarter: Quarter | None = None, mine: bool = False, open_only: bool = True):
    """Cases to work in an interview quarter (by due date): open ones first, the user's own when ``mine``."""
    qs = cases_for(user=user)
    if interview_quarter is not None:
        qs = qs.filter(opens_on=interview_quarter.first_day)
    if open_only:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if mine:
        qs = qs.filter(assigned_to=user)
    return qs.annotate(attempt_count=Count("attempts")).order_by("due_on", "seeker__surname", "id")


def interview_quarters(*, user) -> list[Quarter]:
    """Interview quarters that have cases, newest first."""
    days = cases_for(user=user).order_by().values_list("opens_on", flat=True).distinct()
    return sorted({Quarter.of(d) for d in days}, reverse=True)


@dataclass(frozen=True)
class ContactSources:
    """Everything known about reaching the participant (policy A.3: profile, alternate contacts, notes)."""

    seeker: object
    phone: str
    alternates: list
    notes: list
    last_employer: object | None


def phone_display(raw: str) -> str:
    """A phone number as people write it ("(816) 555-0100"), never the stored E.164 form."""
    import phonenumbers

    if not raw:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(raw, "US"), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return raw


def contact_sources(*, user, case: FollowupCase) -> ContactSources:
    """Contact data from the profile, alternate contacts, contact case notes and the last known employer."""
    seeker = case.seeker
    from jobcenter.followup.models import AlternateContact
    from jobcenter.seekers.models import WorkHistory

    alternates = list(scoped(AlternateContact.objects.filter(seeker=seeker), user))
    notes = list(scoped(CaseNote.objects.filter(seeker=seeker, kind=NoteKind.CONTACT), user)[:10])
    last = scoped(WorkHistory.objects.filter(seeker=seeker), user).order_by("-start_date").first()
    return ContactSources(
        seeker=seeker, phone=phone_display(seeker.phone), alternates=alternates, notes=notes, last_employer=last
    )


def dashboard(*, user, as_of: dt.date) -> dict:
    """The data-collection supervisor's dashboard: cases by state, overdue cases, response rate."""
    qs = cases_for(user=user)
    by_status = Counter(dict(qs.order_by().values_list("status").annotate(n=Count("id"))))
    rows = [(label, by_status.get(code, 0), code) for code, label in CaseStatus.choices]
    overdue = qs.filter(status__in=OPEN_STATUSES, due_on__lt=as_of).order_by("due_on")
    return {
        "by_status": rows,
        "total": sum(by_status.values()),
        "overdue": overdue,
        "overdue_count": overdue.count(),
        "response": response_rate(qs),
    }


def response_rate(qs: QuerySet[FollowupCase]) -> dict:
    """Responded (interview completed or a source document accepted) out of the cases that still needed
    supplemental data (cases closed by a later direct match are left out)."""
    base = qs.exclude(status=CaseStatus.DIRECT_MATCH)
    total = base.count()
    responded = base.filter(status__in=[CaseStatus.INTERVIEWED, CaseStatus.DOCUMENTED]).count()
    return {"responded": responded, "total": total, "rate": (responded / total) if total else None}


def report(*, user) -> dict:
    """Response rate, attempts per case, attempt outcomes, case outcomes and how many indicator records the
    supplemental data completed (documented cases, by quarter after exit and employed or not)."""
    qs = cases_for(user=user)
    attempts = scoped(ContactAttempt.objects.filter(case__in=qs), user)
    per_case = Counter(qs.annotate(n=Count("attempts")).values_list("n", flat=True))
    n_cases = sum(per_case.values())
    n_attempts = attempts.count()
    outcomes = Counter(attempts.values_list("outcome", flat=True))
    docs = scoped(  # counted only while no direct wage match closed the case (policy B: direct match wins)
        SourceDocument.objects.filter(case__in=qs, status=DocumentStatus.ACCEPTED, case__status=CaseStatus.DOCUMENTED),
        user,
    )
    completed = Counter((d.case.q_after_exit, bool(d.employed)) for d in docs.select_related("case"))
    return {
        "response": response_rate(qs),
        "cases": n_cases,
        "attempts": n_attempts,
        "attempts_per_case": (n_attempts / n_cases) if n_cases else None,
        "attempt_histogram": sorted(per_case.items()),
        "attempt_outcomes": [(label, outcomes.get(code, 0)) for code, label in AttemptOutcome.choices],
        "case_outcomes": dashboard(user=user, as_of=dt.date.min)["by_status"],
        "completed": [
            {"q_after_exit": q, "employed": completed.get((q, True), 0), "not_employed": completed.get((q, False), 0)}
            for q in (2, 4)
        ],
    }


def supplemental_wage_facts(*, exit_quarter_from=None, exit_quarter_to=None, user=None) -> list[dict]:
    """Contract C5: supplemental wage facts for the PIRL build, ONLY for cases with an accepted source document
    (policy, Required Documentation) that no direct wage match has closed (policy B). ``year``/``quarter`` are
    the reference calendar quarter; exit quarters are inclusive bounds like ``"2025Q1"``. ``user`` scopes the
    read for a person; the batch PIRL build reads statewide.

    Each dict: seeker_id, year, quarter, employed, earnings_cents (None when not employed), employer_fein,
    employer_name, source_document (the document kind code) and, as extensions, case_id, enrollment_id, program,
    exit_date, q_after_exit, onet_code, naics2, source_document_label.
    """
    docs = SourceDocument.objects.filter(status=DocumentStatus.ACCEPTED, case__status=CaseStatus.DOCUMENTED)
    if user is not None:
        docs = scoped(docs, user)
    docs = docs.select_related("case").order_by("case__exit_date", "case__seeker_id", "case__q_after_exit")
    lo = _qindex(Quarter.parse(exit_quarter_from)) if exit_quarter_from else None
    hi = _qindex(Quarter.parse(exit_quarter_to)) if exit_quarter_to else None
    facts = []
    for doc in docs:
        case = doc.case
        ex = _qindex(case.exit_quarter)
        if (lo is not None and ex < lo) or (hi is not None and ex > hi):
            continue
        ref = case.reference_quarter
        employed = bool(doc.employed)
        facts.append(
            {
                "seeker_id": case.seeker_id,
                "year": ref.year,
                "quarter": ref.q,
                "employed": employed,
                "earnings_cents": to_cents(doc.total_earnings) if employed and doc.total_earnings is not None else None,
                "employer_fein": doc.employer_fein or None,
                "employer_name": doc.employer_name or None,
                "source_document": doc.kind,
                "source_document_label": doc.get_kind_display(),
                "case_id": case.pk,
                "enrollment_id": case.enrollment_id,
                "program": case.program,
                "exit_date": case.exit_date,
                "q_after_exit": case.q_after_exit,
                "onet_code": doc.onet_code or None,
                "naics2": doc.naics2 or None,
            }
        )
    return facts


def suggest_onet(title: str) -> str:
    """The O*NET-SOC code the occupation coder suggests for a job title ("" when none): the coder's top-ranked
    occupation (issue #11), else the occupation whose title or alternate title contains the job title, else the one
    matching most of its words."""
    from jobcenter.occupations.selectors import occupation_search, occupation_suggestions

    title = (title or "").strip()[:200]
    if not title:
        return ""
    ranked = occupation_suggestions(q=title, limit=1)
    if ranked:
        return ranked[0].code
    scores: Counter = Counter()
    for word in {w for w in title.lower().replace("/", " ").split() if len(w) > 3}:
        for occ in occupation_search(q=word, limit=50):
            scores[occ.code] += 1
    return scores.most_common(1)[0][0] if scores else ""
