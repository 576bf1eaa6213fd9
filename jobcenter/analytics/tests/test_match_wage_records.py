"""match_wage_records: type of match, greatest earnings, employers, the two-quarter lag (federal-specs 1.5, 3).

Wage rows go through the real importer (CSV files), so the hashes are the ones job seekers get.
"""

import datetime as dt

import pytest

from jobcenter import analytics
from jobcenter.seekers.services import ssn_hash
from jobcenter.wages.services import wage_file_import

pytestmark = pytest.mark.django_db

HEADER = "ssn,employer_fein,ui_account,naics,state,year,quarter,wages\n"
ANN, BOB, CAL = "123456789", "234567890", "345678901"


def load(tmp_path, name, source, lines):
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines))
    wage_file_import(path=path, source=source)


@pytest.fixture
def wages(wage_dir, tmp_path):
    load(
        tmp_path,
        "mo.csv",
        "ui",
        [
            # Ann, 2024Q2: two in-state jobs (1,000.00 + 500.00) ...
            f"{ANN},111111111,,561320,MO,2024,2,1000.00",
            f"{ANN},,MO77,722511,MO,2024,2,500.00",
            # Ann, 2024Q4: same main employer as Q2
            f"{ANN},111111111,,561320,MO,2024,4,1200.00",
            # Bob, 2024Q2: a $0 record only (not employment)
            f"{BOB},222222222,,,MO,2024,2,0",
            # Cal, 2024Q2: in-state 700.00
            f"{CAL},333333333,,,MO,2024,2,700.00",
        ],
    )
    # ... plus out-of-state (SWIS) 300.00 for Ann: UI total 1,800.00
    load(tmp_path, "swis.csv", "swis", [f"{ANN},444444444,,,KS,2024,2,300.00"])
    # Cal also has a federal job paying more (900.00 > 700.00) -> type 2; military for Cal in 2024Q4
    load(tmp_path, "fed.csv", "federal", [f"{CAL},,OPM,,DC,2024,2,900.00"])
    load(tmp_path, "mil.csv", "military", [f"{CAL},,ARMY,,TX,2024,4,2500.00"])


def rows(df):
    return {(r["person_id"], r["q_after_exit"]): r for r in df.to_dict("records")}


EXITERS = [
    # exit 2023-12-15 (2023Q4): Q1 after = 2024Q1, Q2 = 2024Q2, Q3 = 2024Q3, Q4 = 2024Q4
    {"person_id": "ann", "ssn_hash": ssn_hash(ANN), "exit_date": "2023-12-15"},
    {"person_id": "bob", "ssn_hash": ssn_hash(BOB), "exit_date": dt.date(2023, 10, 1)},
    {"person_id": "cal", "ssn_hash": ssn_hash(CAL), "exit_date": "20231231"},
    {"person_id": "dee", "ssn_hash": "", "exit_date": "2023-11-30"},  # no SSN: never matched
]


def test_types_of_match_greatest_earnings_and_employers(wages, engine):
    # as of 2025-05-01 (2025Q2): 2024Q4 is two quarters back -> still in the lag; 2024Q3 is three back -> final.
    out = rows(analytics.match_wage_records(exiters=EXITERS, engine=engine, as_of=dt.date(2025, 5, 1)))

    ann2 = out[("ann", 2)]
    # UI 1,000 + 500 + SWIS 300 = 1,800.00, one source group (type 1); main employer pays 1,000.00
    assert (ann2["year"], ann2["quarter"], ann2["employed_code"], ann2["wages_cents"]) == (2024, 2, 1, 180000)
    assert (ann2["employer_id"], ann2["naics"]) == ("111111111", "561320")
    assert out[("ann", 4)]["employer_id"] == "111111111" and out[("ann", 4)]["wages_cents"] == 120000
    # Cal: federal 900.00 beats UI 700.00 -> type 2; total earnings 1,600.00; main employer the federal one
    cal2 = out[("cal", 2)]
    assert (cal2["employed_code"], cal2["wages_cents"], cal2["employer_id"]) == (2, 160000, "DC:OPM")
    assert (out[("cal", 4)]["employed_code"], out[("cal", 4)]["wages_cents"]) == (3, 250000)
    # Bob's only record is $0: not employed, and 2024Q2 is past the lag -> 0 with $0
    assert (out[("bob", 2)]["employed_code"], out[("bob", 2)]["wages_cents"]) == (0, 0)
    assert out[("bob", 2)]["employer_id"] is None


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # 2024Q3 with no wages: as of 2024Q4 (1 quarter later) and 2025Q1 (2 later) -> 5; 2025Q2 (3 later) -> 0
        (dt.date(2024, 12, 31), (5, None)),
        (dt.date(2025, 3, 31), (5, None)),
        (dt.date(2025, 4, 1), (0, 0)),
    ],
)
def test_the_two_quarter_wage_lag(wages, engine, as_of, expected):
    out = rows(analytics.match_wage_records(exiters=EXITERS[:1], quarters_after_exit=(3,), engine=engine, as_of=as_of))
    got = out[("ann", 3)]
    assert (got["year"], got["quarter"]) == (2024, 3)
    wages_cents = None if got["wages_cents"] is None or str(got["wages_cents"]) == "<NA>" else got["wages_cents"]
    assert (got["employed_code"], wages_cents) == expected
    assert len(out) == 1


def test_without_an_ssn_there_is_no_match_and_no_wage_store_is_needed(wage_dir, engine):
    out = rows(analytics.match_wage_records(exiters=EXITERS[3:], engine=engine, as_of=dt.date(2026, 1, 1)))
    assert [(q, r["employed_code"], r["wages_cents"]) for (_, q), r in sorted(out.items())] == [
        (1, 0, 0), (2, 0, 0), (3, 0, 0), (4, 0, 0)
    ]  # fmt: skip


def test_ties_go_to_the_lower_type_of_match_and_the_lowest_employer_id(wage_dir, tmp_path, engine):
    eve = "456789012"
    # 2024Q2: UI 500.00 from employer 999999999 and federal 500.00 from DC:OPM -> a tie between types 1 and 2
    load(tmp_path, "ui.csv", "ui", [f"{eve},999999999,,561320,MO,2024,2,500.00"])
    load(tmp_path, "fed.csv", "federal", [f"{eve},,OPM,921190,DC,2024,2,500.00"])
    # 2024Q3: UI 400.00 from each of two employers -> a tie between employers; federal 100.00 (UI wins on amount)
    load(
        tmp_path,
        "ui3.csv",
        "ui",
        [f"{eve},888888888,,236220,MO,2024,3,400.00", f"{eve},777777777,,445110,MO,2024,3,400.00"],
    )
    load(tmp_path, "fed3.csv", "federal", [f"{eve},,OPM,921190,DC,2024,3,100.00"])
    exiter = [{"person_id": "eve", "ssn_hash": ssn_hash(eve), "exit_date": "2023-12-15"}]
    out = rows(analytics.match_wage_records(exiters=exiter, engine=engine, as_of=dt.date(2026, 1, 1)))

    q2, q3 = out[("eve", 2)], out[("eve", 3)]
    assert (q2["employed_code"], q2["wages_cents"]) == (1, 100000)  # tie 500/500: type 1 (UI) before 2 (federal)
    assert (q2["employer_id"], q2["naics"]) == ("999999999", "561320")  # "999999999" < "DC:OPM"
    assert (q3["employed_code"], q3["wages_cents"]) == (1, 90000)
    assert (q3["employer_id"], q3["naics"]) == ("777777777", "445110")  # tie 400/400: the lowest employer id


def test_negative_offsets_from_an_entry_date_give_the_quarters_before_participation(wages, engine):
    # PIRL 1700-1702 / 404-406: the entry date goes in as the "exit" date and the quarters are -1, -2, -3.
    # Ann enters 2025-01-20 (2025Q1): -1 = 2024Q4, -2 = 2024Q3, -3 = 2024Q2. Cal enters 2024-10-01 (2024Q4).
    entrants = [
        {"person_id": "ann", "ssn_hash": ssn_hash(ANN), "exit_date": "2025-01-20"},
        {"person_id": "cal", "ssn_hash": ssn_hash(CAL), "exit_date": dt.date(2024, 10, 1)},
    ]
    out = rows(
        analytics.match_wage_records(
            exiters=entrants, quarters_after_exit=(-1, -2, -3), engine=engine, as_of=dt.date(2025, 4, 1)
        )
    )
    assert sorted(out) == [(p, k) for p in ("ann", "cal") for k in (-3, -2, -1)]
    ann = {k: (out[("ann", k)]["year"], out[("ann", k)]["quarter"]) for k in (-1, -2, -3)}
    assert ann == {-1: (2024, 4), -2: (2024, 3), -3: (2024, 2)}
    assert (out[("ann", -1)]["employed_code"], out[("ann", -1)]["wages_cents"]) == (1, 120000)
    assert (out[("ann", -3)]["wages_cents"], out[("ann", -3)]["naics"]) == (180000, "561320")
    # 2024Q3 had no wages and, as of 2025Q2, is three quarters back: final, not employed
    assert (out[("ann", -2)]["employed_code"], out[("ann", -2)]["wages_cents"]) == (0, 0)
    # Cal: -2 = 2024Q2, federal 900.00 beats UI 700.00; -1 = 2024Q3 no wages; -3 = 2024Q1 no wages
    assert (out[("cal", -2)]["employed_code"], out[("cal", -2)]["wages_cents"]) == (2, 160000)
    assert out[("cal", -1)]["employed_code"] == 0 and out[("cal", -3)]["employed_code"] == 0


def test_a_quarter_before_entry_still_within_the_lag_is_not_yet_available(wages, engine):
    # Entry 2025-01-20; as of 2025-03-31 (2025Q1) the 1st quarter before (2024Q4, wages 1,200.00) is matched and
    # 2024Q3 (no wages, two quarters back) is still within the lag -> 5, while 2024Q2 is matched (three back).
    entrant = [{"person_id": "ann", "ssn_hash": ssn_hash(ANN), "exit_date": "2025-01-20"}]
    out = rows(
        analytics.match_wage_records(
            exiters=entrant, quarters_after_exit=(-1, -2, -3), engine=engine, as_of=dt.date(2025, 3, 31)
        )
    )
    assert [out[("ann", k)]["employed_code"] for k in (-1, -2, -3)] == [1, 5, 1]
