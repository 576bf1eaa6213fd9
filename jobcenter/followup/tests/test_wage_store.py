"""Selection and closing through the real wage store (contract C3): wage files imported by
``wages.services.wage_file_import`` and matched by ``analytics.match_wage_records`` on DuckDB — the default
matcher of ``followup_select`` and ``followup_reconcile`` (policy A.2; policy B: a direct match always wins)."""

import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.followup.choices import CaseStatus, SelectionReason
from jobcenter.followup.selection import followup_reconcile, followup_select
from jobcenter.followup.tests.factories import participant
from jobcenter.wages.services import wage_file_import

pytestmark = pytest.mark.django_db

HEADER = "ssn,employer_fein,ui_account,naics,state,year,quarter,wages\n"


@pytest.fixture
def wage_dir(settings, tmp_path):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    return settings.WAGE_DATA_DIR


def import_wages(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines))
    return wage_file_import(path=path, source="ui")


def test_an_exiter_with_an_imported_wage_record_is_not_selected(personas, wage_dir, tmp_path):
    # Exits in 2025Q1: the 2nd quarter after exit is 2025Q3 (July-September), asked about in 2025Q4.
    participant(personas, ssn="123-45-6789", given_name="Wage", surname="Matched")
    missing = participant(personas, ssn="234-56-7890", given_name="No", surname="Record")
    import_wages(tmp_path, "mo_2025q3.csv", ["123-45-6789,431234567,,561320,MO,2025,3,4200.50"])
    with clock.frozen(dt.date(2026, 4, 2)):  # 2025Q3 is past the two-quarter wage lag
        result = followup_select(interview_quarter="2025Q4")
    assert [c.seeker for c in result.created] == [missing]
    assert result.created[0].reasons == [SelectionReason.NO_WAGE_RECORD]
    assert result.direct_matches == 1


def test_inside_the_wage_lag_the_case_says_wages_are_not_yet_available(personas, wage_dir, tmp_path):
    participant(personas, ssn="234-56-7890")
    import_wages(tmp_path, "mo_other.csv", ["345-67-8901,431234567,,561320,MO,2025,3,100.00"])
    with clock.frozen(dt.date(2025, 10, 2)):
        (case,) = followup_select(interview_quarter="2025Q4").created
    assert case.reasons == [SelectionReason.WAGES_NOT_YET_AVAILABLE]


def test_a_wage_file_arriving_later_closes_the_case(personas, wage_dir, tmp_path):
    seeker = participant(personas, ssn="123-45-6789")
    import_wages(tmp_path, "mo_other.csv", ["345-67-8901,431234567,,561320,MO,2025,3,100.00"])
    with clock.frozen(dt.date(2025, 10, 2)):
        (case,) = followup_select(interview_quarter="2025Q4").created
    import_wages(tmp_path, "mo_late.csv", ["123-45-6789,431234567,,561320,MO,2025,3,3100.00"])
    with clock.frozen(dt.date(2026, 1, 15)):
        closed = followup_reconcile()
    assert closed == [case] and closed[0].seeker == seeker
    case.refresh_from_db()
    assert case.status == CaseStatus.DIRECT_MATCH
