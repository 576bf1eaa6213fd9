"""The full indicator run in one engine: wage match -> PIRL outcome elements -> indicators.

Used by the benchmark (and usable by a PIRL build): ``pirl`` is a typed PIRL table (as ``pirl.typed`` returns)
with an extra ``ssn_hash`` column; its outcome elements (1600-1607, 1614-1617 are not needed, 1703-1706, 1618) are
replaced by the wage match.
"""

from __future__ import annotations

from jobcenter.analytics.internals import wage_match

OUTCOME_COLUMNS = ("p1600", "p1601", "p1602", "p1603", "p1604", "p1605", "p1606", "p1607")
WAGE_COLUMNS = ("p1703", "p1704", "p1705", "p1706")
NINES_CENTS = 99_999_999


def wage_elements(matches):
    """Pivot match rows (person_id, q_after_exit, employed_code, wages_cents, employer_id) to PIRL elements."""
    import ibis

    m = matches
    employed = ibis.cases((m.employed_code.isin([1, 2, 3]), 1), (m.employed_code == 5, 9), else_=0)
    aggs = {}
    for q in (1, 2, 3, 4):
        at = m.q_after_exit == q
        aggs[OUTCOME_COLUMNS[2 * (q - 1)]] = ibis.ifelse(at, employed, ibis.null("int64")).max()
        aggs[OUTCOME_COLUMNS[2 * (q - 1) + 1]] = ibis.ifelse(at, m.employed_code, ibis.null("int64")).max()
        wages = ibis.coalesce(m.wages_cents, ibis.literal(NINES_CENTS, "int64"))
        aggs[WAGE_COLUMNS[q - 1]] = ibis.ifelse(at, wages, ibis.null("int64")).max()
    aggs["emp_q2"] = ibis.ifelse(m.q_after_exit == 2, m.employer_id, ibis.null("string")).max()
    aggs["emp_q4"] = ibis.ifelse(m.q_after_exit == 4, m.employer_id, ibis.null("string")).max()
    w = m.group_by("person_id").aggregate(**aggs)
    same = (w.emp_q2.notnull() & w.emp_q4.notnull() & (w.emp_q2 == w.emp_q4)).cast("int64")
    return w.mutate(p1618=same).drop("emp_q2", "emp_q4")


def pirl_with_wages(pirl, wages, *, now_qidx: int, quarters_after_exit=(1, 2, 3, 4)):
    """``pirl`` (typed, with ssn_hash) with its wage outcome elements filled from ``wages``.

    ``quarters_after_exit=(2, 4)`` fills only what the indicators read (ER Q2/Q4, median Q2, retention); the
    elements of the other quarters are then null.
    """
    exiters = pirl.filter(pirl.p901.notnull()).select(
        person_id=pirl.p100,
        ssn_hash=pirl.ssn_hash.fill_null(""),
        exit_qidx=((pirl.p901 // 10000) * 4 + ((pirl.p901 // 100 % 100) - 1) // 3).cast("int64"),
    )
    matches = wage_match.match_expr(exiters, wages, quarters_after_exit=quarters_after_exit, now_qidx=now_qidx)
    elements = wage_elements(matches)
    replaced = set(OUTCOME_COLUMNS) | set(WAGE_COLUMNS) | {"p1618"}
    base = pirl.drop(*[c for c in pirl.columns if c in replaced])
    joined = base.left_join(elements, base.p100 == elements.person_id)
    return joined.drop("person_id")
