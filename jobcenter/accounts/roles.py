"""Capabilities per role and the data scope of each role. One table, read by views, APIs and navigation.

Capabilities are plain strings ``<area>.<action>``; a view asks ``user_can(user, "cases.record_service")``.
Data scope is separate (``jobcenter.accounts.scoping.scoped``): a capability says *what* a user may do,
the scope says *whose* records.
"""

from __future__ import annotations

from jobcenter.accounts.choices import Role, ScopeLevel

STAFF_BASE = {
    "staff.workspace",
    "seekers.view",
    "seekers.register",
    "seekers.edit",
    "seekers.search",
    "employers.view",
    "employers.register",
    "employers.edit",
    "joborders.view",
    "joborders.edit",
    "joborders.screen",
    "cases.view",
    "cases.enroll",
    "cases.record_service",
    "cases.note",
    "matching.refer",
    "dedupe.request_merge",
    # Staff available in each job center to take complaints (20 CFR 658.410; ADR 0045).
    "complaints.take",
}

ROLE_CAPABILITIES: dict[str, set[str]] = {
    Role.JOB_SEEKER: {"portal.seeker"},
    Role.EMPLOYER: {"portal.employer", "joborders.screen"},
    Role.STAFF: STAFF_BASE,
    Role.SUPERVISOR: STAFF_BASE
    | {
        "cases.supervise",
        "joborders.approve_notice",
        "joborders.hold",
        "violations.review",
        "reports.view",
        "audit.view",
        "followup.supervise",
    },
    Role.REGIONAL_MANAGER: STAFF_BASE
    | {
        "cases.supervise",
        "disputes.manage",
        "joborders.hold",
        "reports.view",
        "audit.view",
        "violations.review",
        "followup.supervise",
    },
    Role.CSU: STAFF_BASE
    | {
        "employers.verify",
        "joborders.hold",
        "joborders.investigate",
        "dedupe.review",
        "dedupe.merge",
        "seekers.ssn.view_full",
        "seekers.ssn.change",
        "audit.view",
    },
    Role.FLC_COORDINATOR: {
        "staff.workspace",
        "employers.view",
        "joborders.view",
        "joborders.edit",
        "joborders.flc",
        "joborders.screen",
        "cases.view",
        "matching.refer",
    },
    Role.WP_COORDINATOR: STAFF_BASE
    | {"cases.supervise", "reports.view", "disputes.view", "audit.view", "followup.supervise"},
    Role.MONITOR_ADVOCATE: {
        "staff.workspace",
        "seekers.view",
        "employers.view",
        "employers.discontinue",
        "joborders.view",
        "violations.review",
        "complaints.take",
        "complaints.manage",
        "cases.view",
        "reports.view",
        "audit.view",
        "disputes.view",
    },
    # Analysts also load the quarter's UI wage record files (supplemental wage policy, Background; ADR 0035).
    Role.PERFORMANCE_ANALYST: {"staff.workspace", "reports.view", "cases.view", "seekers.view", "wages.import"},
    Role.FOLLOWUP_INTERVIEWER: {"staff.workspace", "followup.interview", "seekers.view", "cases.view", "cases.note"},
    # The data-collection supervisor the supplemental wage policy asks each program to assign ("to carefully
    # manage the intricate details of the interviewing process", policy A.3): dashboard, selection, reports,
    # reassigning cases, and working or reviewing a case when needed (ADR 0037).
    Role.FOLLOWUP_SUPERVISOR: {
        "staff.workspace",
        "followup.supervise",
        "followup.interview",
        "seekers.view",
        "cases.view",
        "cases.note",
    },
    Role.ADMIN: STAFF_BASE
    | {
        "cases.supervise",
        "employers.verify",
        "employers.discontinue",
        "joborders.approve_notice",
        "joborders.hold",
        "joborders.flc",
        "joborders.investigate",
        "disputes.manage",
        "disputes.view",
        "violations.review",
        "complaints.manage",
        "dedupe.review",
        "dedupe.merge",
        "reports.view",
        "audit.view",
        "seekers.ssn.view_full",
        "seekers.ssn.change",
        "admin.manage",
        "followup.interview",
        "followup.supervise",
        "wages.import",
    },
}

ROLE_SCOPE: dict[str, str] = {
    Role.JOB_SEEKER: ScopeLevel.SELF,
    Role.EMPLOYER: ScopeLevel.EMPLOYER,
    Role.STAFF: ScopeLevel.JOB_CENTER,
    Role.SUPERVISOR: ScopeLevel.JOB_CENTER,
    Role.REGIONAL_MANAGER: ScopeLevel.REGION,
    Role.FOLLOWUP_INTERVIEWER: ScopeLevel.REGION,
    Role.FOLLOWUP_SUPERVISOR: ScopeLevel.REGION,
    Role.CSU: ScopeLevel.STATE,
    Role.FLC_COORDINATOR: ScopeLevel.STATE,
    Role.WP_COORDINATOR: ScopeLevel.STATE,
    Role.MONITOR_ADVOCATE: ScopeLevel.STATE,
    Role.PERFORMANCE_ANALYST: ScopeLevel.STATE,
    Role.ADMIN: ScopeLevel.STATE,
}

STAFF_ROLES = frozenset(r for r, caps in ROLE_CAPABILITIES.items() if "staff.workspace" in caps)


def capabilities_for(role: str) -> frozenset[str]:
    """The capability set of a role (empty for an unknown role)."""
    return frozenset(ROLE_CAPABILITIES.get(role, set()))


def user_can(user, capability: str) -> bool:
    """True if an active, signed-in user's role grants ``capability``."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return capability in capabilities_for(user.role)
