"""Matching API: candidates for an order (staff), jobs that match a seeker (staff, or the seeker themself)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from ninja import Path, Router, Schema

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.api.schemas import MAX_QUERY
from jobcenter.joborders.models import JobOrder
from jobcenter.matching import selectors
from jobcenter.seekers.models import JobSeeker

router = Router(tags=["matching"])
PREFIX = "/matching/"


class ScoresOut(Schema):
    """The three scores, 0-100."""

    general: int
    specialized: int
    skills: int


class ReasonsOut(Schema):
    """Reasons behind each score, in plain words."""

    general: list[str]
    specialized: list[str]
    skills: list[str]


class CandidateOut(Schema):
    """A candidate for an order."""

    state_id: str
    name: str
    priority_of_service: int
    priority_label: str
    total: int
    scores: ScoresOut
    reasons: ReasonsOut
    distance_miles: float | None


class JobMatchOut(Schema):
    """An open order that matches a seeker (employer name withheld when confidential)."""

    order_id: int
    number: str
    title: str
    employer_name: str
    worksite: str
    total: int
    scores: ScoresOut
    reasons: ReasonsOut
    distance_miles: float | None


def _require(user, *caps):
    missing = [c for c in caps if not user_can(user, c)]
    if missing:
        raise PermissionDenied(f"Your role cannot do this ({', '.join(missing)}).")


@router.get("orders/{order_id}/candidates", response=list[CandidateOut], summary="Ranked candidates for a job order")
def order_candidates(request, order_id: int, limit: int = 100):
    """Seekers meeting the order's minimum requirements, priority of service first, then score."""
    _require(request.user, "joborders.view", "seekers.view")
    order = get_scoped_or_404(JobOrder.objects.all(), request.user, pk=order_id)
    return [
        {
            "state_id": c.seeker.state_id,
            "name": c.seeker.full_name,
            "priority_of_service": int(c.priority),
            "priority_label": c.priority.label,
            "total": c.total,
            "scores": c.scores,
            "reasons": c.reasons,
            "distance_miles": None if c.distance_miles is None else round(c.distance_miles, 1),
        }
        for c in selectors.candidates_for_order(user=request.user, order=order, limit=min(max(limit, 1), 500))
    ]


def _jobs(seeker, limit: int):
    return [
        {
            "order_id": m.order.pk,
            "number": m.order.number,
            "title": m.order.title,
            "employer_name": m.employer_display,
            "worksite": f"{m.order.worksite_city}, {m.order.worksite_state}",
            "total": m.total,
            "scores": m.scores,
            "reasons": m.reasons,
            "distance_miles": None if m.distance_miles is None else round(m.distance_miles, 1),
        }
        for m in selectors.jobs_for_seeker(seeker=seeker, limit=min(max(limit, 1), 200))
    ]


@router.get("seekers/{state_id}/jobs", response=list[JobMatchOut], summary="Open jobs that match a seeker")
def seeker_jobs(request, state_id: str = Path(..., max_length=MAX_QUERY), limit: int = 50):
    """Staff (in scope) or the seeker themself."""
    _require(request.user, "seekers.view")
    seeker = get_scoped_or_404(JobSeeker.objects.all(), request.user, state_id=state_id[:12])
    return _jobs(seeker, limit)


@router.get("me/jobs", response=list[JobMatchOut], summary="Open jobs that match me (job seekers)")
def my_jobs(request, limit: int = 50):
    """The signed-in job seeker's matches."""
    _require(request.user, "portal.seeker")
    seeker = scoped(JobSeeker.objects.filter(is_active=True), request.user).first()
    return _jobs(seeker, limit) if seeker else []
