"""Baselines for the indicator benchmark, written without the engine: straightforward pandas, hand-written SQL.

Both compute the same thing as the engine's full run for Wagner-Peyser, PY2023 (wage match -> PIRL outcome
elements -> ER Q2, ER Q4, median Q2, retention, with the breakdowns) and return the same two small frames the
engine's result assembler takes, so the printed figures can be compared for equality.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

DIMS = ["veteran_status", "msfw", "sex", "age_group", "job_center", "region"]
RACES = {
    "p210": "Hispanic or Latino",
    "p211": "American Indian or Alaska Native",
    "p212": "Asian",
    "p213": "Black or African American",
    "p214": "Native Hawaiian or Other Pacific Islander",
    "p215": "White",
}
FLAGS = [
    "er2_den",
    "er2_num",
    "er2_emp",
    "er2_edu",
    "er4_den",
    "er4_num",
    "er4_emp",
    "er4_edu",
    "cred_den",
    "cred_num",
    "msg_den",
    "msg_num",
    "ret_den",
    "ret_num",
    "med",
]
EXCLUDED = [1, 2, 3, 4, 7]
NINES = 99_999_999


def _labels(ex: pd.DataFrame) -> pd.DataFrame:
    age = (ex.p900 - ex.p200) // 10000
    out = pd.DataFrame(index=ex.index)
    out["veteran_status"] = np.select([ex.p300 == 1, ex.p300 == 0], ["Veteran", "Not a veteran"], "Not known")
    out["msfw"] = np.select(
        [ex.p413 == 1, ex.p413 == 2], ["Seasonal farmworker", "Migrant farmworker"], "Not a farmworker"
    )
    out["sex"] = np.select([ex.p201 == 1, ex.p201 == 2], ["Male", "Female"], "Did not self-identify")
    out["age_group"] = np.select(
        [age < 16, age <= 18, age <= 24, age <= 44, age <= 54, age <= 59],
        ["Under 16", "16 to 18", "19 to 24", "25 to 44", "45 to 54", "55 to 59"],
        "60 and over",
    )
    out["job_center"] = ex.job_center.fillna("Not recorded")
    out["region"] = ex.region.fillna("Not recorded")
    return out


def pandas_run(pirl_path: Path, wage_files: list[Path], *, now_qidx: int, windows) -> tuple[pd.DataFrame, pd.DataFrame]:
    ex = pd.read_parquet(pirl_path)
    ex = ex[ex.p918 == 1]
    w = pd.concat(
        [
            pd.read_parquet(
                f,
                columns=[
                    "ssn_hash",
                    "employer_fein",
                    "ui_account",
                    "state",
                    "year",
                    "quarter",
                    "wages_cents",
                    "source",
                ],
            )
            for f in wage_files
        ],
        ignore_index=True,
    )
    w = w[(w.wages_cents > 0) & w.ssn_hash.isin(ex.ssn_hash)]
    w["qidx"] = w.year.astype("int64") * 4 + w.quarter.astype("int64") - 1
    w["tom"] = np.select([w.source.isin(["ui", "swis"]), w.source == "federal"], [1, 2], 3)
    w["employer"] = w.employer_fein.fillna(w.state + ":" + w.ui_account)
    per = w.groupby(["ssn_hash", "qidx", "tom", "employer"], as_index=False).wages_cents.sum()
    by_type = per.groupby(["ssn_hash", "qidx", "tom"], as_index=False).wages_cents.sum()
    by_type = by_type.sort_values(["ssn_hash", "qidx", "wages_cents", "tom"], ascending=[True, True, False, True])
    best = by_type.drop_duplicates(["ssn_hash", "qidx"]).drop(columns="wages_cents")
    totals = by_type.groupby(["ssn_hash", "qidx"], as_index=False).wages_cents.sum()
    by_emp = per.groupby(["ssn_hash", "qidx", "employer"], as_index=False).wages_cents.sum()
    by_emp = by_emp.sort_values(["ssn_hash", "qidx", "wages_cents", "employer"], ascending=[True, True, False, True])
    main = by_emp.drop_duplicates(["ssn_hash", "qidx"]).drop(columns="wages_cents")
    facts = best.merge(totals, on=["ssn_hash", "qidx"]).merge(main, on=["ssn_hash", "qidx"])

    exit_qidx = (ex.p901 // 10000) * 4 + (ex.p901 // 100 % 100 - 1) // 3
    out = ex.copy()
    for q in (2, 4):
        t = pd.DataFrame({"p100": ex.p100, "ssn_hash": ex.ssn_hash, "qidx": exit_qidx + q})
        t = t.merge(facts, on=["ssn_hash", "qidx"], how="left")
        in_lag = t.qidx >= now_qidx - 2
        matched = t.tom.notna()
        code = np.where(matched, t.tom, np.where(in_lag, 5, 0))
        t = t.set_index("p100").reindex(out.p100)
        out[f"emp{q}"] = np.isin(code, [1, 2, 3])
        out[f"unk{q}"] = code == 5
        out[f"wages{q}"] = np.where(matched, t.wages_cents, np.where(in_lag.to_numpy(), NINES, 0))
        out[f"employer{q}"] = t.employer.to_numpy()
    excluded = out.p923.isin(EXCLUDED)
    in_q2 = (out.p901 >= windows.q2.start) & (out.p901 <= windows.q2.end) & ~excluded
    in_q4 = (out.p901 >= windows.q4.start) & (out.p901 <= windows.q4.end) & ~excluded
    f = pd.DataFrame(index=out.index)
    f["er2_den"] = in_q2 & (out.emp2 | ~out.unk2)
    f["er2_num"] = f.er2_den & out.emp2
    f["er2_emp"] = f.er2_num
    f["er4_den"] = in_q4 & (out.emp4 | ~out.unk4)
    f["er4_num"] = f.er4_den & out.emp4
    f["er4_emp"] = f.er4_num
    f["ret_den"] = in_q4 & out.emp2
    f["ret_num"] = f.ret_den & out.emp4 & (out.employer2 == out.employer4)
    f["med"] = f.er2_den & out.emp2 & (out.wages2 > 0) & (out.wages2 < NINES)
    for k in FLAGS:
        if k not in f:
            f[k] = False
    f = f.astype("int64")
    f["earnings"] = out.wages2
    labels = _labels(out)
    parts = [f.assign(dimension="all", group="all")]
    parts += [f.assign(dimension=d, group=labels[d]) for d in DIMS]
    parts += [f[out[c] == 1].assign(dimension="race", group=label) for c, label in RACES.items()]
    long = pd.concat(parts, ignore_index=True)
    long = long[(long[["er2_den", "er4_den", "ret_den"]].sum(axis=1)) > 0]
    sums = long.groupby(["dimension", "group"], as_index=False)[FLAGS].sum()
    rows = []
    for (dim, group), values in long[long.med == 1].groupby(["dimension", "group"]).earnings:
        v = np.sort(values.to_numpy())
        n = len(v)
        mids = {(n - 1) // 2, n // 2}
        rows.append(
            {"dimension": dim, "group": group, "mid_sum": int(sum(int(v[i]) for i in mids)), "mid_n": len(mids), "n": n}
        )
    return sums, pd.DataFrame(rows, columns=["dimension", "group", "mid_sum", "mid_n", "n"])


def sql_run(pirl_path: Path, wage_glob: str, *, now_qidx: int, windows) -> tuple[pd.DataFrame, pd.DataFrame]:
    import duckdb

    con = duckdb.connect()
    q2s, q2e, q4s, q4e = windows.q2.start, windows.q2.end, windows.q4.start, windows.q4.end
    race_union = "\n".join(
        f"UNION ALL SELECT 'race', '{label}', * EXCLUDE (dims) FROM flags WHERE {c} = 1" for c, label in RACES.items()
    )
    dim_union = "\n".join(f"UNION ALL SELECT '{d}', dims.{d}, * EXCLUDE (dims) FROM flags" for d in DIMS)
    con.execute(f"""
    CREATE TEMP TABLE long AS
    WITH ex AS (
      SELECT *, (p901 // 10000) * 4 + (p901 // 100 % 100 - 1) // 3 AS exit_qidx
      FROM read_parquet('{pirl_path}') WHERE p918 = 1
    ),
    need AS (  -- only the quarters the indicators read: the 2nd and 4th after the exit quarter
      SELECT DISTINCT ssn_hash, exit_qidx + k AS qidx FROM ex CROSS JOIN (VALUES (2), (4)) v(k)
    ),
    w AS (
      SELECT w.ssn_hash, w.qidx, wages_cents,
             CASE WHEN source IN ('ui', 'swis') THEN 1 WHEN source = 'federal' THEN 2 ELSE 3 END AS tom,
             coalesce(employer_fein, state || ':' || ui_account) AS employer
      FROM (SELECT *, year * 4 + quarter - 1 AS qidx FROM read_parquet('{wage_glob}') WHERE wages_cents > 0) w
      SEMI JOIN need USING (ssn_hash, qidx)
    ),
    per AS (SELECT ssn_hash, qidx, tom, employer, sum(wages_cents) AS amt FROM w GROUP BY ALL),
    by_type AS (SELECT ssn_hash, qidx, tom, sum(amt) AS amt FROM per GROUP BY ALL),
    best AS (  -- greatest earnings, a tie the lower type: amt * 4 + (3 - tom) orders both
      SELECT ssn_hash, qidx, arg_max(tom, amt * 4 + (3 - tom)) AS tom, sum(amt) AS total FROM by_type GROUP BY ALL
    ),
    by_emp AS (SELECT ssn_hash, qidx, employer, sum(amt) AS amt FROM per GROUP BY ALL),
    main AS (
      SELECT ssn_hash, qidx, employer FROM by_emp
      QUALIFY row_number() OVER (PARTITION BY ssn_hash, qidx ORDER BY amt DESC, employer) = 1
    ),
    q AS (
      SELECT ex.p100, k, b.tom, b.total, m.employer, ex.exit_qidx + k >= {now_qidx} - 2 AS in_lag
      FROM ex CROSS JOIN (VALUES (2), (4)) v(k)
      LEFT JOIN best b ON b.ssn_hash = ex.ssn_hash AND b.qidx = ex.exit_qidx + k
      LEFT JOIN main m ON m.ssn_hash = ex.ssn_hash AND m.qidx = ex.exit_qidx + k
    ),
    outc AS (
      SELECT p100,
        bool_or(k = 2 AND tom IS NOT NULL) AS emp2, bool_or(k = 2 AND tom IS NULL AND in_lag) AS unk2,
        bool_or(k = 4 AND tom IS NOT NULL) AS emp4, bool_or(k = 4 AND tom IS NULL AND in_lag) AS unk4,
        max(CASE WHEN k = 2 THEN coalesce(total, CASE WHEN in_lag THEN {NINES} ELSE 0 END) END) AS wages2,
        max(CASE WHEN k = 2 THEN employer END) AS employer2, max(CASE WHEN k = 4 THEN employer END) AS employer4
      FROM q GROUP BY p100
    ),
    rec AS (
      SELECT ex.*, o.*,
        ex.p901 BETWEEN {q2s} AND {q2e} AND p923 NOT IN (1, 2, 3, 4, 7) AS c2,
        ex.p901 BETWEEN {q4s} AND {q4e} AND p923 NOT IN (1, 2, 3, 4, 7) AS c4,
        (p900 - p200) // 10000 AS age
      FROM ex JOIN outc o USING (p100)
    ),
    flags AS (
      SELECT
        {{'veteran_status': CASE p300 WHEN 1 THEN 'Veteran' WHEN 0 THEN 'Not a veteran' ELSE 'Not known' END,
          'msfw': CASE p413 WHEN 1 THEN 'Seasonal farmworker' WHEN 2 THEN 'Migrant farmworker' ELSE 'Not a farmworker' END,
          'sex': CASE p201 WHEN 1 THEN 'Male' WHEN 2 THEN 'Female' ELSE 'Did not self-identify' END,
          'age_group': CASE WHEN age < 16 THEN 'Under 16' WHEN age <= 18 THEN '16 to 18' WHEN age <= 24 THEN '19 to 24'
                            WHEN age <= 44 THEN '25 to 44' WHEN age <= 54 THEN '45 to 54' WHEN age <= 59 THEN '55 to 59'
                            ELSE '60 and over' END,
          'job_center': coalesce(job_center, 'Not recorded'), 'region': coalesce(region, 'Not recorded')}} AS dims,
        p210, p211, p212, p213, p214, p215, wages2 AS earnings,
        (c2 AND (emp2 OR NOT unk2))::INT AS er2_den, (c2 AND emp2)::INT AS er2_num,
        (c4 AND (emp4 OR NOT unk4))::INT AS er4_den, (c4 AND emp4)::INT AS er4_num,
        (c4 AND emp2)::INT AS ret_den, (c4 AND emp2 AND emp4 AND employer2 = employer4)::INT AS ret_num,
        (c2 AND emp2 AND wages2 > 0 AND wages2 < {NINES})::INT AS med
      FROM rec WHERE c2 OR c4
    )
    SELECT 'all' AS dimension, 'all' AS "group", * EXCLUDE (dims) FROM flags
    {dim_union}
    {race_union}
    """)
    sums = con.execute(
        """SELECT dimension, "group", sum(er2_den) er2_den, sum(er2_num) er2_num, sum(er2_num) er2_emp, 0 er2_edu,
           sum(er4_den) er4_den, sum(er4_num) er4_num, sum(er4_num) er4_emp, 0 er4_edu, 0 cred_den, 0 cred_num,
           0 msg_den, 0 msg_num, sum(ret_den) ret_den, sum(ret_num) ret_num, sum(med) med
           FROM long GROUP BY ALL"""
    ).df()
    medians = con.execute(
        """SELECT dimension, "group", sum(earnings) mid_sum, count(*) mid_n, max(n) n FROM (
             SELECT dimension, "group", earnings,
                    row_number() OVER (PARTITION BY dimension, "group" ORDER BY earnings) - 1 AS rn,
                    count(*) OVER (PARTITION BY dimension, "group") AS n
             FROM long WHERE med = 1)
           WHERE rn = (n - 1) // 2 OR rn = n // 2 GROUP BY ALL"""
    ).df()
    return sums, medians
