"""Indicator benchmark: the full run (wage match -> PIRL outcomes -> indicators with breakdowns) on the engine,
beside a straightforward pandas implementation and a hand-written DuckDB SQL query, in the same run.

    python benchmarks/wages.py generate --exiters 1000000 --wage-rows 40000000 --out var/bench/wages-1m
    python benchmarks/wages.py run --data var/bench/wages-1m [--methods engine,sql,pandas,spark]

Each method runs in its own process: wall time and peak RSS (ru_maxrss of that child) are printed with ratios to the
engine, and the figures (all indicators and breakdowns) are checked to be identical across methods.
Program Wagner-Peyser, PY2023, as of 2024-09-30 (so 2024Q2 wages are still in the two-quarter lag).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")

AS_OF = dt.date(2024, 9, 30)
PROGRAM_YEAR = 2023


def _typed_pirl(con, path: Path):
    import ibis

    from jobcenter.analytics.internals import pirl as pirl_io

    t = con.read_parquet(str(path))
    cols = {}
    for e in pirl_io.CODES + pirl_io.DATES + pirl_io.MONEY:
        name = f"p{e}"
        cols[name] = t[name].cast("int64") if name in t.columns else ibis.null("int64")
    for name in ["p100", "p108a", *pirl_io.EXTRA, "ssn_hash"]:
        cols[name] = t[name].cast("string") if name in t.columns else ibis.null("string")
    return t.select(**cols)


def run_engine(data: Path, engine: str) -> dict:
    import django

    django.setup()
    from jobcenter.analytics import indicators_from_typed
    from jobcenter.analytics.internals import backends, pipeline, wage_match
    from jobcenter.analytics.internals.windows import windows_for
    from jobcenter.wages import store

    con = backends.connect(engine)
    windows = windows_for(program_year=PROGRAM_YEAR)
    wages = con.read_parquet(store.parquet_glob(data / "wages"))
    full = pipeline.pirl_with_wages(
        _typed_pirl(con, data / "pirl.parquet"),
        wages,
        now_qidx=wage_match.current_qidx(AS_OF),
        quarters_after_exit=(2, 4),  # the quarters the indicators read, as the SQL and pandas baselines do
    )
    return indicators_from_typed(con, full, program="wagner-peyser", windows=windows)


def run_baseline(data: Path, method: str) -> dict:
    import django

    django.setup()
    from benchmarks import wages_baselines
    from jobcenter.analytics.internals import results, wage_match
    from jobcenter.analytics.internals.windows import windows_for

    windows = windows_for(program_year=PROGRAM_YEAR)
    now_qidx = wage_match.current_qidx(AS_OF)
    files = sorted((data / "wages" / "records").glob("*/*.parquet"))
    if method == "pandas":
        sums, medians = wages_baselines.pandas_run(data / "pirl.parquet", files, now_qidx=now_qidx, windows=windows)
    else:
        glob = str(data / "wages" / "records" / "*" / "*.parquet")
        sums, medians = wages_baselines.sql_run(data / "pirl.parquet", glob, now_qidx=now_qidx, windows=windows)
    return results.assemble(sums, medians, program="wagner-peyser", windows=windows)


def _prepare() -> None:
    """Imports and Django set-up happen before the clock starts (the same for every method)."""
    import django
    import duckdb  # noqa: F401
    import ibis  # noqa: F401
    import pandas  # noqa: F401

    django.setup()


def one(method: str, data: Path) -> None:
    _prepare()
    if method == "spark":
        from jobcenter.analytics.internals import backends

        backends.spark_session()  # JVM start-up is not part of the run
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    if method in ("engine", "spark"):
        result = run_engine(data, "duckdb" if method == "engine" else "spark")
    else:
        result = run_baseline(data, method)
    seconds = time.perf_counter() - start
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds of this process (all its threads): on a shared machine wall time mostly measures the neighbours.
    # Spark's work happens in its JVM (another process), so its CPU is not counted here.
    cpu = None if method == "spark" else (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print("RESULT " + json.dumps({"seconds": seconds, "cpu": cpu, "result": result}))


def measure(method: str, data: Path) -> dict:
    proc = subprocess.Popen(
        [sys.executable, __file__, "one", "--method", method, "--data", str(data)], stdout=subprocess.PIPE, text=True
    )
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{method} failed (status {status})")
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    payload = json.loads(line[len("RESULT ") :])
    return {
        "method": method,
        "seconds": payload["seconds"],
        "cpu": payload["cpu"],
        "peak_mb": usage.ru_maxrss / 1024,
        "result": payload["result"],
    }


def run(data: Path, methods: list[str]) -> None:
    print(f"load average before the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    rows = [measure(m, data) for m in methods]
    base = rows[0]
    head = f"{'method':<8} {'time':>9} {'CPU':>9} {'peak RSS':>10} {'time vs ' + base['method']:>16}"
    print(f"\n{head} {'CPU vs ' + base['method']:>15}  figures")
    for r in rows:
        same = "identical" if r["result"] == base["result"] else "DIFFERENT"
        ratio = r["seconds"] / base["seconds"]
        cpu = "n/a" if r["cpu"] is None else f"{r['cpu']:.1f}s"
        cpu_ratio = "n/a" if r["cpu"] is None or not base["cpu"] else f"{r['cpu'] / base['cpu']:.2f}x"
        print(
            f"{r['method']:<8} {r['seconds']:>8.1f}s {cpu:>9} {r['peak_mb']:>8.0f}MB {ratio:>15.2f}x"
            f" {cpu_ratio:>15}  {same}"
        )
    headline = {
        k: base["result"][k]
        for k in ("employment_rate_q2", "employment_rate_q4", "median_earnings_q2", "retention_with_same_employer")
    }
    print("\n" + json.dumps(headline))
    if any(r["result"] != base["result"] for r in rows):
        raise SystemExit("figures differ between methods")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--exiters", type=int, default=1_000_000)
    g.add_argument("--wage-rows", type=int, default=40_000_000)
    g.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--data", type=Path, required=True)
    r.add_argument("--methods", default="engine,sql,pandas")
    o = sub.add_parser("one")
    o.add_argument("--method", required=True)
    o.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.cmd == "generate":
        from benchmarks.wages_data import generate

        start = time.perf_counter()
        print(generate(args.out, exiters=args.exiters, wage_rows=args.wage_rows), f"{time.perf_counter() - start:.0f}s")
    elif args.cmd == "run":
        run(args.data, args.methods.split(","))
    else:
        one(args.method, args.data)


if __name__ == "__main__":
    main()
