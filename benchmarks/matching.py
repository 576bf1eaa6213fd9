"""Matching benchmarks: candidates for an order among N seekers, jobs for a seeker among M open orders, and the
time to bring the index up to date after 1,000 profile changes. Run on demand (never from pytest)::

    python benchmarks/matching.py --seekers 1000000 --orders 100000 \
        --database-url postgresql://postgres@127.0.0.1:5432/jc_match      # empties that DB's seekers and orders

Each latency (p50/p95 over --queries random orders/seekers) is printed beside a naive full scan measured in the
same run: every index row (or every open order) read and scored in Python with the same rules, no prefilter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 20261129
CREDENTIALS = ["Forklift certification", "CNA", "ServSafe", "OSHA 10", "CDL Class A", "Driver's license", "Welding"]
EDUCATION = ["0", "1", "1", "2", "4", "5", "6", "7", "8"]
AVAILABILITY = ["full_time", "part_time", "either", "seasonal", ""]


def _django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    if database_url.startswith("postgres"):
        import psycopg

        base, name = database_url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as con:
            if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                con.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _copy_or_bulk(model, rows: list, fields: list[str]) -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        cols = [model._meta.get_field(f).column for f in fields]
        sql = f"COPY {model._meta.db_table} ({', '.join(cols)}) FROM STDIN"
        import json

        with connection.cursor() as cur, cur.cursor.copy(sql) as copy:
            for r in rows:
                copy.write_row([json.dumps(v) if isinstance(v, dict | list) else v for v in r])
    else:
        model.objects.bulk_create([model(**dict(zip(fields, r))) for r in rows], batch_size=5000)


def load(n_seekers: int, n_orders: int) -> dict:
    """Generate seekers (with their index rows) and open orders; returns facts for the queries."""
    from django.conf import settings
    from django.db import connection

    from jobcenter.accounts.models import JobCenter, Region, State
    from jobcenter.employers.models import Employer
    from jobcenter.joborders.models import JobOrder
    from jobcenter.matching.geo import zip_position
    from jobcenter.matching.models import MatchOccupation, MatchProfile, OrderRequirements
    from jobcenter.matching.scoring import EDUCATION_RANK, normalize_name, reach_degrees
    from jobcenter.occupations.models import Occupation, TechnologySkill
    from jobcenter.seekers.models import JobSeeker

    rng = random.Random(SEED)
    if not Occupation.objects.exists():
        from jobcenter.occupations.importer import import_onet

        t = time.perf_counter()
        import_onet(settings.ONET_DATA_DIR, with_alternates=False)
        print(f"imported O*NET in {time.perf_counter() - t:.0f}s")
    codes = list(Occupation.objects.values_list("code", flat=True))
    weights = [1 / (i + 1) ** 0.8 for i in range(len(codes))]
    rng.shuffle(codes)
    tech = list({normalize_name(e) for e in TechnologySkill.objects.values_list("example", flat=True)[:3000]})
    import zipcodes

    zips = [z["zip_code"] for z in zipcodes.filter_by(state="MO") if z.get("lat")][:600]
    positions = {z: zip_position(z) for z in zips}
    zips = [z for z in zips if positions[z]]

    t = time.perf_counter()
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                "TRUNCATE matching_matchoccupation, matching_matchprofile, matching_orderrequirements, "
                "joborders_joborder, seekers_jobseeker CASCADE"
            )
        else:
            for m in (MatchOccupation, MatchProfile, OrderRequirements, JobOrder, JobSeeker):
                m.objects.all()._raw_delete(m.objects.db)
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region, _ = Region.objects.get_or_create(state=state, code="BENCH", defaults={"name": "Bench"})
    center, _ = JobCenter.objects.get_or_create(region=region, code="BENCH", defaults={"name": "Bench center"})
    employer = Employer.objects.create(
        legal_name="Bench Co", fein="43-9999999", state="MO", city="Kansas City", postcode="64106", status="active"
    )
    now = dt.datetime.now(dt.UTC)
    seeker_rows, profile_rows, occ_rows = [], [], []
    for i in range(1, n_seekers + 1):
        z = rng.choice(zips)
        lat, lon = positions[z]
        radius = rng.choice([10, 20, 30, 30, 50])
        mine = {}
        for c in rng.choices(codes, weights=weights, k=rng.choice([1, 1, 2, 3])):
            mine[c] = rng.choice([0, 6, 12, 24, 60])
        edu = rng.choice(EDUCATION)
        vet = rng.random()
        seeker_rows.append((i, f"B{i:011d}", "Given", f"Person{i}", z, now, now, True, "", "0", "0", "0"))
        profile_rows.append(
            (
                i,
                center.pk,
                True,
                1 if vet < 0.03 else 2 if vet < 0.10 else 3,
                EDUCATION_RANK[edu],
                edu,
                sum(mine.values()),
                rng.choice(AVAILABILITY),
                lat,
                lon,
                radius,
                reach_degrees(radius),
                rng.random() < 0.05,
                dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000)),
                rng.random() < 0.6,
                sorted({normalize_name(c) for c in rng.sample(CREDENTIALS, rng.choice([0, 0, 1, 2]))}),
                sorted(set(rng.sample(tech, rng.choice([0, 1, 3])))),
                mine,
                now,
            )
        )
        occ_rows += [(i, c) for c in mine]
        if len(seeker_rows) >= 50_000 or i == n_seekers:
            _copy_or_bulk(
                JobSeeker,
                seeker_rows,
                [
                    "id",
                    "state_id",
                    "given_name",
                    "surname",
                    "postcode",
                    "created_at",
                    "updated_at",
                    "is_active",
                    "ssn_encrypted",
                    "veteran",
                    "eligible_veteran",
                    "disabled_veteran",
                ],
            )
            _copy_or_bulk(
                MatchProfile,
                profile_rows,
                [
                    "seeker_id",
                    "job_center_id",
                    "active",
                    "priority",
                    "education_rank",
                    "education_code",
                    "experience_months",
                    "availability",
                    "lat",
                    "lon",
                    "radius_miles",
                    "reach_deg",
                    "relocate",
                    "birth_date",
                    "drivers_license",
                    "credentials",
                    "skills",
                    "occupations",
                    "updated_at",
                ],
            )
            _copy_or_bulk(MatchOccupation, occ_rows, ["profile_id", "code"])
            seeker_rows, profile_rows, occ_rows = [], [], []
    print(f"loaded {n_seekers:,} seekers in {time.perf_counter() - t:.0f}s")

    t = time.perf_counter()
    received = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    order_rows, req_rows = [], []
    for i in range(1, n_orders + 1):
        z = rng.choice(zips)
        order_rows.append(
            JobOrder(
                id=i,
                employer=employer,
                title="Bench job",
                title_normalized="bench job",
                description="x",
                soc_code=rng.choices(codes, weights=weights)[0],
                worksite_city="Somewhere",
                worksite_state="MO",
                worksite_zip=z,
                job_center=center,
                region=region,
                received_at=received,
                entry_due_at=received,
                status="open",
                employment_type=rng.choice(["full_time", "part_time", "seasonal"]),
            )
        )
        req_rows.append(
            OrderRequirements(
                order_id=i,
                lat=positions[z][0],
                lon=positions[z][1],
                min_education=rng.choice(["", "", "1", "7"]),
                required_credentials=rng.choice([[], [], ["Forklift certification"], ["CNA"]]),
            )
        )
        if len(order_rows) >= 20_000 or i == n_orders:
            JobOrder.objects.bulk_create(order_rows, batch_size=5000)
            OrderRequirements.objects.bulk_create(req_rows, batch_size=5000)
            order_rows, req_rows = [], []
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("SELECT setval(pg_get_serial_sequence('seekers_jobseeker','id'), %s)", [n_seekers + 1])
            cur.execute("SELECT setval(pg_get_serial_sequence('joborders_joborder','id'), %s)", [n_orders + 1])
        cur.execute("ANALYZE")
    print(f"loaded {n_orders:,} open orders in {time.perf_counter() - t:.0f}s")
    return {"center": center}


def naive_candidates(order, limit=100):
    """Baseline: read every index row and apply the same rules in Python (no SQL prefilter)."""
    from jobcenter.core import clock
    from jobcenter.matching import scoring
    from jobcenter.matching.models import MatchProfile
    from jobcenter.matching.selectors import PROFILE_FIELDS, _facts_from_values, _within_reach, order_facts
    from jobcenter.occupations.facts import occupation_facts

    occ, of, today = occupation_facts(), order_facts(order), clock.today()
    related = occ.related_codes(of.code)
    out = []
    for v in MatchProfile.objects.filter(active=True).values(*PROFILE_FIELDS).iterator(chunk_size=20_000):
        sf = _facts_from_values(v)
        if not related & set(sf.occupations) or not scoring.minimum_requirements(sf, of, occ, as_of=today).met:
            continue
        sc = scoring.score(sf, of, occ, as_of=today)
        if _within_reach(sf, sc.distance_miles):
            out.append((sf.priority, -sc.total, sf.seeker_id))
    return sorted(out)[:limit]


def naive_jobs(seeker, limit=50):
    """Baseline: every open order scored in Python."""
    from jobcenter.core import clock
    from jobcenter.matching import scoring
    from jobcenter.matching.models import OrderRequirements
    from jobcenter.matching.selectors import _order_facts, _within_reach, seeker_facts
    from jobcenter.occupations.facts import occupation_facts

    occ, sf, today = occupation_facts(), seeker_facts(seeker), clock.today()
    related = set().union(*(occ.related_codes(c) for c in sf.occupations)) if sf.occupations else None
    out = []
    for req in OrderRequirements.objects.filter(order__status="open").select_related("order").iterator(chunk_size=5000):
        of = _order_facts(req.order, req)
        if related is not None and of.code not in related:
            continue
        if not scoring.minimum_requirements(sf, of, occ, as_of=today).met:
            continue
        sc = scoring.score(sf, of, occ, as_of=today)
        if _within_reach(sf, sc.distance_miles):
            out.append((-sc.total, of.order_id))
    return sorted(out)[:limit]


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seekers", type=int, default=1_000_000)
    p.add_argument("--orders", type=int, default=100_000)
    p.add_argument("--queries", type=int, default=40)
    p.add_argument("--naive", type=int, default=3, help="naive full scans per benchmark")
    p.add_argument("--changes", type=int, default=1000)
    p.add_argument("--database-url", default=os.environ.get("DATABASE_URL", "sqlite:///var/bench_matching.sqlite3"))
    p.add_argument("--skip-load", action="store_true")
    args = p.parse_args(argv)
    _django(args.database_url)
    from jobcenter.accounts.models import User
    from jobcenter.joborders.models import JobOrder
    from jobcenter.matching.index import profiles_rebuild
    from jobcenter.matching.selectors import candidates_for_order, jobs_for_seeker
    from jobcenter.occupations.facts import occupation_facts
    from jobcenter.seekers.models import JobSeeker, WorkHistory

    if not args.skip_load:
        load(args.seekers, args.orders)
    user = User.objects.filter(username="bench_csu").first() or User.objects.create(username="bench_csu", role="csu")
    occupation_facts()  # warm the O*NET cache like a running server
    rng = random.Random(SEED + 1)
    n_orders = JobOrder.objects.count()
    n_seekers = JobSeeker.objects.count()
    orders = list(JobOrder.objects.filter(pk__in=rng.sample(range(1, n_orders + 1), args.queries)))
    seekers = list(JobSeeker.objects.filter(pk__in=rng.sample(range(1, n_seekers + 1), args.queries)))

    def timed(fn, items):
        out, sizes = [], []
        for it in items:
            t = time.perf_counter()
            sizes.append(len(fn(it)))
            out.append((time.perf_counter() - t) * 1000)
        return out, sizes

    fast, sizes = timed(lambda o: candidates_for_order(user=user, order=o, limit=100), orders)
    slow, _ = timed(naive_candidates, orders[: args.naive])
    print(
        f"candidates_for_order among {n_seekers:,} seekers: p50 {statistics.median(fast):.0f} ms, "
        f"p95 {_pct(fast, 95):.0f} ms (mean {statistics.mean(sizes):.0f} candidates returned) | naive full scan "
        f"p50 {statistics.median(slow):.0f} ms -> {statistics.median(slow) / statistics.median(fast):.0f}x"
    )
    fast, sizes = timed(lambda s: jobs_for_seeker(seeker=s, limit=50), seekers)
    slow, _ = timed(naive_jobs, seekers[: args.naive])
    print(
        f"jobs_for_seeker among {n_orders:,} open orders: p50 {statistics.median(fast):.0f} ms, "
        f"p95 {_pct(fast, 95):.0f} ms (mean {statistics.mean(sizes):.0f} jobs returned) | naive full scan "
        f"p50 {statistics.median(slow):.0f} ms -> {statistics.median(slow) / statistics.median(fast):.0f}x"
    )
    # 1,000 profile changes: each a new work history row (the signal re-indexes synchronously), then a bulk rebuild.
    changed = list(JobSeeker.objects.filter(pk__in=rng.sample(range(1, n_seekers + 1), args.changes)))
    code = orders[0].soc_code
    t = time.perf_counter()
    for s in changed:
        WorkHistory.objects.create(
            seeker=s, employer_name="Bench", title="Bench", onet_soc_code=code, start_date=dt.date(2020, 1, 1)
        )
    live = time.perf_counter() - t
    t = time.perf_counter()
    profiles_rebuild(JobSeeker.objects.filter(pk__in=[s.pk for s in changed]))
    bulk = time.perf_counter() - t
    found = {c.seeker.pk for c in candidates_for_order(user=user, order=orders[0], limit=100_000)}
    print(
        f"index update after {args.changes:,} profile changes: {live:.1f} s as they are saved "
        f"({1000 * live / args.changes:.1f} ms each, inside the save), bulk rebuild {bulk:.1f} s; "
        f"{len(found & {s.pk for s in changed}):,} of the changed seekers now candidates for the order"
    )


if __name__ == "__main__":
    main()
