"""Reads of referrals — the referrals domain API (docs/adr/0031-referrals.md; /work contracts):

    referral_blockers(*, order, seeker=None, as_of=None) -> list[Blocker]    # empty: the order may take referrals
    requirement_blockers(*, seeker, order, as_of=None) -> list[Blocker]      # minimum requirements unmet
    review_reasons(order) -> list[str]                                         # why referrals go to review
    referrals_for_seeker / referrals_for_order / pending_review_queue (scoped), placements(...)

Every read of personal data goes through ``scoped()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Q, QuerySet

from jobcenter.accounts.scoping import scoped
from jobcenter.core import calendar, clock
from jobcenter.core.parameters import param
from jobcenter.referrals import constants as C
from jobcenter.referrals.choices import ReferralStatus
from jobcenter.referrals.models import Referral

S = ReferralStatus


class Blocker(NamedTuple):
    """Why a referral cannot be made: ``plain`` for the job seeker, ``staff`` with the procedure and citation."""

    plain: str
    staff: str


# --- rules about the order -----------------------------------------------------------------------------------------


def dispute_at_issue(order) -> str:
    """``none`` | ``position_at_issue`` | ``position_not_at_issue`` for the order today (labor dispute registry,
    20 CFR 652.9)."""
    from jobcenter.joborders.services.screening import labor_dispute_value

    return str(labor_dispute_value(employer=order.employer, title=order.title, soc_code=order.soc_code))


def dispute_notice_required(order) -> bool:
    """A verified dispute exists at the employer and this position is not at issue: every person referred gets the
    written notice before or at the referral (manual: Job Orders and Labor Disputes; 20 CFR 652.9(b))."""
    return dispute_at_issue(order) == "position_not_at_issue"


def dispute_notice_text() -> str:
    """The manual's notice, word for word."""
    from jobcenter.joborders.constants import LABOR_DISPUTE_NOTICE

    return LABOR_DISPUTE_NOTICE


def review_reasons(order) -> list[str]:
    """Why referrals to ``order`` go to Referrals Pending Review (empty: they are issued directly): always H-2A
    (manual: H-2A and H-2B Job Orders — "screen all applicants"), confidential employers (manual: Job Order from
    Employer Requesting Confidentiality), and orders whose employer asked for screening (``screen_referrals``)."""
    from jobcenter.joborders.choices import VisaProgram

    reasons = []
    if order.visa_program == VisaProgram.H2A:
        reasons.append(C.REVIEW_H2A)
    if order.is_confidential:
        reasons.append(C.REVIEW_CONFIDENTIAL)
    if order.screen_referrals:
        reasons.append(C.REVIEW_EMPLOYER_CHOICE)
    return reasons


def needs_review(order) -> bool:
    """Referrals to this order are screened by staff first."""
    return bool(review_reasons(order))


def _order_blockers(order, as_of: dt.date) -> list[Blocker]:
    from jobcenter.joborders.choices import HoldReason, JobOrderStatus, ScreeningDecision

    JS = JobOrderStatus  # noqa: N806
    status = order.status
    if status == JS.ON_HOLD:
        if order.hold_reason == HoldReason.LABOR_DISPUTE:
            return [Blocker(*C.ORDER_DISPUTE_AT_ISSUE)]
        return [Blocker(*C.ORDER_ON_HOLD)]
    if status == JS.CLOSED:
        return [Blocker(*C.ORDER_CLOSED)]
    if status == JS.FILLED:
        return [Blocker(*C.ORDER_FILLED)]
    if status == JS.EXPIRED:
        return [Blocker(*C.ORDER_EXPIRED)]
    if status == JS.DENIED:
        return [Blocker(*C.ORDER_REFUSED)]
    if status != JS.OPEN:
        return [Blocker(*C.ORDER_NOT_ONLINE)]
    out = []
    if order.last_decision in (ScreeningDecision.REJECT, ScreeningDecision.HOLD):
        out.append(Blocker(*C.ORDER_REFUSED))
    if not order.employer.is_active:
        out.append(Blocker(*C.EMPLOYER_NOT_SERVED))
    if order.closes_on is not None and order.closes_on < as_of:
        out.append(Blocker(*C.ORDER_EXPIRED))
    if dispute_at_issue(order) == "position_at_issue":
        out.append(Blocker(*C.ORDER_DISPUTE_AT_ISSUE))
    return out


def referral_blockers(*, order, seeker=None, as_of: dt.date | None = None) -> list[Blocker]:
    """Why nobody (or, with ``seeker``, this person) may be referred to ``order`` now; empty: a referral may be made.

    Never a referral to an order on hold, with its position at issue in a labor dispute, closed, filled, expired,
    not online, refused by screening, or of an employer not served (manual: Job Seekers - Service Policy; Job
    Orders and Labor Disputes; Discontinuation of Services). Self-employment postings are not job orders and have
    no referral path at all (manual: Employer Request for Workers without Placing Bona Fide Job Orders: "will not
    be recorded as a referral or placement"). With ``seeker``: the person's record is active, they attested legal
    authorization to work, and they have no referral to this order yet. The minimum requirements are a separate
    check (``requirement_blockers``): staff referrals and review approvals need them; a person may ask anyway.
    """
    as_of = as_of or clock.today()
    out = _order_blockers(order, as_of)
    if seeker is not None:
        if not seeker.is_active:
            out.append(Blocker(*C.SEEKER_INACTIVE))
        elif not seeker.authorized_to_work:
            out.append(Blocker(*C.NOT_AUTHORIZED_TO_WORK))
        if Referral.objects.filter(seeker=seeker, job_order=order).exists():
            out.append(Blocker(*C.ALREADY_REFERRED))
    return out


def requirement_blockers(*, seeker, order, as_of: dt.date | None = None) -> list[Blocker]:
    """The order's minimum requirements the person does not meet (manual: Referrals Pending Review — "If the job
    seeker does not meet the minimum requirements, a referral should not be issued")."""
    from jobcenter.matching.selectors import minimum_requirements

    mr = minimum_requirements(seeker=seeker, order=order, as_of=as_of)
    if mr.met:
        return []
    unmet = "; ".join(str(u) for u in mr.unmet) or "not met"
    plain, staff = C.REQUIREMENTS_UNMET
    return [Blocker(plain.format(unmet=unmet), staff.format(unmet=unmet))]


def enrollment_blockers(seeker, *, as_of: dt.date | None = None) -> list[Blocker]:
    """No active WP enrollment: "Job Seekers without an active WP enrollment cannot be issued a job order referral
    until the WP enrollment has been completed" (manual: Manage Labor Exchange Tools)."""
    from jobcenter.cases.selectors import active_wp_enrollment

    return [] if active_wp_enrollment(seeker, as_of) is not None else [Blocker(*C.ENROLLMENT_REQUIRED)]


def staff_referral_blockers(*, seeker, order, as_of: dt.date | None = None) -> list[Blocker]:
    """Everything that stops staff referring this person to this order now (the order, the person, the minimum
    requirements and the WP enrollment); the labor dispute notice and consent are asked on the referral page."""
    return (
        referral_blockers(order=order, seeker=seeker, as_of=as_of)
        + requirement_blockers(seeker=seeker, order=order, as_of=as_of)
        + enrollment_blockers(seeker, as_of=as_of)
    )


def may_work_order(user, order) -> Blocker | None:
    """Whether ``user`` may issue or review referrals to ``order`` itself; None if so, else why not.

    Confidential orders: only the staff member responsible for the order (or, when none is named, staff of the
    holding job center) (manual: Job Order from Employer Requesting Confidentiality). Other orders marked for
    screening: the holding center's staff work its Referrals Pending Review; regional and statewide staff whose
    scope covers the center may too (manual: Referrals Pending Review — "a designated staff person from each
    Center")."""
    from jobcenter.accounts.roles import user_can

    if not user_can(user, "matching.refer"):
        return Blocker(*C.NOT_YOUR_QUEUE)
    if order.is_confidential:
        responsible = order.responsible_staff
        if responsible is not None:
            if responsible.pk == user.pk:
                return None
            plain, staff = C.CONFIDENTIAL_ONLY_HOLDER
            return Blocker(plain, staff.format(who=responsible.get_full_name() or responsible.username))
        if user.job_center_id == order.job_center_id:
            return None
        plain, staff = C.CONFIDENTIAL_ONLY_HOLDER
        return Blocker(plain, staff.format(who=f"staff of {order.job_center}"))
    if covers_center(user, order.job_center):
        return None
    plain, staff = C.NOT_YOUR_QUEUE
    return Blocker(plain, staff.format(center=order.job_center))


def covers_center(user, center) -> bool:
    """The user's data scope includes ``center`` (its own center, its region, or statewide)."""
    from jobcenter.accounts.choices import ScopeLevel

    level = getattr(user, "scope_level", None)
    if level == ScopeLevel.STATE:
        return True
    if level == ScopeLevel.REGION:
        region_id = user.region_id or (user.job_center.region_id if user.job_center_id else None)
        return region_id is not None and region_id == center.region_id
    return level == ScopeLevel.JOB_CENTER and user.job_center_id == center.pk


def _localdate(moment: dt.datetime) -> dt.date:
    return moment.astimezone(clock.local_tz()).date()


# --- lists ---------------------------------------------------------------------------------------------------------


def _base() -> QuerySet[Referral]:
    return Referral.objects.select_related("seeker", "job_order", "job_order__employer", "job_center", "service")


def referrals_for_seeker(*, user, seeker) -> QuerySet[Referral]:
    """The person's referrals that ``user`` may see: all of them when the person's record is in the user's scope
    (staff, the person), otherwise only those in the referral's own scope (an employer: its orders)."""
    from jobcenter.seekers.models import JobSeeker

    if scoped(JobSeeker.objects.filter(pk=seeker.pk), user).exists():
        return _base().filter(seeker=seeker)
    return scoped(_base().filter(seeker=seeker), user)


def referrals_for_order(*, user, order) -> QuerySet[Referral]:
    """Referrals to ``order`` that ``user`` may see: staff of the holding center (and regional/statewide staff by
    place) all of them, staff elsewhere those of people in their scope, the employer's users its own orders'."""
    from jobcenter.seekers.models import JobSeeker

    qs = _base().filter(job_order=order)
    mine = scoped(qs, user).values("pk")
    if getattr(user, "role", "") in ("employer", "job_seeker"):
        return qs.filter(pk__in=mine)
    people = scoped(JobSeeker.objects.all(), user).values("pk")
    return qs.filter(Q(pk__in=mine) | Q(seeker__in=people))


def pending_review_queue(*, user, job_center=None) -> QuerySet[Referral]:
    """Referrals Pending Review that ``user`` may work, oldest first (manual: Manage Labor Exchange Tools —
    "used daily by a designated staff person from each Center"); ``job_center`` narrows to one center."""
    from jobcenter.accounts.roles import user_can

    if not user_can(user, "matching.refer"):
        return Referral.objects.none()
    qs = scoped(_base().filter(status=S.PENDING_REVIEW), user)
    if job_center is not None:
        qs = qs.filter(job_center=job_center)
    return qs.order_by("created_at", "id")


@dataclass(frozen=True)
class ReviewQualifications:
    """What a reviewer needs to check one request against the order's minimum requirements (manual: Manage Labor
    Exchange Tools — Referrals Pending Review: "If the job seeker does not meet the minimum requirements, a referral
    should not be issued"): each requirement beside what the person has, and the résumé facts that bear on them.
    Never the SSN, contact data, date of birth, demographics or disability (ADR 0031, review)."""

    checks: list  # matching.scoring.RequirementCheck, in the order's order
    education: str
    work_history: list[str]
    credentials: list[str]
    priority: str  # priority of service, "" when none (38 U.S.C. 4215; 20 CFR 1010)

    @property
    def all_met(self) -> bool:
        return all(c.met for c in self.checks)


def _month(d) -> str:
    return d.strftime("%B %Y") if d else "now"


def review_qualifications(*, user, referral_id: int, as_of: dt.date | None = None) -> ReviewQualifications | None:
    """The qualifications of the person in one request waiting in ``user``'s Referrals Pending Review, beside the
    order's minimum requirements; ``None`` for a referral not in that queue (decided, or another center's).

    The reviewer may not be able to open the person's record (another center holds it; record access is not
    widened): the facts are read through the referral in the reviewer's queue, for that referral only, and only
    those the minimum requirements bear on — highest education, work history titles and dates, licenses and
    certifications, months of experience in the occupation, and the priority of service the queue already shows.
    """
    from jobcenter.cases.choices import PriorityTier
    from jobcenter.cases.selectors import priority_of_service
    from jobcenter.core.presentation import format_date
    from jobcenter.matching import scoring
    from jobcenter.matching.selectors import order_facts, seeker_facts
    from jobcenter.occupations.facts import occupation_facts

    referral = pending_review_queue(user=user).filter(pk=referral_id).first()
    if referral is None:
        return None
    seeker, order = referral.seeker, referral.job_order
    checks = scoring.requirement_checks(
        seeker_facts(seeker), order_facts(order), occupation_facts(), as_of=as_of or clock.today()
    )
    education = scoring.EDUCATION_LABEL.get(seeker.education_level or "", "")
    work = [
        C.REVIEW_WORK_LINE.format(title=w.title, start=_month(w.start_date), end=_month(w.end_date))
        for w in seeker.work_history.all().order_by("-start_date", "-id")
    ]
    today = as_of or clock.today()
    credentials = []
    for c in seeker.credentials.all().order_by("name", "id"):
        if c.expires_on is not None and c.expires_on < today:
            credentials.append(C.REVIEW_CREDENTIAL_EXPIRED.format(name=c.name, on=format_date(c.expires_on)))
        elif c.expires_on is not None:
            credentials.append(C.REVIEW_CREDENTIAL_EXPIRES.format(name=c.name, on=format_date(c.expires_on)))
        else:
            credentials.append(c.name)
    tier = priority_of_service(seeker)
    return ReviewQualifications(
        checks=checks,
        education=(education[:1].upper() + education[1:]) if education else C.REVIEW_NOT_RECORDED,
        work_history=work,
        credentials=credentials,
        priority="" if tier == PriorityTier.NONE else str(tier.label),
    )


def review_flag_days(as_of: dt.date | None = None) -> int:
    """Business days an item may wait before it is flagged (parameter ``referrals.review_flag_business_days``)."""
    return int(param("referrals.review_flag_business_days", as_of=as_of or clock.today()))


def waiting_business_days(referral: Referral, *, as_of: dt.date | None = None) -> int:
    """Business days since the request (the day it came in does not count)."""
    as_of = as_of or clock.today()
    return calendar.business_days_between(_localdate(referral.created_at), as_of)


def is_flagged(referral: Referral, *, as_of: dt.date | None = None) -> bool:
    """Waiting in review for more than the allowed business days (one: the queue is worked daily)."""
    as_of = as_of or clock.today()
    return referral.status == S.PENDING_REVIEW and waiting_business_days(referral, as_of=as_of) > review_flag_days(
        as_of
    )


@dataclass(frozen=True)
class QueueSummary:
    """Count of items waiting and of those flagged (dashboard card)."""

    waiting: int
    flagged: int


def pending_review_summary(*, user, job_center=None, as_of: dt.date | None = None) -> QueueSummary:
    """How many referrals wait for review and how many waited too long."""
    items = list(
        pending_review_queue(user=user, job_center=job_center).select_related(None).only("created_at", "status")
    )
    return QueueSummary(waiting=len(items), flagged=sum(is_flagged(r, as_of=as_of) for r in items))


def placements(*, user=None, start: dt.date | None = None, end: dt.date | None = None, job_center=None):
    """Hires through referrals (placements), by the date of hire. ``user`` None: all (reporting jobs); otherwise
    scoped. Self-employment postings never appear: they are not job orders (manual: Employer Request for Workers
    without Placing Bona Fide Job Orders)."""
    qs = _base().filter(status=S.HIRED)
    if user is not None:
        qs = scoped(qs, user)
    if start is not None:
        qs = qs.filter(outcome_on__gte=start)
    if end is not None:
        qs = qs.filter(outcome_on__lte=end)
    if job_center is not None:
        qs = qs.filter(job_center=job_center)
    return qs.order_by("outcome_on", "id")


# --- what the employer sees ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployerCandidate:
    """A referred person as the employer sees them: name, how to reach them, what they did — never the SSN,
    demographic or other protected data, veteran or disability status, or union affiliation (manual: Job Seekers
    - Service Policy — "Obtain ... only that information which is necessary")."""

    referral_id: int
    name: str
    email: str
    phone: str
    city: str
    status: str
    status_label: str
    referred_on: dt.date
    outcome_on: dt.date | None
    work_history: list[str]
    credentials: list[str]
    skills: list[str]


def employer_candidates(*, user, order) -> list[EmployerCandidate]:
    """The people referred to ``order`` (issued referrals and their outcomes; not requests still in review or
    denied), for the employer portal."""
    from jobcenter.core.presentation import format_phone

    qs = (
        scoped(_base().filter(job_order=order), user)
        .exclude(status__in=[S.PENDING_REVIEW, S.DENIED])
        .prefetch_related("seeker__work_history", "seeker__credentials", "seeker__skills")
    )
    out = []
    for r in qs.order_by("-decided_at", "-id"):
        p = r.seeker
        out.append(
            EmployerCandidate(
                referral_id=r.pk,
                name=p.full_name,
                email=p.email,
                phone=format_phone(p.phone) if p.phone else "",
                city=f"{p.city}, {p.state}".strip(", "),
                status=r.status,
                status_label=r.get_status_display(),
                referred_on=_localdate(r.decided_at or r.created_at),
                outcome_on=r.outcome_on,
                work_history=[f"{w.title}, {w.employer_name}" for w in p.work_history.all()],
                credentials=[c.name for c in p.credentials.all()],
                skills=[s.name for s in p.skills.all()],
            )
        )
    return out
