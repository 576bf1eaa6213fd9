"""Public job search benchmark: latency of one results page (count + first 20 rows, rendered public-safe) over N
open orders, for a mix of searches (keywords, place and radius, occupation, wage, full/part time, posting date).
Run on demand (never from pytest)::

    nice -n 10 python benchmarks/jobsearch.py --orders 100000 \
        --database-url postgresql://postgres@127.0.0.1:5432/jc_jobsearch     # empties that DB's job orders
    nice -n 10 python benchmarks/jobsearch.py --orders 20000                   # SQLite file under var/

p50/p95 are printed beside a naive baseline measured in the same run on the same searches: the former seeker
list's approach (``icontains`` on title and description for each word, city equality) with place and radius,
wage and date checked in Python over every open order, newest first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import django_setup, pct  # noqa: E402

SEED = 20261129
TITLES = [
    "Forklift Operator",
    "Warehouse Associate",
    "Line Cook",
    "Registered Nurse",
    "Truck Driver",
    "Cashier",
    "Customer Service Representative",
    "Welder",
    "Electrician Apprentice",
    "Dental Assistant",
    "Bookkeeper",
    "Security Officer",
    "Janitor",
    "Machine Operator",
    "Home Health Aide",
    "Retail Sales Associate",
    "Dishwasher",
    "Administrative Assistant",
    "Maintenance Technician",
    "Delivery Driver",
    "Pharmacy Technician",
    "Carpenter",
]
WORDS = (  # noqa: SIM905
    "pallets loading shipping receiving inventory patients kitchen grill orders customers safety equipment schedule "
    "weekends overtime training benefits bilingual spreadsheets repairs cleaning routes lifting scanners"
).split()
CODES = ["53-7051.00", "53-7062.00", "35-2014.00", "29-1141.00", "53-3032.00", "41-2011.00", "43-4051.00"]
TYPES = ["full_time", "full_time", "part_time", "seasonal", "temporary"]


def load(n: int, rng: random.Random) -> list[str]:
    """N open orders of 200 active employers (10% confidential) on Missouri ZIP codes; returns the ZIP codes."""
    import zipcodes
    from django.db import connection

    from jobcenter.accounts.models import JobCenter, Region, State
    from jobcenter.employers.models import Employer
    from jobcenter.joborders.models import JobOrder

    zips = [z["zip_code"] for z in zipcodes.filter_by(state="MO") if z.get("lat")][:800]
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("TRUNCATE joborders_joborder CASCADE")
        else:
            JobOrder.objects.all().delete()
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    region, _ = Region.objects.get_or_create(state=state, code="BENCH", defaults={"name": "Bench"})
    center, _ = JobCenter.objects.get_or_create(region=region, code="BENCH", defaults={"name": "Bench center"})
    employers = list(Employer.objects.filter(legal_name__startswith="Search Bench "))
    for i in range(len(employers), 200):
        employers.append(
            Employer.objects.create(
                legal_name=f"Search Bench {i} LLC",
                fein=f"43-8{i:06d}",
                state="MO",
                city="Kansas City",
                postcode="64106",
                status="active",
                confidential=i % 10 == 0,
                address_1=f"{i} Bench Rd",
            )
        )
    now = dt.datetime.now(dt.UTC)
    t = time.perf_counter()
    batch = []
    for i in range(n):
        title = rng.choice(TITLES)
        wage = Decimal(rng.randrange(1200, 4000)) / 100
        unit = rng.choice(["hour"] * 8 + ["year", "week"])
        if unit == "year":
            wage *= 2080
        elif unit == "week":
            wage *= 40
        received = now - dt.timedelta(minutes=rng.randrange(60 * 24 * 60))
        batch.append(
            JobOrder(
                employer=rng.choice(employers),
                title=title,
                title_normalized=title.lower(),
                description=" ".join(rng.sample(WORDS, 8)) + f". {title} needed.",
                soc_code=rng.choice(CODES),
                worksite_city="Somewhere",
                worksite_state="MO",
                worksite_zip=rng.choice(zips),
                wage_min=wage,
                wage_max=wage,
                wage_unit=unit,
                employment_type=rng.choice(TYPES),
                job_center=center,
                region=region,
                received_at=received,
                entry_due_at=received,
                entered_at=received,
                status="open",
                application_instructions="Apply online.",
            )
        )
        if len(batch) == 5000 or i == n - 1:
            JobOrder.objects.bulk_create(batch, batch_size=5000)
            batch = []
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")  # planner statistics, as autovacuum keeps them in production
    print(f"loaded {n:,} open orders in {time.perf_counter() - t:.0f}s ({connection.vendor})")
    return zips


def searches(rng: random.Random, zips: list[str], k: int):
    """k searches: keywords alone, keywords + place, place + filters, occupation + wage, and browsing."""
    from jobcenter.joborders.search import JobSearch, resolve_place

    out = []
    for i in range(k):
        kind = i % 5
        word = rng.choice([t.split()[0].lower() for t in TITLES] + WORDS)
        place = resolve_place(rng.choice(zips))
        if kind == 0:
            out.append(JobSearch(q=word))
        elif kind == 1:
            out.append(JobSearch(q=word, position=place.position, radius_miles=rng.choice([10, 25, 50])))
        elif kind == 2:
            out.append(
                JobSearch(position=place.position, radius_miles=25, employment_type="part_time", posted_within_days=7)
            )
        elif kind == 3:
            out.append(JobSearch(soc_codes=(rng.choice(CODES),), min_hourly_wage=Decimal(rng.choice([15, 20, 25]))))
        else:
            out.append(JobSearch())
    return out


def run_page(search) -> int:
    """What the search page does: count, first 20 rows, public-safe rendering of each."""
    from django.core.paginator import Paginator

    from jobcenter.joborders.search import search_open_orders
    from jobcenter.joborders.selectors import public_job_order

    page = Paginator(search_open_orders(search), 20).get_page(1)
    rows = [public_job_order(o) for o in page.object_list]
    return page.paginator.count + len(rows) * 0


def run_naive(search) -> int:
    """The baseline: icontains per word, then place, wage and date checked in Python over every open order."""
    from django.db.models import Q

    from jobcenter.joborders.search import HOURS_PER_UNIT, words
    from jobcenter.joborders.selectors import _seeker_visible, public_job_order
    from jobcenter.matching.geo import miles_between, zip_position

    qs = _seeker_visible()
    for w in words(search.q):
        qs = qs.filter(Q(title__icontains=w) | Q(description__icontains=w))
    if search.soc_codes is not None:
        qs = qs.filter(soc_code__in=search.soc_codes)
    if search.employment_type:
        qs = qs.filter(employment_type=search.employment_type)
    cutoff = (
        dt.datetime.now(dt.UTC) - dt.timedelta(days=search.posted_within_days) if search.posted_within_days else None
    )
    hits = []
    for o in qs.order_by("-entered_at", "-id").iterator(chunk_size=2000):
        if search.position is not None:
            miles = miles_between(search.position, zip_position(o.worksite_zip))
            if miles is None or miles > search.radius_miles:
                continue
        if search.min_hourly_wage is not None:
            hours = HOURS_PER_UNIT.get(o.wage_unit)
            top = o.wage_max or o.wage_min
            if hours is None or top is None or top / hours < search.min_hourly_wage:
                continue
        if cutoff and o.entered_at < cutoff:
            continue
        hits.append(o)
    rows = [public_job_order(o) for o in hits[:20]]
    return len(hits) + len(rows) * 0


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--naive-queries", type=int, default=10, help="the baseline is slow: fewer queries")
    parser.add_argument("--database-url", default=f"sqlite:///{ROOT / 'var' / 'bench_jobsearch.sqlite3'}")
    args = parser.parse_args(argv)
    (ROOT / "var").mkdir(exist_ok=True)
    django_setup(args.database_url)
    rng = random.Random(SEED)
    zips = load(args.orders, rng)
    qs = searches(random.Random(SEED + 1), zips, args.queries)
    for s in qs[:5]:
        run_page(s)  # warm caches (ZIP table, connections)
    fast, naive, counts = [], [], []
    for s in qs:
        t = time.perf_counter()
        counts.append(run_page(s))
        fast.append((time.perf_counter() - t) * 1000)
    for s, expected in zip(qs[: args.naive_queries], counts, strict=False):
        t = time.perf_counter()
        got = run_naive(s)
        naive.append((time.perf_counter() - t) * 1000)
        if s.q == "" or not s.q:
            assert got == expected, f"baseline and search disagree on {s}: {got} vs {expected}"
    print(
        f"{args.orders:,} open orders, {len(fast)} searches (results per search: median {statistics.median(counts):,.0f})"
    )
    print(f"  search page    p50 {pct(fast, 50):8.1f} ms   p95 {pct(fast, 95):8.1f} ms")
    print(f"  naive baseline p50 {pct(naive, 50):8.1f} ms   p95 {pct(naive, 95):8.1f} ms   ({len(naive)} searches)")
    print(f"  speed-up at p95: {pct(naive, 95) / max(pct(fast, 95), 0.001):.1f}x")


if __name__ == "__main__":
    main()
