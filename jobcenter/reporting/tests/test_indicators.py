"""Wagner-Peyser indicators of the report, hand-computed (federal-specs 2 and 2.3; TEGL 10-16 Chg 3)."""

from decimal import Decimal

import pytest

from jobcenter.reporting.indicators import BY_KEY, compute, median
from jobcenter.reporting.quarters import Quarter

REPORT = Quarter(2024, 3)  # ER Q2 cohort: exits 10/1/2022-9/30/2023; ER Q4 cohort: 4/1/2022-3/31/2023
_ids = iter(range(1, 10_000))


def row(exit_date="20230115", q2="1", w2="5000.00", q4="1", same="1", p918="1", p923="00"):
    return {
        "_enrollment_id": next(_ids),
        "p901": exit_date,
        "p918": p918,
        "p923": p923,
        "p1602": q2,
        "p1704": w2,
        "p1606": q4,
        "p1618": same,
    }


def fig(key, rows):
    f = compute(rows, BY_KEY[key], REPORT)
    return f["numerator"], f["denominator"], f["value"]


def test_employment_rate_q2_counts_employed_of_exiters():
    rows = [row(), row(q2="0", w2="0.00"), row(q2="3"), row(q2="0", w2="0.00")]
    # employed codes 1, 2, 3 count -> 2 of 4 = 50.0%
    assert fig("employment_rate_q2", rows) == (2, 4, "50.0")


@pytest.mark.parametrize("code", ["01", "02", "03", "04", "07"])
def test_exits_for_table_a_and_c_reasons_are_left_out(code):
    assert fig("employment_rate_q2", [row(), row(p923=code)]) == (1, 1, "100.0")


def test_foster_care_is_a_youth_exclusion_and_does_not_apply_to_wagner_peyser():
    assert fig("employment_rate_q2", [row(p923="05", q2="0")]) == (0, 1, "0.0")


def test_not_yet_available_is_left_out_until_data_arrive():
    assert fig("employment_rate_q2", [row(), row(q2="9", w2="999999.99")]) == (1, 1, "100.0")


def test_reportable_individuals_are_not_in_indicators():
    assert fig("employment_rate_q2", [row(p918="2")]) == (0, 0, None)


@pytest.mark.parametrize(
    ("exit_date", "in_q2", "in_q4"),
    [
        ("20220930", False, True),  # day before the ER Q2 window
        ("20221001", True, True),  # first day of the ER Q2 window
        ("20230331", True, True),  # last day of the ER Q4 window
        ("20230401", True, False),  # day after the ER Q4 window
        ("20230930", True, False),  # last day of the ER Q2 window
        ("20231001", False, False),  # day after it
        ("20220331", False, False),  # day before the ER Q4 window
        ("20220401", False, True),  # first day of the ER Q4 window
    ],
)
def test_both_edges_of_each_cohort_window(exit_date, in_q2, in_q4):
    assert fig("employment_rate_q2", [row(exit_date=exit_date)])[1] == int(in_q2)
    assert fig("employment_rate_q4", [row(exit_date=exit_date)])[1] == int(in_q4)


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    rows = [row(w2="1000.00"), row(w2="3000.00"), row(w2="2000.00"), row(w2="4000.01")]
    # sorted 1000, 2000, 3000, 4000.01 -> (2000 + 3000) / 2 = 2500.00
    assert fig("median_earnings_q2", rows) == (4, 4, "2500.00")


def test_median_leaves_out_zero_not_available_and_not_employed():
    rows = [row(w2="1500.00"), row(w2="0.00"), row(w2="999999.99"), row(q2="0", w2="0.00"), row(q2="9", w2="")]
    assert fig("median_earnings_q2", rows) == (1, 1, "1500.00")
    assert median([Decimal("1"), Decimal("2"), Decimal("10")]) == Decimal("2.00")


def test_retention_denominator_is_employed_in_q2_with_q4_known():
    rows = [row(), row(same="0"), row(q2="0", same="0"), row(q4="9", same="")]
    # den: rows 1,2 (row 3 not employed Q2; row 4 Q4 not yet known); num: row 1 -> 50.0%
    assert fig("retention_with_same_employer", rows) == (1, 2, "50.0")


def test_members_are_the_periods_behind_each_figure():
    a, b = row(), row(q2="0", w2="0.00")
    f = compute([a, b], BY_KEY["employment_rate_q2"], REPORT)
    assert f["members"] == {
        "denominator": [a["_enrollment_id"], b["_enrollment_id"]],
        "numerator": [a["_enrollment_id"]],
    }
