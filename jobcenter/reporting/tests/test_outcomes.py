"""Outcome rules after exit (federal-specs 1.5 and 2; TEGL 26-16; Oklahoma supplemental wage policy B)."""

from jobcenter.reporting.pirl.outcomes import (
    NOT_AVAILABLE,
    NOT_EMPLOYED,
    SupplementalFact,
    WageMatch,
    quarter_outcome,
    retention_same_employer,
)
from jobcenter.reporting.quarters import Quarter

T = Quarter(2025, 2)


def outcome(direct=(), supplemental=None, as_of=Quarter(2025, 4), loaded=True):
    return quarter_outcome(
        direct=list(direct), supplemental=supplemental, target=T, as_of=as_of, lag_quarters=2, wage_data_loaded=loaded
    )


def test_a_ui_wage_record_is_type_1_with_the_total_of_every_employer():
    o = outcome([WageMatch(1, 300_000, "43-1234567"), WageMatch(1, 150_050, "43-7654321")])
    # 3,000.00 + 1,500.50 = 4,500.50; the highest-paying employer identifies the job
    assert (o.employed, o.type_of_match, o.wages, o.employer_id) == ("1", "1", "4500.50", "431234567")


def test_direct_wage_records_win_over_supplemental_information():
    o = outcome([WageMatch(1, 100_000, "1")], SupplementalFact(True, 900_000, "2"))
    assert (o.type_of_match, o.wages) == ("1", "1000.00")


def test_the_source_with_the_greatest_earnings_gives_the_type_of_match():
    o = outcome([WageMatch(1, 100_000, "A"), WageMatch(3, 250_000, "B")])
    # military 2,500.00 > UI 1,000.00 -> type 3; wages are the quarter's total 3,500.00
    assert (o.type_of_match, o.wages) == ("3", "3500.00")


def test_supplemental_information_is_type_4_only_when_no_direct_match_shows_earnings():
    o = outcome([WageMatch(0, 0, "")], SupplementalFact(True, 420_000, "43-1234567"))
    assert (o.employed, o.type_of_match, o.wages) == ("1", "4", "4200.00")


def test_supplemental_employment_without_an_amount_keeps_wages_not_available():
    o = outcome(supplemental=SupplementalFact(True, None, ""))
    assert (o.employed, o.type_of_match, o.wages) == ("1", "4", "999999.99")


def test_a_documented_no_from_supplemental_information_is_not_employed():
    assert outcome(supplemental=SupplementalFact(False, None, "")) == NOT_EMPLOYED


# Lag of two quarters (TEGL 10-16 Chg 3): target 2025Q2 -> still pending in 2025Q3, final (0) from 2025Q4.
def test_no_data_one_quarter_after_the_target_is_not_yet_available():
    assert outcome(as_of=Quarter(2025, 3)) == NOT_AVAILABLE


def test_no_data_two_quarters_after_the_target_becomes_zero_for_good():
    assert outcome(as_of=Quarter(2025, 4)) == NOT_EMPLOYED
    assert NOT_EMPLOYED.wages == "0.00" and NOT_EMPLOYED.type_of_match == "0"


def test_a_future_quarter_or_a_missing_wage_engine_is_never_zero():
    assert outcome(as_of=Quarter(2025, 1)) == NOT_AVAILABLE
    assert outcome(as_of=Quarter(2026, 4), loaded=False) == NOT_AVAILABLE


def test_retention_needs_the_same_employer_in_q2_and_q4():
    a = outcome([WageMatch(1, 100, "43-1234567")])
    same = outcome([WageMatch(1, 900, "431234567")])
    other = outcome([WageMatch(1, 900, "99-0000000")])
    assert retention_same_employer(a, same) == "1"
    assert retention_same_employer(a, other) == "0"
    assert retention_same_employer(a, NOT_EMPLOYED) == "0"
    assert retention_same_employer(a, NOT_AVAILABLE) == ""


def test_the_engines_own_answer_decides_pending_or_zero_when_there_is_no_paying_match():
    assert outcome([WageMatch(5, 0)], as_of=Quarter(2026, 4)) == NOT_AVAILABLE
    assert outcome([WageMatch(0, 0)], as_of=Quarter(2025, 3)) == NOT_EMPLOYED
    assert outcome([WageMatch(5, 0)], SupplementalFact(True, 100_00, "")).type_of_match == "4"


def test_the_industry_is_the_main_employers_naics_999999_when_unknown_and_blank_without_employment():
    o = outcome([WageMatch(1, 300_000, "A", "561320"), WageMatch(1, 100_000, "B", "")])
    assert o.naics == "561320"
    assert outcome([WageMatch(1, 300_000, "A", ""), WageMatch(1, 100_000, "B", "722511")]).naics == "999999"
    assert outcome(supplemental=SupplementalFact(True, 420_000, "", naics="62")).naics == "62"  # the document's sector
    assert outcome(supplemental=SupplementalFact(True, None, "")).naics == "999999"
    assert outcome([WageMatch(0, 0, "")]).naics == "" and outcome(as_of=Quarter(2025, 3)).naics == ""
