"""Duplicate-person detection (Missouri WP manual: "Verifying Accounts", "Duplicate Accounts").

Public API (stable; everything else in this package is internal):

- ``find_candidates(record, ...)``: incremental check of one person against the database, for
  registration and edits (``incremental.py``);
- ``dedupe_dataframe(df, ...)``: batch clustering of a table of people with Splink on DuckDB
  (``batch.py``; the CLI ``jobcenter people dedupe`` runs the same pipeline on a CSV file);
- ``Candidate``: one possible duplicate.

Both score with one Fellegi-Sunter model (``model.py`` + ``model.json``); the same SSN always means the
same person. Decisions and their reasons: ``docs/adr/0010-duplicate-detection.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

__all__ = ["Candidate", "dedupe_dataframe", "find_candidates"]


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate of a person: which seeker, how likely, and the agreeing evidence.

    ``reasons`` name the fields that agree, strongest first, e.g. ``("same SSN", "DOB equal",
    "surname nearly equal")``; never the values themselves (no SSN, no date).
    """

    seeker_id: int
    state_id: str
    match_probability: float
    reasons: tuple[str, ...]


def find_candidates(
    record: dict, *, exclude_id: int | None = None, limit: int = 10, threshold: float = 0.5
) -> list[Candidate]:
    """Incremental check of one new/edited person against every active JobSeeker in the database.

    record keys: given_name, surname, date_of_birth (date|None), ssn (digits|None), street_number, address_1,
    address_2, city, state, postcode, phone, email (any may be missing); a stored seeker's ``ssn_hash`` may be
    passed instead of ``ssn`` (re-checking existing records). Same SSN keyed hash
    (``seekers.services.ssn_hash`` / ``JobSeeker.ssn_hash``) => probability 1.0, reason "same SSN".
    Otherwise candidates found by indexed blocking keys are scored with the shipped model; those at or
    above ``threshold`` are returned, most likely first, at most ``limit``. ``exclude_id`` leaves out the
    person being edited; inactive (merged) seekers are never returned. Statewide by design: see
    ``incremental.py``. Sources: WP manual "Verifying Accounts", "Duplicate Accounts".
    """
    from jobcenter.seekers.linkage.incremental import find

    return find(record, exclude_id=exclude_id, limit=limit, threshold=threshold)


def dedupe_dataframe(df: pandas.DataFrame, *, progress: bool = False, threshold: float = 0.5) -> pandas.DataFrame:
    """Batch: input columns as the CLI (``record_id,given_name,...,email``); returns ``record_id``,
    ``cluster_id``, ``match_probability`` (one row per record, input order).

    Raises ``batch.InputError`` (messages name the row and field) on invalid input. ``cluster_id`` is the
    ``record_id`` of the cluster's first record; ``match_probability`` is the record's strongest link to
    another record in its cluster (1.0 for the same SSN), ``NaN`` for a record that matched nobody.
    """
    import pandas as pd

    from jobcenter.seekers.linkage import batch
    from jobcenter.seekers.linkage.synthetic import INPUT_COLUMNS

    header = [str(c) for c in df.columns]

    def rows():
        cols = [df[c].astype("string").fillna("").to_numpy() for c in df.columns]
        for i in range(len(df)):
            yield i + 1, [str(col[i]) for col in cols]

    batch.validate_rows(header, rows(), where="row")
    db_api = batch.connect()
    n = batch.load_frame(db_api.duckdb_con, df[INPUT_COLUMNS])
    result = batch.dedupe_loaded(db_api, n=n, threshold=threshold, progress=progress)
    return pd.DataFrame(
        {
            "record_id": result.record_id,
            "cluster_id": result.cluster_id,
            "match_probability": result.match_probability,
        }
    )
