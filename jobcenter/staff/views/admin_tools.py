"""Audit log browser and legal-parameter catalogue."""

from django.core.paginator import Paginator
from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.core.parameters import all_parameters


@capability_required("audit.view")
def audit_log_list(request):
    """Append-only audit log, newest first, filterable by action prefix and actor."""
    qs = AuditEntry.objects.select_related("actor").all()
    action = request.GET.get("action", "").strip()
    actor = request.GET.get("actor", "").strip()
    if action:
        qs = qs.filter(action__startswith=action)
    if actor:
        qs = qs.filter(actor_label=actor)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return render(request, "staff/audit_log.html", {"page": page, "action": action, "actor": actor})


@capability_required("staff.workspace")
def parameter_catalogue(request):
    """Every dated legal parameter with its value today, history, status and citations."""
    today = clock.today()
    rows = []
    for p in all_parameters().values():
        series = []
        for key, values in p.series.items():
            series.append({"key": "/".join(key), "values": values})
        rows.append({"p": p, "series": series})
    return render(request, "staff/parameters.html", {"rows": rows, "today": today})
