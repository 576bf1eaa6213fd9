"""Inbox: notifications for the signed-in user (any role)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import inbox

NAV_ITEMS = [NavItem("Inbox", "staff:inbox", "staff.workspace", order=5)]

urlpatterns = [
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<int:pk>/read/", inbox.mark_read, name="inbox-read"),
]
