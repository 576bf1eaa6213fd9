"""Staff: refer a person to a job order (from the match list or the person record) with the consent step,
Referrals Pending Review (queue per job center, approve / deny), outcomes, and the referral history shown on the
person record and the job order page (manual: Manage Labor Exchange Tools — Referrals Pending Review; Job
Seekers - Service Policy; Job Orders and Labor Disputes)."""

from __future__ import annotations

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.models import JobCenter
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core import clock
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.joborders.models import JobOrder
from jobcenter.referrals import selectors, services
from jobcenter.referrals.choices import OUTCOMES, Consent, ReferralStatus
from jobcenter.referrals.models import Referral
from jobcenter.seekers.models import JobSeeker
from jobcenter.staff.views.people import record_section

CONSENT_CHOICES = [
    (Consent.PRESENT, "In person: the person is here at the job center and wants to apply for this job"),
    (
        Consent.PHONE,
        "By phone: the person said on the phone they want to apply for this job and agreed to the referral",
    ),
]


class ReferForm(UswdsFormMixin, forms.Form):
    """The consent step of a staff referral."""

    consent = forms.ChoiceField(
        label="How did the person agree to this referral?", choices=CONSENT_CHOICES, widget=forms.RadioSelect
    )
    consent_note = forms.CharField(
        label="Phone consent note",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For a phone consent: when you spoke and what the person said about this job.",
    )
    dispute_notice_given = forms.BooleanField(
        label="I gave the person the written labor dispute notice shown above", required=False
    )

    def __init__(self, *args, notice: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not notice:
            del self.fields["dispute_notice_given"]


class DenyForm(UswdsFormMixin, forms.Form):
    """Why the request is not referred (the person is told)."""

    reason = forms.CharField(
        label="Reason the person is not referred",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Written in plain words: the person reads it.",
    )


class OutcomeForm(UswdsFormMixin, forms.Form):
    """What happened after the referral."""

    outcome = forms.ChoiceField(
        label="Outcome", choices=[(o.value, o.label) for o in OUTCOMES], widget=forms.RadioSelect
    )
    on = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))


# --- refer ---------------------------------------------------------------------------------------------------------


def _order(request, pk: int) -> JobOrder:
    return get_scoped_or_404(
        JobOrder.objects.select_related("employer", "job_center", "responsible_staff"), request.user, pk=pk
    )


def _seeker(request, state_id: str) -> JobSeeker:
    return get_scoped_or_404(JobSeeker.objects.filter(is_active=True), request.user, state_id=state_id[:12])


@capability_required("matching.refer")
def refer(request, pk: int, state_id: str):
    """Refer one person to one order: what stops it, the consent step, the labor dispute notice when the position
    is not at issue in a dispute, and whether the order sends it to Referrals Pending Review."""
    order = _order(request, pk)
    seeker = _seeker(request, state_id)
    notice = selectors.dispute_notice_required(order)
    blockers = selectors.staff_referral_blockers(seeker=seeker, order=order)
    to_review = selectors.needs_review(order) and selectors.may_work_order(request.user, order) is not None
    form = ReferForm(request.POST or None, notice=notice)
    if request.method == "POST" and not blockers and form.is_valid():
        data = form.cleaned_data
        try:
            referral = services.referral_create_staff(
                actor=request.user,
                seeker=seeker,
                order=order,
                consent=data["consent"],
                consent_note=data["consent_note"],
                dispute_notice_given=data.get("dispute_notice_given", False),
            )
        except services.ReferralRefused as exc:
            blockers = exc.blockers
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            if referral.status == ReferralStatus.PENDING_REVIEW:
                messages.success(
                    request,
                    f"{seeker.full_name}'s referral to {order.number} was sent to {order.job_center} for review.",
                )
            else:
                messages.success(
                    request,
                    f"{seeker.full_name} was referred to {order.number} {order.title}. "
                    "The referral service is recorded on the case.",
                )
            return redirect("staff:seeker-detail", state_id=seeker.state_id)
    return render(
        request,
        "staff/referrals/refer.html",
        {
            "order": order,
            "seeker": seeker,
            "form": form,
            "blockers": blockers,
            "notice_text": selectors.dispute_notice_text() if notice else "",
            "review_reasons": selectors.review_reasons(order) if to_review else [],
        },
        status=200,
    )


ORDER_NUMBER_RE = re.compile(r"^\s*(?:JO-?)?0*(\d{1,9})\s*$", re.IGNORECASE)


@capability_required("matching.refer")
def seeker_refer(request, state_id: str):
    """ "Refer to a job" from the person record: the open orders that match the person, and any order by number."""
    from jobcenter.matching.selectors import jobs_for_seeker

    seeker = _seeker(request, state_id)
    error = ""
    number = request.GET.get("order", "")[:20]
    if number:
        match = ORDER_NUMBER_RE.match(number)
        order = JobOrder.objects.filter(pk=int(match.group(1))).first() if match else None
        if order is not None and scoped(JobOrder.objects.filter(pk=order.pk), request.user).exists():
            return redirect("staff:referral-new", pk=order.pk, state_id=seeker.state_id)
        error = "No job order has that number. Type it as shown on the order, for example JO-000123."
    return render(
        request,
        "staff/referrals/seeker_refer.html",
        {"seeker": seeker, "matches": jobs_for_seeker(seeker=seeker, limit=25), "number": number, "error": error},
    )


# --- Referrals Pending Review -----------------------------------------------------------------------------------------


def _centers(user) -> list[JobCenter]:
    return [c for c in JobCenter.objects.select_related("region").order_by("name") if selectors.covers_center(user, c)]


@capability_required("matching.refer")
def review_queue(request):
    """Referrals Pending Review for one job center (the user's own by default): covered persons first (priority of
    service in referral: 38 U.S.C. 4215; 20 CFR 1010; manual: Job Seekers - Service Policy), then oldest first;
    items waiting more than a business day are flagged."""
    from jobcenter.cases.selectors import priority_of_service

    centers = _centers(request.user)
    center = None
    wanted = request.GET.get("job_center", "")
    if wanted.isdigit():
        center = next((c for c in centers if c.pk == int(wanted)), None)
    elif request.user.job_center_id and "job_center" not in request.GET:
        center = next((c for c in centers if c.pk == request.user.job_center_id), None)
    today = clock.today()
    rows = [
        {
            "referral": r,
            "flagged": selectors.is_flagged(r, as_of=today),
            "days": selectors.waiting_business_days(r, as_of=today),
            "reasons": selectors.review_reasons(r.job_order),
            "priority": priority_of_service(r.seeker),
        }
        for r in selectors.pending_review_queue(user=request.user, job_center=center)[:500]
    ]
    rows.sort(key=lambda row: row["priority"])  # stable: oldest first within each tier
    return render(
        request,
        "staff/referrals/queue.html",
        {
            "rows": rows,
            "centers": centers,
            "center": center,
            "flagged": sum(r["flagged"] for r in rows),
            "flag_days": selectors.review_flag_days(today),
        },
    )


@capability_required("matching.refer")
def review_detail(request, pk: int):
    """One request: the person, the order, the minimum requirements and what else stops a referral; approve
    (enrolling the person first if needed) or deny with a reason."""
    referral = get_scoped_or_404(
        Referral.objects.select_related(
            "seeker", "seeker__home_job_center", "job_order", "job_order__employer", "job_center", "requested_by"
        ),
        request.user,
        pk=pk,
    )
    order, seeker = referral.job_order, referral.seeker
    deny_form = DenyForm(request.POST if request.POST.get("action") == "deny" else None)
    blockers: list = []
    error = ""
    if request.method == "POST" and referral.status == ReferralStatus.PENDING_REVIEW:
        action = request.POST.get("action")
        try:
            if action == "approve":
                services.referral_review_approve(
                    actor=request.user,
                    referral=referral,
                    dispute_notice_given=bool(request.POST.get("dispute_notice_given")),
                )
                messages.success(request, f"{seeker.full_name} was referred to {order.number} {order.title}.")
                return redirect("staff:referral-review")
            if action == "deny" and deny_form.is_valid():
                services.referral_review_deny(
                    actor=request.user, referral=referral, reason=deny_form.cleaned_data["reason"]
                )
                messages.success(request, f"{seeker.full_name} was not referred; the reason was sent.")
                return redirect("staff:referral-review")
            if action not in ("approve", "deny"):
                error = "Choose Approve and refer, or Deny."
        except services.ReferralRefused as exc:
            blockers = exc.blockers
        except ValidationError as exc:
            deny_form.add_service_errors(exc)
    not_allowed = selectors.may_work_order(request.user, order)
    pending = referral.status == ReferralStatus.PENDING_REVIEW
    return render(
        request,
        "staff/referrals/review.html",
        {
            "referral": referral,
            "order": order,
            "seeker": seeker,
            "pending": pending,
            "not_allowed": not_allowed,
            "blockers": blockers
            or (
                selectors.referral_blockers(order=order) + selectors.requirement_blockers(seeker=seeker, order=order)
                if pending
                else []
            ),
            "needs_enrollment": pending and bool(selectors.enrollment_blockers(seeker)),
            "notice_text": selectors.dispute_notice_text()
            if pending and not referral.dispute_notice and selectors.dispute_notice_required(order)
            else "",
            "review_reasons": selectors.review_reasons(order),
            # The person's qualifications beside the order's minimum requirements, for this request in the
            # reviewer's queue only (the record itself may be another center's: access is not widened).
            "qualifications": selectors.review_qualifications(user=request.user, referral_id=referral.pk)
            if pending
            else None,
            "deny_form": deny_form,
            "error": error,
            "flagged": selectors.is_flagged(referral),
            "days": selectors.waiting_business_days(referral),
            # A reviewer outside the person's home area may not open the record: no link to a "not found" page.
            "can_open_person": user_can(request.user, "seekers.view")
            and scoped(JobSeeker.objects.filter(pk=seeker.pk), request.user).exists(),
        },
    )


# --- outcomes ------------------------------------------------------------------------------------------------------


@capability_required("matching.refer")
def outcome(request, pk: int):
    """Record what happened after the referral (hired, not hired, did not show up, turned the job down)."""
    referral = get_scoped_or_404(
        Referral.objects.select_related("seeker", "job_order", "job_center"), request.user, pk=pk
    )
    open_for_outcome = referral.status in (ReferralStatus.REFERRED, *OUTCOMES)
    form = OutcomeForm(request.POST or None, initial={"on": clock.today()})
    if request.method == "POST" and open_for_outcome and form.is_valid():
        try:
            services.referral_outcome_record(
                actor=request.user, referral=referral, outcome=form.cleaned_data["outcome"], on=form.cleaned_data["on"]
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, "Outcome recorded.")
            return redirect("staff:seeker-detail", state_id=referral.seeker.state_id)
    return render(
        request, "staff/referrals/outcome.html", {"referral": referral, "form": form, "open": open_for_outcome}
    )


# --- sections on other pages -----------------------------------------------------------------------------------------


def _record_context(request, seeker) -> dict:
    return {
        "referrals": selectors.referrals_for_seeker(user=request.user, seeker=seeker)[:50],
        "can_refer": user_can(request.user, "matching.refer") and seeker.is_active,
    }


record_section("staff/referrals/_record_section.html", capability="seekers.view", order=20, context=_record_context)


def order_history(request, order) -> dict:
    """Context for the referral history on the job order page."""
    return {
        "referrals": selectors.referrals_for_order(user=request.user, order=order)[:200],
        "can_refer": user_can(request.user, "matching.refer"),
    }
