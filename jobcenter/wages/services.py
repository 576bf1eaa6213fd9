"""Import a wage file into the wage store: validate every line, hash SSNs, write all or nothing, idempotently."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.wages import constants, store
from jobcenter.wages.choices import WageSource
from jobcenter.wages.formats import FileLevelError, LineError, guess_format, read_rows
from jobcenter.wages.validation import Hasher, validate_row

MAX_ERRORS_KEPT = 200
Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    """What an import did: ``rows`` written (0 when ``already_imported``)."""

    file_id: str
    rows: int
    already_imported: bool = False
    imported_at: str = ""
    quarters: list[str] = field(default_factory=list)


class WageImportError(Exception):
    """The file was rejected as a whole; ``errors`` is a list of ``(line or None, message)``."""

    def __init__(self, errors: list[tuple[int | None, str]], total: int | None = None):
        self.errors = errors
        self.total = total if total is not None else len(errors)
        super().__init__(self.summary())

    def summary(self) -> str:
        lines = [f"line {line}: {msg}" if line else msg for line, msg in self.errors]
        if self.total > len(self.errors):
            lines.append(constants.TOO_MANY_ERRORS.format(more=self.total - len(self.errors)))
        return "\n".join(lines)


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _count_rows(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def wage_file_import(
    *,
    path: Path | str,
    source: str,
    fmt: str | None = None,
    actor=None,
    progress: Progress | None = None,
    original_name: str = "",
    root: Path | str | None = None,
) -> ImportResult:
    """Import one wage file (CSV, ICESA fixed-width or Parquet) from ``source`` into the wage store.

    Every line is validated first; any error rejects the whole file (``WageImportError`` with line numbers) and
    nothing is written. The same file imported again (same bytes) adds nothing. SSNs are replaced by the keyed
    hash (``seekers.services.ssn_hash``) as they are read and are never written anywhere in clear.
    """
    path = Path(path)
    if source not in WageSource.values:
        raise WageImportError([(None, constants.SOURCE_INVALID)])
    try:
        fmt = fmt or guess_format(Path(original_name or path.name))
    except FileLevelError as exc:
        raise WageImportError([(None, str(exc))]) from None
    file_id = file_fingerprint(path)
    done = store.manifest(file_id, root)
    if done is not None:
        return ImportResult(file_id=file_id, rows=0, already_imported=True, imported_at=done["imported_at"])

    total = _count_rows(path, fmt)
    hasher = Hasher()
    rows: list[dict] = []
    errors: list[tuple[int | None, str]] = []
    error_count = 0
    try:
        for n, (line, raw) in enumerate(read_rows(path, fmt), start=1):
            if progress and n % 5000 == 0:
                progress(min(n, total), total)
            try:
                if isinstance(raw, LineError):
                    raise raw
                rows.append(validate_row(line, raw, hasher=hasher))
            except LineError as exc:
                error_count += 1
                if len(errors) < MAX_ERRORS_KEPT:
                    errors.append((exc.line, exc.message))
    except FileLevelError as exc:
        raise WageImportError([(None, str(exc))]) from None
    except UnicodeDecodeError:
        raise WageImportError([(None, constants.UNKNOWN_FORMAT)]) from None
    if errors:
        raise WageImportError(errors, total=error_count)
    if not rows:
        raise WageImportError([(None, constants.EMPTY_FILE)])
    if progress:
        progress(total, total)

    import pyarrow as pa

    columns = {name: [r[name] for r in rows] for name, _ in store.SCHEMA_FIELDS if name not in {"source", "file_id"}}
    columns["source"] = [source] * len(rows)
    columns["file_id"] = [file_id] * len(rows)
    table = pa.table(columns, schema=store.arrow_schema())
    quarters = sorted({f"{r['year']}Q{r['quarter']}" for r in rows})
    imported_at = clock.now().isoformat()
    info = {
        "file_id": file_id,
        "name": (original_name or path.name)[:200],
        "format": fmt,
        "source": source,
        "rows": len(rows),
        "quarters": quarters,
        "imported_at": imported_at,
        "imported_by": getattr(actor, "username", "") or "",
    }
    if not store.publish(file_id=file_id, table=table, info=info, root=root):
        done = store.manifest(file_id, root) or {"imported_at": imported_at}
        return ImportResult(file_id=file_id, rows=0, already_imported=True, imported_at=done["imported_at"])
    audit_log(
        action="wages.file.imported",
        actor=actor,
        data={"file_id": file_id, "source": source, "format": fmt, "rows": len(rows), "quarters": quarters},
    )
    return ImportResult(file_id=file_id, rows=len(rows), imported_at=imported_at, quarters=quarters)
