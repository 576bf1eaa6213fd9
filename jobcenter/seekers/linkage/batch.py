"""Batch deduplication with Splink on DuckDB: validate, load, predict, cluster (``jobcenter people dedupe``).

Pipeline (each step a DuckDB statement; pandas only at the edges):

1. ``validate_csv`` streams the file once with the ``csv`` module and stops the batch with
   ``InputError`` (line and field named, never the SSN) on a missing/unknown column, an empty or duplicate
   ``record_id``, a date that is not ``YYYY-MM-DD`` or an SSN that is not valid (``normalize_ssn`` rules).
2. ``load_csv`` / ``load_frame`` create the table ``people`` of canonical columns (``normalize.SQL_COLUMNS``).
3. Splink predicts pairwise match probabilities with the shipped model (``model.json``), prior rescaled
   to the number of records; pairs at or above the threshold are edges.
4. Same SSN = same person (manual, "Duplicate Accounts": the SSN identifies the primary account): every
   pair with equal SSN digits is an edge with probability 1.0 whatever the other fields say.
5. Connected components (scipy) give clusters; ``cluster_id`` is the ``record_id`` of the cluster's
   first record in input order; ``match_probability`` is the record's strongest edge, empty for a
   record that matched nobody (a singleton is its own cluster).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jobcenter.seekers.linkage import normalize
from jobcenter.seekers.linkage.synthetic import INPUT_COLUMNS

MAX_ERRORS = 20


class _Errors(list):
    """Error messages, each starting with a capital letter."""

    def append(self, msg: str) -> None:
        super().append(msg[:1].upper() + msg[1:])


class InputError(ValueError):
    """The input cannot be deduplicated; ``errors`` lists what is wrong, by line and field."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class Result:
    """Clusters as numpy arrays in input order, plus counts for the summary line."""

    record_id: np.ndarray
    cluster_id: np.ndarray
    match_probability: np.ndarray  # NaN for singletons
    pairs_scored: int
    edges: int

    @property
    def clusters(self) -> int:
        """Number of distinct people found."""
        return len(set(self.cluster_id.tolist()))


def _ssn_ok(value: str) -> bool:
    from stdnum.us import ssn as stdnum_ssn

    return bool(stdnum_ssn.is_valid(value.replace("-", "").replace(" ", "")))


def validate_rows(header: list[str], rows: Iterable[tuple[int, list[str]]], *, where: str = "line") -> int:
    """Check the header and every row; return the row count or raise ``InputError`` (first ``MAX_ERRORS``)."""
    from jobcenter.seekers.linkage import constants as c

    errors = _Errors()
    missing = [col for col in INPUT_COLUMNS if col not in header]
    unknown = [col for col in header if col not in INPUT_COLUMNS]
    if missing:
        errors.append(c.MISSING_COLUMNS.format(columns=", ".join(missing)))
    if unknown:
        errors.append(c.UNKNOWN_COLUMNS.format(columns=", ".join(unknown)))
    if len(set(header)) != len(header):
        errors.append(c.REPEATED_COLUMNS)
    if errors:
        raise InputError(errors)
    i_id, i_dob, i_ssn = header.index("record_id"), header.index("date_of_birth"), header.index("ssn")
    seen: dict[str, int] = {}
    count = 0
    for lineno, row in rows:
        count += 1
        if len(row) != len(header):
            errors.append(c.WRONG_FIELD_COUNT.format(where=where, line=lineno, expected=len(header), found=len(row)))
        else:
            rid = row[i_id].strip()
            if not rid:
                errors.append(c.RECORD_ID_EMPTY.format(where=where, line=lineno))
            elif rid in seen:
                errors.append(c.RECORD_ID_DUPLICATE.format(where=where, line=lineno, record_id=rid, first=seen[rid]))
            else:
                seen[rid] = lineno
            dob = row[i_dob].strip()
            if dob:
                try:
                    if len(dob) != 10:
                        raise ValueError
                    dt.date.fromisoformat(dob)
                except ValueError:
                    errors.append(c.DOB_INVALID.format(where=where, line=lineno, value=dob[:20]))
            ssn = row[i_ssn].strip()
            if ssn and not _ssn_ok(ssn):
                errors.append(c.SSN_INVALID.format(where=where, line=lineno))
        if len(errors) >= MAX_ERRORS:
            errors.append(c.TOO_MANY_ERRORS.format(n=MAX_ERRORS))
            break
    if not count and not errors:
        errors.append(c.NO_ROWS)
    if errors:
        raise InputError(errors)
    return count


def validate_csv(path: Path, *, progress: bool = False) -> int:
    """Validate a CSV file (see ``validate_rows``); return its number of records."""
    from tqdm import tqdm

    from jobcenter.seekers.linkage import constants as c

    try:
        fh = open(path, newline="", encoding="utf-8-sig")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError([c.CANNOT_READ.format(path=path, error=exc.strerror)]) from exc
    with fh:
        reader = csv.reader(fh)
        try:
            header = [h.strip() for h in next(reader)]
            if not any(header):
                raise StopIteration
        except StopIteration:
            raise InputError([c.NO_HEADER]) from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError([c.NOT_CSV.format(line=1, error=exc)]) from exc

        def rows() -> Iterator[tuple[int, list[str]]]:
            try:
                for row in reader:
                    if row:
                        yield reader.line_num, row
            except (csv.Error, UnicodeDecodeError) as exc:
                raise InputError([c.NOT_CSV.format(line=reader.line_num + 1, error=exc)]) from exc

        bar = tqdm(rows(), desc="checking", unit=" rows", disable=not progress, mininterval=1.0)
        return validate_rows(header, bar)


def _create_people(con, source: str, extra_columns: Iterable[str] = ()) -> int:
    """Materialise ``source`` as ``people_raw`` (insertion order = input order), then the canonical ``people``.

    ``unique_id`` is the raw table's ``rowid``: with ``preserve_insertion_order`` it is the input position,
    which the output order and ``cluster_id`` (first record of the cluster) rely on.
    """
    cols = ", ".join(f"{sql} AS {name}" for name, sql in normalize.SQL_COLUMNS.items())
    extra = "".join(f", {e}" for e in extra_columns)
    con.execute("SET preserve_insertion_order = true").fetchall()
    con.execute(f"CREATE OR REPLACE TABLE people_raw AS SELECT * FROM {source}").fetchall()  # noqa: S608
    con.execute(
        # Built from constants and a quoted path, never from data.
        f"CREATE OR REPLACE TABLE people AS SELECT rowid AS unique_id, CAST(record_id AS VARCHAR) AS record_id, "  # noqa: S608
        f"{cols}{extra} FROM people_raw ORDER BY rowid"
    ).fetchall()
    con.execute("DROP TABLE people_raw").fetchall()
    return con.execute("SELECT count(*) FROM people").fetchall()[0][0]


def read_header(path: Path) -> list[str]:
    """The column names of a CSV file's first line (in file order)."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return [h.strip() for h in next(csv.reader(fh))]


def load_csv(con, path: Path) -> int:
    """Load a validated CSV into the canonical table ``people``; return its row count.

    Columns are named from the file's own header, so any column order works. A DuckDB parse error is
    reported without its text, which quotes the offending line (and so possibly an SSN).
    """
    import duckdb

    from jobcenter.seekers.linkage import constants as c

    header = read_header(path)
    con.execute("SET preserve_insertion_order = true").fetchall()
    src = (
        f"read_csv('{str(path).replace(chr(39), chr(39) * 2)}', header = true, all_varchar = true, delim = ',', "
        "quote = '\"', escape = '\"', auto_detect = false, columns = {"
        + ", ".join(f"'{h}': 'VARCHAR'" for h in header)
        + "})"
    )
    try:
        return _create_people(con, src)
    except duckdb.Error:
        raise InputError([c.DUCKDB_PARSE]) from None


def load_frame(con, df, *, extra_columns: Iterable[str] = ()) -> int:
    """Load a pandas DataFrame (input columns, any dtype) into the canonical table ``people``."""
    con.execute("SET preserve_insertion_order = true").fetchall()
    con.register("people_input", df)
    text = ", ".join(f"NULLIF(CAST({col} AS VARCHAR), '') AS {col}" for col in INPUT_COLUMNS)
    extra = "".join(f", {e}" for e in extra_columns)
    src = f"(SELECT {text}{extra} FROM people_input)"  # noqa: S608 - column names are constants
    n = _create_people(con, src, extra_columns)
    con.unregister("people_input")
    return n


def connect(*, memory_limit: str | None = None, threads: int | None = None):
    """A Splink DuckDB API with a spill directory (DuckDB can then go beyond memory on 1M+ rows)."""
    from splink import DuckDBAPI

    db_api = DuckDBAPI()
    con = db_api.duckdb_con
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/jobcenter_dedupe_spill'").fetchall()
    if memory_limit:
        con.execute(f"SET memory_limit = '{memory_limit}'").fetchall()
    if threads:
        con.execute(f"SET threads = {int(threads)}").fetchall()
    return db_api


def dedupe_loaded(db_api, *, n: int, threshold: float = 0.5, progress: bool = False) -> Result:
    """Predict, add same-SSN edges, cluster. ``people`` must already be loaded in ``db_api``."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from splink import Linker
    from tqdm import tqdm

    from jobcenter.seekers.linkage.model import default_model

    con = db_api.duckdb_con
    bar = tqdm(total=3, desc="matching", unit=" step", disable=not progress)
    settings = default_model().splink_settings(population=n)
    edges_p = np.zeros(0)
    l_ids = r_ids = np.zeros(0, dtype=np.int64)
    pairs = 0
    if n > 1:
        linker = Linker(db_api.register("people"), settings, log_level=None)
        bar.set_postfix_str("scoring pairs")
        pred = linker.inference.predict(threshold_match_probability=threshold)
        bar.update(1)
        bar.set_postfix_str("same SSN")
        con.execute(
            f"CREATE OR REPLACE TABLE dedupe_edges AS "  # noqa: S608 - table names are ours
            f"SELECT unique_id_l AS l, unique_id_r AS r, match_probability AS p FROM {pred.physical_name} "
            f"UNION ALL SELECT a.unique_id, b.unique_id, 1.0 FROM people a JOIN people b "
            f"ON a.ssn = b.ssn AND a.unique_id < b.unique_id"
        ).fetchall()
        got = con.execute("SELECT l, r, max(p) AS p FROM dedupe_edges GROUP BY l, r").fetchnumpy()
        l_ids, r_ids, edges_p = (np.asarray(got[k]) for k in ("l", "r", "p"))
        pairs = len(l_ids)
        bar.update(1)
    else:
        bar.update(2)
    bar.set_postfix_str("clustering")
    graph = coo_matrix((np.ones(len(l_ids), dtype=np.int8), (l_ids, r_ids)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    first = np.full(labels.max() + 1 if n else 0, n, dtype=np.int64)
    np.minimum.at(first, labels, np.arange(n))
    best = np.full(n, np.nan)
    if len(l_ids):
        np.fmax.at(best, l_ids, edges_p)
        np.fmax.at(best, r_ids, edges_p)
    record_ids = np.asarray(con.execute("SELECT record_id FROM people ORDER BY unique_id").fetchnumpy()["record_id"])
    bar.update(1)
    bar.close()
    return Result(record_ids, record_ids[first[labels]], best, pairs, len(l_ids))


def write_csv(result: Result, output: Path) -> None:
    """Write ``record_id,cluster_id,match_probability`` to a temp file beside ``output``, then rename it."""
    output = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent or ".")
    os.close(fd)
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["record_id", "cluster_id", "match_probability"])
            probs = ["" if np.isnan(p) else repr(round(float(p), 6)) for p in result.match_probability]
            w.writerows(zip(result.record_id.tolist(), result.cluster_id.tolist(), probs, strict=True))
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
