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
