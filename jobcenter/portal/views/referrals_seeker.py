"""Job seeker portal: "Refer me" on an open job, "My referrals", and how I am told about new jobs (issue #12).

The referral itself is the referrals domain's (``referrals.services.referral_request_self``): referred at once, or
waiting in Referrals Pending Review for orders that are screened first (manual: Manage Labor Exchange Tools —
Referrals Pending Review). A referred person sees the employer's referral instructions; for a confidential
employer, only how to go through the job center that holds the order (manual: Job Order from Employer Requesting
Confidentiality).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.joborders import selectors as order_selectors
from jobcenter.seekers import selectors as seeker_selectors

# What each referral status means to the person (plain words; the staff labels carry the procedure).
STATUS_PLAIN = {
    "pending_review": "Waiting for staff review: job center staff check the job's requirements before referring you.",
    "referred": "Referred: you may apply. Follow the employer's instructions.",
    "denied": "Not referred: staff did not refer you to this job.",
    "hired": "Hired.",
    "not_hired": "Not hired.",
    "no_show": "You did not go to the interview.",
    "refused": "You turned the job down.",
}


def _own_seeker(request):
    seeker = seeker_selectors.seeker_for_portal_user(user=request.user)
    if seeker is None:
        raise Http404("No job seeker profile is linked to this account.")
    return seeker


def _instructions(job, order) -> dict:
    """The employer's referral instructions for a referred person (never a confidential employer's identity)."""
    contact = order_selectors.job_order_referral_contact(order)
    center = contact.job_center
    return {
        "how_to_apply": job.apply_through if job.confidential else job.application_instructions,
        "employer_name": job.employer_name,
        "employer_address": job.employer_address,
        "employer_phone": job.employer_phone,
        "job_center": center,
        "through_job_center": contact.coordinate_through_holder or not job.application_instructions,
    }


def referral_context(request, pk: int) -> dict:
    """For the public job page: the signed-in seeker, their referral to this order (if any) and, once referred,
    the instructions to apply."""
    from jobcenter.joborders.models import JobOrder
    from jobcenter.referrals.selectors import referrals_for_seeker

    seeker = seeker_selectors.seeker_for_portal_user(user=request.user)
    if seeker is None:
        return {}
    referral = referrals_for_seeker(user=request.user, seeker=seeker).filter(job_order_id=pk).first()
    context = {"seeker": seeker, "referral": referral, "status_plain": ""}
    if referral is not None:
        context["status_plain"] = STATUS_PLAIN.get(referral.status, referral.get_status_display())
        if referral.status in ("referred", "hired", "not_hired", "no_show", "refused"):
            order = JobOrder.objects.select_related("employer", "job_center", "responsible_staff").get(pk=pk)
            context["contact"] = _instructions(order_selectors.public_job_order(order), order)
    return context


@require_POST
@capability_required("portal.seeker")
def refer_me(request, pk: int):
    """Ask to be referred to an open job; the answer is shown on the job's page."""
    from jobcenter.joborders.models import JobOrder
    from jobcenter.referrals.services import ReferralRefused, referral_request_self

    seeker = _own_seeker(request)
    if order_selectors.job_order_for_seeker(pk=pk) is None:
        raise Http404("This job is not open.")
    order = JobOrder.objects.select_related("employer", "job_center").get(pk=pk)
    via = "notification" if request.POST.get("via") == "notification" else "order"
    try:
        referral = referral_request_self(actor=request.user, seeker=seeker, order=order, via=via)
    except ReferralRefused as exc:
        for plain in exc.plain:
            messages.error(request, plain)
    else:
        if referral.status == "referred":
            messages.success(request, "You are referred to this job. How to apply is shown below.")
        else:
            messages.info(request, "Your request is waiting for staff review. We will tell you what they decide.")
    return redirect("portal:job-public", pk)


@capability_required("portal.seeker")
def my_referrals(request):
    """The jobs I asked to be referred to (or staff referred me to), newest first, with the status in plain words."""
    from jobcenter.referrals.selectors import referrals_for_seeker

    seeker = _own_seeker(request)
    rows = []
    qs = referrals_for_seeker(user=request.user, seeker=seeker).select_related("job_order__employer")
    for referral in qs.order_by("-created_at", "-id"):
        job = order_selectors.public_job_order(referral.job_order)
        open_now = order_selectors.job_order_for_seeker(pk=referral.job_order_id) is not None
        rows.append(
            {
                "referral": referral,
                "job": job,
                "open": open_now,
                "status_plain": STATUS_PLAIN.get(referral.status, referral.get_status_display()),
            }
        )
    return render(request, "portal/referrals/my_referrals.html", {"rows": rows})


@require_http_methods(["GET", "POST"])
@capability_required("portal.seeker")
def notification_preferences(request):
    """How I am told about new jobs I qualify for (chosen at registration): email, text message, mail, or not at
    all (manual: Manage Labor Exchange Tools — Notifications)."""
    from jobcenter.referrals.notify_forms import NotificationPreferencesForm
    from jobcenter.seekers.services import seeker_update_profile

    seeker = _own_seeker(request)
    form = NotificationPreferencesForm(request.POST or None, seeker=seeker)
    if request.method == "POST" and form.is_valid():
        from django.core.exceptions import ValidationError

        try:
            seeker_update_profile(seeker=seeker, actor=request.user, **form.profile_data())
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, form.saved_message())
            return redirect("portal:notification-preferences")
    return render(request, "portal/referrals/notifications.html", {"form": form, "seeker": seeker})
