"""Reads for occupations."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from jobcenter.occupations.importer import CODE_RE
from jobcenter.occupations.models import Occupation


def occupation_search(*, q: str, limit: int = 20) -> QuerySet[Occupation]:
    """Occupations whose code starts with ``q`` or whose title or an alternate title contains it."""
    q = (q or "").strip()
    if not q:
        return Occupation.objects.none()
    if q[:2].isdigit():
        return Occupation.objects.filter(code__startswith=q)[:limit]
    return (
        Occupation.objects.filter(Q(title__icontains=q) | Q(alternate_titles__title__icontains=q))
        .distinct()
        .order_by("title")[:limit]
    )


def is_valid_onet_code(code: str) -> bool:
    """True when ``code`` has the O*NET-SOC shape NN-NNNN.NN (taxonomy presence is checked separately)."""
    return bool(CODE_RE.match(code or ""))
