"""Dashboard panel for the performance analyst: the latest quarterly report and its edit checks, and the wage
records loaded (the analyst's dashboard was empty but for the inbox: found walking the demo)."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.core.panels import Panel, panel
from jobcenter.core.presentation import format_date


@panel(order=60)
def analyst_panel(request):
    """Users who load wage records: the newest prepared report (edit check failures) and the wage files loaded."""
    if not (user_can(request.user, "wages.import") and user_can(request.user, "reports.view")):
        return None
    from jobcenter.reporting import selectors
    from jobcenter.wages.selectors import wage_files_list

    latest = selectors.reports_list(user=request.user).first()
    files = wage_files_list()
    loaded = f"{len(files)} wage record file{'s' if len(files) != 1 else ''} loaded"
    links = [("Prepare or open a report", reverse("staff:reports")), ("Wage records", reverse("staff:wage-files"))]
    if latest is None:
        return Panel(title="Performance report", body=f"No report prepared yet; {loaded}.", links=links)
    failures = latest.edit_failure_count
    links.insert(0, (f"Report for {latest.quarter_label}", reverse("staff:report-detail", args=[latest.pk])))
    return Panel(
        title="Performance report",
        count=failures,
        body=(
            f"PIRL edit check failure{'s' if failures != 1 else ''} in the report for {latest.quarter_label}, "
            f"prepared {format_date(latest.prepared_at)}; {loaded}"
        ),
        links=links,
        tone="warning" if failures else "success",
    )
