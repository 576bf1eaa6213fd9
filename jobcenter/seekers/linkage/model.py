"""The Fellegi-Sunter model: one definition of the comparisons, read by Splink (SQL) and by Python.

``settings()`` is the Splink settings dictionary (comparison levels as DuckDB SQL); ``LEVELS`` holds
the same levels as Python predicates, in the same order. ``model.json`` holds the trained m/u
probabilities (``python -m jobcenter.seekers.linkage.train`` rebuilds it, seeded); ``Model`` scores a
pair in Python with exactly those weights, so the incremental check and the batch agree
(``tests/test_linkage_model.py`` compares both on generated pairs).

Sources: Missouri Wagner-Peyser & Labor Exchange Manual, "Verifying Accounts" and "Duplicate Accounts"
(staff check for an existing account before registration; the account with the correct SSN is the
primary one). Method: Fellegi & Sunter (1969), as implemented by Splink (ADR 0010).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jellyfish

MODEL_PATH = Path(__file__).resolve().parent / "model.json"

NAME_CLOSE = 0.92
NAME_SIMILAR = 0.80
ADDRESS_SIMILAR = 0.90


def _jw(a: str, b: str) -> float:
    return jellyfish.jaro_winkler_similarity(a, b)


def _dl(a: str, b: str) -> int:
    return jellyfish.damerau_levenshtein_distance(a, b)


def _dob_swapped(a: str, b: str) -> bool:
    return a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def _name_comparison(col: str, label: str) -> tuple[dict, list]:
    sql = {
        "output_column_name": col,
        "comparison_levels": [
            {"sql_condition": f"{col}_l IS NULL OR {col}_r IS NULL", "label_for_charts": "null", "is_null_level": True},
            {"sql_condition": f"{col}_l = {col}_r", "label_for_charts": "exact"},
            {
                "sql_condition": f"jaro_winkler_similarity({col}_l, {col}_r) >= {NAME_CLOSE}",
                "label_for_charts": f"jaro-winkler >= {NAME_CLOSE}",
            },
            {
                "sql_condition": f"jaro_winkler_similarity({col}_l, {col}_r) >= {NAME_SIMILAR}",
                "label_for_charts": f"jaro-winkler >= {NAME_SIMILAR}",
            },
            {"sql_condition": "ELSE", "label_for_charts": "else"},
        ],
    }
    py = [
        (lambda a, b: a == b, f"{label} equal"),
        (lambda a, b: _jw(a, b) >= NAME_CLOSE, f"{label} nearly equal"),
        (lambda a, b: _jw(a, b) >= NAME_SIMILAR, f"{label} similar"),
        (lambda a, b: True, f"{label} different"),
    ]
    return sql, py


def _exact_comparison(col: str, label: str) -> tuple[dict, list]:
    sql = {
        "output_column_name": col,
        "comparison_levels": [
            {"sql_condition": f"{col}_l IS NULL OR {col}_r IS NULL", "label_for_charts": "null", "is_null_level": True},
            {"sql_condition": f"{col}_l = {col}_r", "label_for_charts": "exact"},
            {"sql_condition": "ELSE", "label_for_charts": "else"},
        ],
    }
    py = [(lambda a, b: a == b, f"same {label}"), (lambda a, b: True, f"different {label}")]
    return sql, py


def _dob_comparison() -> tuple[dict, list]:
    c = "date_of_birth"
    sql = {
        "output_column_name": c,
        "comparison_levels": [
            {"sql_condition": f"{c}_l IS NULL OR {c}_r IS NULL", "label_for_charts": "null", "is_null_level": True},
            {"sql_condition": f"{c}_l = {c}_r", "label_for_charts": "exact"},
            {
                "sql_condition": f"damerau_levenshtein({c}_l, {c}_r) <= 1",
                "label_for_charts": "one edit or transposition",
            },
            {
                "sql_condition": (
                    f"substr({c}_l, 1, 4) = substr({c}_r, 1, 4) AND substr({c}_l, 6, 2) = substr({c}_r, 9, 2) "
                    f"AND substr({c}_l, 9, 2) = substr({c}_r, 6, 2)"
                ),
                "label_for_charts": "day and month swapped",
            },
            {"sql_condition": "ELSE", "label_for_charts": "else"},
        ],
    }
    py = [
        (lambda a, b: a == b, "DOB equal"),
        (lambda a, b: _dl(a, b) <= 1, "DOB one digit off or transposed"),
        (_dob_swapped, "DOB day and month swapped"),
        (lambda a, b: True, "DOB different"),
    ]
    return sql, py


def _address_comparison() -> tuple[dict, list]:
    c = "address"
    sql = {
        "output_column_name": c,
        "comparison_levels": [
            {"sql_condition": f"{c}_l IS NULL OR {c}_r IS NULL", "label_for_charts": "null", "is_null_level": True},
            {"sql_condition": f"{c}_l = {c}_r", "label_for_charts": "exact"},
            {
                "sql_condition": f"jaro_winkler_similarity({c}_l, {c}_r) >= {ADDRESS_SIMILAR}",
                "label_for_charts": f"jaro-winkler >= {ADDRESS_SIMILAR}",
            },
            {"sql_condition": "ELSE", "label_for_charts": "else"},
        ],
    }
    py = [
        (lambda a, b: a == b, "same address"),
        (lambda a, b: _jw(a, b) >= ADDRESS_SIMILAR, "similar address"),
        (lambda a, b: True, "different address"),
    ]
    return sql, py


_DEFINITIONS = [
    _name_comparison("given_name", "given name"),
    _name_comparison("surname", "surname"),
    _dob_comparison(),
    _address_comparison(),
    _exact_comparison("postcode", "postcode"),
    _exact_comparison("phone", "phone"),
    _exact_comparison("email", "email"),
    _exact_comparison("ssn", "SSN"),
]
COLUMNS = [sql["output_column_name"] for sql, _ in _DEFINITIONS]
LEVELS: dict[str, list[tuple[Callable[[str, str], bool], str]]] = {
    sql["output_column_name"]: py for sql, py in _DEFINITIONS
}

# Blocking: which pairs are compared at all. The incremental check uses the database equivalents of the
# first five (``incremental.py``); the batch adds a few looser rules it can afford.
BLOCKING_RULES = [
    "l.ssn = r.ssn",
    "l.date_of_birth = r.date_of_birth",
    "l.surname = r.surname AND l.given_name = r.given_name",
    "l.phone = r.phone",
    "l.email = r.email",
    "l.postcode = r.postcode AND l.surname = r.surname",
    "l.postcode = r.postcode AND l.given_name = r.given_name",
    "replace(l.address, ' ', '') = replace(r.address, ' ', '')",
]


def settings(*, probability_two_random_records_match: float = 1e-6) -> dict:
    """The Splink settings dictionary (dedupe, untrained: m/u are filled by training)."""
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": probability_two_random_records_match,
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": r, "sql_dialect": "duckdb"} for r in BLOCKING_RULES
        ],
        "comparisons": [json.loads(json.dumps(sql)) for sql, _ in _DEFINITIONS],
        "retain_matching_columns": False,
        "retain_intermediate_calculation_columns": False,
        "additional_columns_to_retain": [],
        "sql_dialect": "duckdb",
    }


@dataclass(frozen=True)
class Score:
    """A scored pair: Splink-style match weight (bits), probability, and the agreeing levels as reasons."""

    match_weight: float
    match_probability: float
    reasons: tuple[str, ...]


class Model:
    """Trained m/u probabilities read from ``model.json``, scored in Python (Fellegi-Sunter).

    ``population`` rescales the prior to a population size: the chance that two random records are the
    same person falls as the population grows (``lambda_n = lambda_train * (N_train - 1) / (n - 1)``).
    Below the training size the training prior is kept: in a small file two people who merely share a
    common name must not look alike just because the file is small (ADR 0010).
    """

    def __init__(self, data: dict, *, population: int | None = None):
        self.data = data
        self.splink = data["splink"]
        self.training_records = int(data["training_records"])
        self.population = population
        self.prior_weight = _logit2(self.prior(population))
        self.weights: dict[str, list[float]] = {}
        for comp in self.splink["comparisons"]:
            col = comp["output_column_name"]
            levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
            if col not in LEVELS or len(levels) != len(LEVELS[col]):
                raise ValueError(f"model.json comparison {col!r} does not match the code's levels")
            self.weights[col] = [math.log2(lv["m_probability"] / lv["u_probability"]) for lv in levels]

    @classmethod
    def load(cls, path: Path | str = MODEL_PATH, *, population: int | None = None) -> Model:
        """Read a saved model."""
        return cls(json.loads(Path(path).read_text()), population=population)

    def prior(self, population: int | None) -> float:
        """Probability that two random records match, for a population of ``population`` records."""
        lam = self.splink["probability_two_random_records_match"]
        if not population or population <= self.training_records:
            return lam
        return lam * (self.training_records - 1) / (population - 1)

    def with_population(self, population: int | None) -> Model:
        """The same weights with the prior for another population size."""
        return Model(self.data, population=population)

    def splink_settings(self, *, population: int | None = None) -> dict:
        """The Splink settings (trained) with the prior for ``population``."""
        out = json.loads(json.dumps(self.splink))
        out["probability_two_random_records_match"] = self.prior(population)
        # Blocking decides which pairs are compared, not how they score: the code is the source of truth.
        out["blocking_rules_to_generate_predictions"] = settings()["blocking_rules_to_generate_predictions"]
        return out

    def level(self, col: str, a: str | None, b: str | None) -> int | None:
        """Index of the (non-null) level a pair of canonical values falls in; ``None`` when either is missing."""
        if a is None or b is None:
            return None
        for i, (pred, _) in enumerate(LEVELS[col]):
            if pred(a, b):
                return i
        raise AssertionError("the last level is ELSE")

    def score(self, left: dict, right: dict, *, same_ssn: bool | None = None) -> Score:
        """Score two canonical records. ``same_ssn`` overrides the SSN comparison when only hashes are known."""
        weight = self.prior_weight
        reasons: list[tuple[float, str]] = []
        for col, ws in self.weights.items():
            if col == "ssn" and same_ssn is not None:
                lvl = 0 if same_ssn else 1
            else:
                lvl = self.level(col, left.get(col), right.get(col))
            if lvl is None:
                continue
            w = ws[lvl]
            weight += w
            if w > 0:
                reasons.append((w, LEVELS[col][lvl][1]))
        reasons.sort(key=lambda r: -r[0])
        return Score(weight, _prob(weight), tuple(r for _, r in reasons))


def _logit2(p: float) -> float:
    return math.log2(p / (1 - p))


def _prob(weight: float) -> float:
    if weight > 60:
        return 1.0
    if weight < -60:
        return 0.0
    bf = 2.0**weight
    return bf / (1 + bf)


@cache
def default_model() -> Model:
    """The shipped model (``model.json``), loaded once per process."""
    return Model.load()
