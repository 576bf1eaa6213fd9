"""Wage records imported through the real importer (C3) in the PIRL, the report and DOL's own indicator engine
(federal-specs 1.5, 2 and 3; TEGL 10-16 Chg 3)."""

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter import analytics
from jobcenter.reporting import indicators
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.writer import write_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import import_wages, participant
from jobcenter.seekers.services import seeker_set_ssn

pytestmark = pytest.mark.django_db


def exiter(personas, *, entry, ssn, center="a", **fields):
    center_obj, cm = (personas.center_a, personas.staff_a) if center == "a" else (personas.center_b, personas.staff_b)
    e = participant(job_center=center_obj, case_manager=cm, entry=entry, **fields)
    seeker_set_ssn(seeker=e.seeker, ssn=ssn)
    return e


def test_imported_wage_records_fill_employment_wages_and_retention(personas, tmp_path):
    e = exiter(personas, entry=dt.date(2024, 1, 8), ssn="401-23-4567")  # exit quarter 2024Q1
    import_wages(
        tmp_path,
        [
            "401-23-4567,43-1234567,,561320,MO,2024,3,3000.00",  # Q2 after exit: two employers
            "401-23-4567,43-7654321,,722511,MO,2024,3,1500.50",
            "401-23-4567,43-1234567,,561320,MO,2025,1,3100.00",  # Q4 after exit: same main employer
        ],
    )
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_enrollment_id"] == e.pk]
    # 3,000.00 + 1,500.50 = 4,500.50 in Q2; the main employer 43-1234567 is the same in Q4 -> 1618 = 1
    assert (row["p1602"], row["p1603"], row["p1704"], row["p1615"]) == ("1", "1", "4500.50", "561320")
    assert (row["p1606"], row["p1607"], row["p1706"], row["p1618"]) == ("1", "1", "3100.00", "1")
    # no record in Q1 and Q3 after exit, long past the two-quarter lag: not employed, $0
    assert (row["p1600"], row["p1601"], row["p1703"]) == ("0", "0", "0.00")
    assert (row["p1604"], row["p1605"], row["p1705"]) == ("0", "0", "0.00")


def test_within_the_lag_missing_wages_are_not_yet_available(personas, tmp_path):
    e = exiter(personas, entry=dt.date(2025, 1, 6), ssn="401-23-4568")  # exit quarter 2025Q1
    import_wages(tmp_path, ["401-23-4568,43-1234567,,561320,MO,2025,2,2000.00"])
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_enrollment_id"] == e.pk]
    assert (row["p1600"], row["p1703"]) == ("1", "2000.00")  # Q1 after exit = 2025Q2, matched
    assert (row["p1602"], row["p1603"], row["p1704"]) == ("9", "5", "999999.99")  # 2025Q3: 2 quarters ago at most
    assert (row["p1606"], row["p1607"], row["p1706"], row["p1618"]) == ("9", "5", "999999.99", "")


def test_the_reports_figures_agree_with_the_indicator_engine(personas, tmp_path):
    entries = [
        dt.date(2024, 10, 7),
        dt.date(2024, 11, 4),
        dt.date(2025, 1, 6),
        dt.date(2025, 2, 3),
        dt.date(2024, 5, 6),
    ]
    lines = []
    for n, entry in enumerate(entries):
        ssn = f"402-11-{1000 + n}"
        exiter(personas, entry=entry, ssn=ssn, center="a" if n % 2 else "b")
        exit_q = Quarter.of(entry)
        if n != 1:
            q2, q4 = exit_q + 2, exit_q + 4
            lines.append(f"{ssn},43-100000{n},,561320,MO,{q2.year},{q2.q},{1000 + 250 * n}.00")
            fein = f"43-100000{n}" if n % 2 == 0 else "43-9999999"
            lines.append(f"{ssn},{fein},,561320,MO,{q4.year},{q4.q},{1100 + 250 * n}.00")
    import_wages(tmp_path, lines)
    quarter = Quarter(2025, 4)
    rows = build_pirl(quarter=quarter)
    mine = indicators.compute_all(rows, quarter)["indicators"]
    path = tmp_path / "pirl.csv"
    with open(path, "w", newline="") as fh:
        write_pirl(rows, fh)
    theirs = analytics.compute_indicators(pirl=str(path), program="wagner-peyser", quarter=str(quarter))
    for key in ("employment_rate_q2", "employment_rate_q4", "retention_with_same_employer"):
        assert (mine[key]["numerator"], mine[key]["denominator"]) == (
            theirs[key]["numerator"],
            theirs[key]["denominator"],
        ), key
    assert mine["median_earnings_q2"]["denominator"] == theirs["median_earnings_q2"]["count"]
    assert Decimal(mine["median_earnings_q2"]["value"]) == Decimal(str(theirs["median_earnings_q2"]["median"]))
