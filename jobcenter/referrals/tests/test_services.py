"""Referrals domain (issue #12 A): self-referral, staff referral, the orders that never take referrals, Referrals
Pending Review, outcomes and placements. Manual: Job Seekers - Service Policy; Job Orders and Labor Disputes;
Job Order from Employer Requesting Confidentiality; H-2A and H-2B Job Orders; Manage Labor Exchange Tools."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.cases.models import Enrollment, Service
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry, Notification
from jobcenter.joborders.models import LaborDispute
from jobcenter.matching.services import order_requirements_update
from jobcenter.referrals import constants as C
from jobcenter.referrals.models import Referral
from jobcenter.referrals.selectors import (
    employer_candidates,
    pending_review_queue,
    placements,
    referral_blockers,
    referrals_for_order,
    referrals_for_seeker,
)
from jobcenter.referrals.services import (
    ReferralRefused,
    referral_create_staff,
    referral_outcome_record,
    referral_request_self,
    referral_review_approve,
    referral_review_deny,
)

pytestmark = pytest.mark.django_db


def _set(order, **fields):
    """The order with ``fields`` changed in the database (the status moves only through services otherwise)."""
    type(order).objects.filter(pk=order.pk).update(**fields)
    return type(order).objects.get(pk=order.pk)


def _refused(fn, **kw) -> ReferralRefused:
    with pytest.raises(ReferralRefused) as exc:
        fn(**kw)
    return exc.value


# --- self-referral --------------------------------------------------------------------------------------------------


def test_a_person_refers_themselves_to_an_open_order_once(personas, seeker, order):
    r = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    assert r.status == "referred" and r.source == "self" and r.consent == "self"
    assert r.job_center == personas.center_a and r.decided_at is not None
    assert AuditEntry.objects.filter(action="referrals.referral.self_referred", object_id=str(r.pk)).exists()
    again = _refused(referral_request_self, actor=personas.seeker_user, seeker=seeker, order=order, via="notification")
    assert again.plain == ["You have already asked to be referred to this job."]
    assert Referral.objects.count() == 1


def test_only_the_person_may_ask_for_their_own_referral(personas, seeker, order):
    with pytest.raises(PermissionDenied):
        referral_request_self(actor=personas.other_seeker_user, seeker=seeker, order=order)


def test_a_notification_referral_is_marked_as_such(personas, seeker, order):
    r = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order, via="notification")
    assert r.source == "notification"


@pytest.mark.parametrize(
    "change",
    [{"visa_program": "h2a"}, {"confidential": True}, {"screen_referrals": True}, {"display_company_name": False}],
)
def test_orders_marked_for_screening_put_the_request_in_pending_review(personas, seeker, order, change):
    for k, v in change.items():
        setattr(order, k, v)
    order.save()
    r = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    assert r.status == "pending_review" and r.decided_at is None
    assert list(pending_review_queue(user=personas.staff_a)) == [r]
    assert list(pending_review_queue(user=personas.staff_b)) == []
    assert Notification.objects.filter(recipient=personas.staff_a, kind="referrals.review.waiting").exists()
    assert not Notification.objects.filter(recipient=personas.staff_b).exists()


def test_an_order_not_marked_for_screening_refers_at_once(personas, seeker, order):
    order.visa_program = "h2b"  # H-2B follows the order's own instructions (manual: H-2A and H-2B Job Orders)
    order.save()
    assert referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order).status == "referred"


def test_a_confidential_request_is_announced_only_to_the_responsible_staff_member(personas, seeker, order):
    order.confidential = True
    order.responsible_staff = personas.supervisor_a
    order.save()
    referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    recipients = set(Notification.objects.values_list("recipient__username", flat=True))
    assert recipients == {"supervisor_a"}


def test_a_person_without_work_authorization_is_refused(personas, seeker, order):
    seeker.authorized_to_work = False
    seeker.save()
    refused = _refused(referral_request_self, actor=personas.seeker_user, seeker=seeker, order=order)
    assert refused.reasons == [C.NOT_AUTHORIZED_TO_WORK]


# --- orders that never take referrals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "blocker"),
    [
        ("on_hold", C.ORDER_ON_HOLD),
        ("closed", C.ORDER_CLOSED),
        ("filled", C.ORDER_FILLED),
        ("expired", C.ORDER_EXPIRED),
        ("denied", C.ORDER_REFUSED),
        ("draft", C.ORDER_NOT_ONLINE),
        ("screening", C.ORDER_NOT_ONLINE),
        ("not_entered", C.ORDER_NOT_ONLINE),
        ("routed_flc", C.ORDER_NOT_ONLINE),
    ],
)
def test_no_referral_to_an_order_that_is_not_open(personas, enrolled, order, status, blocker):
    order = _set(order, status=status)
    refused = _refused(referral_request_self, actor=personas.seeker_user, seeker=enrolled, order=order)
    assert refused.reasons == [blocker]
    refused = _refused(referral_create_staff, actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    assert blocker in refused.reasons
    assert not Referral.objects.exists() and not Service.objects.exists()


def test_an_order_held_for_a_labor_dispute_says_so(personas, seeker, order):
    order = _set(order, status="on_hold", hold_reason="labor_dispute")
    refused = _refused(referral_request_self, actor=personas.seeker_user, seeker=seeker, order=order)
    assert refused.reasons == [C.ORDER_DISPUTE_AT_ISSUE]


@pytest.mark.parametrize(("closes", "ok"), [(dt.date(2026, 11, 2), True), (dt.date(2026, 11, 1), False)])
def test_an_order_takes_referrals_through_its_last_day_and_not_after(personas, seeker, order, closes, ok):
    order.closes_on = closes
    order.save()
    assert (referral_blockers(order=order, seeker=seeker) == []) is ok


@pytest.mark.parametrize("status", ["services_discontinued", "denied", "pending_verification"])
def test_no_referral_to_an_employer_not_served(personas, seeker, order, employer, status):
    type(employer).objects.filter(pk=employer.pk).update(status=status)
    order = type(order).objects.get(pk=order.pk)
    refused = _refused(referral_request_self, actor=personas.seeker_user, seeker=seeker, order=order)
    assert refused.reasons == [C.EMPLOYER_NOT_SERVED]


def test_no_referral_when_screening_last_refused_the_order(personas, seeker, order):
    order.last_decision = "reject"
    order.save()
    assert (
        C.ORDER_REFUSED
        in _refused(referral_request_self, actor=personas.seeker_user, seeker=seeker, order=order).reasons
    )


def _dispute(personas, employer, *, positions=(), all_positions=False, status="verified"):
    return LaborDispute.objects.create(
        employer=employer,
        establishment="Main plant",
        job_center=personas.center_a,
        region=personas.region_a,
        description="Strike",
        status=status,
        positions_at_issue=list(positions),
        all_positions=all_positions,
        reported_by=personas.staff_a,
        reported_at=clock.now(),
    )


def test_no_referral_to_a_position_at_issue_in_a_verified_dispute(personas, enrolled, order, employer):
    _dispute(personas, employer, positions=["Forklift Operator"])
    refused = _refused(referral_request_self, actor=personas.seeker_user, seeker=enrolled, order=order)
    assert refused.reasons == [C.ORDER_DISPUTE_AT_ISSUE]


def test_a_dispute_not_yet_verified_or_ended_does_not_block(personas, seeker, order, employer):
    _dispute(personas, employer, all_positions=True, status="reported")
    _dispute(personas, employer, all_positions=True, status="ended")
    assert referral_blockers(order=order, seeker=seeker) == []


def test_a_position_not_at_issue_needs_the_written_notice_given_and_recorded(personas, enrolled, order, employer):
    _dispute(personas, employer, positions=["Machinist"])
    refused = _refused(referral_create_staff, actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    assert refused.reasons == [C.DISPUTE_NOTICE_NEEDED]
    r = referral_create_staff(
        actor=personas.staff_a, seeker=enrolled, order=order, consent="present", dispute_notice_given=True
    )
    assert r.status == "referred" and r.dispute_notice.startswith("A labor dispute currently exists")
    assert r.dispute_notice_at == clock.now()


def test_a_self_referral_to_a_position_not_at_issue_carries_the_notice(personas, seeker, order, employer):
    _dispute(personas, employer, positions=["Machinist"])
    r = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    assert "not at issue in the dispute" in r.dispute_notice


# --- staff referral -------------------------------------------------------------------------------------------------


def test_staff_refer_a_present_enrolled_person_and_the_referral_service_is_on_the_case(personas, enrolled, order):
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    assert r.status == "referred" and r.source == "staff" and r.decided_by == personas.staff_a
    service = Service.objects.get(seeker=enrolled)
    assert r.service == service and service.code == "103" and service.pirl_element == 1105
    assert order.number in service.remarks
    enrollment = Enrollment.objects.get(seeker=enrolled)
    assert enrollment.status == "enrolled" and enrollment.participation_date == dt.date(2026, 11, 2)
    assert AuditEntry.objects.filter(action="referrals.referral.referred", object_id=str(r.pk)).exists()


def test_staff_cannot_refer_a_person_without_an_active_enrollment(personas, seeker, order):
    refused = _refused(referral_create_staff, actor=personas.staff_a, seeker=seeker, order=order, consent="present")
    assert refused.reasons == [C.ENROLLMENT_REQUIRED]


def test_a_phone_consent_needs_a_note_and_is_recorded(personas, enrolled, order):
    with pytest.raises(ValidationError) as exc:
        referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="phone", consent_note=" ")
    assert "consent_note" in exc.value.message_dict
    r = referral_create_staff(
        actor=personas.staff_a,
        seeker=enrolled,
        order=order,
        consent="phone",
        consent_note="Called 10:05, she wants to apply for this forklift job",
    )
    assert r.consent == "phone" and "forklift" in r.consent_note


def test_staff_need_the_persons_consent(personas, enrolled, order):
    with pytest.raises(ValidationError):
        referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="self")


def test_staff_cannot_refer_a_person_who_misses_a_minimum_requirement(personas, enrolled, order):
    order_requirements_update(order=order, actor=personas.staff_a, min_experience_months=36)
    refused = _refused(referral_create_staff, actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    assert len(refused.reasons) == 1 and "minimum requirements" in refused.staff[0]
    assert "36" in refused.staff[0]


def test_staff_cannot_refer_a_person_outside_their_scope(personas, enrolled, order):
    with pytest.raises(PermissionDenied):
        referral_create_staff(actor=personas.staff_b, seeker=enrolled, order=order, consent="present")


def test_a_role_without_the_referral_capability_cannot_refer(personas, enrolled, order):
    with pytest.raises(PermissionDenied):
        referral_create_staff(actor=personas.analyst, seeker=enrolled, order=order, consent="present")


def test_staff_of_the_holding_center_refer_directly_to_a_screened_order(personas, enrolled, order):
    order.visa_program = "h2a"
    order.save()
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    assert r.status == "referred" and r.application_sent_at is not None


def test_staff_elsewhere_send_a_referral_to_a_screened_order_to_review(personas, occupations, today, order):
    from jobcenter.cases.tests.factories import enroll
    from jobcenter.matching.tests.factories import coded_seeker

    person = coded_seeker(job_center=personas.center_b, months=24)
    enroll(person, case_manager=personas.staff_b)
    order.screen_referrals = True
    order.save()
    r = referral_create_staff(actor=personas.staff_b, seeker=person, order=order, consent="present")
    assert r.status == "pending_review" and r.service is None and r.job_center == personas.center_a
    assert list(pending_review_queue(user=personas.staff_a)) == [r]


# --- Referrals Pending Review ----------------------------------------------------------------------------------------


@pytest.fixture
def pending(personas, seeker, order):
    order.screen_referrals = True
    order.save()
    return referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)


def test_approval_enrolls_the_person_first_and_records_the_referral_service(personas, pending, seeker):
    assert not Enrollment.objects.filter(seeker=seeker).exists()
    r = referral_review_approve(actor=personas.staff_a, referral=pending)
    assert r.status == "referred" and r.decided_by == personas.staff_a
    enrollment = Enrollment.objects.get(seeker=seeker)
    assert enrollment.case_manager == personas.staff_a and enrollment.status == "enrolled"
    assert r.service.code == "103" and r.service.enrollment == enrollment
    assert Notification.objects.filter(recipient=personas.seeker_user, subject__startswith="You were referred").exists()
    assert AuditEntry.objects.filter(action="referrals.referral.approved", object_id=str(r.pk)).exists()


def test_approval_is_refused_when_the_minimum_requirements_are_not_met(personas, pending, order):
    order_requirements_update(order=order, actor=personas.staff_a, drivers_license=True)
    refused = _refused(referral_review_approve, actor=personas.staff_a, referral=pending)
    assert "minimum requirements" in refused.staff[0]
    pending.refresh_from_db()
    assert pending.status == "pending_review"


def test_approval_is_refused_when_the_order_went_on_hold_meanwhile(personas, pending, order):
    _set(order, status="on_hold")
    assert _refused(referral_review_approve, actor=personas.staff_a, referral=pending).reasons == [C.ORDER_ON_HOLD]


def test_deny_needs_a_reason_and_tells_the_person(personas, pending):
    with pytest.raises(ValidationError):
        referral_review_deny(actor=personas.staff_a, referral=pending, reason="  ")
    r = referral_review_deny(actor=personas.staff_a, referral=pending, reason="Needs a forklift certification")
    assert r.status == "denied" and r.deny_reason == "Needs a forklift certification"
    assert Notification.objects.get(recipient=personas.seeker_user).body == "Needs a forklift certification"
    with pytest.raises(ValidationError):
        referral_review_approve(actor=personas.staff_a, referral=r)


def test_staff_of_another_center_cannot_work_the_queue(personas, pending):
    with pytest.raises(PermissionDenied):
        referral_review_approve(actor=personas.staff_b, referral=pending)
    with pytest.raises(PermissionDenied):
        referral_review_deny(actor=personas.staff_b, referral=pending, reason="no")


def test_a_confidential_order_is_worked_only_by_its_responsible_staff_member(personas, seeker, order):
    order.confidential = True
    order.responsible_staff = personas.supervisor_a
    order.save()
    pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    with pytest.raises(PermissionDenied):
        referral_review_approve(actor=personas.staff_a, referral=pending)
    with pytest.raises(PermissionDenied):
        referral_review_approve(actor=personas.admin, referral=pending)
    assert referral_review_approve(actor=personas.supervisor_a, referral=pending).status == "referred"


def test_an_h2a_approval_sends_application_resume_and_profile_to_the_employer(personas, seeker, order):
    type(seeker).objects.filter(pk=seeker.pk).update(ssn_last4="6789", eligible_veteran="1", race_white="1")
    order.visa_program = "h2a"
    order.responsible_staff = personas.staff_a
    order.save()
    pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    r = referral_review_approve(actor=personas.staff_a, referral=pending)
    assert r.application_sent_at is not None
    assert Notification.objects.filter(recipient=personas.employer_user, kind="referrals.application.sent").exists()
    body = Notification.objects.get(recipient=personas.employer_user).body
    assert seeker.full_name in body and "Previous Co" in body
    assert "6789" not in body and "veteran" not in body.lower()
    assert AuditEntry.objects.filter(action="referrals.referral.application_sent").exists()


def test_an_h2a_application_email_goes_to_the_employer_on_commit(
    personas, seeker, order, django_capture_on_commit_callbacks
):
    order.visa_program = "h2a"
    order.save()
    pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        referral_review_approve(actor=personas.staff_a, referral=pending)
    assert [m.to for m in mail.outbox] == [["hr@acme.example"]]
    assert seeker.full_name in mail.outbox[0].body


@pytest.mark.parametrize(
    ("now", "flagged"),
    [
        (dt.datetime(2026, 11, 3, 16, 0), False),  # Tuesday: one business day waiting
        (dt.datetime(2026, 11, 4, 8, 0), True),  # Wednesday: two business days
    ],
)
def test_items_waiting_more_than_a_business_day_are_flagged(personas, pending, now, flagged):
    from jobcenter.referrals.selectors import is_flagged, pending_review_summary

    with clock.frozen(now.replace(tzinfo=clock.local_tz())):
        assert is_flagged(pending) is flagged
        summary = pending_review_summary(user=personas.staff_a)
        assert (summary.waiting, summary.flagged) == (1, int(flagged))


@pytest.mark.parametrize(
    ("created", "not_yet", "flagged_on"),
    [
        (dt.date(2026, 11, 6), dt.date(2026, 11, 9), dt.date(2026, 11, 10)),  # Friday; the weekend does not count
        (dt.date(2026, 11, 10), dt.date(2026, 11, 12), dt.date(2026, 11, 13)),  # Veterans Day (11th) does not count
    ],
)
def test_weekends_and_holidays_are_not_business_days_for_the_flag(
    personas, seeker, order, created, not_yet, flagged_on
):
    from jobcenter.referrals.selectors import is_flagged

    order.screen_referrals = True
    order.save()
    with clock.frozen(dt.datetime.combine(created, dt.time(15, 0), tzinfo=clock.local_tz())):
        r = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    with clock.frozen(dt.datetime.combine(not_yet, dt.time(16, 0), tzinfo=clock.local_tz())):
        assert not is_flagged(r)
    with clock.frozen(dt.datetime.combine(flagged_on, dt.time(8, 0), tzinfo=clock.local_tz())):
        assert is_flagged(r)


# --- outcomes and placements -----------------------------------------------------------------------------------------


@pytest.fixture
def referred(personas, enrolled, order):
    return referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")


def test_a_hire_is_a_placement_counted_by_its_date(personas, referred):
    r = referral_outcome_record(actor=personas.staff_a, referral=referred, outcome="hired", on=dt.date(2026, 11, 2))
    assert r.status == "hired" and r.outcome_on == dt.date(2026, 11, 2) and r.is_placement
    assert list(placements(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))) == [r]
    assert list(placements(start=dt.date(2026, 11, 3))) == []
    assert list(placements(user=personas.staff_b)) == []
    assert AuditEntry.objects.filter(action="referrals.referral.outcome_recorded").count() == 1


@pytest.mark.parametrize("outcome", ["not_hired", "no_show", "refused"])
def test_other_outcomes_are_not_placements(personas, referred, outcome):
    referral_outcome_record(actor=personas.staff_a, referral=referred, outcome=outcome, on=dt.date(2026, 11, 2))
    assert not placements().exists()


def test_an_outcome_date_is_not_in_the_future_nor_before_the_referral(personas, referred):
    with pytest.raises(ValidationError):
        referral_outcome_record(actor=personas.staff_a, referral=referred, outcome="hired", on=dt.date(2026, 11, 3))
    with pytest.raises(ValidationError):
        referral_outcome_record(actor=personas.staff_a, referral=referred, outcome="hired", on=dt.date(2026, 11, 1))
    with pytest.raises(ValidationError):
        referral_outcome_record(actor=personas.staff_a, referral=referred, outcome="pending", on=dt.date(2026, 11, 2))


def test_the_employer_records_an_outcome_on_its_own_order_only(personas, referred):
    with pytest.raises(PermissionDenied):
        referral_outcome_record(
            actor=personas.other_employer_user, referral=referred, outcome="hired", on=dt.date(2026, 11, 2)
        )
    r = referral_outcome_record(
        actor=personas.employer_user, referral=referred, outcome="no_show", on=dt.date(2026, 11, 2)
    )
    assert r.status == "no_show" and r.outcome_by == personas.employer_user


def test_no_outcome_for_a_request_still_in_review(personas, pending):
    with pytest.raises(ValidationError):
        referral_outcome_record(actor=personas.staff_a, referral=pending, outcome="hired", on=dt.date(2026, 11, 2))


# --- who sees what ---------------------------------------------------------------------------------------------------


def test_lists_are_scoped(personas, referred, order, enrolled):
    assert list(referrals_for_order(user=personas.employer_user, order=order)) == [referred]
    assert list(referrals_for_order(user=personas.other_employer_user, order=order)) == []
    assert list(referrals_for_order(user=personas.staff_a, order=order)) == [referred]
    assert list(referrals_for_order(user=personas.staff_b, order=order)) == []
    assert list(referrals_for_seeker(user=personas.seeker_user, seeker=enrolled)) == [referred]
    assert list(referrals_for_seeker(user=personas.other_seeker_user, seeker=enrolled)) == []
    assert list(referrals_for_seeker(user=personas.staff_b, seeker=enrolled)) == []


def test_the_employer_sees_issued_referrals_without_protected_data(personas, referred, order):
    from jobcenter.matching.tests.factories import coded_seeker

    other = coded_seeker(job_center=personas.center_a, months=24)
    other_order = _set(order, screen_referrals=True)
    type(other).objects.filter(pk=other.pk).update(user=personas.other_seeker_user)
    other.refresh_from_db()
    referral_request_self(actor=personas.other_seeker_user, seeker=other, order=other_order)  # waits for review
    rows = employer_candidates(user=personas.employer_user, order=order)
    assert [r.referral_id for r in rows] == [referred.pk]  # the request in review is not shown
    fields = set(rows[0].__dataclass_fields__)
    assert not fields & {"ssn", "ssn_last4", "sex", "race", "disability", "veteran", "union", "date_of_birth"}
    assert employer_candidates(user=personas.other_employer_user, order=order) == []


def test_the_unique_constraint_turns_a_racing_duplicate_into_a_refusal(personas, referred):
    """What a request that passed the check while another committed meets: the constraint, then a refusal."""
    from jobcenter.referrals.services import _insert

    twin = Referral(
        seeker=referred.seeker,
        job_order=referred.job_order,
        job_center=referred.job_center,
        status="referred",
        source="self",
        consent="self",
        created_at=clock.now(),
    )
    with pytest.raises(ReferralRefused) as exc:
        _insert(twin)
    assert exc.value.reasons == [C.ALREADY_REFERRED]


def test_an_h2a_application_goes_where_the_order_instructs(personas, seeker, order, django_capture_on_commit_callbacks):
    order.visa_program = "h2a"
    order.application_instructions = "Send applications to hiring@farm.example; no walk-ins."
    order.save()
    pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        referral_review_approve(actor=personas.staff_a, referral=pending)
    assert [m.to for m in mail.outbox] == [["hiring@farm.example"]]


def test_an_h2a_application_with_nowhere_to_go_is_left_to_staff(personas, seeker, order, employer):
    from jobcenter.employers.models import EmployerMembership

    type(employer).objects.filter(pk=employer.pk).update(email="")
    EmployerMembership.objects.filter(employer=employer).delete()
    order = type(order).objects.get(pk=order.pk)
    order.visa_program = "h2a"
    order.save()
    pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    r = referral_review_approve(actor=personas.staff_a, referral=pending)
    assert r.status == "referred" and r.application_sent_at is None
    note = Notification.objects.get(recipient=personas.staff_a, kind="referrals.application.unsent")
    assert seeker.full_name in note.body and "FLC Coordinator" in note.body
