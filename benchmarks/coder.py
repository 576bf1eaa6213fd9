"""Occupation coder benchmark: top-1 agreement on alternate titles withheld from the index, and titles per second,
beside an exact/substring title lookup measured in the same run. Run on demand (never from pytest)::

    nice -n 10 python benchmarks/coder.py --onet-dir ../shared/data/onet \
        [--database-url sqlite:////tmp/jc_coder_bench.sqlite3]      # imports the release into that DB

A random fifth of the imported alternate titles (fixed seed) is withheld; the coder's index is rebuilt from
everything else (occupation titles and descriptions, the other alternate titles and their short forms, reported
titles, tasks). Each withheld title is then coded. "Agreement" counts the top-1 code as right when O*NET lists the
withheld title under that occupation (about 30 % of alternate titles are listed under two or more occupations);
"strict" counts only the occupation of the withheld row itself. Both at the 6-digit SOC (NN-NNNN) and the 2-digit
major-group level.

Tuning uses ``--dev-seed N`` instead: the test titles (``--seed``) are left out of everything, and another fifth,
drawn from the remaining titles with seed N, is withheld and coded. Weights are chosen on that split only; the
standard seed is run once at the end (benchmarks/README.md).

Baseline (same withheld titles, same remaining titles): the exact normalised title if known, else the longest run
of the title's words that is itself a known title, else the longest known title containing the whole typed title;
each lookup answers with the occupation that title belongs to most often; no answer counts as a miss.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import django_setup  # noqa: E402

SEED = 20261129
FRACTION = 0.2


def _ensure_import(onet_dir: Path) -> None:
    from jobcenter.occupations.importer import import_onet
    from jobcenter.occupations.models import AlternateTitle, Task

    if AlternateTitle.objects.count() > 40000 and Task.objects.exists():
        return
    t = time.perf_counter()
    import_onet(onet_dir, release="bench")
    print(f"imported O*NET from {onet_dir} in {time.perf_counter() - t:.1f} s", flush=True)


class Baseline:
    """Exact / substring title lookup over the known titles."""

    def __init__(self, titles: list[tuple[str, str]]):
        from jobcenter.occupations.coder import normalize_title

        votes: dict[str, Counter] = defaultdict(Counter)
        for code, title in titles:
            norm = normalize_title(title)
            if norm:
                votes[norm][code] += 1
        self.best = {t: c.most_common(1)[0][0] for t, c in votes.items()}
        self.by_length = sorted(self.best, key=len, reverse=True)
        self.normalize = normalize_title

    def code(self, title: str) -> str | None:
        norm = self.normalize(title)
        if not norm:
            return None
        if norm in self.best:
            return self.best[norm]
        words = norm.split()
        for size in range(len(words) - 1, 0, -1):  # the longest run of words that is a known title
            for start in range(len(words) - size + 1):
                hit = self.best.get(" ".join(words[start : start + size]))
                if hit:
                    return hit
        padded = f" {norm} "
        for known in self.by_length:  # the longest known title that contains the typed title
            if padded in f" {known} ":
                return self.best[known]
        return None


def _score(predicted: list[str | None], strict: list[str], gold: list[set[str]]) -> dict[str, float]:
    n = len(predicted)
    out = {}
    for label, width in (("6-digit", 7), ("2-digit", 2)):
        agree = sum(1 for p, g in zip(predicted, gold, strict=True) if p and p[:width] in {x[:width] for x in g})
        exact = sum(1 for p, s in zip(predicted, strict, strict=True) if p and p[:width] == s[:width])
        out[label] = agree / n
        out[f"{label} strict"] = exact / n
    out["answered"] = sum(1 for p in predicted if p) / n
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onet-dir", default=str(ROOT.parent / "shared" / "data" / "onet"))
    parser.add_argument("--database-url", default="sqlite:////tmp/jc_coder_bench.sqlite3")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--fraction", type=float, default=FRACTION)
    parser.add_argument("--limit", type=int, default=0, help="code only the first N withheld titles (0: all)")
    parser.add_argument(
        "--dev-seed",
        type=int,
        default=0,
        help="tuning: leave the test titles (--seed) out of everything, code a development sample drawn from the "
        "other titles with this seed (withheld from the index too)",
    )
    args = parser.parse_args(argv)
    django_setup(args.database_url, create_database=False)
    _ensure_import(Path(args.onet_dir))

    from jobcenter.occupations.coder import OccupationCoder, normalize_title
    from jobcenter.occupations.coder_index import corpus_from_db
    from jobcenter.occupations.models import AlternateTitle

    rows = list(AlternateTitle.objects.order_by("id").values_list("id", "occupation__code", "title"))
    rng = random.Random(args.seed)
    held = sorted(rng.sample(range(len(rows)), int(len(rows) * args.fraction)))
    held_ids = {rows[i][0] for i in held}
    test = [rows[i] for i in held]
    seen = rows
    if args.dev_seed:  # the test titles are neither coded, nor in the index, nor used as the answer key
        rest = sorted(set(range(len(rows))) - set(held))
        seen = [rows[i] for i in rest]
        dev = sorted(random.Random(args.dev_seed).sample(rest, int(len(rows) * args.fraction)))
        test = [rows[i] for i in dev]
        held_ids |= {r[0] for r in test}
    listed: dict[str, set[str]] = defaultdict(set)
    for _, code, title in seen:
        listed[normalize_title(title)].add(code)
    if args.limit:
        test = test[: args.limit]
    titles = [t for _, _, t in test]
    strict = [c for _, c, _ in test]
    gold = [listed[normalize_title(t)] for t in titles]
    split = f"development split, seed {args.dev_seed}" if args.dev_seed else f"seed {args.seed}"
    print(f"{len(rows)} alternate titles; withheld {len(held_ids)} ({split}); coding {len(titles)}", flush=True)

    t = time.perf_counter()
    corpus = corpus_from_db(exclude_alternate_ids=held_ids)
    coder = OccupationCoder(corpus)
    build = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    results = coder.code_many(titles, top=1)
    coder_time, coder_cpu = time.perf_counter() - t, time.process_time() - cpu
    coder_pred = [r[0].code if r else None for r in results]

    t, cpu = time.perf_counter(), time.process_time()
    baseline = Baseline(corpus.titles + list(corpus.occupations.items()))
    base_pred = [baseline.code(x) for x in titles]
    base_time, base_cpu = time.perf_counter() - t, time.process_time() - cpu

    c, b = _score(coder_pred, strict, gold), _score(base_pred, strict, gold)
    print(f"\nindex build (without the withheld titles): {build:.1f} s")
    print(f"{'':28}{'coder':>12}{'baseline':>12}")
    for key in ("6-digit", "2-digit", "6-digit strict", "2-digit strict", "answered"):
        print(f"{'top-1 ' + key if key != 'answered' else 'titles answered':28}{c[key]:>12.1%}{b[key]:>12.1%}")
    print(f"{'titles per second (wall)':28}{len(titles) / coder_time:>12,.0f}{len(titles) / base_time:>12,.0f}")
    print(f"{'titles per CPU second':28}{len(titles) / coder_cpu:>12,.0f}{len(titles) / base_cpu:>12,.0f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (2 cores)")
    print("\nconfidence calibration (coder, agreement at the O*NET-SOC code):")
    buckets = [(0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    for lo, hi in buckets:
        picked = [(r[0].code in g) for r, g in zip(results, gold, strict=True) if r and lo <= r[0].confidence < hi]
        share = f"{sum(picked) / len(picked):.1%}" if picked else "-"
        print(f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {len(picked):>6} titles, {share} right")


if __name__ == "__main__":
    main()
