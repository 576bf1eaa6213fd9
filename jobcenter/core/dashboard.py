"""Core dashboard panel: unread inbox items."""

from django.urls import reverse

from jobcenter.core.notifications import unread_count
from jobcenter.core.panels import Panel, panel


@panel(order=1)
def inbox_panel(request):
    """Unread notifications for everyone in the staff workspace."""
    return Panel(
        title="Inbox",
        count=unread_count(request.user),
        body="unread messages",
        links=[("Open inbox", reverse("staff:inbox"))],
    )
