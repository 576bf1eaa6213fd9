"""Turn the engine's small result frames into the indicator JSON (exact arithmetic in Python)."""

from __future__ import annotations

from fractions import Fraction

from jobcenter.analytics.internals.indicators import TITLE_I


def _rate(num: int, den: int) -> dict:
    return {"numerator": int(num), "denominator": int(den), "rate": round(num / den, 4) if den else None}


def _median(row) -> dict:
    if row is None or not row["n"]:
        return {"count": 0, "median": None}
    cents = Fraction(int(row["mid_sum"]), int(row["mid_n"]))
    return {"count": int(row["n"]), "median": float(cents / 100)}


def group_figures(sums: dict, median_row, *, program: str) -> dict:
    youth = program == "youth"
    er2, er4 = _rate(sums["er2_num"], sums["er2_den"]), _rate(sums["er4_num"], sums["er4_den"])
    if youth:
        er2 |= {"employed": int(sums["er2_emp"]), "education_or_training": int(sums["er2_edu"])}
        er4 |= {"employed": int(sums["er4_emp"]), "education_or_training": int(sums["er4_edu"])}
    out = {"employment_rate_q2": er2, "employment_rate_q4": er4, "median_earnings_q2": _median(median_row)}
    if program in TITLE_I:
        out["credential_attainment"] = _rate(sums["cred_num"], sums["cred_den"])
        out["measurable_skill_gains"] = _rate(sums["msg_num"], sums["msg_den"])
    else:
        out["credential_attainment"] = None
        out["measurable_skill_gains"] = None
    out["retention_with_same_employer"] = _rate(sums["ret_num"], sums["ret_den"])
    return out


def assemble(sums_df, median_df, *, program: str, windows) -> dict:
    from jobcenter.analytics.internals.indicators import FLAGS

    medians = {(r["dimension"], r["group"]): r for r in median_df.to_dict("records")}
    groups: dict[tuple[str, str], dict] = {}
    for r in sums_df.to_dict("records"):
        groups[(r["dimension"], r["group"])] = {k: int(r[k] or 0) for k in FLAGS}
    empty = dict.fromkeys(FLAGS, 0)
    result = {"program": program, **windows.as_dict()}
    result |= group_figures(groups.get(("all", "all"), empty), medians.get(("all", "all")), program=program)
    breakdowns: dict[str, dict] = {}
    for (dim, group), sums in sorted(groups.items()):
        if dim == "all":
            continue
        breakdowns.setdefault(dim, {})[group] = group_figures(sums, medians.get((dim, group)), program=program)
    result["breakdowns"] = breakdowns
    return result
