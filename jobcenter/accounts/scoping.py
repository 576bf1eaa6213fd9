"""The one helper that scopes personal data to what the acting user may see.

Every model holding personal data declares where its owners are::

    class Enrollment(models.Model):
        scope = Scope(job_center="job_center", seeker_user="seeker__user", employer_user=None)

and every selector filters through ``scoped(queryset, user)``. Statewide roles see all; regional roles
their region; job-center roles their center; a job seeker only rows that lead to their own user; an
employer user only rows of companies they belong to. A model with no path for a level shows nothing at
that level (deny by default).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.models import QuerySet

from jobcenter.accounts.choices import ScopeLevel
from jobcenter.accounts.roles import user_can


@dataclass(frozen=True)
class Scope:
    """ORM paths from a model to its job center, its job seeker's user and its employer's users."""

    job_center: str | None = None
    region: str | None = None  # defaults to f"{job_center}__region"
    seeker_user: str | None = None
    employer_user: str | None = None
    # Rows that are not personal data (employers, job orders) are visible to all staff statewide.
    staff_statewide: bool = False


def scoped(qs: QuerySet, user) -> QuerySet:
    """``qs`` narrowed to the rows ``user`` may see (empty for anonymous or inactive users)."""
    spec: Scope | None = getattr(qs.model, "scope", None)
    if not isinstance(spec, Scope):
        raise ImproperlyConfigured(f"{qs.model.__name__} has no `scope = Scope(...)` declaration.")
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return qs.none()
    level = user.scope_level
    if spec.staff_statewide and level in (ScopeLevel.REGION, ScopeLevel.JOB_CENTER):
        return qs
    if level == ScopeLevel.STATE:
        return qs
    if level == ScopeLevel.REGION:
        path = spec.region or (f"{spec.job_center}__region" if spec.job_center else None)
        region_id = user.region_id or (user.job_center.region_id if user.job_center_id else None)
        return qs.filter(**{path: region_id}) if path and region_id else qs.none()
    if level == ScopeLevel.JOB_CENTER:
        return (
            qs.filter(**{spec.job_center: user.job_center_id}) if spec.job_center and user.job_center_id else qs.none()
        )
    if level == ScopeLevel.SELF:
        return qs.filter(**{spec.seeker_user: user.pk}) if spec.seeker_user else qs.none()
    if level == ScopeLevel.EMPLOYER:
        return qs.filter(**{spec.employer_user: user.pk}).distinct() if spec.employer_user else qs.none()
    return qs.none()


def job_centers_in_scope(user) -> QuerySet:
    """The job centers ``user`` works for: all (statewide roles), their region's, their own (job-center roles),
    none for anyone else. For choices such as the center of an enrollment."""
    from jobcenter.accounts.models import JobCenter

    centers = JobCenter.objects.all()
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return centers.none()
    level = user.scope_level
    if level == ScopeLevel.STATE:
        return centers
    if level == ScopeLevel.REGION:
        region_id = user.region_id or (user.job_center.region_id if user.job_center_id else None)
        return centers.filter(region_id=region_id) if region_id else centers.none()
    if level == ScopeLevel.JOB_CENTER and user.job_center_id:
        return centers.filter(pk=user.job_center_id)
    return centers.none()


def require(user, capability: str) -> None:
    """Raise ``PermissionDenied`` unless ``user`` has ``capability``."""
    if not user_can(user, capability):
        raise PermissionDenied(f"Your role cannot do this ({capability}).")


def get_scoped_or_404(qs: QuerySet, user, **lookup):
    """Fetch one row the user may see; rows outside the scope look exactly like missing ones (404)."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(scoped(qs, user), **lookup)
