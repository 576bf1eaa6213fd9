"""Portal pages for job orders: employers enter orders and see, in plain language, why one was refused; job
seekers browse open orders (public-safe rows only: confidential employers masked)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.core.forms import submit_form
from jobcenter.employers import services as employer_services
from jobcenter.employers.constants import NO_JOB_CENTER_FOR_ZIP
from jobcenter.employers.models import Employer
from jobcenter.joborders import selectors, services
from jobcenter.joborders.constants import (
    EMPLOYER_CLOSED_DONE,
    EMPLOYER_FILL_NOT_ONLINE,
    EMPLOYER_FILLED_DONE,
    EMPLOYER_OUTCOME_MESSAGES,
    EMPLOYER_OUTCOME_OTHER,
    EMPLOYER_STATUS_EXPLANATIONS,
    EMPLOYER_WAITING_FOR_VERIFICATION,
)
from jobcenter.joborders.forms import EmployerJobOrderForm, JobOrderForm
from jobcenter.joborders.models import JobOrder

EMPLOYER_FIELDS_HIDDEN = ("screen_referrals",)


def employer_outcome_message(message: str) -> str:
    """The screening outcome in the employer's words (the service's message is written for staff)."""
    return EMPLOYER_OUTCOME_MESSAGES.get(message, EMPLOYER_OUTCOME_OTHER)


def employer_status_explanation(order: JobOrder) -> str:
    """What the order's status means for the employer: an order in screening of a company not verified yet waits
    for the Customer Support Unit, not for job center staff."""
    if order.status == "screening" and order.employer.status == "pending_verification":
        return EMPLOYER_WAITING_FOR_VERIFICATION
    return EMPLOYER_STATUS_EXPLANATIONS.get(order.status, "")


@capability_required("portal.employer")
def employer_orders(request):
    """The employer's own job orders with their status in plain language."""
    orders = list(scoped(JobOrder.objects.select_related("employer"), request.user))
    for order in orders:
        order.plain_explanation = employer_status_explanation(order)
    return render(request, "portal/joborders/employer_list.html", {"orders": orders})


@capability_required("portal.employer")
def employer_order_new(request):
    """Enter a job order for one of the company's worksites; it is screened at once and held by the company's job
    center (proposed from the worksite ZIP code until CSU confirms it at verification)."""
    employers = scoped(Employer.objects.all(), request.user)
    chosen = employers.filter(pk=request.POST.get("employer") or request.GET.get("employer") or 0).first()
    chosen = chosen or employers.first()
    if chosen is None:
        messages.error(request, "Your user is not linked to a company yet.")
        return redirect("portal:employer-home")
    worksites = chosen.worksites.filter(is_active=True)
    # A company with one worksite has it chosen already (a first order failed on the empty choice).
    initial = {"worksite": worksites.first()} if worksites.count() == 1 else None
    form = EmployerJobOrderForm(request.POST or None, worksites=worksites, initial=initial)
    if request.method == "POST" and form.is_valid():
        site = form.cleaned_data["worksite"]
        employer_services.employer_propose_job_center(employer=chosen, actor=request.user, worksite=site)
        if chosen.job_center is None:
            form.add_error("worksite", NO_JOB_CENTER_FOR_ZIP.format(zip=site.postcode))
        else:
            try:
                order = services.job_order_create(
                    actor=request.user, employer=chosen, job_center=chosen.job_center, **form.service_fields()
                )
                outcome = services.job_order_submit(order=order, actor=request.user)
                messages.info(request, employer_outcome_message(outcome.message))
                return redirect("portal:employer-joborder-detail", order.pk)
            except ValidationError as exc:
                form.add_service_errors(exc)
    return render(
        request,
        "portal/joborders/employer_form.html",
        {"form": form, "employers": employers, "chosen": chosen, "has_worksites": worksites.exists()},
    )


# Orders the employer corrects and sends again: refused, not entered, or returned for changes.
CORRECTABLE = ("denied", "not_entered", "draft")

# The structured questions of the order form (issue #9), asked and answered in plain language on the order page.
ANSWER_QUESTIONS = (
    ("position_open_now", "Is the position open now?"),
    ("paid_on_w2", "Will the workers be your employees, paid on a W-2?"),
    ("applicant_pays_before_hire", "Does an applicant pay anything before being hired?"),
    ("union_membership_condition", "Is union membership, or staying out of a union, a condition of the job?"),
)


def order_answers(order) -> list[tuple[str, str]]:
    """The employer's answers to the order form's questions: (question, "Yes" | "No" | "Not answered")."""
    shown = {True: "Yes", False: "No", None: "Not answered"}
    rows = [(question, shown[getattr(order, name)]) for name, question in ANSWER_QUESTIONS]
    visa = "No" if order.visa_program == "none" else f"Yes, {order.get_visa_program_display()}"
    rows.append(("Is there a foreign worker visa program?", visa))
    return rows


@capability_required("portal.employer")
def employer_order_detail(request, pk: int):
    """One of the employer's orders: status and, if refused or returned, the reasons in plain language (never
    the staff procedure) and a "Correct this order" action."""
    from jobcenter.compliance.screening.types import finding_employer_message

    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    last = order.screenings.first()
    findings = last.findings if last else []
    reasons = list(dict.fromkeys(finding_employer_message(f) for f in findings if f.get("severity") != "accept"))
    return render(
        request,
        "portal/joborders/employer_detail.html",
        {
            "order": order,
            "explanation": employer_status_explanation(order),
            "reasons": reasons,
            "refused": order.status in CORRECTABLE,
            "answers": order_answers(order),
            "end_actions": services.employer_end_actions_for(order=order, user=request.user),
        },
    )


# What happens when the employer ends an order, said before they confirm (joborders.services.employer_end).
END_CONSEQUENCES = (
    "The job leaves the public job search and job matching, and the job center stops sending people to it.",
    "People who asked to be referred and are still waiting for the job center's review are told the job is no "
    "longer available.",
    "People already referred to you are told you are no longer hiring. The job center sees who was referred and "
    "may ask you what happened, so record it under “People referred to this job” if you can.",
    "This cannot be undone here. To hire for this job again, enter a new job order.",
)


def _employer_end(request, pk: int, action: str):
    """The confirmation page (GET) and the action (POST) for "I filled this job" / "Close this job". The order is
    fetched within the user's employer scope first: another company's order is the same 404 as a missing one."""
    from jobcenter.joborders.forms import EmployerCloseForm, EmployerFillForm

    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    if action not in services.employer_end_actions_for(order=order, user=request.user):
        if action == "fill" and "close" in services.employer_end_actions_for(order=order, user=request.user):
            messages.info(request, EMPLOYER_FILL_NOT_ONLINE)
        return redirect("portal:employer-joborder-detail", order.pk)
    data = request.POST if request.method == "POST" else None
    if action == "fill":
        form = EmployerFillForm(data, openings=order.openings)
        done = EMPLOYER_FILLED_DONE

        def call(cleaned):
            services.job_order_employer_fill(order=order, actor=request.user, hired=cleaned["hired"])

    else:
        form = EmployerCloseForm(data)
        done = EMPLOYER_CLOSED_DONE

        def call(cleaned):
            services.job_order_employer_close(
                order=order, actor=request.user, reason=cleaned["reason"], other=cleaned["other"]
            )

    if submit_form(request, form, call):
        messages.success(request, done)
        return redirect("portal:employer-joborder-detail", order.pk)
    return render(
        request,
        "portal/joborders/employer_end.html",
        {"order": order, "form": form, "action": action, "consequences": END_CONSEQUENCES},
    )


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def employer_order_fill(request, pk: int):
    """The employer's "I filled this job": confirm, with how many people were hired through the job center (optional)."""
    return _employer_end(request, pk, "fill")


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def employer_order_close(request, pk: int):
    """The employer's "Close this job": confirm, with the reason in plain words."""
    return _employer_end(request, pk, "close")


@capability_required("portal.employer")
def employer_order_correct(request, pk: int):
    """Correct a refused or returned order: the form comes back with everything the employer typed. A returned
    draft is changed and sent again; a refused order stays on record and the corrected one is a new order."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    if order.status not in CORRECTABLE:
        return redirect("portal:employer-joborder-detail", order.pk)
    initial = {name: getattr(order, name) for name in services.EDITABLE_FIELDS if name != "responsible_staff"}
    form = JobOrderForm(request.POST or None, initial=initial)
    for name in EMPLOYER_FIELDS_HIDDEN:
        form.fields.pop(name, None)
    if request.method == "POST" and form.is_valid():
        try:
            if order.status == "draft":
                services.job_order_update(order=order, actor=request.user, **form.service_fields())
                target = order
            else:
                target = services.job_order_create(
                    actor=request.user, employer=order.employer, job_center=order.job_center, **form.service_fields()
                )
            outcome = services.job_order_submit(order=target, actor=request.user)
            messages.info(request, employer_outcome_message(outcome.message))
            return redirect("portal:employer-joborder-detail", target.pk)
        except ValidationError as exc:
            form.add_service_errors(exc)
    return render(
        request,
        "portal/joborders/employer_form.html",
        {
            "form": form,
            "employers": [order.employer],
            "chosen": order.employer,
            "correcting": order,
            "has_worksites": True,  # the corrected order keeps the address it was entered with
        },
    )


@capability_required("portal.seeker")
def seeker_jobs(request):
    """Open jobs for job seekers (open orders of active employers; confidential employers masked)."""
    q = request.GET.get("q", "")
    city = request.GET.get("city", "")
    return render(
        request,
        "portal/joborders/seeker_list.html",
        {"jobs": selectors.job_orders_for_seekers(q=q, city=city), "q": q, "city": city},
    )


@capability_required("portal.seeker")
def seeker_job_detail(request, pk: int):
    """One open job, public-safe."""
    job = selectors.job_order_for_seeker(pk=pk)
    if job is None:
        raise Http404("No such open job.")
    return render(request, "portal/joborders/seeker_detail.html", {"job": job})
