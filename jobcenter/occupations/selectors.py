"""Reads for occupations."""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet

from jobcenter.occupations.importer import CODE_RE
from jobcenter.occupations.models import Occupation


def occupation_search(*, q: str, limit: int = 20) -> QuerySet[Occupation]:
    """Occupations whose code starts with ``q`` or whose title or an alternate title contains it."""
    q = (q or "").strip()
    if not q:
        return Occupation.objects.none()
    if q[:2].isdigit():
        code = normalize_onet_code(q) if SOC_SHORT_RE.match(q) else q
        return Occupation.objects.filter(code__startswith=code)[:limit]
    return (
        Occupation.objects.filter(Q(title__icontains=q) | Q(alternate_titles__title__icontains=q))
        .distinct()
        .order_by("title")[:limit]
    )


def occupation_suggestions(*, q: str, limit: int = 15) -> list[Occupation]:
    """What an occupation field offers for ``q``: a code prefix lists those codes; a job title in the person's own
    words ("rn", "truck driver cdl") gives the occupation coder's ranking first, then titles containing the words."""
    q = (q or "").strip()[:MAX_TYPED]
    if not q or q[:2].isdigit():
        return list(occupation_search(q=q, limit=limit))
    from jobcenter.occupations.coder_index import suggest

    ranked = [s.code for s in suggest(q, top=min(limit, 8)) if s.confidence >= MIN_SUGGESTED]
    by_code = Occupation.objects.in_bulk(ranked, field_name="code")
    found = [by_code[c] for c in ranked if c in by_code]
    for occ in occupation_search(q=q, limit=limit):
        if len(found) >= limit:
            break
        if occ.code not in by_code:
            found.append(occ)
    return found


MAX_TYPED = 100
MIN_SUGGESTED = 0.01  # coder suggestions below this confidence are noise in a short list


def is_valid_onet_code(code: str) -> bool:
    """True when ``code`` has the O*NET-SOC shape NN-NNNN.NN (taxonomy presence is checked separately)."""
    return bool(CODE_RE.match(code or ""))


SOC_SHORT_RE = re.compile(r"^(\d{2})-?(\d{4})(?:\.(\d{2}))?$")


def normalize_onet_code(value: str) -> str:
    """'31-9097' or '319097' -> '31-9097.00' (the O*NET-SOC form); anything else is returned trimmed."""
    text = (value or "").strip()
    match = SOC_SHORT_RE.match(text)
    if not match:
        return text
    return f"{match.group(1)}-{match.group(2)}.{match.group(3) or '00'}"
