"""``audit_log``: the one helper every service calls to record what a person did.

Action codes are namespaced ``<app>.<object>.<verb>`` (``seekers.ssn.viewed``, ``joborders.order.opened``).
Data must be JSON-serialisable and must never hold an SSN: keys that look like one are refused.
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from jobcenter.core import clock
from jobcenter.core.logging import SSN_RE
from jobcenter.core.models import AuditEntry

ACTION_RE = re.compile(r"^[a-z_]+(\.[a-z_]+){2,}$")


def _check_data(data: Any, path: str = "data") -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if "ssn" in str(key).lower():
                raise ValueError(f"Audit data may not contain SSNs ({path}.{key}).")
            _check_data(value, f"{path}.{key}")
    elif isinstance(data, list | tuple):
        for i, value in enumerate(data):
            _check_data(value, f"{path}[{i}]")
    elif isinstance(data, str) and SSN_RE.fullmatch(data.strip()):
        raise ValueError(f"Audit data may not contain SSNs ({path}).")


def audit_log(*, action: str, actor=None, obj: models.Model | None = None, data: dict | None = None) -> AuditEntry:
    """Append an audit entry. ``actor`` None means the system did it."""
    if not ACTION_RE.match(action):
        raise ValueError(f"Audit action {action!r} must be namespaced like 'app.object.verb'.")
    data = data or {}
    _check_data(data)
    import json

    payload = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    entry = AuditEntry(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=getattr(actor, "username", None) or "system",
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        data=payload,
        created_at=clock.now(),
    )
    entry.save()
    return entry


def audit_trail(obj: models.Model):
    """Entries about ``obj``, newest first."""
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor")
