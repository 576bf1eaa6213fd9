"""The Fellegi-Sunter model: one definition of the comparisons, read by Splink (SQL) and by Python.

``settings()`` is the Splink settings dictionary (comparison levels as DuckDB SQL); ``COMPARISONS`` holds
each level as SQL and as a Python predicate over the two canonical records, in the same order. ``model.json`` holds the trained m/u
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

from jobcenter.seekers.linkage import normalize

MODEL_PATH = Path(__file__).resolve().parent / "model.json"

NAME_CLOSE = 0.92
NAME_SIMILAR = 0.80
ADDRESS_SIMILAR = 0.90
CITY_SIMILAR = 0.90
STREET_SIMILAR = 0.90

Row = dict[str, str | None]
Predicate = Callable[[Row, Row], bool]


def _jw(a: str | None, b: str | None) -> float:
    """Jaro-Winkler similarity; 0 when either side is missing (SQL: NULL, so the level does not apply)."""
    if not a or not b:
        return 0.0
    return jellyfish.jaro_winkler_similarity(a, b)


def _dl(a: str, b: str) -> int:
    return jellyfish.damerau_levenshtein_distance(a, b)


def _dob_swapped(a: str, b: str) -> bool:
    return a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def _first(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and a[0] == b[0]


def _names_swapped(x: Row, y: Row) -> bool:
    """Given name and surname entered the other way round: each starts like, and is nearly equal to, the other's
    other name. (The first-letter test is cheap and spares most pairs the similarity; a first letter changed
    already brings an ordinary name below 0.92.)"""
    return (
        _first(x["given_name"], y["surname"])
        and _first(x["surname"], y["given_name"])
        and _jw(x["given_name"], y["surname"]) >= NAME_CLOSE
        and _jw(x["surname"], y["given_name"]) >= NAME_CLOSE
    )


_SQL_SWAPPED = (
    "(left(given_name_l, 1) = left(surname_r, 1) AND left(surname_l, 1) = left(given_name_r, 1) "
    f"AND jaro_winkler_similarity(given_name_l, surname_r) >= {NAME_CLOSE} "
    f"AND jaro_winkler_similarity(surname_l, given_name_r) >= {NAME_CLOSE})"
)


@dataclass(frozen=True)
class Level:
    """One comparison level: its DuckDB condition, the same test in Python, a chart label, a reason for staff."""

    sql: str
    py: Predicate
    label: str
    reason: str


@dataclass(frozen=True)
class Comparison:
    """A Splink comparison: a null condition (no evidence) and the ordered levels, the last one ``ELSE``."""

    col: str
    null_sql: str
    null_py: Predicate
    levels: tuple[Level, ...]

    def splink(self) -> dict:
        """The Splink comparison dictionary."""
        levels = [{"sql_condition": self.null_sql, "label_for_charts": "null", "is_null_level": True}]
        levels += [{"sql_condition": lv.sql, "label_for_charts": lv.label} for lv in self.levels]
        return {"output_column_name": self.col, "comparison_levels": levels}


def _plain_null(col: str) -> tuple[str, Predicate]:
    return f"{col}_l IS NULL OR {col}_r IS NULL", lambda x, y: x[col] is None or y[col] is None


def _else(label: str) -> Level:
    return Level("ELSE", lambda x, y: True, "else", f"{label} different")


def _name_comparison(col: str, label: str) -> Comparison:
    null_sql, null_py = _plain_null(col)
    levels = [
        Level(f"{col}_l = {col}_r", lambda x, y: x[col] == y[col], "exact", f"{label} equal"),
    ]
    if col == "surname":
        # Swapped names are one event: the surname comparison scores it, the given-name comparison treats it as
        # no evidence (its null level below), so that it is not counted twice.
        levels.append(Level(_SQL_SWAPPED, _names_swapped, "given name and surname swapped", "names swapped"))
    else:
        null_sql = f"{null_sql} OR ({_SQL_SWAPPED} AND {col}_l <> {col}_r)"
        null_py = (  # noqa: E731 - mirrors the SQL above
            lambda x, y, _n=null_py: _n(x, y) or (_names_swapped(x, y) and x[col] != y[col])
        )
    levels += [
        Level(
            f"jaro_winkler_similarity({col}_l, {col}_r) >= {NAME_CLOSE}",
            lambda x, y: _jw(x[col], y[col]) >= NAME_CLOSE,
            f"jaro-winkler >= {NAME_CLOSE}",
            f"{label} nearly equal",
        ),
        Level(
            f"jaro_winkler_similarity({col}_l, {col}_r) >= {NAME_SIMILAR}",
            lambda x, y: _jw(x[col], y[col]) >= NAME_SIMILAR,
            f"jaro-winkler >= {NAME_SIMILAR}",
            f"{label} similar",
        ),
        _else(label),
    ]
    return Comparison(col, null_sql, null_py, tuple(levels))


def _exact_comparison(col: str, label: str, *, one_edit: bool = False) -> Comparison:
    null_sql, null_py = _plain_null(col)
    levels = [Level(f"{col}_l = {col}_r", lambda x, y: x[col] == y[col], "exact", f"same {label}")]
    if one_edit:
        levels.append(
            Level(
                f"damerau_levenshtein({col}_l, {col}_r) <= 1",
                lambda x, y: _dl(x[col], y[col]) <= 1,
                "one edit or transposition",
                f"{label} one digit off or transposed",
            )
        )
    levels.append(_else(label) if one_edit else Level("ELSE", lambda x, y: True, "else", f"different {label}"))
    return Comparison(col, null_sql, null_py, tuple(levels))


def _dob_comparison() -> Comparison:
    c = "date_of_birth"
    null_sql, null_py = _plain_null(c)
    return Comparison(
        c,
        null_sql,
        null_py,
        (
            Level(f"{c}_l = {c}_r", lambda x, y: x[c] == y[c], "exact", "DOB equal"),
            Level(
                f"damerau_levenshtein({c}_l, {c}_r) <= 1",
                lambda x, y: _dl(x[c], y[c]) <= 1,
                "one edit or transposition",
                "DOB one digit off or transposed",
            ),
            Level(
                f"substr({c}_l, 1, 4) = substr({c}_r, 1, 4) AND substr({c}_l, 6, 2) = substr({c}_r, 9, 2) "
                f"AND substr({c}_l, 9, 2) = substr({c}_r, 6, 2)",
                lambda x, y: _dob_swapped(x[c], y[c]),
                "day and month swapped",
                "DOB day and month swapped",
            ),
            Level("ELSE", lambda x, y: True, "else", "DOB different"),
        ),
    )


def _address_comparison() -> Comparison:
    c = "address"
    null_sql, null_py = _plain_null(c)
    return Comparison(
        c,
        null_sql,
        null_py,
        (
            Level(f"{c}_l = {c}_r", lambda x, y: x[c] == y[c], "exact", "same address"),
            Level(
                f"jaro_winkler_similarity({c}_l, {c}_r) >= {ADDRESS_SIMILAR}",
                lambda x, y: _jw(x[c], y[c]) >= ADDRESS_SIMILAR,
                f"jaro-winkler >= {ADDRESS_SIMILAR}",
                "similar address",
            ),
            Level(
                f"left(street_l, 1) = left(street_r, 1) AND jaro_winkler_similarity(street_l, street_r) >= {STREET_SIMILAR}",
                lambda x, y: _first(x["street"], y["street"]) and _jw(x["street"], y["street"]) >= STREET_SIMILAR,
                f"street name (same first letter) jaro-winkler >= {STREET_SIMILAR}",
                "same street",
            ),
            Level("ELSE", lambda x, y: True, "else", "different address"),
        ),
    )


def _postcode_comparison() -> Comparison:
    """ZIP code; the city only confirms a near miss. A ZIP code one digit off or transposed
    (Damerau-Levenshtein 1) counts when the city agrees; the city is not a comparison of its own, because it
    follows from the ZIP code and would count the same fact twice (ADR 0010)."""
    c = "postcode"
    null_sql, null_py = _plain_null(c)
    return Comparison(
        c,
        null_sql,
        null_py,
        (
            Level(f"{c}_l = {c}_r", lambda x, y: x[c] == y[c], "exact", "same postcode"),
            Level(
                f"damerau_levenshtein({c}_l, {c}_r) <= 1 AND jaro_winkler_similarity(city_l, city_r) >= {CITY_SIMILAR}",
                lambda x, y: _dl(x[c], y[c]) <= 1 and _jw(x["city"], y["city"]) >= CITY_SIMILAR,
                f"one edit, city jaro-winkler >= {CITY_SIMILAR}",
                "postcode one digit off, same city",
            ),
            Level("ELSE", lambda x, y: True, "else", "different postcode"),
        ),
    )


COMPARISONS: tuple[Comparison, ...] = (
    _name_comparison("given_name", "given name"),
    _name_comparison("surname", "surname"),
    _dob_comparison(),
    _address_comparison(),
    _postcode_comparison(),
    _exact_comparison("phone", "phone"),
    _exact_comparison("email", "email"),
    _exact_comparison("ssn", "SSN"),
)
COLUMNS = [c.col for c in COMPARISONS]
# The canonical fields the comparisons read (``normalize.SQL_COLUMNS`` / ``normalize.record``).
FIELDS = [
    "given_name",
    "surname",
    "date_of_birth",
    "address",
    "street",
    "city",
    "postcode",
    "phone",
    "email",
    "ssn",
]
BY_COLUMN = {c.col: c for c in COMPARISONS}

# Blocking: which pairs are compared at all. The incremental check uses the database equivalents of the
# first five and of the swapped-name rule (``incremental.py``); the batch adds looser rules it can afford.
# The batch's date-of-birth rule keeps only pairs that share something else cheap to test (a name's first
# letter, also crosswise, or the ZIP code): a same-birthday pair with none of these cannot reach the threshold
# without an address, phone, email or SSN that other rules block on (ADR 0010; measured: 1 edge of 16,059
# lost at 100k generated people, 30 % less CPU). New rules go last: each rule is also tested against every
# rule before it. ZIP + a name crosswise was tried and dropped: 3 of 48,080 links at 300k for 10 % more CPU.
DOB_RULE = (
    "l.date_of_birth = r.date_of_birth AND (left(l.surname, 1) = left(r.surname, 1) "
    "OR left(l.given_name, 1) = left(r.given_name, 1) OR left(l.surname, 1) = left(r.given_name, 1) "
    "OR l.postcode = r.postcode)"
)
# The name and ZIP + name rules keep only pairs whose birth dates can still agree at some level (either one
# missing, the same year, or the same month and day: every one-digit typo, adjacent transposition and
# day/month swap of a valid YYYY-MM-DD date keeps one of these) or whose street names start alike. A pair
# that shares a name, or a ZIP code and a name, with birth dates in the "else" level rarely reaches the threshold
# without address evidence; an equal address, phone, email or SSN has a rule of its own, and a similar address
# starts with the same street letters. Measured (ADR 0010, amendment 2): 17.5 million pairs -> 5.1 million at
# 1,000,000 generated people, 7 of 160,326 links no longer compared (4 true, 3 false; F1 0.988 unchanged);
# FEBRL3 and FEBRL4 F1 unchanged. ZIP + surname also keeps pairs whose given names start alike (a given-name typo).
NEAR = (
    "(l.date_of_birth IS NULL OR r.date_of_birth IS NULL "
    "OR left(l.date_of_birth, 4) = left(r.date_of_birth, 4) OR right(l.date_of_birth, 5) = right(r.date_of_birth, 5) "
    "OR left(l.street, 3) = left(r.street, 3))"
)
GIVEN_INITIAL_OR_NEAR = (
    f"(l.given_name IS NULL OR r.given_name IS NULL OR left(l.given_name, 1) = left(r.given_name, 1) OR {NEAR})"
)
BLOCKING_RULES = [
    "l.ssn = r.ssn",
    DOB_RULE,
    f"l.surname = r.surname AND l.given_name = r.given_name AND {NEAR}",
    "l.phone = r.phone",
    "l.email = r.email",
    f"l.postcode = r.postcode AND l.surname = r.surname AND {GIVEN_INITIAL_OR_NEAR}",
    f"l.postcode = r.postcode AND l.given_name = r.given_name AND {NEAR}",
    "replace(l.address, ' ', '') = replace(r.address, ' ', '')",
    "l.surname = r.given_name AND l.given_name = r.surname",
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
        "comparisons": [c.splink() for c in COMPARISONS],
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
            if col not in BY_COLUMN or len(levels) != len(BY_COLUMN[col].levels):
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

    def level(self, col: str, left: Row, right: Row) -> int | None:
        """Index of the (non-null) level a pair of canonical records falls in for ``col``; ``None`` = no evidence."""
        return _level(BY_COLUMN[col], _fields(left), _fields(right))

    def score(self, left: Row, right: Row, *, same_ssn: bool | None = None) -> Score:
        """Score two canonical records. ``same_ssn`` overrides the SSN comparison when only hashes are known."""
        left, right = _fields(left), _fields(right)
        weight = self.prior_weight
        reasons: list[tuple[float, str]] = []
        for col, ws in self.weights.items():
            if col == "ssn" and same_ssn is not None:
                lvl = 0 if same_ssn else len(ws) - 1
            else:
                lvl = _level(BY_COLUMN[col], left, right)
            if lvl is None:
                continue
            w = ws[lvl]
            weight += w
            if w > 0:
                reasons.append((w, BY_COLUMN[col].levels[lvl].reason))
        reasons.sort(key=lambda r: -r[0])
        return Score(weight, _prob(weight), tuple(r for _, r in reasons))


def _level(comp: Comparison, left: Row, right: Row) -> int | None:
    if comp.null_py(left, right):
        return None
    for i, lv in enumerate(comp.levels):
        if lv.py(left, right):
            return i
    raise AssertionError("the last level is ELSE")


def _fields(rec: Row) -> Row:
    """The canonical fields of a record; the street name is derived from the address when not given."""
    out = {f: rec.get(f) for f in FIELDS}
    if out["street"] is None:
        out["street"] = normalize.street(out["address"])
    return out


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
