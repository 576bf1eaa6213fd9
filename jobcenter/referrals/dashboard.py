"""Dashboard card: Referrals Pending Review for the user's job center, with the ones waiting too long."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.core.panels import Panel, panel
from jobcenter.referrals import selectors


@panel(order=29)
def pending_review_panel(request):
    """Requests waiting in Referrals Pending Review (manual: Manage Labor Exchange Tools — worked daily)."""
    user = request.user
    if not user_can(user, "matching.refer"):
        return None
    summary = selectors.pending_review_summary(user=user, job_center=user.job_center)
    link = reverse("staff:referral-review")
    if summary.flagged:
        body = f"{summary.flagged} waiting more than a business day"
    elif summary.waiting:
        body = "waiting for a decision; work the list daily"
    else:
        body = "nothing waiting"
    return Panel(
        title="Referrals pending review",
        count=summary.waiting,
        body=body,
        links=[("Open the queue", link)],
        tone="error" if summary.flagged else ("warning" if summary.waiting else "success"),
    )
