"""Discontinuation of services to employers and reinstatement (20 CFR 658.501-504; manual: Discontinuation of
Services — directed to the State Monitor Advocate).

Working days skip weekends and federal holidays (observed). Arithmetic for the table below:
notice Thu 2026-05-21 -> Fri 5/22 (1); Mon 5/25 is Memorial Day; 5/26-5/29 (2-5); 6/1-6/5 (6-10);
6/8-6/12 (11-15); 6/15-6/18 (16-19); Fri 6/19 is Juneteenth; Mon 6/22 (20).
"""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_fsm import TransitionNotAllowed

from jobcenter.core import clock
from jobcenter.core.models import Notification
from jobcenter.employers import constants
from jobcenter.employers.choices import DiscontinuationReason, DiscontinuationStatus, EmployerStatus
from jobcenter.employers.models import DiscontinuationCase
from jobcenter.employers.notice import notice_pdf
from jobcenter.employers.services import (
    discontinuation_decide,
    discontinuation_initiate,
    discontinuation_issue_notice,
    discontinuation_record_response,
    discontinuation_response_due,
    reinstatement_decide,
    reinstatement_decision_due,
    reinstatement_request_record,
)
from jobcenter.employers.tests.factories import make_employer

pytestmark = pytest.mark.django_db
D = DiscontinuationStatus


@pytest.mark.parametrize(
    ("notice", "due"),
    [
        (dt.date(2026, 5, 21), dt.date(2026, 6, 22)),  # skips a weekend, Memorial Day and Juneteenth
        (dt.date(2026, 5, 22), dt.date(2026, 6, 23)),  # one day later, one working day later
        (dt.date(2026, 11, 6), dt.date(2026, 12, 8)),  # Fri: skips Veterans Day and Thanksgiving
        (dt.date(2026, 11, 7), dt.date(2026, 12, 8)),  # a Saturday notice counts from the next working day
    ],
    ids=[
        "a notice before Memorial Day is due after Juneteenth",
        "a notice the day after is due a working day later",
        "a November notice skips Veterans Day and Thanksgiving",
        "a Saturday notice is due like Friday's",
    ],
)
def test_the_response_is_due_20_working_days_after_the_notice(notice, due):
    assert discontinuation_response_due(notice) == due


def test_the_reinstatement_decision_is_due_20_working_days_after_the_request():
    assert reinstatement_decision_due(dt.date(2026, 5, 21)) == dt.date(2026, 6, 22)


@pytest.fixture
def case(personas):
    employer = make_employer(active=True, csu=personas.csu, legal_name="Substandard Farms")
    return discontinuation_initiate(
        employer=employer,
        actor=personas.supervisor_a,
        reason_code=DiscontinuationReason.A1_UNLAWFUL_JOB_ORDER,
        facts="Job order 1234 offers $5.00/hour, below the state minimum wage; employer refused to correct it.",
    )


def test_staff_refer_an_active_employer_and_the_sma_is_notified(personas, case):
    assert case.status == D.REFERRED and case.referred_by == personas.supervisor_a
    note = Notification.objects.get(recipient=personas.sma, kind="employers.discontinuation.referred")
    assert "Substandard Farms" in note.subject
    assert case.employer.status == EmployerStatus.ACTIVE  # referral alone changes nothing for the employer


def test_a_second_open_case_for_the_same_employer_is_refused(personas, case):
    with pytest.raises(ValidationError) as exc:
        discontinuation_initiate(employer=case.employer, actor=personas.staff_a, reason_code="658.501(a)(8)", facts="x")
    assert exc.value.messages == [constants.CASE_ALREADY_OPEN]


def test_a_pending_employer_cannot_be_referred(personas):
    employer = make_employer()
    with pytest.raises(ValidationError) as exc:
        discontinuation_initiate(employer=employer, actor=personas.staff_a, reason_code="658.501(a)(8)", facts="x")
    assert exc.value.messages == [constants.CASE_NOT_ACTIVE_EMPLOYER.format(status="pending verification")]


def test_roles_without_employer_rights_cannot_refer(personas):
    employer = make_employer(active=True, csu=personas.csu)
    with pytest.raises(PermissionDenied):
        discontinuation_initiate(employer=employer, actor=personas.analyst, reason_code="658.501(a)(8)", facts="x")


def test_only_the_sma_issues_the_notice_and_decides(personas, case):
    with pytest.raises(PermissionDenied):
        discontinuation_issue_notice(case=case, actor=personas.supervisor_a)
    discontinuation_issue_notice(case=case, actor=personas.sma, notice_date=dt.date(2026, 5, 21))
    with pytest.raises(PermissionDenied):
        discontinuation_decide(case=case, actor=personas.csu, decision="discontinue")


def test_the_notice_sets_the_response_deadline_and_renders_a_pdf_with_the_reasons(personas, case):
    discontinuation_issue_notice(case=case, actor=personas.sma, notice_date=dt.date(2026, 5, 21))
    case.refresh_from_db()
    assert (case.status, case.notice_date, case.response_due) == (
        D.NOTICE_ISSUED,
        dt.date(2026, 5, 21),
        dt.date(2026, 6, 22),
    )
    pdf = notice_pdf(case)
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("today", "allowed"),
    [(dt.date(2026, 6, 22), False), (dt.date(2026, 6, 23), True)],
    ids=["on the due date without a response the SMA must wait", "the day after the due date the SMA may discontinue"],
)
def test_discontinuing_without_a_response_waits_for_the_20_working_days(personas, case, today, allowed):
    discontinuation_issue_notice(case=case, actor=personas.sma, notice_date=dt.date(2026, 5, 21))
    with clock.frozen(today):
        if allowed:
            discontinuation_decide(case=case, actor=personas.sma, decision="discontinue")
            case.employer.refresh_from_db()
            assert case.employer.status == EmployerStatus.SERVICES_DISCONTINUED
        else:
            with pytest.raises(ValidationError) as exc:
                discontinuation_decide(case=case, actor=personas.sma, decision="discontinue")
            assert exc.value.messages == [constants.CASE_DECISION_TOO_EARLY.format(due="Jun 22, 2026")]
            case.employer.refresh_from_db()
            assert case.employer.status == EmployerStatus.ACTIVE


def test_after_the_employer_responds_the_sma_may_decide_before_the_deadline(personas, case):
    discontinuation_issue_notice(case=case, actor=personas.sma, notice_date=dt.date(2026, 5, 21))
    with clock.frozen(dt.date(2026, 5, 28)):
        discontinuation_record_response(
            case=case, actor=personas.sma, response_text="The wage is lawful.", hearing_requested=True
        )
        discontinuation_decide(case=case, actor=personas.sma, decision="discontinue", notes="Wage is below minimum.")
    case.refresh_from_db()
    assert (case.status, case.hearing_requested, case.response_received_on) == (
        D.DISCONTINUED,
        True,
        dt.date(2026, 5, 28),
    )


def test_withdrawing_keeps_the_employer_active(personas, case):
    discontinuation_decide(case=case, actor=personas.sma, decision="withdraw", notes="Order corrected.")
    case.refresh_from_db()
    case.employer.refresh_from_db()
    assert (case.status, case.employer.status) == (D.WITHDRAWN, EmployerStatus.ACTIVE)


def test_reinstatement_reactivates_the_employer(personas, case):
    discontinuation_issue_notice(case=case, actor=personas.sma, notice_date=dt.date(2026, 5, 21))
    with clock.frozen(dt.date(2026, 6, 23)):
        discontinuation_decide(case=case, actor=personas.sma, decision="discontinue")
    with clock.frozen(dt.date(2026, 7, 1)):
        req = reinstatement_request_record(
            case=case, actor=personas.staff_a, request_text="Wages corrected, back pay paid."
        )
    assert req.decision_due == dt.date(2026, 7, 30)  # 7/2, 7/3 is Independence Day observed, then 7/6..7/30 = 20
    assert Notification.objects.filter(recipient=personas.sma, kind="employers.reinstatement.requested").exists()
    with pytest.raises(ValidationError):
        reinstatement_request_record(case=case, actor=personas.staff_a, request_text="again")
    reinstatement_decide(request=req, actor=personas.sma, grant=True)
    case.refresh_from_db()
    case.employer.refresh_from_db()
    assert (case.status, case.employer.status) == (D.REINSTATED, EmployerStatus.ACTIVE)


def test_a_refused_reinstatement_leaves_services_discontinued(personas, case):
    discontinuation_decide(case=case, actor=personas.sma, decision="withdraw")
    with pytest.raises(ValidationError):  # nothing to reinstate from a withdrawn case
        reinstatement_request_record(case=case, actor=personas.staff_a, request_text="please")


# Every (case status, transition): only the lifecycle's moves are allowed.
CASE_ALLOWED = {
    (D.REFERRED, "issue_notice"): D.NOTICE_ISSUED,
    (D.REFERRED, "withdraw"): D.WITHDRAWN,
    (D.NOTICE_ISSUED, "withdraw"): D.WITHDRAWN,
    (D.NOTICE_ISSUED, "discontinue"): D.DISCONTINUED,
    (D.DISCONTINUED, "reinstate"): D.REINSTATED,
}
CASE_TRANSITIONS = ["issue_notice", "withdraw", "discontinue", "reinstate"]
CASE_MATRIX = [(s, t) for s in D.values for t in CASE_TRANSITIONS]


@pytest.mark.parametrize(("source", "transition"), CASE_MATRIX, ids=[f"{t} from {s}" for s, t in CASE_MATRIX])
def test_case_transitions_are_allowed_only_along_the_lifecycle(personas, case, source, transition):
    DiscontinuationCase.objects.filter(pk=case.pk).update(status=source)  # test setup: put the row in a state
    case = DiscontinuationCase.objects.get(pk=case.pk)
    kwargs = {
        "issue_notice": {"by": personas.sma, "on": dt.date(2026, 5, 21), "due": dt.date(2026, 6, 22)},
        "withdraw": {"by": personas.sma, "at": clock.now()},
        "discontinue": {"by": personas.sma, "at": clock.now()},
        "reinstate": {},
    }[transition]
    if (source, transition) in CASE_ALLOWED:
        getattr(case, transition)(**kwargs)
        case.save()
        assert DiscontinuationCase.objects.get(pk=case.pk).status == CASE_ALLOWED[(source, transition)]
    else:
        with pytest.raises(TransitionNotAllowed):
            getattr(case, transition)(**kwargs)
