"""WIOA primary indicators from a typed PIRL table (federal-specs 2; TEGL 10-16 Change 3 / TAC 17-01 Att. II).

Each record gets 0/1 flags (denominator / numerator of each indicator) once; the figures are sums of those flags
by breakdown group, and the median comes from the exact middle value(s) of the sorted earnings.

Rules (citations in docs/adr/0034-wioa-indicators.md):
* program: W-P 918=1; Adult 903 in 1-3; DW 904 in 1-3 or 909=1; Youth 905 in 1-3 (co-enrolled people count in
  each of their programs).
* exclusions (923): Table A 01-04 (06 is VR-only and not excluded here), Table B 05 (Youth), Table C 07.
  ER/median/credential/retention drop A+C (+B for Youth); MSG drops A (+B for Youth).
* the 9s: employed 9 or type of match 5 = not yet available -> left out of ER (unless a Youth is counted through
  education) and median; earnings all 9s (999999.99) or blank or $0 -> left out of the median.
* ER Q2/Q4: employed 1-3 (Youth: or placement 1900/1901 in 1-3) over exiters in the window.
* median Q2: over employed exiters with 0 < earnings < 999999.99 (1704); even count -> mean of the two middles.
* credential (Title I): opdR rule, within one year after exit (+10000 on YYYYMMDD).
* MSG (Title I): 1811 <= period end and (1813 >= period start or blank); a gain dated inside the period.
* retention with the same employer: 1618=1 over exiters employed in Q2, Q4 window.
"""

from __future__ import annotations

EMPLOYED = (1, 2, 3)
TABLE_A = (1, 2, 3, 4)
TABLE_B = (5,)
TABLE_C = (7,)
NOT_YET = 9
ALL_NINES_CENTS = 99_999_999
CRED_TRAINING = (2, 3, 4, 6, 7, 8, 9, 10)
PROGRAMS = ("wagner-peyser", "adult", "dislocated-worker", "youth")
TITLE_I = ("adult", "dislocated-worker", "youth")
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


def program_filter(t, program: str):
    if program == "wagner-peyser":
        return t.p918 == 1
    if program == "adult":
        return t.p903.isin([1, 2, 3])
    if program == "dislocated-worker":
        return t.p904.isin([1, 2, 3]) | (t.p909 == 1)
    if program == "youth":
        return t.p905.isin([1, 2, 3])
    raise ValueError(f"Unknown program {program!r}; choose one of {', '.join(PROGRAMS)}.")


def _between(col, start: int, end: int):
    return col.notnull() & (col >= start) & (col <= end)


def _any(exprs):
    out = exprs[0]
    for e in exprs[1:]:
        out = out | e
    return out


def record_flags(t, *, program: str, windows):
    """Per-record 0/1 flags for ``program`` (Ibis expression), restricted to records in some window.

    Built in two steps (facts per record, then flags from facts) so the generated SQL stays small.
    """
    import ibis

    youth = program == "youth"
    title_i = program in TITLE_I
    t = t.filter(program_filter(t, program))
    ex = t.p923.fill_null(0)

    def known(expr):
        return expr.fill_null(False)

    def employed(col):
        return known(col.isin(list(EMPLOYED)))

    facts = {
        "exb": ex.isin(list(TABLE_A + (TABLE_B if youth else ()))),
        "exf": ex.isin(list(TABLE_A + (TABLE_B if youth else ()) + TABLE_C)),
        "in_q2": _between(t.p901, windows.q2.start, windows.q2.end),
        "in_q4": _between(t.p901, windows.q4.start, windows.q4.end),
        "emp2": employed(t.p1602),
        "emp4": employed(t.p1606),
        "edu2": employed(t.p1900) if youth else ibis.literal(False),
        "edu4": employed(t.p1901) if youth else ibis.literal(False),
        "unk2": t.p1602.isnull() | (t.p1602 == NOT_YET) | known(t.p1603 == 5),
        "unk4": t.p1606.isnull() | (t.p1606 == NOT_YET) | known(t.p1607 == 5),
        "earn_ok": known((t.p1603 != 5) | t.p1603.isnull())
        & t.p1704.notnull()
        & known(t.p1704 > 0)
        & known(t.p1704 < ALL_NINES_CENTS),
        "same_employer": known(t.p1618 == 1),
    }
    if title_i:
        limit = t.p901 + 10000
        ms, me = windows.msg.start, windows.msg.end
        creds = [(t.p1800, t.p1801), (t.p1802, t.p1803), (t.p1804, t.p1805)]
        facts |= {
            "cred_training": _any([employed_in(c, CRED_TRAINING) for c in (t.p1303, t.p1310, t.p1315)])
            | known(t.p1332 == 1)
            | known((t.p408 == 0) & (t.p1401 == 1)),
            "cred_post": _any([known(kind.isin([2, 3, 4, 5, 6, 7]) & (date <= limit)) for kind, date in creds]),
            "cred_secondary": _any([known((kind == 1) & (date <= limit)) for kind, date in creds]),
            "emp_or_enrolled": _any([employed(c) for c in (t.p1600, t.p1602, t.p1604, t.p1606)])
            | known(t.p1406 <= limit),
            "in_training": known(t.p1811 <= me) & (known(t.p1813 >= ms) | t.p1813.isnull()),
            "gain": _any(
                [_between(d, ms, me) for d in (t.p1806, t.p1807, t.p1808, t.p1809, t.p1810)]
                + [known((kind == 1) & (date >= ms) & (date <= me)) for kind, date in creds]
            ),
        }
    f = t.select(earnings=t.p1704, **facts, **breakdown_columns(t))

    c2 = f.in_q2 & ~f.exf
    c4 = f.in_q4 & ~f.exf
    er2_den = c2 & (f.emp2 | f.edu2 | ~f.unk2)
    er4_den = c4 & (f.emp4 | f.edu4 | ~f.unk4)
    if title_i:
        cred_den = c4 & f.cred_training
        cred_num = cred_den & (f.cred_post | (f.cred_secondary & f.emp_or_enrolled))
        msg_den = f.in_training & ~f.exb
        msg_num = msg_den & f.gain
    else:
        cred_den = cred_num = msg_den = msg_num = ibis.literal(False)
    flags = {
        "er2_den": er2_den,
        "er2_num": er2_den & (f.emp2 | f.edu2),
        "er2_emp": er2_den & f.emp2,
        "er2_edu": er2_den & f.edu2,
        "er4_den": er4_den,
        "er4_num": er4_den & (f.emp4 | f.edu4),
        "er4_emp": er4_den & f.emp4,
        "er4_edu": er4_den & f.edu4,
        "cred_den": cred_den,
        "cred_num": cred_num,
        "msg_den": msg_den,
        "msg_num": msg_num,
        "ret_den": c4 & f.emp2,
        "ret_num": c4 & f.emp2 & f.same_employer,
        "med": er2_den & f.emp2 & f.earn_ok,
    }
    dims = [*DIMENSIONS, *RACES]
    out = f.select("earnings", *dims, **{k: v.cast("int8") for k, v in flags.items()})
    relevant = (out.er2_den + out.er4_den + out.cred_den + out.msg_den + out.ret_den) > 0
    return out.filter(relevant)


def employed_in(col, codes):
    return col.isin(list(codes)).fill_null(False)


RACES = {
    "p210": "Hispanic or Latino",
    "p211": "American Indian or Alaska Native",
    "p212": "Asian",
    "p213": "Black or African American",
    "p214": "Native Hawaiian or Other Pacific Islander",
    "p215": "White",
}
DIMENSIONS = ("veteran_status", "msfw", "sex", "age_group", "job_center", "region")


def breakdown_columns(t):
    import ibis

    age = ((t.p900 - t.p200) // 10000).cast("int64")
    cols = {
        "veteran_status": ibis.cases((t.p300 == 1, "Veteran"), (t.p300 == 0, "Not a veteran"), else_="Not known"),
        "msfw": ibis.cases(
            (t.p413 == 1, "Seasonal farmworker"), (t.p413 == 2, "Migrant farmworker"), else_="Not a farmworker"
        ),
        "sex": ibis.cases((t.p201 == 1, "Male"), (t.p201 == 2, "Female"), else_="Did not self-identify"),
        "age_group": ibis.cases(
            (age.isnull(), "Not known"),
            (age < 16, "Under 16"),
            (age <= 18, "16 to 18"),
            (age <= 24, "19 to 24"),
            (age <= 44, "25 to 44"),
            (age <= 54, "45 to 54"),
            (age <= 59, "55 to 59"),
            else_="60 and over",
        ),
        "job_center": t.job_center.fill_null("Not recorded"),
        "region": t.region.fill_null("Not recorded"),
    }
    for col in RACES:
        cols[col] = (t[col] == 1).fill_null(False)
    return cols


def long_groups(flags):
    """Union of (dimension, group, flags...) rows: 'all', each single-valued dimension, and each race flag."""
    import ibis

    keep = ["earnings", *FLAGS]
    parts = [flags.select(*keep, dimension=ibis.literal("all"), group=ibis.literal("all"))]
    for dim in DIMENSIONS:
        parts.append(flags.select(*keep, dimension=ibis.literal(dim), group=flags[dim].cast("string")))
    for col, label in RACES.items():
        parts.append(flags.filter(flags[col]).select(*keep, dimension=ibis.literal("race"), group=ibis.literal(label)))
    return ibis.union(*parts, distinct=False)


def sums_expr(long):
    return long.group_by(["dimension", "group"]).aggregate(**{k: long[k].cast("int64").sum() for k in FLAGS})


def median_expr(long):
    """For each group: the one or two middle earnings (sum and count of them), from sorted values."""
    import ibis

    m = long.filter(long.med == 1).select("dimension", "group", "earnings")
    w = ibis.window(group_by=[m.dimension, m.group], order_by=[m.earnings])
    m = m.mutate(rn=ibis.row_number().over(w), n=m.earnings.count().over(group_by=[m.dimension, m.group]))
    middle = m.filter((m.rn == (m.n - 1) // 2) | (m.rn == m.n // 2))
    return middle.group_by(["dimension", "group"]).aggregate(
        mid_sum=middle.earnings.sum(), mid_n=middle.earnings.count(), n=middle.n.max()
    )
