"""Job order workflow: every allowed and forbidden transition, screening decisions driving them, audit and
employer notes, duplicates (manual: Job Orders from Employers with a Work Site Located in Another JC's
Administrative Area), pending employers (manual: Employers)."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_fsm import can_proceed

from jobcenter.cases.models import EmployerCaseNote
from jobcenter.core.audit import audit_trail
from jobcenter.core.models import Notification
from jobcenter.joborders import constants
from jobcenter.joborders.models import JobOrder, ViolationCase
from jobcenter.joborders.services import job_order_act, job_order_create, job_order_submit
from jobcenter.joborders.tests.factories import finding, result
from jobcenter.testing.joborders import make_employer, make_order, order_fields

TRANSITIONS = [
    "submit",
    "return_for_fixes",
    "deny",
    "route_flc",
    "flc_take_over",
    "flc_return",
    "mark_not_entered",
    "open",
    "hold",
    "release",
    "fill",
    "close",
    "expire",
]
ALLOWED = {
    "draft": {"submit", "close"},
    "screening": {"return_for_fixes", "deny", "route_flc", "mark_not_entered", "open", "hold", "close"},
    "open": {"hold", "fill", "close", "expire"},
    "on_hold": {"release", "fill", "close", "expire"},
    "filled": set(),
    "closed": set(),
    "expired": set(),
    "denied": set(),
    "routed_flc": {"flc_take_over", "flc_return"},
    "not_entered": set(),
}
TABLE = [(s, t, t in ALLOWED[s]) for s in ALLOWED for t in TRANSITIONS]


@pytest.mark.parametrize(
    ("status", "transition", "allowed"),
    TABLE,
    ids=[f"{t} from {s} is {'allowed' if a else 'forbidden'}" for s, t, a in TABLE],
)
def test_transition_table(personas, employer, status, transition, allowed):
    order = make_order(employer=employer, job_center=personas.center_a, status=status, last_decision="accept")
    # open/release also need the online guard (test_online_guard.py), fill/close/expire the ending path
    # (test_ending.py); the table is about statuses.
    order._online_guard_passed = True
    order._end_path_passed = True
    assert can_proceed(getattr(order, transition)) is allowed


def test_an_order_cannot_go_online_while_the_employer_is_pending(personas):
    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    order = make_order(employer=pending, job_center=personas.center_a, status="screening", last_decision="accept")
    assert not can_proceed(order.open)


def test_an_order_cannot_go_online_without_an_accepting_screening(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="screening", last_decision="hold")
    assert not can_proceed(order.open)


def test_the_status_cannot_be_assigned_directly(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    with pytest.raises(AttributeError):
        order.status = "closed"


def _new(personas, employer, **kw):
    return job_order_create(
        actor=personas.staff_a, employer=employer, job_center=personas.center_a, **order_fields(**kw)
    )


DECISIONS = [
    ("a rejected order is denied", "reject", "denied", constants.ORDER_DENIED),
    ("an H-2A order is routed to the FLC coordinator", "route_flc", "routed_flc", constants.ORDER_ROUTED_FLC),
    ("a non-order is not entered", "not_entered", "not_entered", constants.ORDER_NOT_ENTERED),
    ("a held order goes on hold", "hold", "on_hold", constants.ORDER_HELD),
    ("an order needing fixes goes back to draft", "fix_required", "draft", constants.RETURNED_FOR_FIXES),
    (
        "a suspected violation stays in screening for the supervisor",
        "refer_supervisor",
        "screening",
        constants.REFERRED_TO_SUPERVISOR,
    ),
    ("an accepted order of an active employer opens", "accept", "open", constants.ORDER_OPENED),
    ("an order accepted with a notice opens", "accept_with_notice", "open", constants.ORDER_OPENED),
]


@pytest.mark.parametrize(("sentence", "decision", "status", "message"), DECISIONS, ids=[d[0] for d in DECISIONS])
def test_the_screening_decision_drives_the_transition(personas, employer, sentence, decision, status, message):
    order = _new(personas, employer)
    outcome = job_order_submit(order=order, actor=personas.staff_a, result=result(decision, finding()))
    order = JobOrder.objects.get(pk=order.pk)
    assert order.status == status
    assert outcome.message == message
    assert order.entered_at is not None
    assert order.screenings.get().decision == decision
    assert order.screenings.get().findings[0]["rule"] == "wage.substandard"


def test_an_accepted_order_of_a_pending_employer_waits_for_verification(personas):
    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    order = _new(personas, pending)
    outcome = job_order_submit(order=order, actor=personas.staff_a, result=result("accept"))
    assert JobOrder.objects.get(pk=order.pk).status == "screening"
    assert outcome.message == constants.GOES_ONLINE_AFTER_VERIFICATION


def test_every_transition_is_audited_and_noted_on_the_employer(personas, employer):
    order = _new(personas, employer)
    job_order_submit(order=order, actor=personas.staff_a, result=result("accept"))
    order = JobOrder.objects.get(pk=order.pk)
    job_order_act(order=order, action="hold", actor=personas.supervisor_a)
    actions = [e.action for e in audit_trail(order)]
    assert {
        "joborders.order.created",
        "joborders.order.submitted",
        "joborders.order.screened",
        "joborders.order.opened",
        "joborders.order.held",
    } <= set(actions)
    kinds = set(EmployerCaseNote.objects.filter(employer=employer).values_list("event", flat=True))
    assert {"joborders.order.opened", "joborders.order.held"} <= kinds


def test_staff_without_the_hold_capability_cannot_hold_an_order(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    with pytest.raises(Exception, match="joborders.hold"):
        job_order_act(order=order, action="hold", actor=personas.staff_a)


def test_a_route_to_flc_notifies_the_flc_coordinator(personas, employer):
    order = _new(personas, employer, visa_program="h2a")
    job_order_submit(order=order, actor=personas.staff_a, result=result("route_flc"))
    assert Notification.objects.filter(recipient=personas.flc, kind="joborders.order.routed_flc").exists()


def test_refer_supervisor_opens_a_violation_case_for_the_local_supervisor(personas, employer):
    order = _new(personas, employer)
    outcome = job_order_submit(order=order, actor=personas.staff_a, result=result("refer_supervisor", finding()))
    case = ViolationCase.objects.get(job_order=order)
    assert outcome.violation_case == case
    assert Notification.objects.filter(recipient=personas.supervisor_a, kind="joborders.violation.opened").exists()
    assert not Notification.objects.filter(recipient=personas.supervisor_b, kind="joborders.violation.opened").exists()


def test_an_order_is_tied_to_the_entering_job_center_and_its_region_with_the_real_worksite(personas, employer):
    order = _new(personas, employer, worksite_city="Springfield", worksite_zip="65801")
    assert order.job_center == personas.center_a
    assert order.region == personas.region_a
    assert (order.worksite_city, order.worksite_zip) == ("Springfield", "65801")


# --- duplicates -----------------------------------------------------------------------------------------------


def test_a_duplicate_order_for_the_same_opening_is_refused(personas, employer):
    make_order(employer=employer, job_center=personas.center_a, status="open", title="Forklift Operator")
    with pytest.raises(ValidationError) as exc:
        _new(personas, employer, title="  forklift   OPERATOR! ")
    assert exc.value.message_dict["title"][0].startswith(constants.DUPLICATE_ORDER.split("(")[0])


@pytest.mark.parametrize("status", ["screening", "on_hold"])
def test_an_order_in_screening_or_on_hold_also_blocks_a_duplicate(personas, employer, status):
    make_order(employer=employer, job_center=personas.center_a, status=status)
    with pytest.raises(ValidationError):
        _new(personas, employer)


def test_a_duplicate_entered_by_another_job_center_is_refused_too(personas, employer):
    make_order(employer=employer, job_center=personas.center_b, status="open")
    with pytest.raises(ValidationError):
        _new(personas, employer)


NEAR_MISSES = [
    ("the same title at another worksite is allowed", {"worksite_city": "Independence", "worksite_zip": "64050"}),
    ("the same title at another ZIP code is allowed", {"worksite_zip": "64108"}),
    ("a different title at the same worksite is allowed", {"title": "Forklift Operator Lead"}),
]


@pytest.mark.parametrize(("sentence", "change"), NEAR_MISSES, ids=[n[0] for n in NEAR_MISSES])
def test_duplicate_near_misses(personas, employer, sentence, change):
    make_order(employer=employer, job_center=personas.center_a, status="open")
    assert _new(personas, employer, **change).pk


@pytest.mark.parametrize("status", ["draft", "filled", "closed", "expired", "denied"])
def test_an_order_that_no_longer_occupies_the_opening_does_not_block(personas, employer, status):
    make_order(employer=employer, job_center=personas.center_a, status=status)
    assert _new(personas, employer).pk


def test_another_employer_may_post_the_same_title_at_the_same_place(personas, employer):
    make_order(employer=employer, job_center=personas.center_a, status="open")
    other = make_employer(job_center=personas.center_a)
    assert _new(personas, other).pk


def test_the_wage_range_must_be_ordered(personas, employer):
    from decimal import Decimal

    with pytest.raises(ValidationError) as exc:
        _new(personas, employer, wage_min=Decimal("20"), wage_max=Decimal("18"))
    assert exc.value.message_dict["wage_max"] == [constants.WAGE_RANGE_INVERTED]


def test_orders_waiting_for_verification_go_online_when_the_employer_is_verified(personas):
    from jobcenter.employers.services import employer_verify
    from jobcenter.joborders.services import job_orders_open_after_verification

    pending = make_employer(job_center=personas.center_a, status="pending_verification")
    waiting = _new(personas, pending)
    job_order_submit(order=waiting, actor=personas.staff_a, result=result("accept"))
    held_for_supervisor = _new(personas, pending, title="Cook")
    job_order_submit(order=held_for_supervisor, actor=personas.staff_a, result=result("refer_supervisor", finding()))
    assert job_orders_open_after_verification(employer=pending, actor=personas.csu) == []  # still pending

    verified = employer_verify(employer=pending, actor=personas.csu)  # CSU's verification opens it
    assert JobOrder.objects.get(pk=waiting.pk).status == "open"
    assert JobOrder.objects.get(pk=held_for_supervisor.pk).status == "screening"
    assert job_orders_open_after_verification(employer=verified, actor=personas.csu) == []  # nothing left


def test_referrals_to_a_confidential_order_go_through_the_holding_centers_responsible_staff(personas):
    from jobcenter.joborders.selectors import job_order_referral_contact

    secret = make_employer(job_center=personas.center_a, confidential=True)
    order = _new(personas, secret)
    contact = job_order_referral_contact(order)
    assert (contact.job_center, contact.staff, contact.coordinate_through_holder) == (
        personas.center_a,
        personas.staff_a,
        True,
    )


def test_an_h2a_order_entered_by_staff_is_routed_but_the_flc_coordinator_can_enter_it(personas, employer):
    by_staff = _new(personas, employer, visa_program="h2a", special_categories=["aes"], title="AES Apple Harvester")
    job_order_submit(order=by_staff, actor=personas.staff_a)
    assert JobOrder.objects.get(pk=by_staff.pk).status == "routed_flc"
    assert by_staff.screen_referrals is True  # H-2A referrals are always screened

    by_flc = job_order_create(
        actor=personas.flc,
        employer=employer,
        job_center=personas.center_a,
        # At least the Missouri AEWR ($18.65, 20 CFR 655.120), or h2a-aewr sends it back for the wage.
        **order_fields(
            visa_program="h2a",
            special_categories=["aes"],
            title="AES Peach Harvester",
            wage_min=Decimal("19.00"),
            wage_max=Decimal("21.00"),
        ),
    )
    outcome = job_order_submit(order=by_flc, actor=personas.flc)
    by_flc = JobOrder.objects.get(pk=by_flc.pk)
    assert by_flc.status == "open"
    assert constants.ENTERED_BY_FLC in outcome.notices
    assert any(f["severity"] == "route_flc" for f in outcome.findings)  # the routing finding stays on record


def test_the_flc_coordinator_cannot_bypass_other_findings(personas, employer):
    order = job_order_create(
        actor=personas.flc,
        employer=employer,
        job_center=personas.center_a,
        **order_fields(
            visa_program="h2a",
            special_categories=["aes"],
            title="AES Farm Hand",
            wage_min=Decimal("3.00"),
            wage_max=None,
        ),
    )
    job_order_submit(order=order, actor=personas.flc)
    # A substandard wage goes back for the employer to raise it (manual: Substandard Orders; issue #9).
    assert JobOrder.objects.get(pk=order.pk).status == "draft"
    assert {f["rule"] for f in order.screenings.get().findings} >= {"substandard-wage", "h2a-aewr"}


def test_job_order_events_land_in_the_employers_one_journal_of_case_notes(client, personas, employer):
    order = _new(personas, employer)
    job_order_submit(order=order, actor=personas.staff_a, result=result("accept"))
    note = EmployerCaseNote.objects.filter(employer=employer, event="joborders.order.opened").get()
    assert note.job_order == order and note.kind == "job_order" and note.author == personas.staff_a
    client.force_login(personas.staff_a)
    html = client.get(f"/staff/employers/{employer.pk}/").content.decode()
    assert note.body in html and f"order {order.number}" in html
