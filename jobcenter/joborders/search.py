"""Public job search: anyone, signed in or not, searches the open orders (issue #12; docs/adr/0032).

``search_open_orders`` filters the orders job seekers may see (open, employer active: ``selectors._seeker_visible``)
by keywords, place and radius, occupation, minimum hourly wage, full/part time and posting date, and returns a
queryset ordered best first. Rows are shown only through ``selectors.public_job_order`` (a confidential employer's
name, address and phone never appear).

Keywords use each database's full-text search over the title (weighted higher) and the description:

* PostgreSQL: ``SearchVector`` (English configuration, title weight A, description weight B) matched against
  ``plainto_tsquery`` (every word, no operators) and ordered by ``SearchRank``; a GIN index on exactly that expression
  (migration ``joborders.0005``) keeps it fast.
* SQLite: an FTS5 table ``joborder_fts`` (``porter unicode61`` tokenizer: English stemming like PostgreSQL's,
  case and accents folded) kept in step with the orders by triggers; orders whose title holds every word rank
  above those that need the description (PostgreSQL's weights A and B), then newest first. The words typed are quoted one by one, so FTS5 operators typed by a visitor are plain words. A schema
  change that rebuilds the order table drops SQLite triggers: ``ensure_sqlite_fts`` (run after every
  ``migrate``) puts them back and re-indexes.

Every word must match (both databases). A confidential order never comes back for a word that is part of its
employer's name, address or phone, even when staff typed those into its text (manual: Job Order from Employer
Requesting Confidentiality) — otherwise searching a company's name would reveal which orders are its.

Place: a 5-digit ZIP code or a city ("Kansas City" or "Kansas City, MO"), positioned from the ``zipcodes``
package; the radius selects the ZIP codes whose centre lies within that many miles (``matching.geo``), and orders
are filtered on their worksite ZIP (an indexed expression on its first five digits).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, DecimalField, ExpressionWrapper, F, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Substr

from jobcenter.core import clock
from jobcenter.joborders.choices import WageUnit

FTS_TABLE = "joborder_fts"
MAX_WORDS = 12
# Hours used to compare an offered wage with an hourly minimum (2080 working hours a year).
HOURS_PER_UNIT = {
    WageUnit.HOUR: Decimal("1"),
    WageUnit.WEEK: Decimal("40"),
    WageUnit.BIWEEK: Decimal("80"),
    WageUnit.MONTH: Decimal("2080") / Decimal("12"),
    WageUnit.YEAR: Decimal("2080"),
}
POSTED_WITHIN_DAYS = {"1": 1, "3": 3, "7": 7, "14": 14, "30": 30}


# English stop words (PostgreSQL's "english" configuration drops these; SQLite's FTS5 does not): dropped on both
# databases before searching, so that a search means the same on each.
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below between
    both but by can did do does doing down during each few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were what when where
    which while who whom why will with you your yours yourself yourselves""".split()  # noqa: SIM905
)


def words(text: str) -> list[str]:
    """The search words of ``text``: letters and digits, lower case, stop words dropped, at most ``MAX_WORDS``."""
    return [w for w in re.findall(r"\w+", (text or "").lower()) if w not in STOP_WORDS][:MAX_WORDS]


# --- place ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a visitor searches from: a label for the page and the position (None when unknown)."""

    label: str
    position: tuple[float, float] | None


_ZIP5 = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")
_CITY_STATE = re.compile(r"^\s*(.+?)\s*,\s*([A-Za-z]{2})\s*$")


@lru_cache(maxsize=1)
def _zip_table() -> tuple[tuple[str, float, float], ...]:
    import zipcodes

    rows = []
    for z in zipcodes.list_all():
        try:
            rows.append((z["zip_code"], float(z["lat"]), float(z["long"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(rows)


_ABBREVIATIONS = {"ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT", "N": "NORTH", "S": "SOUTH"}


def normalize_city(name: str) -> str:
    """'St. Louis' -> 'SAINT LOUIS': upper case, punctuation dropped, common abbreviations spelled out."""
    parts = re.sub(r"[^\w\s]", " ", (name or "").upper()).split()
    return " ".join(_ABBREVIATIONS.get(p, p) for p in parts)


@lru_cache(maxsize=1)
def _city_table() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(normalised city, state) -> positions of its ZIP codes (with their city's own spelling)."""
    import zipcodes

    table: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    for z in zipcodes.list_all():
        try:
            point = (float(z["lat"]), float(z["long"]), z["city"])
        except (KeyError, TypeError, ValueError):
            continue
        for name in [z["city"], *(z.get("acceptable_cities") or [])]:
            table.setdefault((normalize_city(name), z["state"]), []).append(point)
    return table


def resolve_place(text: str, *, default_state: str = "") -> Place | None:
    """A ZIP code or a city name ("Kansas City", "St. Louis, MO") as a position; None when unknown. A city
    without a state is looked up in ``default_state`` (the installation's state) first, then anywhere."""
    from jobcenter.matching.geo import zip_position

    text = " ".join((text or "").split())
    if not text:
        return None
    m = _ZIP5.match(text)
    if m:
        pos = zip_position(text)
        return Place(label=m.group(1), position=pos) if pos else None
    m = _CITY_STATE.match(text)
    city, state = (m.group(1), m.group(2).upper()) if m else (text, "")
    key = normalize_city(city)
    table = _city_table()
    if state:
        candidates = [state]
    else:
        others = sorted({st for (c, st) in table if c == key} - {default_state.upper()})
        candidates = [default_state.upper(), *others]
    for st in candidates:
        points = table.get((key, st))
        if points:
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            return Place(label=f"{points[0][2]}, {st}", position=(lat, lon))
    return None


@lru_cache(maxsize=256)
def zips_within(lat: float, lon: float, miles: int) -> tuple[str, ...]:
    """ZIP codes whose centre lies within ``miles`` of (lat, lon)."""
    from jobcenter.matching.geo import MILES_PER_DEGREE_LAT, miles_between

    reach = miles / MILES_PER_DEGREE_LAT
    k = 1 / max(0.05, math.cos(math.radians(lat)))
    out = []
    for code, zlat, zlon in _zip_table():
        if abs(zlat - lat) > reach or abs(zlon - lon) > reach * k:
            continue
        if miles_between((lat, lon), (zlat, zlon)) <= miles:
            out.append(code)
    return tuple(sorted(out))


# --- keywords ---------------------------------------------------------------------------------------------------


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


def search_vector():
    """The PostgreSQL document of an order (stored as the generated column ``search_document`` by migration
    0007, which replaced the expression index of 0005)."""
    from django.contrib.postgres.search import SearchVector

    return SearchVector("title", config="english", weight="A") + SearchVector(
        "description", config="english", weight="B"
    )


def stored_document():
    """The stored ``search_document`` column (migration 0007: ``search_vector()`` as a generated column with its
    GIN index). Ranking reads it instead of re-parsing each matching order's text."""
    from django.contrib.postgres.search import SearchVectorField

    return RawSQL('"joborders_joborder"."search_document"', [], output_field=SearchVectorField())  # noqa: S611


def _keywords_postgres(qs: QuerySet, q: str) -> QuerySet:
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(" ".join(words(q)), config="english", search_type="plain")
    document = stored_document()
    return qs.annotate(search_doc=document).filter(search_doc=query).annotate(rank=SearchRank(document, query))


def fts5_match(q: str) -> str:
    """An FTS5 MATCH expression requiring every word (each quoted: FTS5 operators become plain words)."""
    return " ".join(f'"{w}"' for w in words(q))


def _keywords_sqlite(qs: QuerySet, q: str) -> QuerySet:
    match = fts5_match(q)
    ids = RawSQL("SELECT rowid FROM joborder_fts WHERE joborder_fts MATCH %s", [match])  # noqa: S611
    # Rank: every word in the title (2) above matches that need the description (1), as PostgreSQL's weights A
    # and B order them. Both subqueries are uncorrelated (run once); a per-row bm25() was too slow at scale.
    in_title = RawSQL(  # noqa: S611 - constant SQL, the words are a bound parameter
        "SELECT rowid FROM joborder_fts WHERE joborder_fts MATCH %s", [f"title : ({match})"]
    )
    rank = Case(When(id__in=in_title, then=Value(2.0)), default=Value(1.0), output_field=FloatField())
    return qs.filter(id__in=ids).annotate(rank=rank)


def _confidential_q() -> Q:
    return Q(confidential=True) | Q(employer__confidential=True) | Q(display_company_name=False)


def _no_confidential_leak(qs: QuerySet, q: str) -> QuerySet:
    """Drop confidential orders for any typed word found in their employer's name, address or phone."""
    for w in words(q):
        if len(w) < 3:
            continue
        secret = (
            Q(employer__legal_name__icontains=w)
            | Q(employer__dba__icontains=w)
            | Q(employer__address_1__icontains=w)
            | Q(employer__phone__icontains=w)
        )
        qs = qs.exclude(_confidential_q() & secret)
    return qs


# --- the search -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JobSearch:
    """What a visitor asked for (already validated by ``portal.forms.JobSearchForm``)."""

    q: str = ""
    position: tuple[float, float] | None = None
    city: str = ""  # used when the place is not a known city or ZIP: worksite city equals it
    radius_miles: int = 25
    soc_codes: tuple[str, ...] | None = None  # None: any occupation
    min_hourly_wage: Decimal | None = None
    employment_type: str = ""
    posted_within_days: int | None = None


def hourly_wage():
    """The top of an order's offered wage as an hourly amount (None for piece rates and no wage)."""
    top = Coalesce(F("wage_max"), F("wage_min"))
    return Case(
        *[
            When(wage_unit=unit, then=ExpressionWrapper(top / Value(hours), output_field=DecimalField()))
            for unit, hours in HOURS_PER_UNIT.items()
        ],
        default=Value(None),
        output_field=DecimalField(max_digits=12, decimal_places=4),
    )


def search_open_orders(search: JobSearch, *, base: QuerySet | None = None) -> QuerySet:
    """Open orders of active employers matching ``search``, best match first (newest first without keywords)."""
    from jobcenter.joborders.selectors import _seeker_visible

    qs = base if base is not None else _seeker_visible()
    if search.position is not None:
        zips = zips_within(round(search.position[0], 4), round(search.position[1], 4), int(search.radius_miles))
        qs = qs.annotate(zip5=Substr("worksite_zip", 1, 5)).filter(zip5__in=zips)
    elif search.city:
        qs = qs.filter(worksite_city__iexact=search.city)
    if search.soc_codes is not None:
        qs = qs.filter(soc_code__in=search.soc_codes)
    if search.employment_type:
        qs = qs.filter(employment_type=search.employment_type)
    if search.min_hourly_wage is not None:
        qs = qs.annotate(hourly=hourly_wage()).filter(hourly__gte=search.min_hourly_wage)
    if search.posted_within_days:
        qs = qs.filter(entered_at__gte=clock.now() - dt.timedelta(days=search.posted_within_days))
    if words(search.q):
        qs = _keywords_postgres(qs, search.q) if _is_postgres() else _keywords_sqlite(qs, search.q)
        qs = _no_confidential_leak(qs, search.q)
        return qs.order_by("-rank", "-entered_at", "-id")
    return qs.order_by("-entered_at", "-id")


class CappedPaginator(Paginator):
    """A paginator that counts matches only up to ``cap`` (the pages a visitor can reach; counting every match
    costs time at 100,000 open orders) and without ranking them; ``capped`` says there are more."""

    def __init__(self, object_list, per_page, *, cap: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap
        self.capped = False

    @property
    def count(self) -> int:
        if not hasattr(self, "_capped_count"):
            found = self.object_list.order_by().values("pk")[: self.cap + 1].count()
            self.capped = found > self.cap
            self._capped_count = min(found, self.cap)
        return self._capped_count


# --- SQLite full-text table -------------------------------------------------------------------------------------

SQLITE_FTS_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS joborder_fts USING fts5(title, description, "
    "content='joborders_joborder', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS joborder_fts_ai AFTER INSERT ON joborders_joborder BEGIN "
    "INSERT INTO joborder_fts(rowid, title, description) VALUES (new.id, new.title, new.description); END",
    "CREATE TRIGGER IF NOT EXISTS joborder_fts_ad AFTER DELETE ON joborders_joborder BEGIN "
    "INSERT INTO joborder_fts(joborder_fts, rowid, title, description) "
    "VALUES ('delete', old.id, old.title, old.description); END",
    "CREATE TRIGGER IF NOT EXISTS joborder_fts_au AFTER UPDATE OF title, description ON joborders_joborder BEGIN "
    "INSERT INTO joborder_fts(joborder_fts, rowid, title, description) "
    "VALUES ('delete', old.id, old.title, old.description); "
    "INSERT INTO joborder_fts(rowid, title, description) VALUES (new.id, new.title, new.description); END",
]
SQLITE_REBUILD = "INSERT INTO joborder_fts(joborder_fts) VALUES ('rebuild')"
SQLITE_TRIGGERS = ("joborder_fts_ai", "joborder_fts_ad", "joborder_fts_au")


def ensure_sqlite_fts(using: str = "default", **kwargs) -> bool:
    """On SQLite, (re)create the FTS5 table and its triggers if any is missing, and re-index. True if it did."""
    from django.db import connections

    conn = connections[using]
    if conn.vendor != "sqlite":
        return False
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE 'joborder%'")
        present = {r[0] for r in cur.fetchall()}
        if "joborders_joborder" not in present:
            return False
        if FTS_TABLE in present and all(t in present for t in SQLITE_TRIGGERS):
            return False
        for sql in SQLITE_FTS_SQL:
            cur.execute(sql)
        cur.execute(SQLITE_REBUILD)
    return True
