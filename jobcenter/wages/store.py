"""The wage store: Parquet files under ``settings.WAGE_DATA_DIR`` (never the web database).

Layout: ``<WAGE_DATA_DIR>/records/<file_id>/<year>Q<quarter>.parquet`` plus ``_manifest.json`` — one folder per
imported file (``file_id`` = SHA-256 of the file's bytes), partitioned by year and quarter inside it. A file is
published by renaming its finished staging folder into ``records/`` in one step, so readers never see half a file
and a failed import leaves nothing behind. Readers glob ``records/*/*.parquet``.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from django.conf import settings

SCHEMA_FIELDS = (
    ("ssn_hash", "string"),
    ("employer_fein", "string"),
    ("ui_account", "string"),
    ("naics", "string"),
    ("state", "string"),
    ("year", "int32"),
    ("quarter", "int32"),
    ("wages_cents", "int64"),
    ("source", "string"),
    ("file_id", "string"),
)


def arrow_schema():
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in SCHEMA_FIELDS])


def data_dir(root: Path | str | None = None) -> Path:
    return Path(root if root is not None else settings.WAGE_DATA_DIR)


def records_dir(root: Path | str | None = None) -> Path:
    return data_dir(root) / "records"


def parquet_glob(root: Path | str | None = None) -> str | None:
    """Glob of every stored Parquet file, or ``None`` when nothing has been imported yet."""
    base = records_dir(root)
    if not base.exists() or not any(base.glob("*/*.parquet")):
        return None
    return str(base / "*" / "*.parquet")


def manifest(file_id: str, root: Path | str | None = None) -> dict | None:
    path = records_dir(root) / file_id / "_manifest.json"
    return json.loads(path.read_text()) if path.exists() else None


def manifests(root: Path | str | None = None) -> list[dict]:
    base = records_dir(root)
    found = [json.loads(p.read_text()) for p in base.glob("*/_manifest.json")] if base.exists() else []
    return sorted(found, key=lambda m: m["imported_at"], reverse=True)


def publish(*, file_id: str, table, info: dict, root: Path | str | None = None) -> bool:
    """Write ``table`` (a pyarrow Table in ``arrow_schema()``) partitioned by year/quarter, then publish it.

    Returns False (and writes nothing) when ``file_id`` is already in the store.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    target = records_dir(root) / file_id
    if target.exists():
        return False
    staging = data_dir(root) / "staging" / f"{file_id}.{uuid.uuid4().hex}"
    staging.mkdir(parents=True)
    try:
        keys = table.select(["year", "quarter"]).group_by(["year", "quarter"]).aggregate([]).to_pylist()
        for key in sorted(keys, key=lambda k: (k["year"], k["quarter"])):
            mask = pc.and_(pc.equal(table["year"], key["year"]), pc.equal(table["quarter"], key["quarter"]))
            part = table.filter(mask).sort_by([("ssn_hash", "ascending")])
            pq.write_table(part, staging / f"{key['year']}Q{key['quarter']}.parquet", compression="zstd")
        (staging / "_manifest.json").write_text(json.dumps(info, indent=2, sort_keys=True))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(staging, target)
        except OSError:
            if target.exists():  # another import of the same file won the race
                return False
            raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return True
