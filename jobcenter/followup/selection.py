"""Selecting exiters for supplemental wage data collection, each quarter after the wage match.

Rules (COWIB Supplemental Wage Data Collection policy, Dec 19 2018; OWDI 07-2018; TEGL 26-16):

* A.2: anyone with a direct wage match for the reference quarter is excluded — the direct match is always used
  (policy B, "OKJobMatch will utilize direct wage records when available"). Everyone else who exited is selected,
  and each case says why: no SSN disclosed (A.2 (a)); a career goal or path to self-employment (A.2 (b)), to
  non-covered employment (A.2 (c)) or to federal or military employment (A.2 (d)); otherwise no wage record was
  found, or the quarter's wage records are not yet available (UI data is time-lagged, TEGL 26-16).
* Timing: data about the 2nd quarter after exit is collected in the 3rd quarter after exit, about the 4th in the
  5th (A.3, Collection Timeframes) — dated parameters ``followup.interview_quarter_for_q2/q4``.
* Scope: co-enrolled participants are followed up by the program that provided training or education (Scope).
* Exits with a PIRL 923 other reason (institutionalized, deceased, ...) are excluded from the indicators
  (federal-specs 2, Table A/C) and are not followed up.
* A direct wage match arriving later closes the case (``followup_reconcile``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from django.db import transaction

from jobcenter.cases.choices import EnrollmentStatus, OtherExitReason, Program, ServiceCategory
from jobcenter.cases.models import Enrollment, Service
from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.parameters import param
from jobcenter.followup.choices import (
    PATH_REASON,
    CaseStatus,
    ExpectedPath,
    SelectionReason,
)
from jobcenter.followup.models import FollowupCase, PathDeclaration
from jobcenter.followup.quarters import Quarter
from jobcenter.followup.wage_match import DIRECT_CODES, NOT_YET_AVAILABLE, Exiter, Matcher, match_codes

DATA_FILE = Path(__file__).resolve().parent / "data" / "selection_occupations.yaml"
# Programs the policy covers (Scope): Title I-B Adult, Dislocated Worker, Youth and Title III Wagner-Peyser.
COVERED_PROGRAMS = (Program.ADULT, Program.DISLOCATED_WORKER, Program.YOUTH, Program.WAGNER_PEYSER)
TITLE_I = (Program.ADULT, Program.DISLOCATED_WORKER, Program.YOUTH)
GROUP_PATH = {
    "self_employment": ExpectedPath.SELF_EMPLOYMENT,
    "non_covered": ExpectedPath.NON_COVERED,
    "federal_military": ExpectedPath.FEDERAL,
}


@cache
def occupation_groups() -> dict[str, tuple[dict, ...]]:
    """The policy's occupations by group, with their SOC prefixes (``data/selection_occupations.yaml``)."""
    with DATA_FILE.open() as fh:
        data = yaml.safe_load(fh)
    return {group: tuple(rows) for group, rows in data.items()}


def occupation_group(onet_code: str) -> tuple[str, dict] | None:
    """``(group, row)`` for an O*NET-SOC code the policy names, else None."""
    code = (onet_code or "").strip()
    if not code:
        return None
    for group, rows in occupation_groups().items():
        for row in rows:
            if code.startswith(row["soc"]):
                return group, row
    return None


def path_reasons(seeker) -> tuple[list[str], list[str]]:
    """Reasons (A.2 (b)-(d)) from the person's desired occupations and from paths staff declared, with details."""
    reasons: list[str] = []
    details: list[str] = []
    for occ in seeker.desired_occupations.all():
        hit = occupation_group(occ.onet_soc_code)
        if hit:
            reason = PATH_REASON[GROUP_PATH[hit[0]]]
            if reason not in reasons:
                reasons.append(reason)
            details.append(f"Career goal {occ.title} ({occ.onet_soc_code}): {hit[1]['title']}")
    for decl in PathDeclaration.objects.filter(seeker=seeker):
        reason = PATH_REASON[ExpectedPath(decl.path)]
        if reason not in reasons:
            reasons.append(reason)
        details.append(f"Staff noted a path to {decl.get_path_display().split(' (')[0].lower()}")
    return reasons, details


def owner_enrollment(enrollments: list[Enrollment]) -> Enrollment:
    """The enrollment that owns a co-enrolled person's case: the program that provided training or education
    (policy, Scope); if none did, a Title I program before Wagner-Peyser; then the latest exit."""
    trained = set(
        Service.objects.filter(enrollment__in=enrollments, category=ServiceCategory.TRAINING).values_list(
            "enrollment_id", flat=True
        )
    )

    def key(e: Enrollment):
        return (e.pk in trained, e.program in TITLE_I, e.exit_date, e.pk)

    return max(enrollments, key=key)


def interview_offset(q_after_exit: int, *, as_of) -> int:
    """Quarter after exit in which the interview about ``q_after_exit`` is held (dated parameter)."""
    return param(f"followup.interview_quarter_for_q{q_after_exit}", as_of=as_of)


@dataclass
class SelectionResult:
    """What a selection run did, for the command's summary and the supervisor."""

    interview_quarter: Quarter
    created: list[FollowupCase] = field(default_factory=list)
    existing: int = 0
    direct_matches: int = 0
    closed: list[FollowupCase] = field(default_factory=list)


def _exited_in(quarter: Quarter) -> dict[int, list[Enrollment]]:
    rows = (
        Enrollment.objects.filter(
            status=EnrollmentStatus.EXITED,
            exit_date__gte=quarter.first_day,
            exit_date__lte=quarter.last_day,
            other_exit_reason=OtherExitReason.NONE,
            program__in=COVERED_PROGRAMS,
        )
        .select_related("seeker")
        .order_by("id")
    )
    by_seeker: dict[int, list[Enrollment]] = {}
    for e in rows:
        if e.seeker.is_active:
            by_seeker.setdefault(e.seeker_id, []).append(e)
    return by_seeker


@transaction.atomic
def followup_select(*, interview_quarter, actor=None, matcher: Matcher | None = None) -> SelectionResult:
    """Select the cases to interview in ``interview_quarter`` (e.g. ``"2026Q3"``), after the quarter's wage match.

    Idempotent: a case already selected is left alone. Open cases whose direct match has since arrived are closed.
    """
    iq = Quarter.parse(interview_quarter)
    result = SelectionResult(interview_quarter=iq)
    now = clock.now()
    for q_after in (2, 4):
        exit_quarter = iq - interview_offset(q_after, as_of=iq.first_day)
        by_seeker = _exited_in(exit_quarter)
        if not by_seeker:
            continue
        owners = {sid: owner_enrollment(es) for sid, es in by_seeker.items()}
        exiters = [
            Exiter(person_id=sid, ssn_hash=e.seeker.ssn_hash, exit_date=e.exit_date)
            for sid, e in owners.items()
            if e.seeker.ssn_hash
        ]
        codes = match_codes(exiters=exiters, q_after_exit=q_after, matcher=matcher)
        for sid, owner in owners.items():
            seeker = owner.seeker
            code = codes.get(sid, 0)
            existing = FollowupCase.objects.filter(
                seeker=seeker, exit_date=owner.exit_date, q_after_exit=q_after
            ).first()
            if code in DIRECT_CODES:
                result.direct_matches += 1
                if existing and existing.status != CaseStatus.DIRECT_MATCH:
                    _close_direct(existing, actor=actor, at=now)
                    result.closed.append(existing)
                continue
            if existing:
                result.existing += 1
                continue
            reasons, details = path_reasons(seeker)
            if not seeker.ssn_hash:
                reasons.insert(0, SelectionReason.NO_SSN)
            elif code == NOT_YET_AVAILABLE:
                reasons.append(SelectionReason.WAGES_NOT_YET_AVAILABLE)
            else:
                reasons.append(SelectionReason.NO_WAGE_RECORD)
            window = exit_quarter + interview_offset(q_after, as_of=iq.first_day)
            case = FollowupCase(
                seeker=seeker,
                enrollment=owner,
                program=owner.program,
                co_enrolled=sorted({e.program for e in by_seeker[sid] if e.pk != owner.pk}),
                exit_date=owner.exit_date,
                exit_year=exit_quarter.year,
                exit_q=exit_quarter.q,
                q_after_exit=q_after,
                opens_on=window.first_day,
                due_on=window.last_day,
                reasons=[str(r) for r in reasons],
                reason_detail="; ".join(details)[:500],
                selected_at=now,
            )
            case.full_clean(exclude=["status", "assigned_to"])
            case.save()
            audit_log(
                action="followup.case.selected",
                actor=actor,
                obj=case,
                data={"reasons": case.reasons, "q_after_exit": q_after, "program": case.program},
            )
            result.created.append(case)
    return result


def _close_direct(case: FollowupCase, *, actor, at) -> None:
    case.close_direct_match(at=at)
    case.save()
    audit_log(action="followup.case.direct_match", actor=actor, obj=case, data={"q_after_exit": case.q_after_exit})


@transaction.atomic
def followup_reconcile(*, actor=None, matcher: Matcher | None = None) -> list[FollowupCase]:
    """Close every case (open or documented) whose reference quarter now has a direct wage match (policy B)."""
    closed: list[FollowupCase] = []
    live = FollowupCase.objects.exclude(status=CaseStatus.DIRECT_MATCH).select_related("seeker")
    now = clock.now()
    for q_after in (2, 4):
        cases = [c for c in live if c.q_after_exit == q_after and c.seeker.ssn_hash]
        # The case id stands for the person: one person may have cases for two exits.
        exiters = [Exiter(person_id=c.pk, ssn_hash=c.seeker.ssn_hash, exit_date=c.exit_date) for c in cases]
        codes = match_codes(exiters=exiters, q_after_exit=q_after, matcher=matcher)
        for case in cases:
            if codes.get(case.pk, 0) in DIRECT_CODES:
                _close_direct(case, actor=actor, at=now)
                closed.append(case)
    return closed
