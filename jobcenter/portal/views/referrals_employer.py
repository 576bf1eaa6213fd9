"""Employer portal: the people the job center referred to each of the company's orders, and recording what
happened (hired, not hired, did not show up, turned the job down). Only what the employer needs to contact and
consider a person is shown: never the SSN, demographic or disability data, veteran status or union affiliation
(``referrals.selectors.employer_candidates``)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import get_scoped_or_404
from jobcenter.core import clock
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.joborders.models import JobOrder
from jobcenter.referrals import selectors, services
from jobcenter.referrals.choices import OUTCOMES, ReferralStatus
from jobcenter.referrals.models import Referral

EMPLOYER_OUTCOME_LABELS = {
    ReferralStatus.HIRED: "Hired",
    ReferralStatus.NOT_HIRED: "Not hired",
    ReferralStatus.NO_SHOW: "Did not show up",
    ReferralStatus.REFUSED: "Turned down the job",
}


class EmployerOutcomeForm(UswdsFormMixin, forms.Form):
    """What happened with a referred person."""

    outcome = forms.ChoiceField(
        label="What happened?",
        choices=[("", "- Select -"), *((o.value, EMPLOYER_OUTCOME_LABELS[o]) for o in OUTCOMES)],
    )
    on = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))


def _candidates_page(request, order, *, bound=None, status: int = 200):
    """The candidates page; ``bound``: (referral id, bound form with its errors) to show on that person's card."""
    rows = []
    for c in selectors.employer_candidates(user=request.user, order=order):
        if bound and bound[0] == c.referral_id:
            form = bound[1]
        else:
            # Nothing chosen until the employer chooses (a default "Hired" recorded placements by accident);
            # once recorded, the card shows what was said.
            chosen = c.status if c.status in OUTCOMES else ""
            form = EmployerOutcomeForm(
                prefix=f"r{c.referral_id}", initial={"outcome": chosen, "on": c.outcome_on or clock.today()}
            )
        rows.append({"candidate": c, "form": form})
    return render(request, "portal/referrals/candidates.html", {"order": order, "rows": rows}, status=status)


@capability_required("portal.employer")
def candidates(request, pk: int):
    """The people referred to one of the company's orders."""
    order = get_scoped_or_404(JobOrder.objects.select_related("employer", "job_center"), request.user, pk=pk)
    return _candidates_page(request, order)


@require_POST
@capability_required("portal.employer")
def record_outcome(request, pk: int):
    """Record the outcome for one referred person. A mistake is shown on that person's card, with what was typed."""
    referral = get_scoped_or_404(
        Referral.objects.select_related("job_order__employer", "job_order__job_center", "seeker"), request.user, pk=pk
    )
    form = EmployerOutcomeForm(request.POST, prefix=f"r{referral.pk}")
    if form.is_valid():
        try:
            services.referral_outcome_record(
                actor=request.user, referral=referral, outcome=form.cleaned_data["outcome"], on=form.cleaned_data["on"]
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            label = EMPLOYER_OUTCOME_LABELS[form.cleaned_data["outcome"]].lower()
            messages.success(request, f"Saved: {referral.seeker.full_name}, {label}.")
            return redirect("portal:employer-candidates", pk=referral.job_order_id)
    messages.error(request, f"Nothing was saved for {referral.seeker.full_name}: see the note on their card.")
    return _candidates_page(request, referral.job_order, bound=(referral.pk, form), status=422)
