"""Match exiters to quarterly wage records (federal-specs 1.5 and 3; TEGL 10-16 Change 3 Attachment II).

Per exiter and quarter after the exit quarter:
* employed when any wage record (any employer, any source) shows wages > $0 in that calendar quarter;
* wages = total of the quarter's wage records across employers and sources;
* type of match (PIRL 1601/1603/1605/1607) = the source group with the greatest earnings: 1 UI (in-state or
  SWIS), 2 federal, 3 military (a tie goes to the lower code);
* employer = the employer (FEIN, else state + UI account) paying the most in the quarter (tie: lowest id);
  NAICS = that employer's (PIRL 1614-1617); Q2 and Q4 employers give retention (PIRL 1618);
* no wage record: 5 "not yet available" while the quarter is within the two-quarter lag (the current quarter is at
  most two quarters after it), else 0 "not employed" with $0 wages (TEGL 10-16 Chg 3: after two quarters without
  a wage match or supplemental information, wages convert to $0).
Supplemental wage information (type 4) is merged by the PIRL build, where a direct match wins.
"""

from __future__ import annotations

import datetime as dt

NOT_EMPLOYED, NOT_YET_AVAILABLE = 0, 5
LAG_QUARTERS = 2


def quarter_index(year, quarter):
    return year * 4 + quarter - 1


def exiter_frame(exiters):
    """Normalise ``exiters`` (DataFrame or list of dicts: person_id, ssn_hash, exit_date) for matching."""
    import pandas as pd

    df = exiters.copy() if isinstance(exiters, pd.DataFrame) else pd.DataFrame(list(exiters))
    if df.empty:
        df = pd.DataFrame({"person_id": pd.Series(dtype="string"), "ssn_hash": [], "exit_date": []})
    missing = {"person_id", "exit_date"} - set(df.columns)
    if missing:
        raise ValueError(f"exiters need columns {sorted(missing)}")
    if "ssn_hash" not in df.columns:
        df["ssn_hash"] = None
    d = df["exit_date"]
    if pd.api.types.is_integer_dtype(d):
        ymd = d.astype("int64")
    else:
        parsed = pd.to_datetime(d.astype("string").str.replace("-", "", regex=False), format="%Y%m%d")
        ymd = parsed.dt.year * 10000 + parsed.dt.month * 100 + parsed.dt.day
    out = pd.DataFrame(
        {
            "person_id": df["person_id"].astype("string"),
            "ssn_hash": df["ssn_hash"].astype("string").fillna(""),
            "exit_qidx": ((ymd // 10000) * 4 + ((ymd // 100 % 100) - 1) // 3).astype("int64"),
        }
    )
    return out


def current_qidx(as_of: dt.date) -> int:
    return as_of.year * 4 + (as_of.month - 1) // 3


def wage_rows(wages, keys):
    """The wage rows (> $0) of the (ssn_hash, qidx) pairs in ``keys``, with their quarter index, type of match and
    employer id. Rows are narrowed first and the derived columns computed on what is left."""
    import ibis

    w = wages.filter(wages.wages_cents > 0)
    w = w.select(
        "ssn_hash",
        "employer_fein",
        "ui_account",
        "state",
        "naics",
        "source",
        "wages_cents",
        qidx=(w.year.cast("int64") * 4 + w.quarter.cast("int64") - 1),
    ).semi_join(keys, ["ssn_hash", "qidx"])
    return w.mutate(
        tom=ibis.cases((w.source.isin(["ui", "swis"]), 1), (w.source == "federal", 2), else_=3),
        employer_id=ibis.coalesce(
            w.employer_fein.nullif(""),
            ibis.ifelse(w.ui_account.isnull(), ibis.null("string"), w.state.concat(":", w.ui_account)),
        ),
    )


def wage_quarter_facts(w):
    """Per (ssn_hash, qidx): total wages, type of match, main employer and its NAICS, from ``wage_rows`` output."""
    import ibis

    per = w.group_by(["ssn_hash", "qidx", "tom", "employer_id"]).aggregate(amt=w.wages_cents.sum(), naics=w.naics.max())
    by_type = per.group_by(["ssn_hash", "qidx", "tom"]).aggregate(amt=per.amt.sum())
    # The greatest earnings win, a tie the lower code: amt * 4 + (3 - tom) orders both at once and is unique per
    # quarter (tom is 1-3), so one aggregate replaces a window over the quarter's rows.
    best_type = by_type.group_by(["ssn_hash", "qidx"]).aggregate(
        tom=by_type.tom.argmax(by_type.amt * 4 + (3 - by_type.tom)), total=by_type.amt.sum()
    )
    by_emp = per.group_by(["ssn_hash", "qidx", "employer_id"]).aggregate(amt=per.amt.sum(), naics=per.naics.max())
    by_emp = by_emp.mutate(
        rn=ibis.row_number().over(
            group_by=[by_emp.ssn_hash, by_emp.qidx], order_by=[by_emp.amt.desc(), by_emp.employer_id.asc()]
        )
    )
    best_emp = by_emp.filter(by_emp.rn == 0).select(
        "ssn_hash", "qidx", emp_id=by_emp.employer_id, emp_naics=by_emp.naics
    )
    return best_type.left_join(best_emp, ["ssn_hash", "qidx"]).select(
        "ssn_hash", "qidx", "tom", "total", "emp_id", "emp_naics"
    )


def match_expr(exiters, wages, *, quarters_after_exit, now_qidx: int):
    """Ibis expression: one row per exiter x quarter after exit with the match outcome.

    ``exiters`` is an Ibis table with person_id, ssn_hash, exit_qidx; ``wages`` an Ibis table in the store schema.
    """
    import ibis

    qs = ibis.memtable({"q_after_exit": [int(q) for q in quarters_after_exit]})
    targets = exiters.cross_join(qs)
    targets = targets.mutate(qidx=targets.exit_qidx + targets.q_after_exit)
    # Only the wage rows of the quarters someone needs (a third of an exiter's rows over 12 quarters), so the
    # per-person groupings below work on those rows alone.
    keys = targets.select("ssn_hash", "qidx").distinct()
    facts = wage_quarter_facts(wage_rows(wages, keys))
    joined = targets.left_join(facts, ["ssn_hash", "qidx"])
    matched = joined.tom.notnull()
    in_lag = joined.qidx >= now_qidx - LAG_QUARTERS
    code = ibis.cases((matched, joined.tom), (in_lag, NOT_YET_AVAILABLE), else_=NOT_EMPLOYED)
    wages_cents = ibis.cases((matched, joined.total), (in_lag, ibis.null("int64")), else_=ibis.literal(0, "int64"))
    return joined.select(
        person_id=joined.person_id,
        q_after_exit=joined.q_after_exit.cast("int64"),
        year=(joined.qidx // 4).cast("int64"),
        quarter=(joined.qidx % 4 + 1).cast("int64"),
        employed_code=code.cast("int64"),
        wages_cents=wages_cents.cast("int64"),
        employer_id=joined.emp_id,
        naics=joined.emp_naics,
    )
