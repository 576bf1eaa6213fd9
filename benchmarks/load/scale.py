"""Scale the demo data for the load test: N job seekers with their cases, and M open job orders (PostgreSQL, COPY).

    python -m benchmarks.load.scale --seekers 100000 --orders 5000 [--targets benchmarks/load/targets.json]

Run after ``jobcenter demo load`` on the database in ``DATABASE_URL``. The demo's own job seekers and open job
orders are the templates: each copy of a seeker is the template's row (every column, read as text) with a new
id, State ID, name, birth date, e-mail and phone, and with copies of the template's enrollments, services, case
notes, résumé entries and occupation codes, so that the staff case page and person record show what a real
caseload shows. Copies of open job orders get a new title (from the demo occupations), place, wage and posting
date. No SSN is copied (the keyed hash would make everyone a duplicate). Deterministic (seeded), in bulk (one
``COPY`` per table), and idempotent: it tops up to the sizes asked for and does nothing when they are reached.

Writes ``--targets`` (JSON): State IDs, case-page ids and names of seekers in the demo ``staff`` user's job
center, and search words, for the locustfile to pick from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

SEED = 20261129
STATE_ID_BASE = 7_000_000_000  # demo seekers use MO9..., generated MO7...


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    import django

    django.setup()


def _columns(cur, table: str) -> list[str]:
    cur.execute(
        "select column_name from information_schema.columns where table_name = %s order by ordinal_position", [table]
    )
    return [r[0] for r in cur.fetchall()]


def _rows(cur, table: str, where: str, params=()) -> tuple[list[str], list[list[str | None]]]:
    """Every column of the matching rows, as PostgreSQL's text form (so COPY reads them back unchanged)."""
    cols = _columns(cur, table)
    if not cols:
        return [], []
    select = ", ".join(f'"{c}"::text' for c in cols)
    cur.execute(f'select {select} from "{table}" where {where} order by id', params)  # noqa: S608 - our tables
    return cols, [list(r) for r in cur.fetchall()]


def _copy(cur, table: str, cols: list[str], rows) -> int:
    n = 0
    with cur.copy(f'COPY "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
            n += 1
    return n


def _next_id(cur, table: str) -> int:
    cur.execute(f'select coalesce(max(id), 0) + 1 from "{table}"')  # noqa: S608
    return cur.fetchone()[0]


def _reset_sequence(cur, table: str) -> None:
    cur.execute(f"select setval(pg_get_serial_sequence('\"{table}\"', 'id'), (select max(id) from \"{table}\"))")


def _names():
    from faker.providers.person.en_US import Provider as Person

    given = np.array(list(Person.first_names), dtype=object)
    surnames = np.array(list(Person.last_names), dtype=object)
    gw = np.array(list(Person.first_names.values()), dtype=float)
    sw = np.array(list(Person.last_names.values()), dtype=float)
    return given, gw / gw.sum(), surnames, sw / sw.sum()


# Tables holding a job seeker's case and résumé, copied with each seeker: (table, extra id remaps).
CHILD_TABLES = [
    ("cases_enrollment", {}),
    ("cases_service", {"enrollment_id": "cases_enrollment"}),
    ("cases_casenote", {"addendum_to_id": "cases_casenote"}),
    ("seekers_workhistory", {}),
    ("seekers_education", {}),
    ("seekers_credential", {}),
    ("seekers_skill", {}),
    ("seekers_desiredoccupation", {}),
    ("seekers_seekeroccupation", {}),
]
# Columns that point at rows not copied (one-to-one or per-event): cleared in copies.
CLEARED = {"cases_service": ["event_id"]}


def scale_seekers(cur, target: int, rng: np.random.Generator) -> int:
    """Top the job seekers up to ``target`` with copies of the demo's seekers and their cases."""
    cur.execute("select count(*) from seekers_jobseeker")
    have = cur.fetchone()[0]
    if have >= target:
        return 0
    cols, templates = _rows(
        cur,
        "seekers_jobseeker",
        "is_active and user_id is null and merged_into_id is null and state_id like %s",
        ["MO9%"],
    )
    ix = {c: i for i, c in enumerate(cols)}
    cur.execute("select count(*) from seekers_jobseeker where state_id like %s", ["MO7%"])
    already = cur.fetchone()[0]
    n = target - have
    given, gp, surnames, sp = _names()
    g = rng.choice(given, n, p=gp)
    s = rng.choice(surnames, n, p=sp)
    days = rng.integers(0, (dt.date(2008, 1, 1) - dt.date(1954, 1, 1)).days, n)
    which = np.arange(n) % len(templates)
    first_id = _next_id(cur, "seekers_jobseeker")
    new_ids = first_id + np.arange(n)
    clear = {"ssn_encrypted": "", "ssn_hash": "", "ssn_last4": "", "user_id": None, "merged_into_id": None}

    def seekers():
        for k in range(n):
            row = list(templates[which[k]])
            row[ix["id"]] = str(new_ids[k])
            row[ix["state_id"]] = f"MO{STATE_ID_BASE + already + k:010d}"
            row[ix["given_name"]] = g[k]
            row[ix["surname"]] = s[k]
            row[ix["middle_name"]] = ""
            row[ix["date_of_birth"]] = (dt.date(1954, 1, 1) + dt.timedelta(days=int(days[k]))).isoformat()
            row[ix["email"]] = f"{g[k]}.{s[k]}.{already + k}@example.com".lower()
            row[ix["phone"]] = f"+1{rng.choice(['314', '417', '573', '816'])}{2000000 + (already + k) % 7999999:07d}"
            for col, value in clear.items():
                if col in ix:
                    row[ix[col]] = value
            yield row

    _copy(cur, "seekers_jobseeker", cols, seekers())
    _reset_sequence(cur, "seekers_jobseeker")
    template_ids = [int(t[ix["id"]]) for t in templates]
    # For each template seeker, the ids of its copies (in copy order).
    copies_of: dict[int, np.ndarray] = {tid: new_ids[which == j] for j, tid in enumerate(template_ids)}
    id_maps: dict[str, dict[tuple[int, int], int]] = {}
    for table, remaps in CHILD_TABLES:
        ccols, rows = _rows(cur, table, "seeker_id = any(%s)", [template_ids])
        if not rows:
            continue
        cix = {c: i for i, c in enumerate(ccols)}
        next_id = _next_id(cur, table)
        id_maps[table] = {}

        def children(ccols=ccols, rows=rows, cix=cix, table=table, remaps=remaps, next_id=next_id):
            nid = next_id
            for row in rows:
                for copy_no, seeker_id in enumerate(copies_of[int(row[cix["seeker_id"]])]):
                    new = list(row)
                    old_id = int(row[cix["id"]])
                    new[cix["id"]] = str(nid)
                    id_maps[table][(old_id, copy_no)] = nid
                    nid += 1
                    new[cix["seeker_id"]] = str(seeker_id)
                    for col, target_table in remaps.items():
                        if new[cix[col]] is not None:
                            new[cix[col]] = (
                                str(id_maps.get(target_table, {}).get((int(new[cix[col]]), copy_no), "")) or None
                            )
                    for col in CLEARED.get(table, []):
                        new[cix[col]] = None
                    yield new

        _copy(cur, table, ccols, children())
        _reset_sequence(cur, table)
    return n


TITLES = [
    ("Forklift Operator", "53-7051.00", "forklift warehouse loading pallets"),
    ("Welder", "51-4121.06", "MIG TIG welding fabrication"),
    ("Registered Nurse", "29-1141.00", "patient care hospital nursing"),
    ("Customer Service Representative", "43-4051.00", "call center customer service phones"),
    ("Truck Driver, CDL Class A", "53-3032.00", "CDL tractor-trailer long haul"),
    ("Line Cook", "35-2014.00", "restaurant kitchen cook food safety"),
    ("Retail Sales Associate", "41-2031.00", "retail store sales cashier"),
    ("Software Developer", "15-1252.00", "Python web applications developer"),
    ("Warehouse Associate", "53-7062.00", "warehouse picking packing shipping"),
    ("Farmworker", "45-2092.00", "crop harvest nursery greenhouse"),
    ("Medical Assistant", "31-9092.00", "clinic patient intake vital signs"),
    ("Electrician", "47-2111.00", "commercial wiring electrical licensed"),
]


def scale_orders(cur, target: int, rng: np.random.Generator) -> int:
    """Top the open job orders up to ``target`` with copies of the demo's open orders."""
    cur.execute("select count(*) from joborders_joborder where status = 'open'")
    have = cur.fetchone()[0]
    if have >= target:
        return 0
    cols, templates = _rows(cur, "joborders_joborder", "status = 'open'")
    if not templates:
        raise SystemExit("No open demo job order to copy: run `jobcenter demo load` first.")
    ix = {c: i for i, c in enumerate(cols)}
    places = sorted({(t[ix["worksite_city"]], t[ix["worksite_zip"]]) for t in templates})
    n = target - have
    first_id = _next_id(cur, "joborders_joborder")
    now = dt.datetime.now(dt.UTC)

    def orders():
        for k in range(n):
            row = list(templates[k % len(templates)])
            title, soc, words = TITLES[int(rng.integers(len(TITLES)))]
            city, zip_code = places[int(rng.integers(len(places)))]
            row[ix["id"]] = str(first_id + k)
            row[ix["title"]] = title
            row[ix["title_normalized"]] = title.lower()
            row[ix["soc_code"]] = soc
            row[ix["description"]] = f"{title}: {words}. Order {first_id + k}."
            row[ix["worksite_city"]] = city
            row[ix["worksite_zip"]] = zip_code
            row[ix["entered_at"]] = (now - dt.timedelta(hours=int(rng.integers(1, 24 * 60)))).isoformat()
            yield row

    _copy(cur, "joborders_joborder", cols, orders())
    _reset_sequence(cur, "joborders_joborder")
    return n


def targets(cur) -> dict:
    """What the load test asks for: seekers the demo ``staff`` user may open (their job center) with a case."""
    cur.execute(
        "select s.id, s.state_id, s.given_name, s.surname from seekers_jobseeker s"
        " join accounts_user u on u.username = 'staff' and u.job_center_id = s.home_job_center_id"
        " where s.is_active and exists (select 1 from cases_enrollment e where e.seeker_id = s.id)"
        " order by s.id desc limit 2000"
    )
    rows = cur.fetchall()
    return {
        "case_ids": [r[0] for r in rows],
        "state_ids": [r[1] for r in rows],
        "names": sorted({f"{r[2]} {r[3]}" for r in rows})[:500],
        "surnames": sorted({r[3] for r in rows})[:300],
        "keywords": sorted({w for _, _, words in TITLES for w in words.split() if len(w) > 3}),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seekers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=5_000)
    parser.add_argument("--targets", type=Path, default=Path(__file__).with_name("targets.json"))
    args = parser.parse_args(argv)
    _setup()
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        sys.exit("The load-test data is made on PostgreSQL (COPY); set DATABASE_URL to a PostgreSQL database.")
    rng = np.random.default_rng(SEED)
    t0 = time.perf_counter()
    with transaction.atomic(), connection.cursor() as django_cursor:
        cur = django_cursor.cursor  # the psycopg cursor (COPY)
        added_seekers = scale_seekers(cur, args.seekers, rng)
        added_orders = scale_orders(cur, args.orders, rng)
    with connection.cursor() as cur:
        cur.execute("analyze")
        info = targets(cur.cursor)
    args.targets.write_text(json.dumps(info))
    print(
        f"added {added_seekers:,} job seekers and {added_orders:,} open job orders in {time.perf_counter() - t0:.1f} s;"
        f" {len(info['case_ids']):,} case pages to ask for -> {args.targets}"
    )


if __name__ == "__main__":
    main()
