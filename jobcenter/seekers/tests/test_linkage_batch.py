"""dedupe_dataframe: the batch pipeline called from Python (real DuckDB, generated people with known truth)."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pandas as pd
import pytest

from jobcenter.seekers.linkage import dedupe_dataframe, synthetic
from jobcenter.seekers.linkage.batch import InputError


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{c: r.get(c, "") for c in synthetic.INPUT_COLUMNS} for r in rows])


def pairs(labels: pd.Series, ids: pd.Series) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for _, group in ids.groupby(labels.to_numpy()):
        out |= set(itertools.combinations(sorted(group), 2))
    return out


def test_one_row_per_record_in_input_order_with_cluster_and_probability():
    df = frame(
        [
            {"record_id": "a", "given_name": "Ann", "surname": "Lee", "date_of_birth": dt.date(1970, 1, 5)},
            {
                "record_id": "b",
                "given_name": "Ann",
                "surname": "Lee",
                "date_of_birth": dt.date(1970, 1, 5),
                "postcode": "64106",
            },
            {"record_id": "c", "given_name": "Zed", "surname": "Quinn", "ssn": "212-45-6789"},
            {"record_id": "d", "given_name": "Zoe", "surname": "Park", "ssn": "212456789"},
        ]
    )
    out = dedupe_dataframe(df)
    assert list(out.columns) == ["record_id", "cluster_id", "match_probability"]
    assert out["record_id"].tolist() == ["a", "b", "c", "d"]
    assert out["cluster_id"].tolist() == ["a", "a", "c", "c"]
    assert out.loc[2, "match_probability"] == 1.0  # same SSN


def test_a_record_that_matches_nobody_has_no_probability():
    out = dedupe_dataframe(frame([{"record_id": "x", "given_name": "A"}, {"record_id": "y", "given_name": "B"}]))
    assert out["cluster_id"].tolist() == ["x", "y"]
    assert out["match_probability"].isna().all()


def test_generated_people_are_clustered_with_high_precision_and_recall():
    df = synthetic.generate(3000, seed=5)
    out = dedupe_dataframe(df.drop(columns="person_id"))
    truth = pairs(df["person_id"], df["record_id"])
    found = pairs(out["cluster_id"], out["record_id"])
    precision, recall = len(truth & found) / len(found), len(truth & found) / len(truth)
    assert precision > 0.97 and recall > 0.9, (precision, recall)


@pytest.mark.parametrize(
    ("case", "change", "message"),
    [
        ("an empty record_id", {"record_id": ""}, "Row 2, record_id: is empty"),
        ("a bad date", {"date_of_birth": "1975-13-01"}, "Row 2, date_of_birth: '1975-13-01'"),
        ("an invalid SSN", {"ssn": "666-12-3456"}, "Row 2, ssn: not a valid Social Security number"),
    ],
)
def test_invalid_rows_are_refused_naming_row_and_field(case, change, message):
    df = frame([{"record_id": "a", "given_name": "Ann"}, {"record_id": "b", "given_name": "Bo", **change}])
    with pytest.raises(InputError) as exc:
        dedupe_dataframe(df)
    assert any(message in e for e in exc.value.errors), case
    assert "666-12-3456" not in str(exc.value)


def test_a_missing_column_is_refused():
    with pytest.raises(InputError, match="missing the column"):
        dedupe_dataframe(pd.DataFrame({"record_id": ["a"], "given_name": ["A"]}))


def test_nan_and_none_are_empty_fields():
    df = frame([{"record_id": "a", "given_name": "Ann"}, {"record_id": "b", "given_name": "Bo"}])
    df.loc[0, "email"] = np.nan
    df.loc[1, "date_of_birth"] = None
    assert len(dedupe_dataframe(df)) == 2


def test_swapped_names_with_a_mistyped_zip_and_no_house_number_are_one_person():
    df = frame(
        [
            {
                "record_id": "a",
                "given_name": "Jasmine",
                "surname": "Morrison",
                "date_of_birth": "1980-04-02",
                "street_number": "16",
                "address_1": "Methven Place",
                "city": "Rolla",
                "postcode": "65401",
            },
            {
                "record_id": "b",
                "given_name": "Morrison",
                "surname": "Jasmine",
                "date_of_birth": "1980-04-02",
                "address_1": "Methven Place",
                "city": "Rola",
                "postcode": "65410",
            },
            {
                "record_id": "c",
                "given_name": "Thomas",
                "surname": "James",
                "date_of_birth": "1971-09-30",
                "street_number": "4",
                "address_1": "Elm Ave",
                "city": "Joplin",
                "postcode": "64801",
            },
            {
                "record_id": "d",
                "given_name": "James",
                "surname": "Thomas",
                "date_of_birth": "1990-01-12",
                "street_number": "77",
                "address_1": "High St",
                "city": "Sedalia",
                "postcode": "65301",
            },
        ]
    )
    out = dedupe_dataframe(df)
    assert out["cluster_id"].tolist() == ["a", "a", "c", "d"]


def test_a_namesake_with_another_birth_date_is_linked_only_by_a_similar_address():
    """The batch compares same-name pairs with far-apart birth dates only when the street names start alike
    (``model.NEAR``): a mistyped street and a transposed ZIP code still find the person; a namesake elsewhere
    stays apart."""
    person = {"given_name": "Aidan", "surname": "Blackwell", "city": "Rolla"}
    df = frame(
        [
            {
                **person,
                "record_id": "a",
                "date_of_birth": "1967-06-17",
                "street_number": "24",
                "address_1": "Eddy Crescent",
                "postcode": "65401",
            },
            {
                **person,
                "record_id": "b",
                "date_of_birth": "1919-08-07",
                "street_number": "24",
                "address_1": "Eddy Crscent",
                "postcode": "65410",
            },
            {
                **person,
                "record_id": "c",
                "date_of_birth": "1985-03-02",
                "street_number": "9",
                "address_1": "Oak Street",
                "city": "Joplin",
                "postcode": "64801",
            },
        ]
    )
    out = dedupe_dataframe(df)
    assert out["cluster_id"].tolist() == ["a", "a", "c"]
    assert out.loc[0, "match_probability"] >= 0.5
