"""Generate a state-scale wage + exiter data set for the indicator benchmark (seeded, numpy only).

Layout under ``--out``: ``pirl.parquet`` (typed PIRL columns for the exiters plus ``ssn_hash``) and
``wages/records/bench/<year>Q<q>.parquet`` (the wage store's schema and layout, so the engine reads it as-is).
Exits fall in 2022-01-01..2023-06-30 (PY2023's Q4 and Q2 cohorts); wages cover 12 quarters, 2021Q3..2024Q2.
A population three times the exiters holds jobs (most wage rows belong to people who never exited), about 80%
keep their main employer from quarter to quarter, and sources are 96% UI, 2% SWIS, 1.5% federal, 0.5% military.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

QUARTERS = [(2021 + (2 + i) // 4, (2 + i) % 4 + 1) for i in range(12)]  # 2021Q3 .. 2024Q2
CENTERS = [f"Job Center {i:02d}" for i in range(1, 31)]
REGIONS = ["Central", "Kansas City", "Northeast", "Northwest", "Ozark", "St. Louis", "Southeast", "West"]


def _hex_hashes(rng, n: int) -> np.ndarray:
    """n x 64 uint8 array of lowercase hex digits (stand-ins for keyed SHA-256 SSN hashes)."""
    raw = rng.integers(0, 256, size=(n, 32), dtype=np.uint8)
    digits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    out = np.empty((n, 64), dtype=np.uint8)
    out[:, 0::2] = digits[raw >> 4]
    out[:, 1::2] = digits[raw & 15]
    return out


def _strings(hex_rows: np.ndarray) -> pa.Array:
    n = len(hex_rows)
    fixed = pa.FixedSizeBinaryArray.from_buffers(pa.binary(64), n, [None, pa.py_buffer(hex_rows.tobytes())])
    return fixed.cast(pa.binary()).cast(pa.string())


def _dates(rng, n, start: dt.date, end: dt.date) -> np.ndarray:
    days = rng.integers(0, (end - start).days + 1, size=n)
    base = np.datetime64(start.isoformat())
    d = (base + days.astype("timedelta64[D]")).astype("datetime64[D]")
    y = d.astype("datetime64[Y]").astype(int) + 1970
    m = d.astype("datetime64[M]").astype(int) % 12 + 1
    day = (d - d.astype("datetime64[M]")).astype(int) + 1
    return (y * 10000 + m * 100 + day).astype("int64")


def generate(out: Path, *, exiters: int, wage_rows: int, seed: int = 20261129) -> dict:
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    population = exiters * 3
    hashes = _hex_hashes(rng, population)
    # exiters are people 0..exiters-1
    exit_date = _dates(rng, exiters, dt.date(2022, 1, 1), dt.date(2023, 6, 30))
    birth = _dates(rng, exiters, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    entry = exit_date - 10000 * (rng.random(exiters) < 0.3)
    code = rng.choice(
        [0, 1, 2, 3, 4, 5, 6, 7], size=exiters, p=[0.965, 0.005, 0.008, 0.004, 0.004, 0.004, 0.005, 0.005]
    )

    def flag(p):
        return (rng.random(exiters) < p).astype("int64")

    pirl = pa.table(
        {
            "p100": pa.array([f"MO{i:010d}" for i in range(exiters)]),
            "ssn_hash": _strings(hashes[:exiters]),
            "p918": pa.array(np.ones(exiters, dtype="int64")),
            "p903": pa.array(flag(0.1)),
            "p901": pa.array(exit_date),
            "p900": pa.array(entry),
            "p200": pa.array(birth),
            "p923": pa.array(code.astype("int64")),
            "p300": pa.array(rng.choice([0, 1, 9], size=exiters, p=[0.88, 0.1, 0.02]).astype("int64")),
            "p413": pa.array(rng.choice([0, 1, 2], size=exiters, p=[0.97, 0.02, 0.01]).astype("int64")),
            "p201": pa.array(rng.choice([1, 2, 9], size=exiters, p=[0.49, 0.49, 0.02]).astype("int64")),
            **{f"p{e}": pa.array(flag(p)) for e, p in zip(range(210, 216), (0.06, 0.01, 0.02, 0.15, 0.005, 0.78))},
            "job_center": pa.array(np.array(CENTERS)[rng.integers(0, len(CENTERS), exiters)]),
            "region": pa.array(np.array(REGIONS)[rng.integers(0, len(REGIONS), exiters)]),
        }
    )
    pq.write_table(pirl, out / "pirl.parquet")

    wage_dir = out / "wages" / "records" / "bench"
    wage_dir.mkdir(parents=True, exist_ok=True)
    per_quarter = wage_rows // len(QUARTERS)
    main_employer = rng.integers(0, 150_000, size=population)
    for qi, (year, quarter) in enumerate(QUARTERS):
        n = per_quarter + (wage_rows - per_quarter * len(QUARTERS) if qi == len(QUARTERS) - 1 else 0)
        person = rng.integers(0, population, size=n)
        moved = rng.random(n) < 0.2
        employer = np.where(moved, rng.integers(0, 150_000, size=n), main_employer[person])
        source = rng.choice(np.array(["ui", "swis", "federal", "military"]), size=n, p=[0.96, 0.02, 0.015, 0.005])
        has_fein = rng.random(n) < 0.9
        fein = np.char.add("43", np.char.zfill(employer.astype(str), 7))
        wages = np.maximum(0, rng.lognormal(mean=13.6, sigma=0.9, size=n)).astype("int64") // 10 * 10
        wages[rng.random(n) < 0.01] = 0
        table = pa.table(
            {
                "ssn_hash": _strings(hashes[person]),
                "employer_fein": pa.array(np.where(has_fein, fein, None)),
                "ui_account": pa.array(np.where(has_fein, None, np.char.add("UI", employer.astype(str)))),
                "naics": pa.array(np.char.add("56", np.char.zfill((employer % 10000).astype(str), 4))),
                "state": pa.array(np.where(source == "swis", "KS", np.where(source == "federal", "DC", "MO"))),
                "year": pa.array(np.full(n, year, dtype="int32")),
                "quarter": pa.array(np.full(n, quarter, dtype="int32")),
                "wages_cents": pa.array(wages),
                "source": pa.array(source),
                "file_id": pa.array(np.full(n, "bench")),
            }
        )
        pq.write_table(
            table,
            wage_dir / f"{year}Q{quarter}.parquet",
            compression="zstd",
            use_dictionary=["state", "source", "file_id", "year", "quarter"],
        )
    return {"exiters": exiters, "wage_rows": wage_rows, "quarters": len(QUARTERS)}
