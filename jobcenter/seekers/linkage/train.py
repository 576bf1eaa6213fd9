"""Rebuild ``model.json``: ``python -m jobcenter.seekers.linkage.train [--n 100000] [--seed 20261121]``.

Training is reproducible: the people are generated with a fixed seed (``synthetic.generate``), u
probabilities come from Splink's seeded random sampling and m probabilities from the known truth
(``estimate_m_from_label_column``), which is deterministic. Probabilities are floored at ``FLOOR`` so that
no level has an infinite weight (an SSN match never seen among 10 million random pairs is not proof),
and the m of each "else" (disagreement) level is floored at ``DISAGREE_M_FLOOR``: the generator's error
model is narrower than real data entry, and one disagreeing field must not outweigh all the others.
The prior ``probability_two_random_records_match`` is the true share of matching pairs in the training
set; ``training_records`` is saved beside it so the prior can be rescaled to another population size.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from jobcenter.seekers.linkage import model, synthetic
from jobcenter.seekers.linkage.batch import load_frame

FLOOR = 1e-6
DISAGREE_M_FLOOR = 0.01


def train(*, n: int = 100_000, seed: int = 20261121, max_pairs: float = 2e7) -> dict:
    """Train on ``n`` generated people and return the model dictionary (not written)."""
    from splink import DuckDBAPI, Linker

    df = synthetic.generate(n, seed=seed)
    true_pairs = int((df.groupby("person_id").size().map(lambda k: k * (k - 1) // 2)).sum())
    lam = true_pairs / (n * (n - 1) / 2)
    db_api = DuckDBAPI()
    load_frame(db_api.duckdb_con, df, extra_columns=["person_id"])
    linker = Linker(db_api.register("people"), model.settings(probability_two_random_records_match=lam), log_level=None)
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed, min_count_per_level=None)
    linker.training.estimate_m_from_label_column("person_id")
    data = linker.misc.save_model_to_json()
    for comp in data["comparisons"]:
        for lv in comp["comparison_levels"]:
            if lv.get("is_null_level"):
                continue
            floor = DISAGREE_M_FLOOR if lv["sql_condition"] == "ELSE" else FLOOR
            lv["m_probability"] = max(float(lv.get("m_probability") or 0.0), floor)
            lv["u_probability"] = max(float(lv.get("u_probability") or 0.0), FLOOR)
    data["probability_two_random_records_match"] = lam
    data.pop("linker_uid", None)  # random per run; not part of the model
    return {"training_records": n, "training_seed": seed, "splink": data}


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--output", type=Path, default=model.MODEL_PATH)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    data = train(n=args.n, seed=args.seed)
    args.output.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
