"""Use of supplemental data in reporting (policy B; federal-specs 2 and 2.4): each rule on both sides."""

from jobcenter.followup.rules import QuarterOutcome, in_median, quarter_outcome

EMPLOYED_FACT = {"employed": True, "earnings_cents": 612000}
NOT_EMPLOYED_FACT = {"employed": False, "earnings_cents": None}


def test_a_direct_match_wins_over_supplemental_data():
    got = quarter_outcome(direct_code=1, direct_wages_cents=450000, fact=EMPLOYED_FACT)
    assert got == QuarterOutcome(True, 1, 450000)


def test_federal_and_military_records_are_direct_matches_too():
    assert quarter_outcome(direct_code=2, direct_wages_cents=10, fact=EMPLOYED_FACT).type_of_match == 2
    assert quarter_outcome(direct_code=3, direct_wages_cents=10, fact=None).type_of_match == 3


def test_without_a_direct_match_supplemental_employment_counts_as_type_4_with_its_earnings():
    got = quarter_outcome(direct_code=0, direct_wages_cents=0, fact=EMPLOYED_FACT)
    assert got == QuarterOutcome(True, 4, 612000)
    assert in_median(got)


def test_supplemental_not_employed_is_not_employed_and_left_out_of_the_median():
    got = quarter_outcome(direct_code=0, direct_wages_cents=0, fact=NOT_EMPLOYED_FACT)
    assert got == QuarterOutcome(False, 0, 0)
    assert not in_median(got)


def test_no_wage_match_and_no_supplemental_data_is_not_employed():
    got = quarter_outcome(direct_code=0, direct_wages_cents=None, fact=None)
    assert got == QuarterOutcome(False, 0, 0)
    assert not in_median(got)


def test_wages_not_yet_available_without_supplemental_data_stay_not_yet_available():
    assert quarter_outcome(direct_code=5, direct_wages_cents=None, fact=None) == QuarterOutcome(None, 5, None)


def test_supplemental_data_fills_a_quarter_whose_wages_are_not_yet_available():
    assert quarter_outcome(direct_code=5, direct_wages_cents=None, fact=EMPLOYED_FACT).type_of_match == 4


def test_employed_with_zero_earnings_is_left_out_of_the_median():
    assert not in_median(QuarterOutcome(True, 4, 0))
