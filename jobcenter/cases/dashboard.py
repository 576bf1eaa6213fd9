"""Dashboard panels for cases: my caseload and exits coming up; supervisors' follow-up lists."""

import datetime as dt

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.cases import selectors
from jobcenter.core import clock
from jobcenter.core.panels import Panel, panel


@panel(order=30)
def caseload_panel(request):
    """Staff with a caseload: open cases and those exiting within 14 days unless served."""
    if not user_can(request.user, "cases.record_service"):
        return None
    rows = selectors.caseload(user=request.user, case_manager=request.user)
    soon = [r for r in rows if r.forecast and r.forecast.days_left is not None and r.forecast.days_left <= 14]
    return Panel(
        title="My caseload",
        count=len(rows),
        body=f"open cases; {len(soon)} exit within 14 days unless a service is recorded",
        links=[("Open caseload", reverse("staff:cases-caseload") + "?mine=1")],
        tone="warning" if soon else "info",
    )


@panel(order=31)
def supervision_panel(request):
    """Supervisors: late entries (30 days), missing case managers, participants not informed of the survey."""
    if not user_can(request.user, "cases.supervise"):
        return None
    today = clock.today()
    late = selectors.late_entries(user=request.user, since=today - dt.timedelta(days=30), until=today)
    missing = selectors.enrollments_missing_case_manager(user=request.user)
    uninformed = selectors.participants_not_informed(user=request.user)
    url = reverse("staff:cases-supervision")
    return Panel(
        title="Case supervision",
        count=len(late) + len(missing) + len(uninformed),
        body=f"{len(late)} late entries, {len(missing)} without a case manager, {len(uninformed)} not informed of the survey",
        links=[
            ("Late entries", url + "#late"),
            ("Case managers", url + "#missing"),
            ("Not informed", url + "#uninformed"),
        ],
        tone="warning" if (late or missing or uninformed) else "success",
    )
