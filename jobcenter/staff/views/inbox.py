"""The user's notifications."""

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.core import clock
from jobcenter.core.models import Notification


@capability_required("staff.workspace")
def inbox(request):
    """Unread first, then the latest read ones."""
    qs = Notification.objects.filter(recipient=request.user)
    return render(
        request,
        "staff/inbox.html",
        {
            "unread": qs.filter(read_at__isnull=True)[:200],
            "read": qs.filter(read_at__isnull=False)[:50],
        },
    )


@require_POST
@capability_required("staff.workspace")
def mark_read(request, pk: int):
    """Mark one notification read and follow its link."""
    note = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if note.read_at is None:
        note.read_at = clock.now()
        note.save(update_fields=["read_at"])
    return redirect(note.link or "staff:inbox")
