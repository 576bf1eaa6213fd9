"""Staff correct a person's occupational classification on the person record (ADR 0028): replace a suggested code,
say one does not apply, or add one. Corrections are kept (the coder never overwrites them) and audited."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from jobcenter.accounts.decorators import capability_required
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.occupations.selectors import normalize_onet_code
from jobcenter.occupations.widgets import occupation_autocomplete
from jobcenter.seekers import classification
from jobcenter.seekers import selectors as seeker_selectors
from jobcenter.seekers.models import SeekerOccupation


class CorrectionForm(UswdsFormMixin, forms.Form):
    """The occupation that applies instead (or in addition), and why."""

    code = forms.CharField(label="Occupation", max_length=20)
    note = forms.CharField(label="Reason (optional)", max_length=300, required=False)

    def __init__(self, *args, require_code: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].required = require_code
        occupation_autocomplete(self.fields["code"])

    def clean_code(self) -> str:
        """Accept '53-7051' as well as '53-7051.00'."""
        return normalize_onet_code(self.cleaned_data.get("code", ""))


def _seeker(request, state_id: str):
    seeker = seeker_selectors.seeker_get(user=request.user, state_id=state_id)
    if not seeker.is_active:
        raise Http404("Merged records cannot be changed; change the primary record.")
    return seeker


@require_http_methods(["GET", "POST"])
@capability_required("seekers.view", "seekers.edit")
def occupation_correct(request, state_id: str, pk: int):
    """Replace one of the person's occupations with another, or record that it does not apply."""
    seeker = _seeker(request, state_id)
    row = get_object_or_404(SeekerOccupation, seeker=seeker, pk=pk, applies=True)
    rejecting = request.method == "POST" and "does_not_apply" in request.POST
    form = CorrectionForm(request.POST or None, require_code=not rejecting)
    if request.method == "POST" and form.is_valid():
        note = form.cleaned_data["note"]
        try:
            if rejecting:
                classification.occupation_reject(actor=request.user, seeker=seeker, row=row, note=note)
                messages.success(request, f"Recorded that {row.title} does not apply to {seeker.full_name}.")
            else:
                new = classification.occupation_replace(
                    actor=request.user, seeker=seeker, row=row, code=form.cleaned_data["code"], note=note
                )
                messages.success(request, f"Replaced {row.title} with {new.title}. Your correction is kept.")
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                for error in errors:
                    form.add_error(field if field in form.fields else None, error)
        else:
            return redirect("staff:seeker-detail", seeker.state_id)
    return render(request, "staff/people/occupation_correct.html", {"seeker": seeker, "row": row, "form": form})


@require_http_methods(["GET", "POST"])
@capability_required("seekers.view", "seekers.edit")
def occupation_add(request, state_id: str):
    """Classify the person in one more occupation."""
    seeker = _seeker(request, state_id)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            row = classification.occupation_add(
                actor=request.user, seeker=seeker, code=form.cleaned_data["code"], note=form.cleaned_data["note"]
            )
        except ValidationError as exc:
            for error in exc.message_dict.get("code", []):
                form.add_error("code", error)
        else:
            messages.success(request, f"Added {row.title}.")
            return redirect("staff:seeker-detail", seeker.state_id)
    return render(request, "staff/people/occupation_correct.html", {"seeker": seeker, "row": None, "form": form})
