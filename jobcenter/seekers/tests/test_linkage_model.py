"""One model, two engines: the Python scorer (incremental) must agree with Splink on DuckDB (batch)."""

from __future__ import annotations

import datetime as dt
import json
import math

import duckdb
import pytest

from jobcenter.seekers.linkage import batch, normalize, synthetic
from jobcenter.seekers.linkage.model import COLUMNS, FIELDS, MODEL_PATH, Model, default_model

AWKWARD = [
    {"given_name": " O'Brien-Smith ", "surname": "de la Cruz", "street_number": "12", "address_1": "Oak St., Apt #4"},
    {"given_name": "", "surname": "x", "street_number": "", "address_1": "   ", "postcode": "64106-1234"},
    {"given_name": "JOSÉ", "surname": "Núñez", "phone": "+1 (816) 555-0101", "email": "  Mary@Example.COM "},
    {"given_name": None, "surname": None, "phone": "555-0101", "postcode": "641", "date_of_birth": "1975-06-14"},
    {"phone": "18165550101", "email": "", "address_1": "RR 2  Box 7", "ssn": "123-45-6789"},
]


@pytest.mark.parametrize("raw", AWKWARD, ids=[f"awkward {i}" for i in range(len(AWKWARD))])
def test_python_and_sql_normalise_the_same_input_to_the_same_canonical_values(raw):
    full = {c: raw.get(c) for c in synthetic.INPUT_COLUMNS}
    full["record_id"] = "x"
    con = duckdb.connect()
    cols = ", ".join(f"{sql} AS {name}" for name, sql in normalize.SQL_COLUMNS.items())
    values = ", ".join("?" for _ in synthetic.INPUT_COLUMNS)
    src = f"(SELECT * FROM (VALUES ({values})) t({', '.join(synthetic.INPUT_COLUMNS)}))"
    sql_row = con.execute(f"SELECT {cols} FROM {src}", [full[c] for c in synthetic.INPUT_COLUMNS]).fetchall()[0]  # noqa: S608
    py = {**normalize.record(full), "ssn": normalize.ssn(full.get("ssn"))}
    assert dict(zip(normalize.SQL_COLUMNS, sql_row, strict=True)) == {k: py[k] for k in normalize.SQL_COLUMNS}


def test_python_scores_equal_splink_scores_on_every_blocked_pair_of_generated_people():
    from splink import Linker

    df = synthetic.generate(2000, seed=3)
    db_api = batch.connect()
    n = batch.load_frame(db_api.duckdb_con, df)
    model = default_model().with_population(n)
    linker = Linker(db_api.register("people"), default_model().splink_settings(population=n), log_level=None)
    pred = linker.inference.predict()
    con = db_api.duckdb_con
    pairs = con.execute(
        f"SELECT p.match_weight, p.match_probability, {', '.join(f'l.{c}, r.{c}' for c in FIELDS)} "  # noqa: S608
        f"FROM {pred.physical_name} p JOIN people l ON l.unique_id = p.unique_id_l "
        f"JOIN people r ON r.unique_id = p.unique_id_r"
    ).fetchall()
    assert len(pairs) > 300
    for weight, prob, *vals in pairs:
        left = {c: vals[2 * i] for i, c in enumerate(FIELDS)}
        right = {c: vals[2 * i + 1] for i, c in enumerate(FIELDS)}
        score = model.score(left, right)
        assert score.match_weight == pytest.approx(weight, abs=1e-6), (left, right)
        assert score.match_probability == pytest.approx(prob, abs=1e-9)


def test_the_shipped_model_matches_the_code_and_has_no_infinite_weight():
    model = Model.load(MODEL_PATH)
    assert list(model.weights) == COLUMNS
    assert all(math.isfinite(w) for ws in model.weights.values() for w in ws)
    # agreement is evidence for, disagreement against, on every field
    assert all(ws[0] > 0 > ws[-1] for ws in model.weights.values())


def test_training_is_reproducible_with_a_seed():
    from jobcenter.seekers.linkage.train import train

    first, second = train(n=3000, seed=11, max_pairs=2e5), train(n=3000, seed=11, max_pairs=2e5)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@pytest.mark.parametrize(
    ("population", "expected"),
    [
        (None, "training prior"),
        (10, "training prior"),  # small files keep the training prior
        (100_000, "training prior"),  # at the training size
        (1_000_000, "one tenth"),  # (N_train - 1) / (n - 1) ~ 1/10
    ],
)
def test_the_prior_shrinks_with_the_population_above_the_training_size(population, expected):
    model = default_model()
    lam = model.splink["probability_two_random_records_match"]
    want = lam if expected == "training prior" else lam * (model.training_records - 1) / (population - 1)
    assert model.prior(population) == pytest.approx(want)


def test_reasons_name_agreeing_fields_strongest_first_and_never_values():
    model = default_model()
    a = normalize.record(
        {"given_name": "Margaret", "surname": "Thompson", "date_of_birth": dt.date(1975, 6, 14), "postcode": "64106"}
    )
    b = {**a, "given_name": "MARGRET"}
    score = model.score(a, b)
    assert score.reasons == ("DOB equal", "same postcode", "surname equal", "given name nearly equal")


def test_the_shipped_model_was_trained_with_the_code_s_comparisons_and_blocking_rules():
    from jobcenter.seekers.linkage.model import settings

    shipped, code = default_model().splink, settings()

    def conditions(s: dict) -> list[list[str]]:
        return [[lv["sql_condition"] for lv in c["comparison_levels"]] for c in s["comparisons"]]

    assert conditions(shipped) == conditions(code), "retrain: python -m jobcenter.seekers.linkage.train"
    assert shipped["blocking_rules_to_generate_predictions"] == code["blocking_rules_to_generate_predictions"]


def _sql_level(col: str, left: dict, right: dict) -> str:
    """The chart label of the level DuckDB puts a pair in, from the shipped comparison's own SQL."""
    from jobcenter.seekers.linkage.model import BY_COLUMN

    comp = BY_COLUMN[col].splink()
    cases = " ".join(
        f"WHEN {lv['sql_condition']} THEN '{lv['label_for_charts']}'"
        for lv in comp["comparison_levels"]
        if lv["sql_condition"] != "ELSE"
    )
    left, right = ({**r, "street": normalize.street(r.get("address"))} for r in (left, right))
    names = [f"{c}_{side}" for c in FIELDS for side in "lr"]
    values = [(left if side == "l" else right).get(c) for c in FIELDS for side in "lr"]
    row = f"(SELECT * FROM (VALUES ({', '.join('?' for _ in names)})) t({', '.join(names)}))"
    sql = f"SELECT CASE {cases} ELSE 'else' END FROM {row}"  # noqa: S608 - our own SQL, values bound
    return duckdb.connect().execute(sql, values).fetchall()[0][0]


def _py_level(col: str, left: dict, right: dict) -> str:
    from jobcenter.seekers.linkage.model import BY_COLUMN

    lvl = default_model().level(col, left, right)
    return "null" if lvl is None else BY_COLUMN[col].levels[lvl].label


MT = {"given_name": "MARGARET", "surname": "THOMPSON"}


@pytest.mark.parametrize(
    ("case", "col", "left", "right", "similar", "expected"),
    [
        # names entered the other way round: each name nearly equal (>= 0.92) to the other's other name
        ("names swapped exactly", "surname", MT, {"given_name": "THOMPSON", "surname": "MARGARET"}, None, "swapped"),
        ("swap just above 0.92", "surname", MT, {"given_name": "THOMSEN", "surname": "MARGARET"}, 0.9214, "swapped"),
        ("swap just below 0.92", "surname", MT, {"given_name": "THOMAS", "surname": "MARGARET"}, 0.8917, "else"),
        (
            "a swap is no given-name evidence",
            "given_name",
            MT,
            {"given_name": "THOMSEN", "surname": "MARGARET"},
            None,
            "null",
        ),
        (
            "no swap: given names compared",
            "given_name",
            MT,
            {"given_name": "THOMAS", "surname": "MARGARET"},
            None,
            "else",
        ),
        ("one name missing is no swap", "surname", MT, {"given_name": None, "surname": "MARGARET"}, None, "else"),
        # ZIP code one digit off or transposed (Damerau-Levenshtein 1, not 2) counts when the city agrees
        # (Jaro-Winkler >= 0.90)
        (
            "ZIP transposed, same city",
            "postcode",
            {"postcode": "64106", "city": "ROLLA"},
            {"postcode": "64160", "city": "ROLLA"},
            None,
            "one edit, city",
        ),
        ("ZIP one off, no city", "postcode", {"postcode": "64106"}, {"postcode": "64107"}, None, "else"),
        (
            "ZIP two edits, same city",
            "postcode",
            {"postcode": "64106", "city": "ROLLA"},
            {"postcode": "64601", "city": "ROLLA"},
            None,
            "else",
        ),
        (
            "city just above 0.90",
            "postcode",
            {"postcode": "64106", "city": "KANSAS CITY"},
            {"postcode": "64107", "city": "KANSAS CTY NORTH"},
            0.9068,
            "one edit, city",
        ),
        (
            "city just below 0.90",
            "postcode",
            {"postcode": "64106", "city": "SPRINGFIELD"},
            {"postcode": "64107", "city": "SPRINGVALE"},
            0.8805,
            "else",
        ),
        ("no ZIP code", "postcode", {"city": "ROLLA"}, {"postcode": "64107", "city": "ROLLA"}, None, "null"),
        # street name without house number and spaces, Jaro-Winkler >= 0.90
        ("house number left out", "address", {"address": "12 OAK STREET"}, {"address": "OAK ST"}, 0.9111, "street"),
        (
            "space typed in the street",
            "address",
            {"address": "12 OAK STREET"},
            {"address": "OAK STR EET"},
            None,
            "street",
        ),
        ("another street", "address", {"address": "10 SPRINGFIELD"}, {"address": "SPRINGVALE"}, 0.8805, "else"),
        ("house numbers only", "address", {"address": "20"}, {"address": "20 A"}, None, "else"),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else None,
)
def test_each_new_level_is_the_same_in_python_and_duckdb_on_both_sides_of_its_threshold(
    case, col, left, right, similar, expected
):
    import jellyfish

    if similar is not None:  # the example sits where the case says, relative to the threshold
        field = {"surname": "given_name", "postcode": "city"}.get(col, col)
        a, b = (left["surname"], right["given_name"]) if col == "surname" else (left[field], right[field])
        if col == "address":
            a, b = a.replace(" ", "").lstrip("0123456789"), b.replace(" ", "").lstrip("0123456789")
        assert jellyfish.jaro_winkler_similarity(a, b) == pytest.approx(similar, abs=1e-4)
    py, sql = _py_level(col, left, right), _sql_level(col, left, right)
    assert py == sql, case
    assert expected in py, case
