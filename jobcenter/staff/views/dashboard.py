"""The staff dashboard: what needs attention today, per role."""

from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.core.panels import panels_for


@capability_required("staff.workspace")
def dashboard(request):
    """Landing page of the staff workspace; panels come from each area's ``dashboard_panels``."""
    return render(request, "staff/dashboard.html", {"panels": panels_for(request)})
