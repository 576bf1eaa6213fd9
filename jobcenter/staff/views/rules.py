"""The screening rules catalogue (generated from the engine's registry) and a page to try the engine on a
job order pasted as JSON."""

import json

from django import forms
from django.conf import settings
from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.compliance.screening import (
    DECISIONS,
    RULES,
    ScreeningInputError,
    screen_job_order,
    special_category_table,
    validate_input,
)
from jobcenter.core import clock

DECISION_LABELS = {
    "reject": "Reject",
    "route_flc": "Route to the FLC Coordinator",
    "refer_supervisor": "Refer to the supervisor",
    "hold": "Hold",
    "not_entered": "Not entered",
    "fix_required": "Fix required",
    "accept_with_notice": "Accept with notice",
    "accept": "Accept",
}


@capability_required("staff.workspace")
def rule_catalogue(request):
    """Every screening rule with its id, title, citation, effective dates, severity, status and examples, in
    decision order, plus the decision order itself and this state's special categories."""
    today = clock.today()
    rank = {d: i for i, d in enumerate(DECISIONS)}
    rules = sorted(RULES.values(), key=lambda r: (rank[r.severity], r.id))
    rows = [{"rule": r, "severity_label": DECISION_LABELS[r.severity], "in_force": r.in_force(today)} for r in rules]
    return render(
        request,
        "staff/rules/catalogue.html",
        {
            "rows": rows,
            "decisions": [(d, DECISION_LABELS[d]) for d in DECISIONS],
            "categories": special_category_table(as_of=today),
            "state": settings.JOBCENTER_STATE,
            "today": today,
            "can_try": user_can(request.user, "joborders.screen"),
        },
    )


class TryOrderForm(forms.Form):
    """A job order as JSON (docs/rules.md) and an optional screening date."""

    order = forms.CharField(
        label="Job order (JSON)",
        widget=forms.Textarea(attrs={"class": "usa-textarea font-mono-2xs", "rows": 18}),
        help_text="The input format of docs/rules.md. Nothing is saved.",
    )
    as_of = forms.DateField(
        label="Screen as on (optional)",
        required=False,
        widget=forms.DateInput(attrs={"class": "usa-input", "type": "date"}),
        help_text="Leave empty to use the order's received date.",
    )

    def clean_order(self):
        """Parse the JSON and run the engine's input validation; engine errors are listed by field path."""
        text = self.cleaned_data["order"]
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise forms.ValidationError(f"Not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from exc
        try:
            validate_input(data)
        except ScreeningInputError as exc:
            raise forms.ValidationError([f"{path or 'order'}: {msg}" for path, msg in exc.errors.items()]) from exc
        return data


@capability_required("staff.workspace", "joborders.screen")
def rule_try(request):
    """Screen a job order pasted as JSON and show the decision, findings and notices (nothing is stored)."""
    result = None
    if request.method == "POST":
        form = TryOrderForm(request.POST)
        if form.is_valid():
            result = screen_job_order(form.cleaned_data["order"], as_of=form.cleaned_data["as_of"])
    else:
        form = TryOrderForm()
    return render(
        request,
        "staff/rules/try.html",
        {"form": form, "result": result, "decision_label": DECISION_LABELS.get(result.decision) if result else None},
    )
