"""Screening recall and precision on the labelled corpus (issue #9), beside the baseline engine, in one run.

Run on demand (never from pytest)::

    python benchmarks/screening.py                 # held-out quarter (the figures in benchmarks/README.md)
    python benchmarks/screening.py --split dev     # the development set (the only one read while writing rules)
    python benchmarks/screening.py --baseline-commit 83c9f79

The corpus is ``jobcenter/compliance/screening/corpus/{heldout,dev}.jsonl`` (see its README). Each text is put
in the description of an otherwise lawful order (active Missouri employer, $18.00 an hour, 40 hours) and screened
by the current engine and by the baseline engine: the ``jobcenter/compliance/screening`` package as it was at
``--baseline-commit`` (default: the commit before issue #9's rule work), extracted with ``git show`` into a
temporary package. Both run in this process, on the same inputs, on the same date.

Scoring, per labelled rule r: TP = texts labelled r on which r fired; FN = texts labelled r on which it did not;
FP = texts not labelled r on which r fired (near-misses included). Overall = the sums over the labelled rules
(micro average). A text may fire other, unlabelled rules (hiring requirements, notices); they are not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "jobcenter" / "compliance" / "screening" / "corpus"
BASELINE_COMMIT = "83c9f79"
AS_OF = dt.date(2026, 6, 1)


def _django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    import django

    django.setup()


def load(split: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / f"{split}.jsonl").read_text().splitlines() if line.strip()]


def order_for(item: dict) -> dict:
    """A lawful order around the item's text (the text is the only evidence)."""
    return {
        "received_at": f"{AS_OF.isoformat()}T09:00:00-05:00",
        "employer": {
            "name": "Example Employer LLC",
            "status": "active",
            "state": "MO",
            "employees": 40,
            "annual_sales": "3000000",
            "labor_dispute": "none",
            "job_orders_last_12_months": 2,
        },
        "title": item["title"],
        "description": item["text"],
        "worksite": {"city": "Jefferson City", "state": "MO", "zip": "65101"},
        "wage": {"min": "18.00", "unit": "hour"},
        "hours_per_week": "40",
        "special_categories": [],
    }


def baseline_engine(commit: str):
    """The screening package at ``commit``, importable as ``baseline_screening`` (imports rewritten)."""
    tmp = Path(tempfile.mkdtemp(prefix="screening-baseline-"))
    pkg = tmp / "baseline_screening"
    pkg.mkdir()
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, "jobcenter/compliance/screening/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in names:
        if not name.endswith(".py"):
            continue
        text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{commit}:{name}"], check=True, capture_output=True, text=True
        ).stdout
        text = re.sub(r"\bjobcenter\.compliance\.screening\b", "baseline_screening", text)
        (pkg / Path(name).name).write_text(text)
    sys.path.insert(0, str(tmp))
    return importlib.import_module("baseline_screening").screen_job_order


def fired_rules(screen, item: dict) -> set[str]:
    return {f.rule for f in screen(order_for(item), as_of=AS_OF).findings}


def score(items: list[dict], fired: list[set[str]]) -> dict:
    labelled = sorted({i["expected_rule"] for i in items if i["expected_rule"]})
    per: dict[str, Counter] = {r: Counter() for r in labelled}
    for item, rules in zip(items, fired, strict=True):
        for r in labelled:
            expected, got = item["expected_rule"] == r, r in rules
            per[r]["tp" if expected and got else "fn" if expected else "fp" if got else "tn"] += 1
    total = sum(per.values(), Counter())
    return {"per_rule": per, "overall": total}


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def pr(c: Counter) -> tuple[float | None, float | None]:
    return ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["heldout", "dev"], default="heldout")
    parser.add_argument("--baseline-commit", default=BASELINE_COMMIT)
    parser.add_argument("--misses", action="store_true", help="list the texts the current engine gets wrong")
    args = parser.parse_args(argv)
    _django()
    from jobcenter.compliance.screening import screen_job_order

    items = load(args.split)
    base = baseline_engine(args.baseline_commit)
    now = [fired_rules(screen_job_order, i) for i in items]
    then = [fired_rules(base, i) for i in items]
    cur, old = score(items, now), score(items, then)
    n_near = sum(1 for i in items if i["near_miss"])
    print(f"split={args.split} texts={len(items)} near-misses={n_near} baseline={args.baseline_commit} as_of={AS_OF}")
    print(f"{'rule':30} {'n':>4} | {'P now':>6} {'R now':>6} | {'P base':>6} {'R base':>6} | {'R ratio':>7}")
    rows = [*cur["per_rule"].keys(), "OVERALL"]
    for r in rows:
        c = cur["overall"] if r == "OVERALL" else cur["per_rule"][r]
        b = old["overall"] if r == "OVERALL" else old["per_rule"][r]
        (p1, r1), (p0, r0) = pr(c), pr(b)
        rr = f"{r1 / r0:.2f}x" if r1 is not None and r0 else "  inf" if r1 else "  -"
        print(f"{r:30} {c['tp'] + c['fn']:>4} | {fmt(p1):>6} {fmt(r1):>6} | {fmt(p0):>6} {fmt(r0):>6} | {rr:>7}")
    c = cur["overall"]
    print(
        f"overall now: TP={c['tp']} FP={c['fp']} FN={c['fn']}; baseline: TP={old['overall']['tp']} "
        f"FP={old['overall']['fp']} FN={old['overall']['fn']}"
    )
    if args.misses:
        for item, rules in zip(items, now, strict=True):
            labelled = set(cur["per_rule"])
            got = rules & labelled
            want = {item["expected_rule"]} if item["expected_rule"] else set()
            if got != want:
                print(f"{item['id']} want={sorted(want)} got={sorted(got)} :: {item['text']}")


if __name__ == "__main__":
    main()
