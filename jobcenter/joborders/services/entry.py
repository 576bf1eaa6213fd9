"""Entry of job orders and duplicates (manual: Job Orders; Job Order Entry Timeline)."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.parameters import ParameterError
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    ACTIVE_STATUSES,
)
from jobcenter.joborders.models import (
    JobOrder,
)
from jobcenter.joborders.services._common import S, _normalize_zip, _record, normalize_title, require_holding
from jobcenter.joborders.timeline import entry_deadline


def job_order_find_duplicate(
    *, employer, title: str, worksite_city: str, worksite_state: str, worksite_zip: str, exclude_pk=None
) -> JobOrder | None:
    """An active order (screening, open, on hold) of the same employer for the same normalised title at the same
    worksite. Manual: Job Orders from Employers with a Work Site Located in Another JC's Administrative Area —
    "Duplicate job orders when only one opening exists are prohibited."
    """
    qs = JobOrder.objects.filter(
        employer=employer,
        title_normalized=normalize_title(title),
        worksite_state__iexact=(worksite_state or "").strip(),
        status__in=ACTIVE_STATUSES,
    )
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    city = " ".join((worksite_city or "").lower().split())
    zip5 = _normalize_zip(worksite_zip)
    for other in qs:
        if " ".join(other.worksite_city.lower().split()) == city and _normalize_zip(other.worksite_zip) == zip5:
            return other
    return None


def _refuse_duplicate(order: JobOrder) -> None:
    dup = job_order_find_duplicate(
        employer=order.employer,
        title=order.title,
        worksite_city=order.worksite_city,
        worksite_state=order.worksite_state,
        worksite_zip=order.worksite_zip,
        exclude_pk=order.pk,
    )
    if dup is not None:
        raise ValidationError({"title": constants.DUPLICATE_ORDER.format(existing=dup.number)})


EDITABLE_FIELDS: tuple[str, ...] = (  # in form order
    "title",
    "description",
    "requirements",
    "application_instructions",
    "soc_code",
    "naics",
    "worksite_city",
    "worksite_state",
    "worksite_zip",
    "wage_min",
    "wage_max",
    "wage_unit",
    "tipped",
    "hours_per_week",
    "openings",
    "employment_type",
    "visa_program",
    "special_categories",
    "minimum_age",
    "hiring_requirements",
    "position_open_now",
    "paid_on_w2",
    "applicant_pays_before_hire",
    "union_membership_condition",
    "confidential",
    "screen_referrals",
    "display_company_name",
    "display_address",
    "display_phone",
    "responsible_staff",
    "closes_on",
)


@transaction.atomic
def job_order_create(*, actor, employer, job_center, received_at: dt.datetime | None = None, **fields: Any) -> JobOrder:
    """Record a job order received by ``job_center`` (a draft). Tied to that job center and its region (manual:
    orders "must be tied to the Region and JC entering the job order"); the entry deadline is computed from
    ``received_at`` (manual: Job Order Entry Timeline). Duplicates of an active order are refused.
    """
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown job order fields: {sorted(unknown)}")
    if getattr(actor, "role", None) == "employer":
        # Employer users accept the current terms (bona fide openings, no resale of job seeker data,
        # employer-employee relationship) before posting (manual: Employer - Policy & Terms of Service).
        from jobcenter.employers.selectors import employer_has_accepted_current_terms

        if not employer_has_accepted_current_terms(employer, user=actor):
            raise ValidationError(constants.TERMS_NOT_ACCEPTED)
    received_at = received_at or clock.now()
    try:
        entry_due_at = entry_deadline(received_at)
    except ParameterError:
        # No dated rule covers that day (before the earliest effective date): a field error, never a crash.
        raise ValidationError({"received_at": constants.RECEIVED_AT_OUT_OF_RANGE}) from None
    order = JobOrder(
        employer=employer,
        job_center=job_center,
        region=job_center.region,
        received_at=received_at,
        entry_due_at=entry_due_at,
        created_by=actor if getattr(actor, "pk", None) else None,
        **fields,
    )
    if order.responsible_staff is None and getattr(actor, "is_staff_role", False):
        order.responsible_staff = actor
    if order.visa_program == "h2a":
        # "H-2A job orders require JC staff to screen all applicants" (manual: H-2A and H-2B Job Orders).
        order.screen_referrals = True
    order.title_normalized = normalize_title(order.title)
    order.full_clean(exclude=["status", "entry_due_at", "title_normalized"])
    _refuse_duplicate(order)
    order.save()
    _record(order, verb="created", actor=actor, text=f"Job order {order.number} '{order.title}' received.")
    return order


@transaction.atomic
def job_order_update(*, order: JobOrder, actor, **fields: Any) -> JobOrder:
    """Change a draft order's fields (an order past draft is changed by closing it and entering a new one)."""
    if order.status != S.DRAFT:
        raise ValidationError(constants.NOT_ALLOWED_FROM_STATUS.format(status=order.get_status_display().lower()))
    require_holding(actor, order)
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown job order fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(order, name, value)
    order.title_normalized = normalize_title(order.title)
    order.full_clean(exclude=["status"])
    _refuse_duplicate(order)
    order.save()
    audit_log(action="joborders.order.updated", actor=actor, obj=order, data={"fields": sorted(fields)})
    return order
