"""Demo referrals (idempotent): a second-shift forklift order of the demo employer, put online through the usual
entry and screening, with staff referrals of present, enrolled people (one of them hired: a placement the employer
sees in the portal); and Referrals Pending Review items on an order whose employer asked for screening — one from
the demo job seeker, one from another job center waiting long enough to be flagged."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

from jobcenter.cases.selectors import active_wp_enrollment
from jobcenter.core import clock
from jobcenter.core.demo import DemoContext
from jobcenter.joborders.models import JobOrder
from jobcenter.referrals.models import Referral
from jobcenter.referrals.services import (
    ReferralRefused,
    referral_create_staff,
    referral_outcome_record,
    referral_request_self,
)

STAFF_REFERRALS = 3
DEMO_ORDER_TITLE = "Forklift Operator, second shift"
REVIEW_MIN_EDUCATION = "1"  # PIRL 408: a high school diploma (or more; an equivalency ranks the same)
DEMO_ORDER_INSTRUCTIONS = (
    "Apply in person at the shipping office, 2100 Front Street, {city}, Monday to Friday from 3 to 6 p.m. (the start "
    "of the second shift). Bring your résumé and any forklift operator certificate you hold."
)


def _demo_employer_order(users, staff) -> JobOrder | None:
    """The demo employer's order the referrals go to (created once, through entry and screening)."""
    from jobcenter.employers.models import EmployerMembership
    from jobcenter.joborders.services import job_order_create, job_order_submit

    membership = EmployerMembership.objects.filter(user=users.get("employer")).select_related("employer").first()
    if membership is None:
        return None
    employer = membership.employer
    order = JobOrder.objects.filter(employer=employer, title=DEMO_ORDER_TITLE).first()
    if order is None:
        order = job_order_create(
            actor=staff,
            employer=employer,
            job_center=staff.job_center,
            received_at=clock.now() - dt.timedelta(days=3),
            title=DEMO_ORDER_TITLE,
            description="Operate sit-down forklifts on the second shift; load and unload trailers.",
            requirements="Able to perform the essential duties of the job.",
            application_instructions=DEMO_ORDER_INSTRUCTIONS.format(city=employer.city or "Kansas City"),
            soc_code="53-7051.00",
            worksite_city=employer.city or "Kansas City",
            worksite_state="MO",
            worksite_zip=(employer.postcode or "64106")[:5],
            wage_min=Decimal("20.00"),
            wage_max=Decimal("23.00"),
            wage_unit="hour",
            hours_per_week=Decimal("40"),
        )
        job_order_submit(order=order, actor=staff)
    return JobOrder.objects.select_related("employer", "job_center").get(pk=order.pk)


def _order(ctx: DemoContext, title: str) -> JobOrder | None:
    for order in ctx.objects.get("job_orders") or []:
        if order.title == title:
            return JobOrder.objects.select_related("employer", "job_center").get(pk=order.pk)
    return None


def seed(ctx: DemoContext) -> None:
    """Create the demo referrals once; a second run finds them and changes nothing."""
    users = ctx.objects.get("users") or {}
    seekers = ctx.objects.get("seekers") or []
    staff, staff2 = users.get("staff"), users.get("staff2")
    if not (staff and seekers):
        return
    forklift = _demo_employer_order(users, staff)
    if forklift is not None and forklift.status == "open":
        _staff_referrals(staff, seekers, forklift)
    nurse = _order(ctx, "Registered Nurse")
    if nurse is not None:
        _pending(users, staff2, seekers, nurse)
        _review_requirements(staff, nurse)


def _review_requirements(staff, order) -> None:
    """The screened order sets a minimum education, so the reviewer compares it with each person's in Referrals
    Pending Review (set once, after the requests came in; a second run changes nothing)."""
    from jobcenter.matching.selectors import order_requirements
    from jobcenter.matching.services import order_requirements_update

    if order_requirements(order).min_education:
        return
    order_requirements_update(order=order, actor=staff, min_education=REVIEW_MIN_EDUCATION)


def _staff_referrals(staff, seekers, order) -> None:
    if Referral.objects.filter(job_order=order, source="staff").exists():
        return
    made = []
    for seeker in seekers:
        if len(made) == STAFF_REFERRALS:
            break
        if seeker.home_job_center_id != staff.job_center_id or active_wp_enrollment(seeker) is None:
            continue
        try:
            made.append(referral_create_staff(actor=staff, seeker=seeker, order=order, consent="present"))
        except ReferralRefused:
            continue
    if made:
        referral_outcome_record(actor=staff, referral=made[0], outcome="hired", on=clock.today())


def _pending(users, staff2, seekers, order) -> None:
    if order.status != "open" or Referral.objects.filter(job_order=order).exists():
        return
    JobOrder.objects.filter(pk=order.pk).update(screen_referrals=True)  # the employer asked to screen referrals
    order.refresh_from_db()
    seeker_user = users.get("seeker")
    mine = next((s for s in seekers if seeker_user and s.user_id == seeker_user.pk), None)
    if mine is not None:
        with contextlib.suppress(ReferralRefused):
            referral_request_self(actor=seeker_user, seeker=mine, order=order)
    if staff2 is None:
        return
    # A request from another job center, three business days old: flagged in the holding center's queue.
    with clock.frozen(clock.now() - dt.timedelta(days=5)):
        for seeker in seekers:
            if seeker.home_job_center_id != staff2.job_center_id or active_wp_enrollment(seeker) is None:
                continue
            try:
                referral_create_staff(
                    actor=staff2,
                    seeker=seeker,
                    order=order,
                    consent="phone",
                    consent_note="Called the person; they want to apply for this nursing job.",
                )
            except ReferralRefused:
                continue
            break
