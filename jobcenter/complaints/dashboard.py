"""Dashboard panel: the complaint log for the State Monitor Advocate and administrators (their landing page)."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.complaints import selectors
from jobcenter.core.panels import Panel, panel


@panel(order=22)
def complaints_panel(request):
    """Complaints not yet resolved, and MSFW complaints still to refer (20 CFR 658.410(c), 658.422)."""
    if not user_can(request.user, "complaints.manage"):
        return None
    counts = selectors.open_counts(user=request.user)
    return Panel(
        title="Complaints",
        count=counts["open"],
        body=f"open or referred; {counts['awaiting_referral']} farmworker complaint(s) still to refer",
        links=[("Complaint log", reverse("staff:complaint-list"))],
        tone="warning" if counts["awaiting_referral"] else "info",
    )
