"""``notify``: put a message in the inbox of users by role and place. Used for queues such as
"CSU: verify this employer", "WP coordinator: labor dispute verified", "supervisor: suspected violation".
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import models

from jobcenter.core import clock
from jobcenter.core.models import Notification


def notify(
    *,
    kind: str,
    subject: str,
    body: str = "",
    link: str = "",
    obj: models.Model | None = None,
    roles: Iterable[str] = (),
    users: Iterable = (),
    job_center=None,
    region=None,
) -> list[Notification]:
    """Create one notification per recipient: users with any of ``roles`` (limited to ``job_center`` or
    ``region`` when given; statewide roles are never limited) plus the explicit ``users``."""
    from jobcenter.accounts.choices import ScopeLevel
    from jobcenter.accounts.models import User

    recipients = {u.pk: u for u in users if u is not None}
    roles = list(roles)
    if roles:
        for user in User.objects.filter(role__in=roles, is_active=True).select_related("job_center"):
            level = user.scope_level
            if job_center is not None and level == ScopeLevel.JOB_CENTER and user.job_center_id != job_center.pk:
                continue
            target_region = region.pk if region is not None else (job_center.region_id if job_center else None)
            if target_region and level in (ScopeLevel.JOB_CENTER, ScopeLevel.REGION):
                user_region = user.region_id or (user.job_center.region_id if user.job_center_id else None)
                if user_region != target_region:
                    continue
            recipients[user.pk] = user
    ct = ContentType.objects.get_for_model(obj) if obj is not None else None
    now = clock.now()
    rows = [
        Notification(
            recipient=u,
            kind=kind,
            subject=subject[:200],
            body=body,
            link=link,
            content_type=ct,
            object_id=str(obj.pk) if obj is not None else "",
            created_at=now,
        )
        for u in recipients.values()
    ]
    return Notification.objects.bulk_create(rows)


def unread_count(user) -> int:
    """Unread notifications for ``user``."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
