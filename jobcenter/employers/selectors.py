"""Reads for employers. Public helpers for other areas: ``employer_display_name``, ``employers_for_user``,
``employer_has_accepted_current_terms``. Every query of rows that lead to people goes through ``scoped``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from jobcenter.accounts.scoping import scoped
from jobcenter.core import clock
from jobcenter.core.parameters import param
from jobcenter.employers.choices import DiscontinuationStatus, EmployerStatus, ReinstatementStatus
from jobcenter.employers.models import (
    DiscontinuationCase,
    Employer,
    EmployerMembership,
    ReinstatementRequest,
    TermsAcceptance,
    TermsVersion,
)

CONFIDENTIAL_NAME = "Confidential employer"


def employer_display_name(employer: Employer, *, for_applicant: bool) -> str:
    """The name to show. For applicant-facing output a confidential employer is "Confidential employer" —
    never its name, address or phone (manual: Job Orders from Employers Requesting Confidentiality)."""
    if for_applicant and employer.confidential:
        return CONFIDENTIAL_NAME
    return employer.dba or employer.legal_name


def employers_for_user(user) -> QuerySet[Employer]:
    """Employers ``user`` may see: an employer user only their own company(ies); staff statewide."""
    return scoped(Employer.objects.all(), user)


def terms_current(*, as_of: dt.date | None = None) -> TermsVersion | None:
    """The terms-of-service version in force on ``as_of`` (default today)."""
    as_of = as_of or clock.today()
    return TermsVersion.objects.filter(effective_from__lte=as_of).order_by("-effective_from", "-id").first()


def employer_has_accepted_current_terms(employer: Employer, *, user=None, as_of: dt.date | None = None) -> bool:
    """True when the current terms of service were accepted for ``employer`` — by ``user`` when given (the
    employer user about to submit a job order), else by any of its users (manual: Employer - Policy & Terms
    of Service). False when no version is in force."""
    version = terms_current(as_of=as_of)
    if version is None:
        return False
    qs = TermsAcceptance.objects.filter(employer=employer, version=version)
    if user is not None:
        qs = qs.filter(user=user)
    return qs.exists()


def terms_acceptances_for(*, employer: Employer, user) -> QuerySet[TermsAcceptance]:
    """Who accepted which version when, for one employer."""
    return scoped(TermsAcceptance.objects.filter(employer=employer), user).select_related("user", "version")


def employer_search(*, user, q: str = "", status: str = "") -> QuerySet[Employer]:
    """Staff employer search by name, DBA, FEIN or city; optional status filter."""
    qs = employers_for_user(user).select_related("job_center")
    q = (q or "").strip()
    if q:
        qs = qs.filter(Q(legal_name__icontains=q) | Q(dba__icontains=q) | Q(fein__icontains=q) | Q(city__icontains=q))
    if status:
        qs = qs.filter(status=status)
    return qs


PICK_LIMIT = 10  # suggestions (and candidates named back) are bounded, whatever the number of employers
PICK_MIN_CHARS = 2
_FEIN_IN_LABEL = re.compile(r"\(FEIN (\d{2}-\d{7})\)\s*$")
_FEIN_ONLY = re.compile(r"^\d{2}-?\d{7}$")


def employer_pick_label(employer: Employer) -> str:
    """How a picker names an employer for staff, the text the picker resolves back: "Legal name (FEIN NN-NNNNNNN)"."""
    return f"{employer.legal_name} (FEIN {employer.fein})" if employer.fein else employer.legal_name


def employer_suggestions(*, user, q: str, limit: int = PICK_LIMIT) -> list[Employer]:
    """At most ``limit`` employers in ``user``'s scope matching what was typed (name, DBA, FEIN or city, as the
    employer list searches); nothing for fewer than two characters."""
    q = (q or "").strip()[:100]
    if len(q) < PICK_MIN_CHARS:
        return []
    return list(employer_search(user=user, q=q).order_by("legal_name", "id")[:limit])


def employer_resolve(*, user, typed: str, limit: int = PICK_LIMIT) -> tuple[Employer | None, list[Employer]]:
    """The one employer in ``user``'s scope that ``typed`` names exactly (a picker label, a FEIN with or without
    its dash, or a legal or DBA name, any case), as ``(employer, [])``; otherwise ``(None, candidates)``: up to
    ``limit`` + 1 employers named exactly alike, else containing the text (none: nothing matches)."""
    text = (typed or "").strip()[:200]
    if not text:
        return None, []
    qs = employers_for_user(user).select_related("job_center").order_by("legal_name", "id")
    label = _FEIN_IN_LABEL.search(text)
    if label:
        exact = qs.filter(fein=label.group(1))
    elif _FEIN_ONLY.match(text):
        digits = text.replace("-", "")
        exact = qs.filter(fein=f"{digits[:2]}-{digits[2:]}")
    else:
        exact = qs.filter(Q(legal_name__iexact=text) | Q(dba__iexact=text))
    found = list(exact[: limit + 1])
    if len(found) == 1:
        return found[0], []
    if found:
        return None, found
    if len(text) < PICK_MIN_CHARS:
        return None, []
    return None, list(employer_search(user=user, q=text).order_by("legal_name", "id")[: limit + 1])


@dataclass(frozen=True)
class PendingEmployer:
    """A row of the CSU verification queue."""

    employer: Employer
    age_hours: int
    target_hours: int

    @property
    def overdue(self) -> bool:
        """Older than the verification target (manual: "can take up to 48 hours")."""
        return self.age_hours >= self.target_hours


def verification_queue(*, user, now: dt.datetime | None = None) -> list[PendingEmployer]:
    """Pending employers, oldest first, with their age in hours against the 48-hour target (parameter
    ``employers.verification_target_hours``)."""
    from django.conf import settings

    now = now or clock.now()
    target = param("employers.verification_target_hours", as_of=now.date(), state=settings.JOBCENTER_STATE)
    rows = (
        employers_for_user(user)
        .filter(status=EmployerStatus.PENDING_VERIFICATION)
        .select_related("job_center")
        .order_by("created_at", "id")
    )
    return [PendingEmployer(e, int((now - e.created_at).total_seconds() // 3600), target) for e in rows]


def memberships_for(*, employer: Employer, user) -> QuerySet[EmployerMembership]:
    """Users acting for one employer."""
    return scoped(EmployerMembership.objects.filter(employer=employer), user).select_related("user")


def discontinuation_cases(*, user, open_only: bool = False) -> QuerySet[DiscontinuationCase]:
    """Discontinuation cases (SMA queue); open ones are referred or with a notice issued."""
    qs = scoped(DiscontinuationCase.objects.all(), user).select_related("employer", "referred_by")
    if open_only:
        qs = qs.filter(status__in=[DiscontinuationStatus.REFERRED, DiscontinuationStatus.NOTICE_ISSUED])
    return qs.order_by("referred_at", "id") if open_only else qs


def pending_reinstatements(*, user) -> QuerySet[ReinstatementRequest]:
    """Reinstatement requests awaiting a decision, the earliest due first."""
    return (
        scoped(ReinstatementRequest.objects.filter(status=ReinstatementStatus.PENDING), user)
        .select_related("case__employer")
        .order_by("decision_due")
    )
