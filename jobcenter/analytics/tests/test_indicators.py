"""compute_indicators: hand-computed cases for every rule, on DuckDB and Spark.

Sources: federal-specs 2 and 2.3 (TEGL 10-16 Change 3 / TAC 17-01 Attachment II; DOL opdR generate_wioa_outcomes).
PY2023 windows: ER Q2 / median exits 2022-07-01..2023-06-30; ER Q4 / credential / retention exits
2022-01-01..2022-12-31; MSG 2023-07-01..2024-06-30.
"""

import pytest

from jobcenter.analytics import compute_indicators
from jobcenter.analytics.tests.pirl_cases import exiter, pirl


def run(table, engine, program="wagner-peyser", **period):
    period = period or {"program_year": 2023}
    return compute_indicators(pirl=table, program=program, engine=engine, **period)


def by_center(result, indicator):
    return {
        k: (v[indicator]["numerator"], v[indicator]["denominator"])
        for k, v in result["breakdowns"]["job_center"].items()
    }


def test_employment_rate_counts_codes_1_2_3_as_employed(engine):
    # 1, 2, 3 employed; 0 not: 3 / 4 = 0.75 in Q2. Q4: 1 and 0 -> 1/2 (the other two Q4 are 9: left out)
    r = run(pirl(exiter(q2="1"), exiter(q2="2"), exiter(q2="3", q4="9"), exiter(q2="0", q4="0", earnings="0")), engine)
    assert r["employment_rate_q2"] == {"numerator": 3, "denominator": 4, "rate": 0.75}
    assert r["employment_rate_q4"] == {"numerator": 2, "denominator": 3, "rate": 0.6667}


def test_the_nines_leave_records_out_until_data_arrive(engine):
    # employed 9 -> out of ER Q2 and median; type of match 5 -> out of the median; earnings 999999.99 or blank ->
    # in ER (employed), out of the median
    r = run(
        pirl(
            exiter(earnings="500.00"),
            exiter(q2="9", earnings="999999.99"),
            exiter(q2="1", earnings="700.00", p1603="5"),
            exiter(q2="1", earnings="999999.99"),
            exiter(q2="1", earnings=""),
        ),
        engine,
    )
    assert r["employment_rate_q2"] == {"numerator": 4, "denominator": 4, "rate": 1.0}
    assert r["median_earnings_q2"] == {"count": 1, "median": 500.0}


@pytest.mark.parametrize(
    ("program", "excluded"),
    [
        # Table A 01-04 and Table C 07 for W-P; 05 (foster care) only for Youth; 06 is VR-only
        ("wagner-peyser", {"01", "02", "03", "04", "07"}),
        ("youth", {"01", "02", "03", "04", "05", "07"}),
    ],
)
def test_each_other_reason_for_exit_code(engine, program, excluded):
    flag = {"wagner-peyser": {"p918": "1"}, "youth": {"p918": "0", "p905": "1"}}[program]
    codes = ["00", "01", "02", "03", "04", "05", "06", "07"]
    r = run(pirl(*[exiter(p923=c, job_center=f"code {c}", p1618="1", **flag) for c in codes]), engine, program=program)
    for indicator in ("employment_rate_q2", "employment_rate_q4", "retention_with_same_employer"):
        got = by_center(r, indicator)
        assert {c for c in codes if f"code {c}" not in got or got[f"code {c}"] == (0, 0)} == excluded, indicator
    assert r["employment_rate_q2"]["denominator"] == 8 - len(excluded)
    assert r["median_earnings_q2"]["count"] == 8 - len(excluded)


def test_median_of_an_even_count_is_the_mean_of_the_two_middle_values(engine):
    # sorted 100.00, 200.00, 300.00, 1000.01 -> (200.00 + 300.00) / 2 = 250.00; $0 and not-employed left out
    r = run(
        pirl(
            exiter(earnings="300.00"),
            exiter(earnings="1000.01"),
            exiter(earnings="100.00"),
            exiter(earnings="200.00"),
            exiter(earnings="0", q2="1"),
            exiter(earnings="5000.00", q2="0"),
            exiter(earnings="100.01", job_center="A"),
            exiter(earnings="100.02", job_center="A"),
            exiter(earnings="7.00", job_center="B"),
        ),
        engine,
    )
    # all: 7.00, 100.00, 100.01, 100.02, 200.00, 300.00, 1000.01 -> 7 values, middle = 100.02
    assert r["median_earnings_q2"] == {"count": 7, "median": 100.02}
    centers = r["breakdowns"]["job_center"]
    assert centers["A"]["median_earnings_q2"] == {"count": 2, "median": 100.015}  # half a cent, exact
    assert centers["B"]["median_earnings_q2"] == {"count": 1, "median": 7.0}
    assert centers["Not recorded"]["median_earnings_q2"] == {"count": 4, "median": 250.0}


@pytest.mark.parametrize(
    ("period", "inside", "outside"),
    [
        ({"program_year": 2023}, ["20220701", "20230630"], ["20220630", "20230701"]),
        ({"quarter": "2024Q3"}, ["20221001", "20230930"], ["20220930", "20231001"]),
    ],
)
def test_both_edges_of_the_q2_window(engine, period, inside, outside):
    dates = inside + outside
    r = run(pirl(*[exiter(exit_date=d, job_center=d) for d in dates]), engine, **period)
    got = by_center(r, "employment_rate_q2")
    assert {d for d in dates if got.get(d, (0, 0))[1] == 1} == set(inside)


@pytest.mark.parametrize(
    ("period", "inside", "outside"),
    [
        ({"program_year": 2023}, ["20220101", "20221231"], ["20211231", "20230101"]),
        ({"quarter": "2024Q3"}, ["20220401", "20230331"], ["20220331", "20230401"]),
    ],
)
def test_both_edges_of_the_q4_window(engine, period, inside, outside):
    dates = inside + outside
    r = run(pirl(*[exiter(exit_date=d, job_center=d, p1618="1") for d in dates]), engine, **period)
    for indicator in ("employment_rate_q4", "retention_with_same_employer"):
        got = by_center(r, indicator)
        assert {d for d in dates if got.get(d, (0, 0))[1] == 1} == set(inside), indicator


def test_co_enrolled_people_count_in_each_of_their_programs(engine):
    table = pirl(
        exiter(p903="1", job_center="both"),  # W-P and Adult
        exiter(p918="0", p903="2", q2="0", job_center="adult only"),
        exiter(job_center="W-P only"),
        exiter(p918="2", job_center="reportable individual"),  # 918=2 is not a W-P participant
    )
    wp = run(table, engine)
    adult = run(table, engine, program="adult")
    assert wp["employment_rate_q2"] == {"numerator": 2, "denominator": 2, "rate": 1.0}
    assert adult["employment_rate_q2"] == {"numerator": 1, "denominator": 2, "rate": 0.5}
    assert set(by_center(adult, "employment_rate_q2")) == {"both", "adult only"}


def test_dislocated_worker_includes_rapid_response_additional_assistance(engine):
    table = pirl(exiter(p918="0", p904="3"), exiter(p918="0", p909="1"), exiter(p918="0", p904="4"))
    r = run(table, engine, program="dislocated-worker")
    assert r["employment_rate_q2"]["denominator"] == 2


def test_youth_count_education_or_training_as_well_as_employment(engine):
    youth = {"p918": "0", "p905": "1"}
    table = pirl(
        exiter(q2="1", **youth),
        exiter(q2="0", earnings="0", p1900="2", **youth),  # postsecondary education, not employed
        exiter(q2="9", earnings="", p1900="1", **youth),  # no wage data yet, but in training: counted
        exiter(q2="9", earnings="", p1900="0", **youth),  # not yet available: left out
        exiter(q2="0", earnings="0", p1900="0", **youth),
    )
    r = run(table, engine, program="youth")
    assert r["employment_rate_q2"] == {
        "numerator": 3, "denominator": 4, "rate": 0.75, "employed": 1, "education_or_training": 2
    }  # fmt: skip
    assert r["median_earnings_q2"]["count"] == 1


def test_credential_attainment_for_title_i(engine):
    adult = {"p918": "0", "p903": "1", "p901": "20220315"}  # Q4 cohort; one year after exit = 20230315
    table = pirl(
        exiter(**adult, p1303="6", p1800="5", p1801="20230315"),  # occupational certificate on the last day: yes
        exiter(**adult, p1303="6", p1800="5", p1801="20230316"),  # one day late: no
        exiter(**adult, p1303="10", p1800="1", p1801="20220301"),  # diploma + employed Q2: yes
        exiter(**adult, p1303="6", q2="0", q4="0", p1800="1", p1801="20220301"),  # diploma only: no
        exiter(**adult, p1303="6", q2="0", q4="0", p1800="1", p1801="20220301", p1406="20221001"),  # + enrolled: yes
        exiter(**adult, p1303="1", p1800="5", p1801="20220401"),  # OJT only: not in the denominator
        exiter(**adult, p1303="5"),  # customized training only: not in the denominator
        exiter(**adult, p1332="1"),  # postsecondary during participation, no credential: denominator only
        exiter(**adult, p408="0", p1401="1", p923="03"),  # excluded (deceased)
    )
    r = run(table, engine, program="adult")
    assert r["credential_attainment"] == {"numerator": 3, "denominator": 6, "rate": 0.5}
    assert run(table, engine)["credential_attainment"] is None  # not for Wagner-Peyser


def test_measurable_skill_gains(engine):
    adult = {"p918": "0", "p903": "1", "p901": ""}
    table = pirl(
        {**adult, "p1811": "20230901", "p1806": "20240115"},  # in training, EFL gain in the PY: yes
        {**adult, "p1811": "20230101", "p1813": "20230701", "p1809": "20230701"},  # ended on the first day: yes
        {**adult, "p1811": "20230101", "p1813": "20230630", "p1809": "20230615"},  # ended before the PY: out
        {**adult, "p1811": "20240630", "p1810": "20240701"},  # gain after the PY: denominator only
        {**adult, "p1811": "20240701", "p1806": "20240701"},  # starts after the PY: out
        {**adult, "p1811": "20230801", "p1800": "1", "p1801": "20231231"},  # diploma during the PY: yes
        {**adult, "p1811": "20230801", "p1806": "20231001", "p923": "02"},  # excluded (health)
    )
    r = run(table, engine, program="adult")
    assert r["measurable_skill_gains"] == {"numerator": 3, "denominator": 4, "rate": 0.75}


def test_retention_with_the_same_employer(engine):
    table = pirl(
        exiter(p1618="1"),
        exiter(p1618="0"),
        exiter(q2="0", earnings="0", p1618="0"),  # not employed in Q2: not in the denominator
        exiter(exit_date="20230315", p1618="1"),  # outside the Q4 window
    )
    r = run(table, engine)
    assert r["retention_with_same_employer"] == {"numerator": 1, "denominator": 2, "rate": 0.5}


def test_breakdowns_by_veteran_status_msfw_sex_race_age_and_region(engine):
    table = pirl(
        # entry 2022-01-10, born 1997-01-11 -> 24 at entry; born 1997-01-10 -> 25
        exiter(p300="1", p413="2", p201="2", p212="1", p215="1", p200="19970111", p900="20220110", region="Central"),
        exiter(p300="0", p413="0", p201="1", p213="1", p200="19970110", p900="20220110", region="Central", q2="0"),
        exiter(p300="9", p201="9", p200="19600101", p900="20220110"),
    )
    b = run(table, engine)["breakdowns"]

    def den(dim):
        return {k: v["employment_rate_q2"]["denominator"] for k, v in b[dim].items()}

    assert den("veteran_status") == {"Veteran": 1, "Not a veteran": 1, "Not known": 1}
    assert den("msfw") == {"Migrant farmworker": 1, "Not a farmworker": 2}
    assert den("sex") == {"Female": 1, "Male": 1, "Did not self-identify": 1}
    assert den("race") == {"Asian": 1, "White": 1, "Black or African American": 1}
    assert den("age_group") == {"19 to 24": 1, "25 to 44": 1, "60 and over": 1}
    assert den("region") == {"Central": 2, "Not recorded": 1}
    assert b["region"]["Central"]["employment_rate_q2"] == {"numerator": 1, "denominator": 2, "rate": 0.5}


def test_reportable_individuals_never_enter_the_indicators(engine):
    # PIRL 918 = 2 records (no 900/901, only a last-contact date 1007) sit in the same file as the participants'
    # records; only participants (918 = 1) are measured (federal-specs 2.1; DOL opdR: W-P = 918 == 1).
    reportable = {"p918": "2", "p900": "", "p901": "", "p923": "", "p1007": "20221015", "job_center": "RI"}
    table = pirl(exiter(), exiter(q2="0", q4="0", earnings="0"), reportable, {**reportable, "p1007": "20230301"})
    r = run(table, engine)
    assert r["employment_rate_q2"] == {"numerator": 1, "denominator": 2, "rate": 0.5}
    assert r["median_earnings_q2"] == {"count": 1, "median": 1000.0}
    assert "RI" not in r["breakdowns"]["job_center"]
