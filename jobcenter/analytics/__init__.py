"""jobcenter.analytics — the wage-match and WIOA indicator engine (Ibis; DuckDB by default, Spark optional).

Public API (everything else lives in ``internals`` and may change):

    match_wage_records(*, exiters, quarters_after_exit=(1, 2, 3, 4), engine="duckdb", as_of=None, wage_dir=None)
        -> pandas.DataFrame [person_id, q_after_exit, year, quarter, employed_code, wages_cents, employer_id, naics]
    compute_indicators(*, pirl, program, program_year=None, quarter=None, engine="duckdb") -> dict
    cohort_windows(*, program_year=None, quarter=None) -> dict

Imports of Ibis, DuckDB and PySpark happen on first call, so importing this package is cheap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ENGINES = ("duckdb", "spark")
PROGRAMS = ("wagner-peyser", "adult", "dislocated-worker", "youth")
MATCH_COLUMNS = ["person_id", "q_after_exit", "year", "quarter", "employed_code", "wages_cents", "employer_id", "naics"]


def match_wage_records(
    *,
    exiters,
    quarters_after_exit=(1, 2, 3, 4),
    engine: str = "duckdb",
    as_of: dt.date | None = None,
    wage_dir: Path | str | None = None,
):
    """Match exiters to the wage store: one row per exiter x quarter after the exit quarter.

    ``exiters``: DataFrame or list of dicts with ``person_id``, ``ssn_hash`` (the keyed hash, may be blank) and
    ``exit_date`` (date, ``YYYY-MM-DD`` or ``YYYYMMDD``). ``employed_code`` is the PIRL type of employment match:
    1 UI/SWIS, 2 federal, 3 military, 5 not yet available, 0 not employed (4, supplemental, is the PIRL build's).
    ``wages_cents`` is null for 5 and 0 for 0. ``as_of`` (default: the injectable clock's today) decides the
    two-quarter wage lag. Negative quarters count back from the date's quarter: the PIRL build passes the date of
    program entry with (-1, -2, -3) for the wages and industry before participation (PIRL 1700-1702, 404-406).
    """
    import ibis

    from jobcenter.analytics.internals import backends, wage_match
    from jobcenter.core import clock
    from jobcenter.wages import store

    frame = wage_match.exiter_frame(exiters)
    now_qidx = wage_match.current_qidx(as_of or clock.today())
    con = backends.connect(engine)
    glob = store.parquet_glob(wage_dir)
    wages = ibis.memtable(store.arrow_schema().empty_table()) if glob is None else con.read_parquet(glob)
    expr = wage_match.match_expr(
        ibis.memtable(frame), wages, quarters_after_exit=quarters_after_exit, now_qidx=now_qidx
    )
    df = con.execute(expr.order_by(["person_id", "q_after_exit"]))
    return _tidy_matches(df)


def _tidy_matches(df):
    df = df[MATCH_COLUMNS].reset_index(drop=True)
    for c in ("q_after_exit", "year", "quarter", "employed_code"):
        df[c] = df[c].astype("int64")
    df["wages_cents"] = df["wages_cents"].astype("Int64")
    for c in ("person_id", "employer_id", "naics"):
        df[c] = df[c].astype("object").where(df[c].notna(), None)
    return df


def cohort_windows(*, program_year: int | None = None, quarter: str | None = None) -> dict:
    """The exit cohorts and MSG period used for a program year or a report quarter (federal-specs 2.3)."""
    from jobcenter.analytics.internals.windows import windows_for

    return windows_for(program_year=program_year, quarter=quarter).as_dict()


def compute_indicators(
    *, pirl, program: str, program_year: int | None = None, quarter: str | None = None, engine: str = "duckdb"
) -> dict:
    """WIOA indicators for ``program`` from a PIRL table (CSV/Parquet path or DataFrame; ``p<element>`` or bare
    element-number headers), for a program year (annual cohorts) or a report quarter like ``2024Q3``.

    Returns ``{"program", "period", <windows>, "employment_rate_q2", "employment_rate_q4", "median_earnings_q2",
    "credential_attainment", "measurable_skill_gains", "retention_with_same_employer", "breakdowns"}``; rates are
    ``{"numerator", "denominator", "rate"}``, the median ``{"count", "median"}`` in dollars; credential and MSG
    are ``None`` for Wagner-Peyser.
    """
    from jobcenter.analytics.internals import backends
    from jobcenter.analytics.internals import pirl as pirl_io

    if program not in PROGRAMS:
        raise ValueError(f"Unknown program {program!r}; choose one of {', '.join(PROGRAMS)}.")
    from jobcenter.analytics.internals.windows import windows_for

    windows = windows_for(program_year=program_year, quarter=quarter)
    con = backends.connect(engine)
    typed = pirl_io.typed(pirl_io.raw_table(con, pirl))
    return indicators_from_typed(con, typed, program=program, windows=windows)


def indicators_from_typed(con, typed, *, program: str, windows) -> dict:
    """Shared tail of the indicator run (also used by the benchmark's full run)."""
    from jobcenter.analytics.internals import backends, indicators, results

    with backends.cached(con, indicators.record_flags(typed, program=program, windows=windows)) as flags:
        long = indicators.long_groups(flags)
        sums_df = con.execute(indicators.sums_expr(long))
        median_df = con.execute(indicators.median_expr(long))
    return results.assemble(sums_df, median_df, program=program, windows=windows)
