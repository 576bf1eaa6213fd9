"""Reads for complaints, always narrowed by ``scoped`` (staff: their center; regional managers: their region; the
State Monitor Advocate and administrators: statewide)."""

from __future__ import annotations

from django.db.models import QuerySet

from jobcenter.accounts.scoping import get_scoped_or_404, scoped
from jobcenter.complaints import timelimit
from jobcenter.complaints.choices import ComplaintKind, ComplaintStatus
from jobcenter.complaints.models import Complaint, ComplaintAction
from jobcenter.core import clock

_RELATED = ("job_center", "seeker", "employer", "taken_by")


def complaint_log(
    *, user, status: str = "", msfw: str = "", job_center_id: int | None = None, past_limit: bool = False
) -> QuerySet[Complaint]:
    """The central complaint log (658.410(c)) the user may see, newest first, filtered by status, MSFW flag
    (``"yes"``/``"no"``), job center and, with ``past_limit``, complaints about the Employment Service regulations
    not resolved at the local level after their "resolve by" date (658.411). Unknown filter values are ignored."""
    qs = scoped(Complaint.objects.select_related(*_RELATED), user)
    if past_limit:
        cutoff = timelimit.latest_filed_past(clock.today())
        if cutoff is None:
            return qs.none()
        qs = qs.filter(
            kind=ComplaintKind.ES_REGULATIONS,
            status__in=[ComplaintStatus.OPEN, ComplaintStatus.REFERRED],
            filed_on__lte=cutoff,
        )
    if status in ComplaintStatus.values:
        qs = qs.filter(status=status)
    if msfw in ("yes", "no"):
        qs = qs.filter(msfw=msfw == "yes")
    if job_center_id:
        qs = qs.filter(job_center_id=job_center_id)
    return qs.prefetch_related("actions")


def complaint_get(*, user, pk: int) -> Complaint:
    """One complaint in the user's scope; outside it, the same 404 as a missing one."""
    return get_scoped_or_404(Complaint.objects.select_related(*_RELATED), user, pk=pk)


def complaint_history(*, complaint: Complaint, user) -> QuerySet[ComplaintAction]:
    """The complaint's actions in the order they happened, with who recorded them."""
    return scoped(complaint.actions.select_related("by"), user)


def open_counts(*, user) -> dict[str, int]:
    """For the dashboard: complaints not closed, and MSFW complaints still awaiting their referral (658.422)."""
    qs = scoped(Complaint.objects.all(), user)
    not_done = qs.exclude(status__in=[ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED]).count()
    awaiting = qs.filter(status=ComplaintStatus.OPEN, msfw=True, kind="employment_law").count()
    return {"open": not_done, "awaiting_referral": awaiting}
