"""The complaint services: 20 CFR 658.422 (an MSFW complaint about an employment-related law is taken in writing
and referred) on both sides, the transitions, the bounds and the scope."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.complaints import constants, selectors, services
from jobcenter.complaints.choices import ActionKind, ComplaintKind, ComplaintStatus, RespondentKind
from jobcenter.complaints.tests.conftest import TODAY, take
from jobcenter.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_msfw_complaint_about_an_employment_law_must_be_taken_in_writing(world):
    with pytest.raises(ValidationError) as exc:
        take(world, in_writing=False)
    assert constants.MSFW_LAW_IN_WRITING in exc.value.messages


@pytest.mark.parametrize(
    ("msfw", "kind"),
    [
        (False, ComplaintKind.EMPLOYMENT_LAW),
        (True, ComplaintKind.ES_REGULATIONS),
        (False, ComplaintKind.ES_REGULATIONS),
    ],
)
def test_other_complaints_may_be_taken_orally_and_need_no_referral(world, msfw, kind):
    complaint = take(world, msfw=msfw, kind=kind, in_writing=False)
    assert not complaint.referral_required and not complaint.awaiting_referral
    services.complaint_resolve(complaint=complaint, actor=world.sma, resolution="Explained the services.")
    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.RESOLVED


def test_msfw_law_complaint_opens_awaiting_referral_and_cannot_be_resolved_before_it(world):
    complaint = take(world)
    assert complaint.status == ComplaintStatus.OPEN and complaint.awaiting_referral
    assert AuditEntry.objects.filter(action="complaints.complaint.taken").count() == 1
    with pytest.raises(ValidationError) as exc:
        services.complaint_resolve(complaint=complaint, actor=world.sma, resolution="Paid back wages.")
    assert constants.MSFW_LAW_REFERRAL_FIRST in exc.value.messages
    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.OPEN


def test_referral_then_resolution_then_close(world):
    complaint = take(world)
    services.complaint_refer(complaint=complaint, actor=world.staff_a, agency="Wage and Hour Division", on=TODAY)
    services.complaint_add_action(complaint=complaint, actor=world.staff_a, text="Called the complainant back.")
    services.complaint_resolve(complaint=complaint, actor=world.sma, resolution="Back wages paid.", on=TODAY)
    services.complaint_close(complaint=complaint, actor=world.sma)
    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.CLOSED
    assert (complaint.referral_agency, complaint.referred_on) == ("Wage and Hour Division", TODAY)
    assert complaint.resolution == "Back wages paid." and complaint.closed_at is not None
    kinds = [a.kind for a in complaint.actions.all()]
    assert kinds == [ActionKind.TAKEN, ActionKind.REFERRED, ActionKind.NOTE, ActionKind.RESOLVED, ActionKind.CLOSED]
    assert {a.by for a in complaint.actions.all()} == {world.staff_a, world.sma}
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"complaints.complaint.referred", "complaints.complaint.resolved", "complaints.complaint.closed"} <= actions


def test_closing_needs_a_resolution_and_nothing_is_added_after_closing(world):
    complaint = take(world, msfw=False)
    with pytest.raises(ValidationError):
        services.complaint_close(complaint=complaint, actor=world.sma)
    services.complaint_resolve(complaint=complaint, actor=world.sma, resolution="Done.")
    services.complaint_close(complaint=complaint, actor=world.sma)
    with pytest.raises(ValidationError):
        services.complaint_add_action(complaint=complaint, actor=world.sma, text="More.")
    with pytest.raises(ValidationError):
        services.complaint_refer(complaint=complaint, actor=world.sma, agency="WHD")


def test_only_the_sma_and_admin_resolve_and_close(world):
    complaint = take(world, msfw=False)
    with pytest.raises(PermissionDenied):
        services.complaint_resolve(complaint=complaint, actor=world.staff_a, resolution="Done.")
    services.complaint_resolve(complaint=complaint, actor=world.admin, resolution="Done.")
    with pytest.raises(PermissionDenied):
        services.complaint_close(complaint=complaint, actor=world.supervisor_a)


def test_referral_needs_an_agency_and_a_date_not_in_the_future(world):
    complaint = take(world)
    with pytest.raises(ValidationError):
        services.complaint_refer(complaint=complaint, actor=world.staff_a, agency="  ")
    with pytest.raises(ValidationError):
        services.complaint_refer(
            complaint=complaint, actor=world.staff_a, agency="WHD", on=TODAY + dt.timedelta(days=1)
        )
    with pytest.raises(ValidationError):
        services.complaint_refer(complaint=complaint, actor=world.staff_a, agency="W" * (constants.AGENCY_MAX + 1))


def test_intake_bounds_and_complainant_rules(world):
    with pytest.raises(ValidationError):
        take(world, description="x" * (constants.DESCRIPTION_MAX + 1))
    with pytest.raises(ValidationError):
        take(world, description="   ")
    with pytest.raises(ValidationError):
        take(world, seeker=None)  # neither a record nor a name
    with pytest.raises(ValidationError):
        take(world, complainant_name="Also a name")  # both
    with pytest.raises(ValidationError):
        take(world, filed_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        take(world, employer=None)
    with pytest.raises(ValidationError):
        take(world, respondent_kind=RespondentKind.OTHER, employer=None, respondent_name="")
    walk_in = take(
        world, seeker=None, complainant_name="Ana Walk-in", respondent_kind=RespondentKind.EMPLOYMENT_SERVICE
    )
    assert walk_in.complainant_label == "Ana Walk-in"
    assert walk_in.employer is None and walk_in.respondent_label == "The job center / Employment Service"


def test_staff_take_complaints_only_for_their_center_and_people_in_scope(world):
    with pytest.raises(ValidationError):
        take(world, actor=world.staff_b)  # center A is not staff B's
    with pytest.raises(PermissionDenied):
        take(world, actor=world.staff_b, job_center=world.center_b)  # the farmworker's record is in center A
    with pytest.raises(PermissionDenied):
        take(world, actor=world.analyst)  # no complaints.take


def test_log_is_scoped_center_region_state(world):
    a = take(world, msfw=False)
    b = take(world, actor=world.staff_b, job_center=world.center_b, seeker=None, complainant_name="Bo", msfw=False)

    def ids(user, **f):
        return set(selectors.complaint_log(user=user, **f).values_list("pk", flat=True))

    assert ids(world.staff_a) == {a.pk}
    assert ids(world.staff_b) == {b.pk}
    assert ids(world.regional_a) == {a.pk}
    assert ids(world.sma) == {a.pk, b.pk} == ids(world.admin)
    assert ids(world.seeker_user) == set() == ids(world.employer_user)
    assert ids(world.sma, job_center_id=world.center_b.pk) == {b.pk}
    assert ids(world.sma, status="closed") == set()
    assert ids(world.sma, msfw="yes") == set()
    with pytest.raises(PermissionDenied):
        services.complaint_add_action(complaint=a, actor=world.staff_b, text="Not mine.")
