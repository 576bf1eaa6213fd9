"""Dashboard panels: CSU sees employers pending verification; the SMA sees open discontinuation cases."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.core.panels import Panel, panel
from jobcenter.employers import selectors


@panel(order=20)
def verification_panel(request):
    """Pending employers and how many are past the 48-hour target (CSU, admin)."""
    if not user_can(request.user, "employers.verify"):
        return None
    rows = selectors.verification_queue(user=request.user)
    overdue = sum(1 for r in rows if r.overdue)
    return Panel(
        title="Employers to verify",
        count=len(rows),
        body=f"pending verification; {overdue} past the {rows[0].target_hours}-hour target"
        if rows
        else "pending verification",
        links=[("Verification queue", reverse("staff:employer-verification-queue"))],
        tone="warning" if overdue else "info",
    )


@panel(order=21)
def discontinuation_panel(request):
    """Open discontinuation cases and pending reinstatement requests (State Monitor Advocate, admin)."""
    if not user_can(request.user, "employers.discontinue"):
        return None
    open_cases = selectors.discontinuation_cases(user=request.user, open_only=True).count()
    pending = selectors.pending_reinstatements(user=request.user).count()
    return Panel(
        title="Discontinuation of services",
        count=open_cases,
        body=f"open cases; {pending} reinstatement request(s) to decide",
        links=[("Discontinuation cases", reverse("staff:discontinuation-list"))],
    )
