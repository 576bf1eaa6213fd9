"""Matching benchmarks: candidates for an order among N seekers, jobs for a seeker among M open orders, and the
time to bring the index up to date after 1,000 profile changes. Run on demand (never from pytest)::

    python benchmarks/matching.py --seekers 1000000 --orders 100000 \
        --database-url postgresql://postgres@127.0.0.1:5432/jc_match      # empties that DB's seekers and orders

Each latency (p50/p95 over --queries random orders/seekers) is printed beside a naive full scan measured in the
same run: every index row (or every open order) read and scored in Python with the same rules, no prefilter.

Orders without an occupation code take another path (``candidate_pool`` reads ``MatchProfile`` rather than
``MatchOccupation``: every seeker within reach can qualify). ``--only uncoded`` times just that path: the same
random orders with their code and, right after each, without it (the same worksite, requirements and seekers),
printed as ratios to the coded path, and checked against the naive scan::

    python benchmarks/matching.py --skip-load --only uncoded --queries 40 --naive 3 \
        --database-url postgresql://postgres@127.0.0.1:5432/jc_match
"""

from __future__ import annotations

import argparse
import copy
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

from benchmarks._common import django_setup, pct  # noqa: E402

SEED = 20261129
CREDENTIALS = ["Forklift certification", "CNA", "ServSafe", "OSHA 10", "CDL Class A", "Driver's license", "Welding"]
EDUCATION = ["0", "1", "1", "2", "4", "5", "6", "7", "8"]
AVAILABILITY = ["full_time", "part_time", "either", "seasonal", ""]


PROFILE_COLUMNS = (
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
    "occupation_periods",
    "updated_at",
)


def _copy_or_bulk(model, rows: list, fields: list[str]) -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        # COPY does not apply Django's defaults: send them for the NOT NULL columns the generator leaves out
        # (fields added to the model after this loader was written, e.g. seekers' middle_name).
        extra = [
            f
            for f in model._meta.concrete_fields
            if f.name not in fields
            and f.attname not in fields
            and not f.null
            and not f.primary_key
            and not f.unique
            and f.get_default() is not None
        ]
        defaults = [f.get_default() for f in extra]
        fields = [*fields, *(f.attname for f in extra)]
        rows = [(*r, *defaults) for r in rows]
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
    from jobcenter.matching.index import search_values
    from jobcenter.matching.models import MatchOccupation, MatchProfile, OrderRequirements
    from jobcenter.matching.scoring import EDUCATION_RANK, normalize_name, reach_degrees
    from jobcenter.occupations.models import Occupation, TechnologySkill
    from jobcenter.seekers.models import Credential, DesiredOccupation, JobSeeker, Skill, WorkHistory

    rng = random.Random(SEED)
    if not Occupation.objects.exists():
        from jobcenter.occupations.importer import import_onet

        t = time.perf_counter()
        import_onet(settings.ONET_DATA_DIR, with_alternates=False)
        print(f"imported O*NET in {time.perf_counter() - t:.0f}s")
    codes = list(Occupation.objects.values_list("code", flat=True))
    weights = [1 / (i + 1) ** 0.8 for i in range(len(codes))]
    rng.shuffle(codes)
    raw = {normalize_name(e): e for e in TechnologySkill.objects.values_list("example", flat=True)[:3000]}
    tech = sorted(raw)
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
    ended = dt.date(2026, 10, 1)  # every generated job ended here, so months of experience do not depend on today
    seeker_rows, profile_rows, occ_rows, work_rows, desired_rows, cred_rows, skill_rows = [], [], [], [], [], [], []
    for i in range(1, n_seekers + 1):
        z = rng.choice(zips)
        lat, lon = positions[z]
        radius = rng.choice([10, 20, 30, 30, 50])
        mine = {}
        for c in rng.choices(codes, weights=weights, k=rng.choice([1, 1, 2, 3])):
            mine[c] = rng.choice([0, 6, 12, 24, 60])
        edu = rng.choice(EDUCATION)
        vet = rng.random()
        eligible, disabled = (
            ("1", "1") if vet < 0.03 else ("1", "0") if vet < 0.08 else ("3", "0") if vet < 0.10 else ("0", "0")
        )
        availability = rng.choice(AVAILABILITY)
        relocate = rng.random() < 0.05
        born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000))
        credentials = rng.sample(CREDENTIALS[:-2] + CREDENTIALS[-1:], rng.choice([0, 0, 1, 2]))
        if rng.random() < 0.6:
            credentials.append("Driver's license")
        skills = sorted(set(rng.sample(tech, rng.choice([0, 1, 3]))))
        # The person's record and résumé, then the index row that matching.index.profile_values derives from them
        # (checked on a sample after loading).
        seeker_rows.append(
            (
                i,
                f"B{i:011d}",
                "Given",
                f"Person{i}",
                z,
                now,
                now,
                True,
                "",
                "1" if eligible != "0" and eligible != "3" else "0",
                eligible,
                disabled,
                edu,
                availability,
                radius,
                relocate,
                born,
                center.pk,
            )
        )
        periods = {}  # code -> [[first, past-last)] month numbers, as matching.index stores them
        for c, m in mine.items():
            if m:
                k = ended.year * 12 + ended.month - 1 - m
                work_rows.append((i, "Previous Co", "Worker", c, dt.date(k // 12, k % 12 + 1, 1), ended))
                periods[c] = [[k + 1, ended.year * 12 + ended.month]]
            else:
                desired_rows.append((i, "Wanted", c))
        cred_rows += [(i, "license" if "driver" in n.lower() else "certification", n) for n in credentials]
        skill_rows += [(i, raw[n]) for n in skills]
        profile_rows.append(
            (
                i,
                center.pk,
                True,
                1 if disabled == "1" else 2 if eligible != "0" else 3,
                EDUCATION_RANK[edu],
                edu,
                max(mine.values(), default=0),  # every job ends at `ended`: months held at once count once
                availability,
                lat,
                lon,
                radius,
                reach_degrees(radius),
                relocate,
                born,
                "Driver's license" in credentials,
                sorted({normalize_name(c) for c in credentials}),
                skills,
                mine,
                periods,
                now,
            )
        )
        shared = search_values(dict(zip(PROFILE_COLUMNS, profile_rows[-1], strict=True)))
        occ_rows += [(i, c, m, *shared.values()) for c, m in mine.items()]
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
                    "education_level",
                    "availability",
                    "commute_radius_miles",
                    "willing_to_relocate",
                    "date_of_birth",
                    "home_job_center_id",
                ],
            )
            _copy_or_bulk(
                WorkHistory,
                work_rows,
                ["seeker_id", "employer_name", "title", "onet_soc_code", "start_date", "end_date"],
            )
            _copy_or_bulk(DesiredOccupation, desired_rows, ["seeker_id", "title", "onet_soc_code"])
            _copy_or_bulk(Credential, cred_rows, ["seeker_id", "kind", "name"])
            _copy_or_bulk(Skill, skill_rows, ["seeker_id", "name"])
            _copy_or_bulk(MatchProfile, profile_rows, list(PROFILE_COLUMNS))
            _copy_or_bulk(MatchOccupation, occ_rows, ["profile_id", "code", "months", *shared])
            seeker_rows, profile_rows, occ_rows, work_rows, desired_rows, cred_rows, skill_rows = (
                [],
                [],
                [],
                [],
                [],
                [],
                [],
            )
            if i % 200_000 == 0:
                print(f"  {i:,} seekers ({time.perf_counter() - t:.0f}s)", flush=True)
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
                required_credentials=(required := rng.choice([[], [], ["Forklift certification"], ["CNA"]])),
                credential_keys=[normalize_name(n) for n in required],
                is_open=True,
                soc_code=order_rows[-1].soc_code,
                employment_type=order_rows[-1].employment_type,
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


def check_index(n: int = 200) -> str:
    """The generated index rows must be what ``matching.index`` derives from the generated records."""
    from jobcenter.matching.index import occupation_rows, profile_values
    from jobcenter.matching.models import MatchOccupation, MatchProfile
    from jobcenter.seekers.models import JobSeeker

    rng = random.Random(SEED + 2)
    top = JobSeeker.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    ids = rng.sample(range(1, top + 1), min(n, top))
    seekers = JobSeeker.objects.filter(pk__in=ids).prefetch_related(
        "work_history", "desired_occupations", "credentials", "skills"
    )
    stored = {p.seeker_id: p for p in MatchProfile.objects.filter(seeker_id__in=ids)}
    search = {}
    for row in MatchOccupation.objects.filter(profile_id__in=ids).order_by("code").values():
        row.pop("id")
        search.setdefault(row["profile_id"], []).append(row)
    bad = []
    for s in seekers:
        values, codes = profile_values(s)
        p = stored.get(s.pk)
        diff = [k for k, v in values.items() if p is None or getattr(p, k) != v]
        derived = [
            {k: v for k, v in vars(o).items() if k not in ("_state", "id")}
            for o in occupation_rows(s.pk, values, codes)
        ]
        if derived != search.get(s.pk, []):
            diff.append("occupation rows")
        if diff:
            bad.append((s.pk, diff))
    if bad:
        raise SystemExit(f"generated index rows differ from their records: {bad[:5]}")
    return f"{len(ids)} sampled index rows equal what matching.index derives from their records"


def naive_candidates(order, limit=100):
    """Baseline: read every index row and apply the same rules in Python (no SQL prefilter)."""
    from jobcenter.core import clock
    from jobcenter.matching import scoring
    from jobcenter.matching.models import MatchProfile
    from jobcenter.matching.selectors import PROFILE_FIELDS, _facts_from_values, _within_reach, order_facts
    from jobcenter.occupations.facts import occupation_facts

    occ, of, today = occupation_facts(), order_facts(order), clock.today()
    related = occ.related_codes(of.code) if of.code else None  # no code on the order: any seeker
    out = []
    for v in MatchProfile.objects.filter(active=True).values(*PROFILE_FIELDS).iterator(chunk_size=20_000):
        sf = _facts_from_values(v)
        if related is not None and not related & set(sf.occupations):
            continue
        if not scoring.minimum_requirements(sf, of, occ, as_of=today).met:
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


def uncoded(order):
    """The same order without an occupation code (in memory only: nothing is saved)."""
    other = copy.copy(order)
    other.soc_code = ""
    return other


def bench_uncoded(user, orders, *, naive: int, n_seekers: int) -> None:
    """Candidates for orders without an occupation code (the fallback path), each beside the same order with its
    code (the indexed path) measured right before it, so both see the same machine load; ratios of the two."""
    from jobcenter.cases.choices import PriorityTier
    from jobcenter.matching.selectors import candidate_pool, candidates_for_order

    def run(order):
        t = time.perf_counter()
        found = candidates_for_order(user=user, order=order, limit=100)
        return (time.perf_counter() - t) * 1000, found

    coded_ms, uncoded_ms, found = [], [], []
    for order in orders:
        ms, _ = run(order)
        coded_ms.append(ms)
        ms, result = run(uncoded(order))
        uncoded_ms.append(ms)
        found.append(result)
    # Pool sizes (untimed): index rows that pass the SQL prefilter, every tier, with and without the code.
    sample = orders[: min(5, len(orders))]
    tiers = sorted(PriorityTier.values)

    def pool(o):
        return sum(candidate_pool(user=user, order=o, tier=t).count() for t in tiers)

    coded_pool = statistics.mean(pool(o) for o in sample)
    uncoded_pool = statistics.mean(pool(uncoded(o)) for o in sample)
    slow, scanned = [], []
    for o in orders[:naive]:
        t = time.perf_counter()
        scanned.append(naive_candidates(uncoded(o)))
        slow.append((time.perf_counter() - t) * 1000)
    same = sum([(int(c.priority), -c.total, c.seeker.pk) for c in f] == n for f, n in zip(found, scanned, strict=False))
    c50, c95, u50, u95 = (
        statistics.median(coded_ms),
        pct(coded_ms, 95),
        statistics.median(uncoded_ms),
        pct(uncoded_ms, 95),
    )
    print(
        f"candidates_for_order among {n_seekers:,} seekers, {len(orders)} orders each with and without its "
        f"occupation code: coded p50 {c50:.0f} ms, p95 {c95:.0f} ms | uncoded p50 {u50:.0f} ms, p95 {u95:.0f} ms, "
        f"max {max(uncoded_ms):.0f} ms -> uncoded / coded {u50 / c50:.1f}x at p50, {u95 / c95:.1f}x at p95 "
        f"(mean {statistics.mean(map(len, found)):.0f} candidates returned; SQL pool of {len(sample)} orders, all "
        f"tiers: {coded_pool:,.0f} coded, {uncoded_pool:,.0f} uncoded)"
        + (
            f" | naive full scan p50 {statistics.median(slow):.0f} ms; same people in the same order as the naive "
            f"scan for {same} of {len(scanned)} uncoded orders"
            if scanned
            else ""
        )
    )


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seekers", type=int, default=1_000_000)
    p.add_argument("--orders", type=int, default=100_000)
    p.add_argument("--queries", type=int, default=40)
    p.add_argument("--naive", type=int, default=3, help="naive full scans per benchmark")
    p.add_argument("--changes", type=int, default=1000)
    p.add_argument("--database-url", default=os.environ.get("DATABASE_URL", "sqlite:///var/bench_matching.sqlite3"))
    p.add_argument("--skip-load", action="store_true", help="time the database loaded by an earlier run")
    p.add_argument(
        "--load-only", action="store_true", help="generate the data and stop (run it without the bench lock)"
    )
    p.add_argument(
        "--only",
        choices=["uncoded"],
        help="uncoded: only orders without an occupation code, beside the same orders with it",
    )
    args = p.parse_args(argv)
    django_setup(args.database_url)
    from jobcenter.accounts.models import User
    from jobcenter.joborders.models import JobOrder
    from jobcenter.matching.index import profiles_rebuild
    from jobcenter.matching.models import MatchOccupation
    from jobcenter.matching.selectors import candidates_for_order, jobs_for_seeker
    from jobcenter.occupations.facts import occupation_facts
    from jobcenter.seekers.models import JobSeeker, WorkHistory

    if not args.skip_load:
        load(args.seekers, args.orders)
    print(check_index())
    if args.load_only:
        return
    user = User.objects.filter(username="bench_csu").first() or User.objects.create(username="bench_csu", role="csu")
    occupation_facts()  # warm the O*NET cache like a running server
    rng = random.Random(SEED + 1)
    n_orders = JobOrder.objects.count()
    n_seekers = JobSeeker.objects.count()
    orders = list(JobOrder.objects.filter(pk__in=rng.sample(range(1, n_orders + 1), args.queries)))
    seekers = list(JobSeeker.objects.filter(pk__in=rng.sample(range(1, n_seekers + 1), args.queries)))

    if args.only == "uncoded":
        bench_uncoded(user, orders, naive=args.naive, n_seekers=n_seekers)
        return

    def timed(fn, items):
        out, results = [], []
        for it in items:
            t = time.perf_counter()
            results.append(fn(it))
            out.append((time.perf_counter() - t) * 1000)
        return out, results

    fast, found = timed(lambda o: candidates_for_order(user=user, order=o, limit=100), orders)
    slow, naive = timed(naive_candidates, orders[: args.naive])
    same = sum([(int(c.priority), -c.total, c.seeker.pk) for c in f] == n for f, n in zip(found, naive, strict=False))
    print(
        f"candidates_for_order among {n_seekers:,} seekers: p50 {statistics.median(fast):.0f} ms, "
        f"p95 {pct(fast, 95):.0f} ms, max {max(fast):.0f} ms (mean {statistics.mean(map(len, found)):.0f} "
        f"candidates returned) | naive full scan p50 {statistics.median(slow):.0f} ms -> "
        f"{statistics.median(slow) / statistics.median(fast):.0f}x; same people in the same order as the naive "
        f"scan for {same} of {len(naive)} orders"
    )
    fast, found = timed(lambda s: jobs_for_seeker(seeker=s, limit=50), seekers)
    slow, naive = timed(naive_jobs, seekers[: args.naive])
    same = sum([(-m.total, m.order.pk) for m in f] == n for f, n in zip(found, naive, strict=False))
    print(
        f"jobs_for_seeker among {n_orders:,} open orders: p50 {statistics.median(fast):.0f} ms, "
        f"p95 {pct(fast, 95):.0f} ms, max {max(fast):.0f} ms (mean {statistics.mean(map(len, found)):.0f} jobs "
        f"returned) | naive full scan p50 {statistics.median(slow):.0f} ms -> "
        f"{statistics.median(slow) / statistics.median(fast):.0f}x; same orders in the same order as the naive "
        f"scan for {same} of {len(naive)} seekers"
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
    current = MatchOccupation.objects.filter(profile_id__in=[s.pk for s in changed], code=code, months__gt=0).count()
    t = time.perf_counter()
    profiles_rebuild(JobSeeker.objects.filter(pk__in=[s.pk for s in changed]))
    bulk = time.perf_counter() - t
    print(
        f"index update after {args.changes:,} profile changes: {live:.1f} s as they are saved "
        f"({1000 * live / args.changes:.1f} ms per save, the index refresh included), bulk rebuild of the same "
        f"{args.changes:,} {bulk:.1f} s; {current:,} of the {args.changes:,} changed seekers' index rows show the "
        f"new work in {code} right after the save"
    )
    # Undo the changes (each delete re-indexes too) so the next --skip-load run reads the same data.
    t = time.perf_counter()
    for row in WorkHistory.objects.filter(employer_name="Bench", title="Bench"):
        row.delete()
    print(f"undone in {time.perf_counter() - t:.1f} s")
    bench_uncoded(user, orders, naive=args.naive, n_seekers=n_seekers)


if __name__ == "__main__":
    main()
