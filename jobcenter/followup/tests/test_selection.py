"""Selection each quarter after the wage match (COWIB supplemental wage policy A.2, A.3 Collection Timeframes,
Scope; policy B: direct match wins). Exit 2025-02-14 is in 2025Q1: the 2nd quarter after exit is 2025Q3, asked
about in the 3rd (2025Q4); the 4th is 2026Q1, asked about in the 5th (2026Q2)."""

import datetime as dt

import pytest

from jobcenter.cases.choices import OtherExitReason, Program, ServiceCategory
from jobcenter.cases.models import Service
from jobcenter.core import clock
from jobcenter.followup.choices import CaseStatus, ExpectedPath, SelectionReason
from jobcenter.followup.models import FollowupCase
from jobcenter.followup.selection import followup_reconcile, followup_select, occupation_group
from jobcenter.followup.services import path_declare
from jobcenter.followup.tests.factories import WageTable, exited, make_seeker, participant
from jobcenter.seekers.models import DesiredOccupation

pytestmark = pytest.mark.django_db


def select(quarter="2025Q4", wages=None):
    with clock.frozen(dt.date(2025, 10, 2)):
        return followup_select(interview_quarter=quarter, matcher=wages or WageTable())


def test_an_exiter_without_a_wage_record_is_selected_for_the_third_quarter_after_exit(personas):
    seeker = participant(personas)
    result = select()
    (case,) = result.created
    assert case.seeker == seeker and case.q_after_exit == 2
    assert case.reasons == [SelectionReason.NO_WAGE_RECORD]
    assert (case.opens_on, case.due_on) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert str(case.reference_quarter) == "2025Q3"
    assert case.status == CaseStatus.SELECTED


def test_an_exiter_with_a_direct_wage_match_is_not_selected(personas):
    seeker = participant(personas)
    result = select(wages=WageTable({(seeker.ssn_hash, 2): (1, 512300)}))
    assert result.created == [] and result.direct_matches == 1


@pytest.mark.parametrize("code", [2, 3])
def test_federal_and_military_wage_records_are_direct_matches(personas, code):
    seeker = participant(personas)
    assert select(wages=WageTable({(seeker.ssn_hash, 2): (code, 100)})).created == []


def test_a_direct_match_for_another_quarter_does_not_exclude(personas):
    seeker = participant(personas)
    assert len(select(wages=WageTable({(seeker.ssn_hash, 4): (1, 512300)})).created) == 1


def test_wages_not_yet_available_is_said(personas):
    seeker = participant(personas)
    (case,) = select(wages=WageTable({(seeker.ssn_hash, 2): (5, 0)})).created
    assert case.reasons == [SelectionReason.WAGES_NOT_YET_AVAILABLE]


def test_no_ssn_is_selected_with_that_reason_and_never_sent_to_the_wage_match(personas):
    participant(personas, ssn=None)
    wages = WageTable()
    (case,) = select(wages=wages).created
    assert case.reasons == [SelectionReason.NO_SSN]
    assert all(not call[0] for call in wages.calls)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("47-2031.00", SelectionReason.SELF_EMPLOYMENT),  # Carpenters
        ("39-5012.00", SelectionReason.SELF_EMPLOYMENT),  # Hairdressers and cosmetologists
        ("29-1215.00", SelectionReason.SELF_EMPLOYMENT),  # Family medicine physicians
        ("21-2011.00", SelectionReason.NON_COVERED),  # Clergy
        ("11-1031.00", SelectionReason.NON_COVERED),  # Legislators
        ("23-1023.00", SelectionReason.NON_COVERED),  # Judges
        ("55-3016.00", SelectionReason.FEDERAL_MILITARY),  # Infantry
        ("43-5052.00", SelectionReason.FEDERAL_MILITARY),  # Postal carriers
    ],
)
def test_a_career_goal_in_the_policys_occupations_is_a_reason(personas, code, reason):
    seeker = participant(personas)
    DesiredOccupation.objects.create(seeker=seeker, title="Goal", onet_soc_code=code)
    (case,) = select().created
    assert case.reasons == [reason, SelectionReason.NO_WAGE_RECORD]
    assert code in case.reason_detail


def test_other_occupations_are_no_reason():
    assert occupation_group("15-1252.00") is None  # Software developers
    assert occupation_group("47-2061.00") is None  # Construction laborers (not in the policy's list)


def test_a_path_declared_by_staff_is_a_reason(personas):
    seeker = participant(personas)
    path_declare(actor=personas.staff_a, seeker=seeker, path=ExpectedPath.FEDERAL, note="Applying to the VA")
    (case,) = select().created
    assert SelectionReason.FEDERAL_MILITARY in case.reasons
    assert "federal" in case.reason_detail


def test_the_fourth_quarter_is_asked_in_the_fifth_quarter_after_exit(personas):
    participant(personas, exit_date=dt.date(2024, 11, 30))  # 2024Q4 -> Q4 after exit 2025Q4, asked in 2026Q1
    participant(personas, exit_date=dt.date(2025, 1, 1))  # 2025Q1 -> Q2 after exit 2025Q3, asked in 2025Q4
    with clock.frozen(dt.date(2026, 1, 5)):
        result = followup_select(interview_quarter="2026Q1", matcher=WageTable())
    (case,) = result.created
    assert case.q_after_exit == 4 and str(case.reference_quarter) == "2025Q4"
    assert case.opens_on == dt.date(2026, 1, 1) and case.due_on == dt.date(2026, 3, 31)


def test_exits_in_other_quarters_are_not_selected(personas):
    participant(personas, exit_date=dt.date(2024, 12, 31))  # 2024Q4: its Q2 is asked in 2025Q3
    participant(personas, exit_date=dt.date(2025, 4, 1))  # 2025Q2: asked in 2026Q1
    assert select().created == []


def test_exits_excluded_from_the_indicators_are_not_followed_up(personas):
    seeker = make_seeker(job_center=personas.center_a)
    exited(
        seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 2, 1), other_exit_reason=OtherExitReason.DECEASED
    )
    assert select().created == []


def test_co_enrolled_the_program_that_provided_training_owns_the_case(personas):
    seeker = make_seeker(job_center=personas.center_a)
    exited(seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 3, 1), program=Program.WAGNER_PEYSER)
    dw = exited(seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 2, 1), program=Program.DISLOCATED_WORKER)
    Service.objects.create(
        seeker=seeker, enrollment=dw, program=Program.DISLOCATED_WORKER, code="300", name="Occupational skills training",
        pirl_element=1300, category=ServiceCategory.TRAINING, service_date=dt.date(2025, 1, 5),
        recorded_at=clock.now(),
    )  # fmt: skip
    (case,) = select().created
    assert case.enrollment == dw and case.program == Program.DISLOCATED_WORKER
    assert case.co_enrolled == [Program.WAGNER_PEYSER]


def test_co_enrolled_without_training_a_title_i_program_owns_the_case(personas):
    seeker = make_seeker(job_center=personas.center_a)
    exited(seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 3, 1), program=Program.WAGNER_PEYSER)
    exited(seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 2, 1), program=Program.ADULT)
    (case,) = select().created
    assert case.program == Program.ADULT


def test_programs_outside_the_policys_scope_are_not_followed_up(personas):
    seeker = make_seeker(job_center=personas.center_a)
    exited(seeker, case_manager=personas.staff_a, exit_date=dt.date(2025, 2, 1), program=Program.TAA)
    assert select().created == []


def test_selection_is_idempotent(personas):
    participant(personas)
    assert len(select().created) == 1
    again = select()
    assert again.created == [] and again.existing == 1
    assert FollowupCase.objects.count() == 1


def test_a_later_direct_match_closes_the_case_whatever_its_state(personas):
    seeker = participant(personas)
    (case,) = select().created
    wages = WageTable({(seeker.ssn_hash, 2): (1, 400000)})
    with clock.frozen(dt.date(2025, 11, 20)):
        closed = followup_reconcile(matcher=wages)
    assert closed == [case]
    case.refresh_from_db()
    assert case.status == CaseStatus.DIRECT_MATCH


def test_a_rerun_after_the_direct_match_arrives_closes_the_case(personas):
    seeker = participant(personas)
    (case,) = select().created
    result = select(wages=WageTable({(seeker.ssn_hash, 2): (1, 400000)}))
    assert result.closed == [case]
