"""PIRL build from the case database and the export command (federal-specs 1; TEGL 10-16 Chg 3)."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command

from jobcenter.cases import services
from jobcenter.core import clock
from jobcenter.reporting import constants, wage_sources
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.reader import read_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import participant
from jobcenter.seekers.services import seeker_set_ssn

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    p = personas
    p.center_a.region.lwdb_code = "29010"
    p.center_a.region.save()
    return p


def test_a_participant_who_exited_becomes_one_record_with_dates_and_profile(world):
    e = participant(
        job_center=world.center_a,
        case_manager=world.staff_a,
        entry=dt.date(2025, 1, 6),
        last_service=dt.date(2025, 2, 3),
        sex="2",
        veteran="1",
        eligible_veteran="2",
        msfw="1",
        date_of_birth=dt.date(1990, 5, 17),
    )
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert row["p100"] == e.seeker.state_id
    assert (row["p900"], row["p901"], row["p918"], row["p923"]) == ("20250106", "20250203", "1", "00")
    assert (row["p200"], row["p201"], row["p300"], row["p301"], row["p413"]) == ("19900517", "2", "1", "2", "1")
    # 101 initial assessment (1102) on entry, 102 job search (1104) on the last service day
    assert (row["p1001"], row["p1003"], row["p1102"], row["p1104"]) == ("20250106", "20250203", "20250106", "20250203")
    assert row["p108a"] == "29010" and row["job_center"] == world.center_a.code


def test_an_exit_after_the_report_quarter_is_not_yet_reported(world):
    participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 3, 3))
    [row] = build_pirl(quarter=Quarter(2025, 1))  # exit date 3/3/2025 is in Q1, determined later: reported
    assert row["p901"] == "20250303"
    participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 4, 2))
    rows = {r["p900"]: r for r in build_pirl(quarter=Quarter(2025, 1))}
    assert "20250402" not in rows  # entered after the quarter


def test_without_a_wage_engine_outcomes_are_not_yet_available_never_zero(world, monkeypatch):
    participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2024, 1, 8))
    monkeypatch.setattr(wage_sources, "direct_matches", lambda exiters, **kw: wage_sources.DirectMatches(False))
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert (row["p1602"], row["p1603"], row["p1704"], row["p1618"]) == ("9", "5", "999999.99", "")


def test_open_periods_have_no_outcomes(world):
    participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 11, 3), exit=False)
    with clock.frozen(dt.datetime(2025, 12, 1, 9)):
        [row] = build_pirl(quarter=Quarter(2025, 4))
    assert row["p901"] == "" and row["p1602"] == "" and row["p1704"] == ""


def test_the_command_writes_the_file_with_p_columns(world, tmp_path):
    e = participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 1, 6))
    seeker_set_ssn(seeker=e.seeker, ssn="401-23-4567")
    out = tmp_path / "pirl.csv"
    call_command("reporting_pirl", "--quarter", "2025Q4", "--out", str(out), "--no-progress")
    text = out.read_text()
    assert text.startswith("p100,p101,p102,p103,p108a,p108b,p108c,p200,")
    assert "401234567" not in text and "401-23-4567" not in text
    [row] = read_pirl(out)
    assert row["p100"] == e.seeker.state_id and row["p900"] == "20250106"


def test_the_command_refuses_to_export_while_edit_checks_fail(world, tmp_path):
    participant(
        job_center=world.center_a,
        case_manager=world.staff_a,
        entry=dt.date(2025, 1, 6),
        date_of_birth=dt.date(2025, 2, 1),  # born after program entry: logical rule L2
    )
    out, errors = tmp_path / "pirl.csv", tmp_path / "errors.csv"
    with pytest.raises(CommandError, match="Export refused: 1 edit check"):
        call_command(
            "reporting_pirl", "--quarter", "2025Q4", "--out", str(out), "--errors", str(errors), "--no-progress"
        )
    assert not out.exists()
    lines = errors.read_text().splitlines()
    assert lines[0] == "line,pirl_100,element,stage,rule,message,citation"
    assert "PIRL 200,logical,L2," + constants.EDIT_BIRTH_AFTER_ENTRY in lines[1]


def test_the_check_command_reads_files_from_other_systems(tmp_path):
    f = tmp_path / "other.csv"
    f.write_text("100,900,918,201\nXX1,20250101,1,1\nXX2,20250101,1,5\n")
    with pytest.raises(CommandError, match="1 edit check failure"):
        call_command("reporting_check", "--pirl", str(f), "--errors", str(tmp_path / "e.csv"))
    assert "PIRL 201,valid values,V1" in (tmp_path / "e.csv").read_text()


def test_co_enrollment_in_title_i_sets_the_program_flag(world):
    e = participant(job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 1, 6), exit=False)
    with clock.frozen(dt.datetime(2025, 1, 7, 10)):
        services.enrollment_create(actor=world.staff_a, seeker=e.seeker, case_manager=world.staff_a, program="adult")
    with clock.frozen(dt.datetime(2025, 2, 1, 10)):
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert row["p903"] == "0"  # registered only: not yet a Title I participant
