"""Dashboard panels for the wage follow-up: the interviewer's open cases, the supervisor's overdue cases."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.core import clock
from jobcenter.core.panels import Panel, panel
from jobcenter.core.presentation import format_date
from jobcenter.followup import selectors
from jobcenter.followup.quarters import Quarter


@panel(order=45)
def interviewer_panel(request):
    """Interviewers: open cases of this quarter, and how many are theirs."""
    if not user_can(request.user, "followup.interview"):
        return None
    quarter = Quarter.of(clock.today())
    rows = selectors.work_queue(user=request.user, interview_quarter=quarter)
    mine = rows.filter(assigned_to=request.user).count()
    total = rows.count()
    return Panel(
        title="Wage follow-up",
        count=total,
        body=f"open cases to interview by {format_date(quarter.last_day)}; {mine} taken by you",
        links=[("Open the queue", reverse("staff:followup-queue"))],
        tone="info",
    )


@panel(order=46)
def supervisor_panel(request):
    """Data-collection supervisors: overdue cases and the response rate."""
    if not user_can(request.user, "followup.supervise"):
        return None
    data = selectors.dashboard(user=request.user, as_of=clock.today())
    rate = data["response"]["rate"]
    return Panel(
        title="Wage follow-up supervision",
        count=data["overdue_count"],
        body="overdue cases; response rate " + (f"{rate:.0%}" if rate is not None else "not yet known"),
        links=[("Supervision", reverse("staff:followup-dashboard"))],
        tone="warning" if data["overdue_count"] else "success",
    )
