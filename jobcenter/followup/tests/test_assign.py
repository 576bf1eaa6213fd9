"""The data-collection supervisor assigns and reassigns cases (supplemental wage policy A.3: "Each program should
assign a data collection supervisor to carefully manage the intricate details of the interviewing process")."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import User
from jobcenter.core.models import AuditEntry
from jobcenter.followup import constants, services
from jobcenter.followup.assign import assignable_interviewers, case_assign
from jobcenter.followup.tests.helpers import selected_case

pytestmark = pytest.mark.django_db


def interviewer_b(personas):
    user = User(username="interviewer_b", role=Role.FOLLOWUP_INTERVIEWER, region=personas.region_b)
    user.set_password("x-persona-pass-1")
    user.save()
    return user


def test_the_supervisor_reassigns_an_open_case_and_it_is_audited(personas):
    case = selected_case(personas)
    services.case_take(actor=personas.admin, case=case)
    case_assign(actor=personas.dcsupervisor_a, case=case, assignee=personas.interviewer_a)
    case.refresh_from_db()
    assert case.assigned_to == personas.interviewer_a
    entry = AuditEntry.objects.get(action="followup.case.assigned")
    assert entry.actor == personas.dcsupervisor_a and entry.data == {"from": "admin", "to": "interviewer_a"}


def test_only_interviewers_who_work_the_participants_region_can_be_given_the_case(personas):
    case = selected_case(personas)
    other_region = interviewer_b(personas)
    people = assignable_interviewers(user=personas.dcsupervisor_a, case=case)
    assert {u.username for u in people} == {"interviewer_a", "dcsupervisor_a", "admin"}
    with pytest.raises(ValidationError) as exc:
        case_assign(actor=personas.dcsupervisor_a, case=case, assignee=other_region)
    assert exc.value.message_dict == {"assignee": [constants.ASSIGNEE_CANNOT_WORK]}
    with pytest.raises(ValidationError):  # job center staff cannot interview
        case_assign(actor=personas.dcsupervisor_a, case=case, assignee=personas.staff_a)


def test_interviewers_cannot_reassign_and_closed_cases_stay_as_they_are(personas):
    case = selected_case(personas)
    with pytest.raises(PermissionDenied):
        case_assign(actor=personas.interviewer_a, case=case, assignee=personas.interviewer_a)
    assert assignable_interviewers(user=personas.interviewer_a, case=case) == []
    services.case_close(actor=personas.interviewer_a, case=case, reason="refused")
    with pytest.raises(ValidationError):
        case_assign(actor=personas.dcsupervisor_a, case=case, assignee=personas.interviewer_a)


def test_the_assign_page_is_for_supervisors_of_the_region(client, personas):
    case = selected_case(personas)
    url = reverse("staff:followup-assign", args=[case.pk])
    personas.assert_matrix(
        client, url, allowed={"dcsupervisor_a", "supervisor_a", "regional_a", "wpc", "admin"}, ok=(200,)
    )
    client.force_login(personas.dcsupervisor_a)
    response = client.post(url, {"assignee": personas.interviewer_a.pk})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.assigned_to == personas.interviewer_a
