"""Labor disputes (20 CFR 652.9; manual: Job Orders and Labor Disputes)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django_fsm import can_proceed

from jobcenter.accounts.choices import Role
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    HoldReason,
)
from jobcenter.joborders.models import (
    JobOrder,
    LaborDispute,
)
from jobcenter.joborders.services._common import S, _link, _transition, employer_note_add, normalize_title


def _dispute_notify(dispute: LaborDispute, *, kind: str, subject: str, body: str = "") -> None:
    notify(
        kind=kind,
        subject=subject,
        body=body,
        link=_link("staff:dispute-detail", dispute.pk),
        obj=dispute,
        roles=[Role.WP_COORDINATOR, Role.STAFF, Role.SUPERVISOR, Role.REGIONAL_MANAGER],
        region=dispute.region,
    )


@transaction.atomic
def labor_dispute_report(*, actor, employer, establishment: str, description: str, job_center=None) -> LaborDispute:
    """Staff report a dispute involving a work stoppage; the regional manager is asked to verify it."""
    job_center = job_center or employer.job_center or actor.job_center
    dispute = LaborDispute(
        employer=employer,
        establishment=establishment,
        description=description,
        job_center=job_center,
        region=job_center.region,
        reported_by=actor,
        reported_at=clock.now(),
    )
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(action="joborders.dispute.reported", actor=actor, obj=dispute)
    employer_note_add(
        employer=employer, kind="joborders.dispute.reported", text=f"Labor dispute reported: {description}", actor=actor
    )
    notify(
        kind="joborders.dispute.reported",
        subject=f"Verify a reported labor dispute at {employer}",
        body=description,
        link=_link("staff:dispute-detail", dispute.pk),
        obj=dispute,
        roles=[Role.REGIONAL_MANAGER],
        region=dispute.region,
    )
    return dispute


@transaction.atomic
def labor_dispute_verify(
    *, dispute: LaborDispute, actor, positions_at_issue: list[str], all_positions: bool = False
) -> list[JobOrder]:
    """The regional manager verifies the dispute and records the positions at issue. The WP coordinator and the
    staff of the region are notified; open orders of the employer for positions at issue go on hold (audited,
    noted on the employer). Returns the orders put on hold."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    positions = [p.strip() for p in positions_at_issue if p and p.strip()]
    if not positions and not all_positions:
        raise ValidationError({"positions_at_issue": constants.DISPUTE_NEEDS_POSITIONS})
    dispute.verify()
    dispute.positions_at_issue = positions
    dispute.all_positions = all_positions
    dispute.verified_by = actor
    dispute.verified_at = clock.now()
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(
        action="joborders.dispute.verified",
        actor=actor,
        obj=dispute,
        data={"positions": positions, "all_positions": all_positions},
    )
    titles = {normalize_title(p) for p in positions}
    held = []
    for order in JobOrder.objects.filter(employer=dispute.employer, status=S.OPEN).select_for_update():
        if all_positions or order.title_normalized in titles:
            _transition(
                order,
                "hold",
                actor=actor,
                verb="held",
                text="On hold: the position is at issue in a verified labor dispute (20 CFR 652.9).",
                reason=HoldReason.LABOR_DISPUTE,
                dispute=dispute,
            )
            held.append(order)
    at_issue = "all positions" if all_positions else ", ".join(positions)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.verified",
        subject=f"Labor dispute verified at {dispute.employer}",
        body=f"Positions at issue: {at_issue}. {len(held)} open job order(s) put on hold; no referrals to them.",
    )
    return held


@transaction.atomic
def labor_dispute_reject(*, dispute: LaborDispute, actor, reason: str) -> LaborDispute:
    """The regional manager could not confirm a dispute with a work stoppage."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    dispute.reject()
    dispute.save()
    audit_log(action="joborders.dispute.not_confirmed", actor=actor, obj=dispute, data={"reason": reason})
    return dispute


@transaction.atomic
def labor_dispute_end(
    *, dispute: LaborDispute, actor, confirmed_with_employer: str, confirmed_with_workers_rep: str
) -> list[JobOrder]:
    """End a verified dispute once its end is confirmed with the employer and the workers' representative
    (20 CFR 652.9(d)); orders held for it go back online and everyone notified at verification is told."""
    from jobcenter.accounts.scoping import require

    require(actor, "disputes.manage")
    if not (confirmed_with_employer.strip() and confirmed_with_workers_rep.strip()):
        raise ValidationError(constants.DISPUTE_END_NEEDS_BOTH)
    dispute.end()
    dispute.ended_by = actor
    dispute.ended_at = clock.now()
    dispute.end_confirmed_with_employer = confirmed_with_employer.strip()
    dispute.end_confirmed_with_workers_rep = confirmed_with_workers_rep.strip()
    dispute.full_clean(exclude=["status"])
    dispute.save()
    audit_log(action="joborders.dispute.ended", actor=actor, obj=dispute)
    restored = []
    for order in JobOrder.objects.filter(hold_dispute=dispute, status=S.ON_HOLD).select_for_update():
        if can_proceed(order.release):
            _transition(order, "release", actor=actor, verb="released", text="Labor dispute ended; referrals resume.")
            restored.append(order)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.ended",
        subject=f"Labor dispute ended at {dispute.employer}",
        body=f"Full referral services resume. {len(restored)} job order(s) back online.",
    )
    return restored
