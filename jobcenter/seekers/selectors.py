"""Reads for job seekers. Every read of personal data goes through ``scoped(qs, user)``.

Staff search before creating an account (manual: Verifying Accounts) looks statewide so duplicates are
found anywhere, but rows outside the user's scope come back reduced to State ID, name, year of birth and
home job center -- no contact data; their profile pages stay out of reach (``get_scoped_or_404``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core.audit import audit_log
from jobcenter.seekers import choices, constants
from jobcenter.seekers.linkage import normalize as linkage_normalize
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import normalize_phone, ssn_hash

SEARCH_LIMIT = 50
STATE_ID_RE = re.compile(r"^[A-Za-z]{2}\d{10}$")


@dataclass(frozen=True)
class SeekerHit:
    """One search result. Out-of-scope hits carry no contact data and only the year of birth."""

    state_id: str
    name: str
    birth_year: int | None
    home_job_center: str
    in_scope: bool
    is_active: bool
    date_of_birth: dt.date | None = None
    email: str = ""
    phone: str = ""
    ssn_masked: str = ""
    seeker_id: int | None = None
    priority: str = ""  # priority-of-service tier label for in-scope hits ("" = none)


def _hit(seeker: JobSeeker, in_scope: bool) -> SeekerHit:
    base = {
        "state_id": seeker.state_id,
        "name": seeker.full_name,
        "birth_year": seeker.date_of_birth.year if seeker.date_of_birth else None,
        "home_job_center": str(seeker.home_job_center or ""),
        "in_scope": in_scope,
        "is_active": seeker.is_active,
    }
    if not in_scope:
        return SeekerHit(**base)
    return SeekerHit(
        **base,
        date_of_birth=seeker.date_of_birth,
        email=seeker.email,
        phone=seeker.phone,
        ssn_masked=seeker.ssn_masked,
        seeker_id=seeker.pk,
        priority=_priority_label(seeker),
    )


def _priority_label(seeker) -> str:
    """Priority of service shown wherever staff choose whom to serve (38 U.S.C. 4215; cases.rules.priority_tier)."""
    from jobcenter.cases.rules import PriorityTier, priority_tier

    tier = priority_tier(eligible_veteran=seeker.eligible_veteran, disabled_veteran=seeker.disabled_veteran)
    return {PriorityTier.DISABLED_VETERAN: "Disabled veteran", PriorityTier.COVERED_PERSON: "Covered person"}.get(
        tier, ""
    )


def seeker_search(
    *,
    user,
    name: str = "",
    date_of_birth: dt.date | None = None,
    state_id: str = "",
    phone: str = "",
    email: str = "",
    ssn: str = "",
    ssn_last4: str = "",
) -> list[SeekerHit]:
    """Statewide search for an existing account before registering someone (manual: Verifying Accounts).

    Keys combine with AND. ``ssn`` is matched by keyed hash; ``ssn_last4`` needs ``date_of_birth``. Searches
    by SSN are audited (``seekers.search.by_identity_number``) without the number. Needs ``seekers.search``.
    """
    if not user_can(user, "seekers.search"):
        raise PermissionDenied("Your role cannot do this (seekers.search).")
    name, state_id, phone, email = (v.strip() for v in (name or "", state_id or "", phone or "", email or ""))
    ssn, ssn_last4 = (ssn or "").strip(), (ssn_last4 or "").strip()
    if not any([name, date_of_birth, state_id, phone, email, ssn, ssn_last4]):
        raise ValidationError({"__all__": constants.SEARCH_NEEDS_A_KEY})
    qs = JobSeeker.objects.select_related("home_job_center")
    errors: dict[str, str] = {}
    name_tokens = [t for t in (linkage_normalize.name(t) for t in name.split()) if t]
    if name and not name_tokens:
        errors["name"] = constants.SEARCH_NAME_LETTERS
    if name_tokens:
        qs = qs.filter(_name_candidates(name_tokens))
    if date_of_birth:
        qs = qs.filter(date_of_birth=date_of_birth)
    if state_id:
        qs = qs.filter(state_id__iexact=state_id)
    if phone:
        try:
            qs = qs.filter(phone=normalize_phone(phone))
        except ValidationError as exc:
            errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if email:
        qs = qs.filter(email__iexact=email)
    kind = None
    if ssn:
        try:
            qs = qs.filter(ssn_hash=ssn_hash(ssn))
            kind = "full_number"
        except ValidationError as exc:
            errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if ssn_last4:
        if not re.fullmatch(r"\d{4}", ssn_last4):
            errors["ssn_last4"] = constants.LAST4_INVALID
        elif not date_of_birth:
            errors["ssn_last4"] = constants.LAST4_NEEDS_DOB
        else:
            qs = qs.filter(ssn_last4=ssn_last4)
            kind = kind or "last_four_and_dob"
    if errors:
        raise ValidationError(errors)
    if name_tokens:
        rows = _rank_by_name(qs.order_by("-is_active", "surname", "given_name", "id")[:NAME_CANDIDATES], name_tokens)
    else:
        rows = list(qs.order_by("-is_active", "surname", "given_name", "id")[:SEARCH_LIMIT])
    visible = set(scoped(JobSeeker.objects.filter(pk__in=[r.pk for r in rows]), user).values_list("pk", flat=True))
    if kind:
        audit_log(
            action="seekers.search.by_identity_number",
            actor=user,
            data={"kind": kind, "results": len(rows)},
        )
    hits = [_hit(r, r.pk in visible) for r in rows]
    if kind:
        # Found by an identity number: outside the user's scope, only the State ID and the year of birth, so an
        # SSN cannot be turned into a name and an office (issue #10).
        hits = [h if h.in_scope else dataclasses.replace(h, name="", home_job_center="") for h in hits]
    return hits


NAME_CANDIDATES = 500  # rows compared in Python per name search (after the database narrowed them)
NAME_SIMILARITY = 0.88  # Jaro-Winkler on normalised names: "QUINTANILLA" ~ "QUINTANILA" (0.98)
TRIGRAM_SIMILARITY = 0.3  # PostgreSQL pg_trgm narrowing for names whose first letters were mistyped


def _name_candidates(tokens: list[str]) -> Q:
    """Rows that may match every typed name: a name starting like the token (first three letters, so a typo
    later in the name still matches) and, on PostgreSQL, a trigram-similar name (typos anywhere).

    On PostgreSQL both tests use the trigram indexes on the upper-cased names (migration seekers 0008): the
    ``istartswith`` (``UPPER(name) LIKE 'ABC%'``) and pg_trgm's ``%`` operator, which is true at a similarity of
    at least ``pg_trgm.similarity_threshold`` (0.3 by default, = ``TRIGRAM_SIMILARITY``). 100,000 people:
    about 10 ms instead of a full scan computing every row's similarity (about 1 s; docs/reliability.md)."""
    from django.db import connection

    condition = Q()
    for token in tokens:
        head = token[:3]
        one = Q(given_name__istartswith=head) | Q(surname__istartswith=head) | Q(middle_name__istartswith=head)
        if connection.vendor == "postgresql" and len(token) >= 4:
            one |= _trigram_similar("surname", token) | _trigram_similar("given_name", token)
        condition &= one
    return condition


def _trigram_similar(field: str, token: str) -> Q:
    from django.contrib.postgres.lookups import TrigramSimilar
    from django.db.models import Value
    from django.db.models.functions import Upper

    return Q(TrigramSimilar(Upper(field), Value(token.upper())))


def _token_score(token: str, names: list[str]) -> float:
    """1.0 when a name starts with the token, else the best Jaro-Winkler similarity (the duplicate-detection
    normaliser makes "O'Brien" and "OBRIEN" the same)."""
    import jellyfish

    best = 0.0
    for candidate in names:
        if candidate.startswith(token):
            return 1.0
        best = max(best, jellyfish.jaro_winkler_similarity(token, candidate))
    return best


def _rank_by_name(rows, tokens: list[str]) -> list[JobSeeker]:
    """Keep rows where every typed name matches one of the person's names (exactly or nearly), best first."""
    scored = []
    for row in rows:
        names = [n for n in (linkage_normalize.name(v) for v in (row.given_name, row.middle_name, row.surname)) if n]
        scores = [_token_score(token, names) for token in tokens]
        if min(scores) >= NAME_SIMILARITY:
            scored.append((-sum(scores), not row.is_active, row.surname, row.given_name, row.pk, row))
    scored.sort(key=lambda t: t[:5])
    return [t[-1] for t in scored[:SEARCH_LIMIT]]


def seeker_quick_search(*, user, q: str, limit: int = 25) -> QuerySet[JobSeeker]:
    """One-box search within the user's scope (API ``?q=``): a State ID, an email, a phone number or a name."""
    q = (q or "").strip()
    qs = scoped(JobSeeker.objects.select_related("home_job_center"), user)
    if not q:
        return qs[:limit]
    if STATE_ID_RE.match(q):
        return qs.filter(state_id__iexact=q)[:limit]
    if "@" in q:
        return qs.filter(email__iexact=q)[:limit]
    if re.fullmatch(r"[\d\s()+.-]{7,}", q):
        try:
            return qs.filter(phone=normalize_phone(q))[:limit]
        except ValidationError:
            return qs.none()
    for token in q.split():
        qs = qs.filter(Q(given_name__istartswith=token) | Q(surname__istartswith=token))
    return qs[:limit]


def seeker_get(*, user, state_id: str) -> JobSeeker:
    """One seeker by State ID, within the user's scope (404 otherwise)."""
    return get_scoped_or_404(
        JobSeeker.objects.select_related("home_job_center", "merged_into"), user, state_id=state_id
    )


def seeker_for_portal_user(*, user) -> JobSeeker | None:
    """The signed-in job seeker's own record (active records only)."""
    return scoped(JobSeeker.objects.filter(is_active=True), user).first()


def merge_queue(*, user, status: str = choices.MergeRequestStatus.PENDING) -> QuerySet[MergeRequest]:
    """Merge requests for reviewers (``dedupe.review``); statewide roles see all of them."""
    if not user_can(user, "dedupe.review"):
        raise PermissionDenied("Your role cannot do this (dedupe.review).")
    qs = scoped(MergeRequest.objects.select_related("seeker_a", "seeker_b", "requested_by"), user)
    return qs.filter(status=status) if status else qs


def seeker_review_waiting(*, seeker: JobSeeker) -> bool:
    """The record waits for the Customer Support Unit: its identity check is pending, or a possible duplicate
    pair that includes it is queued."""
    if seeker.identity_review_pending:
        return True
    return (
        MergeRequest.objects.filter(status=choices.MergeRequestStatus.PENDING)
        .filter(Q(seeker_a=seeker) | Q(seeker_b=seeker))
        .exists()
    )
