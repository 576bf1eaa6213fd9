"""The screening rules catalogue: every job-order screening rule, generated from the engine's registry."""

from django.conf import settings
from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.compliance.screening import DECISIONS, RULES, special_category_table
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
        },
    )
