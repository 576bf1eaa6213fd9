"""The data-collection supervisor assigns and reassigns cases (supplemental wage policy A.3, Collection of
Accurate Information: "Each program should assign a data collection supervisor to carefully manage the intricate
details of the interviewing process")."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jobcenter.accounts.roles import ROLE_CAPABILITIES, user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.followup import constants
from jobcenter.followup.choices import OPEN_STATUSES
from jobcenter.followup.models import FollowupCase

WORKING_ROLES = tuple(role for role, caps in ROLE_CAPABILITIES.items() if "followup.interview" in caps)


def can_work_case(user, case: FollowupCase) -> bool:
    """True when ``user`` may interview for ``case``: the capability and the participant within their scope."""
    return user_can(user, "followup.interview") and scoped(FollowupCase.objects.filter(pk=case.pk), user).exists()


def assignable_interviewers(*, user, case: FollowupCase) -> list:
    """Active users who may work ``case`` (interviewers and supervisors of its region, statewide roles), for a
    supervisor within whose scope the case is. Ordered by name."""
    from jobcenter.accounts.models import User

    if not user_can(user, "followup.supervise"):
        return []
    candidates = User.objects.filter(is_active=True, role__in=WORKING_ROLES).select_related("job_center", "region")
    people = [u for u in candidates.order_by("last_name", "first_name", "username") if can_work_case(u, case)]
    return people


@transaction.atomic
def case_assign(*, actor, case: FollowupCase, assignee) -> FollowupCase:
    """Give an open case to ``assignee`` (audited with the previous interviewer). Only a data-collection
    supervisor (``followup.supervise``) reassigns; the new interviewer must be able to work the case."""
    if not user_can(actor, "followup.supervise"):
        raise PermissionDenied("Only a data-collection supervisor assigns cases.")
    if case.status not in OPEN_STATUSES:
        raise ValidationError(constants.CASE_CLOSED)
    if assignee is None or not assignee.is_active or not can_work_case(assignee, case):
        raise ValidationError({"assignee": constants.ASSIGNEE_CANNOT_WORK})
    from jobcenter.core.audit import audit_log

    previous = case.assigned_to
    case.assigned_to = assignee
    case.save(update_fields=["assigned_to"])
    audit_log(
        action="followup.case.assigned",
        actor=actor,
        obj=case,
        data={"from": previous.display_name if previous else "nobody", "to": assignee.display_name},
    )
    return case
