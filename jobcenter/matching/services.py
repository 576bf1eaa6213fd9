"""Writes of matching: an order's requirements (staff), index rebuilds."""

from __future__ import annotations

from django.db import transaction

from jobcenter.core.audit import audit_log
from jobcenter.matching.index import order_index_refresh
from jobcenter.matching.models import OrderRequirements

MAX_NAMES = 20
MAX_NAME_LENGTH = 100
EDITABLE = (
    "min_education",
    "min_experience_months",
    "drivers_license",
    "required_credentials",
    "required_skills",
    "preferred_skills",
)


def _names(values) -> list[str]:
    """Clean a list of names: trimmed, bounded, without duplicates (first spelling kept)."""
    if isinstance(values, str):
        values = values.replace(";", "\n").replace(",", "\n").splitlines()
    out, seen = [], set()
    for v in values or ():
        v = " ".join(str(v).split())[:MAX_NAME_LENGTH]
        if v and v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out[:MAX_NAMES]


@transaction.atomic
def order_requirements_update(*, order, actor, **fields) -> OrderRequirements:
    """Set what the order requires of applicants (minimum education, experience in the occupation, driver's
    license, licenses/certifications and skills; preferred skills). Audited."""
    from jobcenter.joborders.services._common import require_holding

    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"Unknown requirement field(s): {', '.join(sorted(unknown))}")
    require_holding(actor, order)  # only the job center and region holding the order change it (ADR 0038)
    req = order_index_refresh(order)
    before = {f: getattr(req, f) for f in EDITABLE}
    for name in ("required_credentials", "required_skills", "preferred_skills"):
        if name in fields:
            fields[name] = _names(fields[name])
    for key, value in fields.items():
        setattr(req, key, value)
    req.full_clean()
    req.save()
    after = {f: getattr(req, f) for f in EDITABLE}
    audit_log(
        action="matching.requirements.updated",
        actor=actor,
        obj=order,
        data={"changed": sorted(k for k in EDITABLE if before[k] != after[k])},
    )
    return req
