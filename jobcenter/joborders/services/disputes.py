"""Labor disputes (20 CFR 652.9; manual: Job Orders and Labor Disputes)."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction

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

SOC_RE = re.compile(r"^\d{2}-\d{4}(?:\.\d{2})?$")


def _tokens(title: str) -> set[str]:
    """Normalised words of a title, plural "s" dropped ("Machinists" -> {"machinist"})."""
    return {
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in normalize_title(title).split()
    }


def position_matches(*, position: str, title: str, soc_code: str = "") -> bool:
    """Whether an order (title, O*NET-SOC code) is for a position listed at issue: the position is an SOC code
    and the order's code starts with it, or every word of the position's normalised title is in the order's
    title ("Machinist" matches "CNC Machinist" and "Machinists, 2nd shift"; "Forklift operator" does not match
    "Operator")."""
    position = (position or "").strip()
    if not position:
        return False
    if SOC_RE.match(position):
        return bool(soc_code) and soc_code.startswith(position[:7])
    wanted = _tokens(position)
    return bool(wanted) and wanted <= _tokens(title)


def order_at_issue(*, order: JobOrder, dispute: LaborDispute) -> bool:
    """The order is for a position at issue in ``dispute`` (all positions, or one listed position matches)."""
    return dispute.all_positions or any(
        position_matches(position=p, title=order.title, soc_code=order.soc_code) for p in dispute.positions_at_issue
    )


def labor_dispute_candidate_orders(*, dispute: LaborDispute, positions: list[str], all_positions: bool) -> list:
    """Orders of the dispute's employer that the positions proposed by the Regional Manager would put at issue
    (open, in screening, or held for this dispute): shown to the Regional Manager to confirm."""
    probe = LaborDispute(positions_at_issue=positions, all_positions=all_positions)
    qs = JobOrder.objects.filter(employer=dispute.employer, status__in=[S.OPEN, S.SCREENING, S.ON_HOLD])
    return [
        o
        for o in qs.order_by("title", "pk")
        if (o.status != S.ON_HOLD or o.hold_dispute_id == dispute.pk) and order_at_issue(order=o, dispute=probe)
    ]


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
    *,
    dispute: LaborDispute,
    actor,
    positions_at_issue: list[str],
    all_positions: bool = False,
    confirmed_order_ids: list[int] | None = None,
) -> list[JobOrder]:
    """The regional manager verifies the dispute and records the positions at issue (job titles or SOC codes).
    Orders of the employer matching them (occupation code, or normalised title: ``position_matches``) are
    proposed; ``confirmed_order_ids`` are the ones the regional manager confirmed at issue (None: all proposed).
    Confirmed open orders go on hold (audited, noted on the employer), orders held for this dispute by screening
    that are not at issue go back online through the guard. The WP coordinator and the staff of the region are
    notified. Returns the orders put or kept on hold."""
    from jobcenter.accounts.scoping import require
    from jobcenter.joborders.services.online import job_order_try_release

    require(actor, "disputes.manage")
    positions = [p.strip() for p in positions_at_issue if p and p.strip()]
    if not positions and not all_positions:
        raise ValidationError({"positions_at_issue": constants.DISPUTE_NEEDS_POSITIONS})
    proposed = labor_dispute_candidate_orders(dispute=dispute, positions=positions, all_positions=all_positions)
    confirmed = {o.pk for o in proposed} if confirmed_order_ids is None else set(confirmed_order_ids)
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
        data={"positions": positions, "all_positions": all_positions, "orders_confirmed": sorted(confirmed)},
    )
    held = []
    for order in JobOrder.objects.filter(
        employer=dispute.employer, status=S.OPEN, pk__in=confirmed
    ).select_for_update():
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
    just_held = {o.pk for o in held}
    for order in (
        JobOrder.objects.filter(hold_dispute=dispute, status=S.ON_HOLD).exclude(pk__in=just_held).select_for_update()
    ):
        if order.pk in confirmed:
            held.append(order)  # held by screening; stays held until the dispute ends
        else:
            job_order_try_release(
                order=order, actor=actor, text="The Regional Manager found the position not at issue in the dispute."
            )
    at_issue = "all positions" if all_positions else ", ".join(positions)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.verified",
        subject=f"Labor dispute verified at {dispute.employer}",
        body=f"Positions at issue: {at_issue}. {len(held)} job order(s) on hold; no referrals to them.",
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
    from jobcenter.joborders.services.online import job_order_try_release

    for order in JobOrder.objects.filter(hold_dispute=dispute, status=S.ON_HOLD).select_for_update():
        job_order_try_release(
            order=order, actor=actor, text=f"The Regional Manager did not confirm a dispute: {reason}"
        )
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
    from jobcenter.joborders.services.online import job_order_try_release

    for order in JobOrder.objects.filter(hold_dispute=dispute, status=S.ON_HOLD).select_for_update():
        if job_order_try_release(order=order, actor=actor, text="Labor dispute ended; referrals resume.").ok:
            restored.append(order)
    _dispute_notify(
        dispute,
        kind="joborders.dispute.ended",
        subject=f"Labor dispute ended at {dispute.employer}",
        body=f"Full referral services resume. {len(restored)} job order(s) back online.",
    )
    return restored
