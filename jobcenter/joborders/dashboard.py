"""Dashboard panels: orders routed to the FLC coordinator, overdue job order entry, suspected violations, fraud investigations."""

from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.core.panels import Panel, panel
from jobcenter.joborders import selectors


@panel(order=30)
def overdue_orders_panel(request):
    """Orders received but not entered by the deadline (manual: Job Order Entry Timeline), in the user's job
    center (or everything they can see if they have none)."""
    user = request.user
    if not user_can(user, "joborders.view"):
        return None
    count = selectors.overdue_orders(user=user, job_center=user.job_center).count()
    link = reverse("staff:joborder-overdue")
    if user.job_center_id:
        link += f"?job_center={user.job_center_id}"
    return Panel(
        title="Job orders overdue for entry",
        count=count,
        body="not entered by the deadline, or entered late",
        links=[("Overdue report", link)],
        tone="warning" if count else "success",
    )


@panel(order=31)
def violations_panel(request):
    """Suspected violations waiting for the supervisor."""
    if not user_can(request.user, "violations.review"):
        return None
    count = selectors.violation_queue(user=request.user).count()
    return Panel(
        title="Suspected violations",
        count=count,
        body="job orders stopped for supervisor review",
        links=[("Open queue", reverse("staff:violation-queue"))],
        tone="warning" if count else "info",
    )


@panel(order=32)
def fraud_panel(request):
    """Fraud investigations open for CSU."""
    if not user_can(request.user, "joborders.investigate"):
        return None
    count = selectors.fraud_queue(user=request.user).count()
    return Panel(
        title="Suspected fraudulent job orders",
        count=count,
        body="orders on hold awaiting investigation",
        links=[("Open queue", reverse("staff:fraud-queue"))],
        tone="warning" if count else "info",
    )


@panel(order=29)
def routed_flc_panel(request):
    """H-2A/H-2B orders screening routed to the FLC coordinator, waiting for them to take over or return
    (manual: H-2A and H-2B Job Orders)."""
    from jobcenter.joborders.choices import JobOrderStatus

    if not user_can(request.user, "joborders.flc"):
        return None
    status = JobOrderStatus.ROUTED_FLC
    count = selectors.job_order_list(user=request.user, status=status).count()
    return Panel(
        title="Orders routed to you",
        count=count,
        body="H-2A and H-2B orders to take over, or return to the job center",
        links=[("Open the list", reverse("staff:joborder-list") + f"?status={status.value}")],
        tone="warning" if count else "success",
    )
