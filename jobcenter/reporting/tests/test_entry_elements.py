"""PIRL elements about the person before participation: 402 and 403 from the résumé, 404-406 and 1700-1702 from
the wage store; 935 and 108-B/C (DOL PIRL public-use layout PY2022 Q4; federal-specs 1.1-1.3, 1.5; ADR 0041)."""

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter.accounts.models import JobCenter, Region
from jobcenter.cases import services
from jobcenter.core import clock
from jobcenter.reporting import wage_sources
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.entry import long_term_unemployed, prior_occupation
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import import_wages, participant
from jobcenter.seekers.models import OccupationSource, SeekerOccupation, WorkHistory
from jobcenter.seekers.services import seeker_set_ssn

pytestmark = pytest.mark.django_db
ENTRY = dt.date(2025, 1, 6)  # 2025Q1: 1st quarter prior 2024Q4, 2nd 2024Q3, 3rd 2024Q2


@pytest.fixture
def world(personas):
    personas.center_a.region.lwdb_code = "29010"
    personas.center_a.region.save()
    return personas


def job(start, end=None, code="", title="Warehouse worker", wage=None, unit="hour", pk=None):
    return WorkHistory(
        pk=pk, employer_name="Acme", title=title, onet_soc_code=code, start_date=start, end_date=end, wage=wage,
        wage_unit=unit,
    )  # fmt: skip


# --- 402 long-term unemployed at entry: 27 weeks = 190 days after the last day worked ---------------------------


@pytest.mark.parametrize(
    ("status", "jobs", "expected"),
    [
        ("0", [job(dt.date(2020, 1, 1), ENTRY - dt.timedelta(days=190))], "1"),  # 27 weeks unemployed
        ("0", [job(dt.date(2020, 1, 1), ENTRY - dt.timedelta(days=189))], "0"),  # a day short
        # the most recent job counts, not an older one that ended long ago
        ("0", [job(dt.date(2010, 1, 1), dt.date(2012, 1, 1)), job(dt.date(2024, 9, 1), dt.date(2024, 12, 1))], "0"),
        ("0", [job(dt.date(2020, 1, 1))], "0"),  # still held at entry
        ("0", [job(ENTRY + dt.timedelta(days=10))], ""),  # only a job begun after entry: not known
        ("0", [], ""),  # no work history: how long is not known
        ("1", [], "0"),  # employed at entry
        ("3", [job(dt.date(2020, 1, 1), dt.date(2021, 1, 1))], "0"),  # not in the labour force
        ("", [job(dt.date(2020, 1, 1), dt.date(2021, 1, 1))], ""),  # employment status not recorded
    ],
)
def test_long_term_unemployed_at_entry(status, jobs, expected):
    assert long_term_unemployed(status, jobs, ENTRY) == expected


# --- 403 occupation of the most recent job before participation -------------------------------------------------


def test_the_most_recent_job_before_entry_gives_the_occupation_with_its_own_code():
    jobs = [
        job(dt.date(2015, 1, 1), dt.date(2019, 1, 1), code="53-3032.00"),
        job(dt.date(2019, 2, 1), dt.date(2024, 6, 30), code="53-7051.00"),
        job(ENTRY + dt.timedelta(days=30), code="29-1141.00"),  # begun after entry: not "prior to participation"
    ]
    assert prior_occupation(jobs, [], ENTRY) == "53705100"


def test_of_jobs_held_at_the_same_time_the_one_paying_the_most_per_year():
    jobs = [
        job(dt.date(2022, 1, 1), code="53-7051.00", wage=Decimal("20.00"), unit="hour", pk=1),  # 41,600 a year
        job(dt.date(2023, 1, 1), code="43-5071.00", wage=Decimal("40000"), unit="year", pk=2),
    ]
    assert prior_occupation(jobs, [], ENTRY) == "53705100"
    jobs[1].wage = Decimal("42000")
    assert prior_occupation(jobs, [], ENTRY) == "43507100"


def test_a_job_without_a_code_uses_the_coders_code_for_its_title_and_follows_a_staff_correction():
    jobs = [job(dt.date(2020, 1, 1), dt.date(2024, 10, 1), title="Forklift driver")]
    coder = SeekerOccupation(code="53-7051.00", basis="Work history: Forklift driver", confidence=0.8)
    other = SeekerOccupation(code="53-7062.00", basis="Work history: Laborer", confidence=0.9)
    assert prior_occupation(jobs, [other, coder], ENTRY) == "53705100"
    coder.applies, coder.source = False, OccupationSource.STAFF  # staff replaced it ...
    staff = SeekerOccupation(code="53-7062.00", basis="Corrected from 53-7051.00 Industrial Truck", applies=True)
    assert prior_occupation(jobs, [coder, staff], ENTRY) == "53706200"  # ... with this one
    assert prior_occupation(jobs, [other], ENTRY) == ""  # nothing known for this title: blank


def test_402_and_403_in_the_record(world):
    e = participant(
        job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY, exit=False, employment_status="0"
    )
    WorkHistory.objects.create(
        seeker=e.seeker, employer_name="Acme", title="Forklift driver", onet_soc_code="53-7051.00",
        start_date=dt.date(2019, 3, 1), end_date=dt.date(2024, 5, 31),
    )  # fmt: skip
    with clock.frozen(dt.datetime(2025, 3, 1, 9)):
        [row] = build_pirl(quarter=Quarter(2025, 1))
    assert (row["p402"], row["p403"]) == ("1", "53705100")
    assert edits.check_records([row]) == []


# --- 1700-1702 wages and 404-406 industry before the participation quarter --------------------------------------


def test_wages_and_industry_of_the_three_quarters_before_entry(world, tmp_path):
    e = participant(job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY)
    seeker_set_ssn(seeker=e.seeker, ssn="401-23-4567")
    import_wages(
        tmp_path,
        [
            "401-23-4567,431111111,,493110,MO,2024,4,3000.00",  # 1st quarter prior: the main employer ...
            "401-23-4567,432222222,,722511,MO,2024,4,1000.50",  # ... of two
            "401-23-4567,433333333,,,MO,2024,2,2500.00",  # 3rd quarter prior: wages, NAICS not known
            "401-23-4567,431111111,,493110,MO,2025,1,9999.00",  # the entry quarter itself: not "prior"
        ],
    )
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert (row["p1702"], row["p404"]) == ("4000.50", "493110")
    assert (row["p1701"], row["p405"]) == ("0.00", "")  # 2024Q3 is final and has no wages
    assert (row["p1700"], row["p406"]) == ("2500.00", "999999")
    assert edits.check_records([row]) == []


def test_a_quarter_still_within_the_wage_lag_is_blank_and_without_an_ssn_all_are(world):
    late = participant(
        job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2025, 10, 6), exit=False
    )  # 1st quarter prior 2025Q3: the report quarter's wage data is not complete until two quarters on
    seeker_set_ssn(seeker=late.seeker, ssn="401-23-4567")
    no_ssn = participant(job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY)
    with clock.frozen(dt.datetime(2025, 12, 1, 9)):
        rows = {r["_enrollment_id"]: r for r in build_pirl(quarter=Quarter(2025, 4))}
    assert (rows[late.pk]["p1702"], rows[late.pk]["p1701"], rows[late.pk]["p1700"]) == ("", "0.00", "0.00")
    assert {rows[no_ssn.pk][c] for c in ("p1700", "p1701", "p1702", "p404", "p405", "p406")} == {""}
    assert rows[no_ssn.pk]["p935"] == "1" and rows[late.pk]["p935"] == ""  # 935: SSN not disclosed


def test_without_a_wage_engine_the_prior_wages_are_blank_never_zero(world, monkeypatch):
    e = participant(job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY)
    seeker_set_ssn(seeker=e.seeker, ssn="401-23-4567")
    monkeypatch.setattr(wage_sources, "direct_matches", lambda exiters, **kw: wage_sources.DirectMatches(False))
    [row] = build_pirl(quarter=Quarter(2025, 4))
    assert (row["p1700"], row["p1701"], row["p1702"]) == ("", "", "")


# --- 108-B / 108-C: other local boards whose job centers served the person in the period ------------------------


def test_services_at_job_centers_of_other_boards_give_the_2nd_and_3rd_board(world):
    e = participant(job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY, exit=False)
    [row] = build_pirl(quarter=Quarter(2025, 1))
    assert (row["p108a"], row["p108b"], row["p108c"]) == ("29010", "", "")  # served by one board only
    for day, code in ((dt.date(2025, 2, 3), "29020"), (dt.date(2025, 2, 10), "29030"), (dt.date(2025, 2, 17), "29020")):
        region, _ = Region.objects.get_or_create(
            code=f"R{code}", defaults={"state": world.center_a.region.state, "name": code, "lwdb_code": code}
        )
        center = JobCenter.objects.create(region=region, code=f"C{code}{day.day}", name=f"Center {code}")
        with clock.frozen(dt.datetime.combine(day, dt.time(10))):
            services.service_record(actor=world.staff_a, seeker=e.seeker, code="102", job_center=center)
    [row] = build_pirl(quarter=Quarter(2025, 1))
    assert (row["p108a"], row["p108b"], row["p108c"]) == ("29010", "29020", "29030")
    assert edits.check_records([row]) == []


# --- the whole of section 1 in the file, read back by the reader and the analytics engine ------------------------

SECTION_1 = [
    "108a",
    "108b",
    "108c",
    "402",
    "403",
    "404",
    "405",
    "406",
    "604",
    "909",
    "911",
    "933",
    "935",
    "1303",
    "1310",
    "1315",
    "1332",
    "1401",
    "1406",
    "1409",
    "1412",
    "1503",
    "1610",
    "1611",
    "1612",
    "1613",
    "1700",
    "1701",
    "1702",
    "1802",
    "1803",
    "1804",
    "1805",
    "1806",
    "1807",
    "1808",
    "1809",
    "1810",
    "1811",
    "1812",
    "1813",
    "1900",
    "1901",
]


def test_the_file_has_the_section_1_columns_the_title_i_ones_blank_and_reads_back(world, tmp_path):
    from django.core.management import call_command

    from jobcenter import analytics
    from jobcenter.reporting.pirl.elements import BLANK_COLUMNS, BY_COLUMN
    from jobcenter.reporting.pirl.reader import read_pirl

    e = participant(
        job_center=world.center_a, case_manager=world.staff_a, entry=dt.date(2024, 1, 8), employment_status="1"
    )  # exit 2024Q1: in the 2025Q4 report's second-quarter cohort (exits in 2024)
    seeker_set_ssn(seeker=e.seeker, ssn="401-23-4567")
    import_wages(
        tmp_path,
        ["401-23-4567,431111111,,493110,MO,2023,4,3000.00", "401-23-4567,431111111,,493110,MO,2024,3,4200.00"],
    )
    out = tmp_path / "pirl.csv"
    call_command("reporting_pirl", "--quarter", "2025Q4", "--out", str(out), "--no-progress")
    [row] = read_pirl(out)
    assert {f"p{n.lower()}" for n in SECTION_1} <= set(row)
    assert all(BY_COLUMN[c].blank_reason for c in BLANK_COLUMNS) and {row[c] for c in BLANK_COLUMNS} == {""}
    assert (row["p402"], row["p1702"], row["p404"]) == ("0", "3000.00", "493110")
    result = analytics.compute_indicators(pirl=out, program="wagner-peyser", quarter="2025Q4")
    er2 = result["employment_rate_q2"]
    assert (er2["numerator"], er2["denominator"], result["median_earnings_q2"]["median"]) == (1, 1, 4200)


# --- 410, 600, 602, 603: staff-recorded facts at entry; blank when not recorded ----------------------------------


def test_dislocation_and_public_assistance_are_written_as_recorded_and_blank_when_not(world):
    recorded = participant(
        job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY, exit=False,
        dislocation_date=dt.date(2024, 11, 29), tanf="0", ssi_ssdi="4", snap="1",
    )  # fmt: skip
    participant(job_center=world.center_a, case_manager=world.staff_a, entry=ENTRY, exit=False)
    rows = {r["_enrollment_id"]: r for r in build_pirl(quarter=Quarter(2025, 1))}
    got = [(r["p410"], r["p600"], r["p602"], r["p603"]) for r in rows.values()]
    assert (rows[recorded.pk]["p410"], rows[recorded.pk]["p600"]) == ("20241129", "0")
    assert sorted(got) == [("", "", "", ""), ("20241129", "0", "4", "1")]
    assert edits.check_records(list(rows.values())) == []
