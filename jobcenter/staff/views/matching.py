"""Staff: matching candidates for a job order (three scores, reasons, priority of service), the order's matching
requirements, and the jobs that match a seeker (shown from the seeker record)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404
from jobcenter.joborders.constants import NOT_HOLDING_CENTER
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.selectors import user_holds_order
from jobcenter.matching import selectors, services
from jobcenter.matching.forms import OrderRequirementsForm
from jobcenter.occupations.importer import ATTRIBUTION
from jobcenter.seekers.models import JobSeeker

SCORE_LABELS = {
    "general": "General Requirements",
    "specialized": "Specialized Requirements",
    "skills": "Skills Match",
}


def _requirements_summary(req) -> list[str]:
    from jobcenter.matching.scoring import EDUCATION_LABEL

    out = []
    if req.min_education:
        out.append(f"Education: {EDUCATION_LABEL[req.min_education]}")
    if req.min_experience_months:
        out.append(f"Experience in this occupation: {req.min_experience_months} months")
    if req.drivers_license:
        out.append("Driver's license")
    out += [f"License or certification: {n}" for n in req.required_credentials]
    out += [f"Skill: {n}" for n in req.required_skills]
    return out


@capability_required("joborders.view", "seekers.view")
def order_candidates(request, pk: int):
    """Candidates for one order: those meeting the minimum requirements, priority of service first, then score."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    req = selectors.order_requirements(order)
    candidates = selectors.candidates_for_order(user=request.user, order=order, limit=100)
    from jobcenter.referrals.selectors import referral_blockers, referrals_for_order

    referred = {
        r.seeker_id: r.get_status_display()
        for r in referrals_for_order(user=request.user, order=order).filter(
            seeker_id__in=[c.seeker.pk for c in candidates]
        )
    }
    return render(
        request,
        "staff/matching/candidates.html",
        {
            "order": order,
            "requirements": _requirements_summary(req),
            "preferred": req.preferred_skills,
            "minimum_age": order.minimum_age,
            "candidates": candidates,
            "score_labels": SCORE_LABELS,
            "can_edit": user_can(request.user, "joborders.edit") and user_holds_order(request.user, order),
            "attribution": ATTRIBUTION,
            "can_refer": user_can(request.user, "matching.refer"),
            "rows": [(c, referred.get(c.seeker.pk, "")) for c in candidates],
            "order_blockers": referral_blockers(order=order),
        },
    )


@capability_required("joborders.edit")
def order_requirements(request, pk: int):
    """Edit what the order requires of applicants (used by matching)."""
    order = get_scoped_or_404(JobOrder.objects.select_related("job_center"), request.user, pk=pk)
    if not user_holds_order(request.user, order):
        raise PermissionDenied(NOT_HOLDING_CENTER.format(job_center=order.job_center.name))
    req = selectors.order_requirements(order)
    form = OrderRequirementsForm(request.POST or None, instance=req)
    if request.method == "POST" and form.is_valid():
        services.order_requirements_update(
            order=order, actor=request.user, **{f: form.cleaned_data[f] for f in form.Meta.fields}
        )
        messages.success(request, "Matching requirements saved.")
        return redirect("staff:match-order", pk=order.pk)
    return render(request, "staff/matching/requirements.html", {"order": order, "form": form})


@capability_required("seekers.view", "joborders.view")
def seeker_jobs(request, state_id: str):
    """Open orders that match a seeker, with the three scores and reasons."""
    seeker = get_scoped_or_404(JobSeeker.objects.all(), request.user, state_id=state_id)
    matches = selectors.jobs_for_seeker(seeker=seeker, limit=50)
    from jobcenter.referrals.selectors import referrals_for_seeker

    # Each match offers "Refer", or says what became of the referral already made (the refer page says why a
    # person cannot be referred, as from the order's candidates).
    referred = {r.job_order_id: r.get_status_display() for r in referrals_for_seeker(user=request.user, seeker=seeker)}
    return render(
        request,
        "staff/matching/seeker_jobs.html",
        {
            "seeker": seeker,
            "rows": [(m, referred.get(m.order.pk, "")) for m in matches],
            "score_labels": SCORE_LABELS,
            "attribution": ATTRIBUTION,
            "can_refer": user_can(request.user, "matching.refer"),
        },
    )
