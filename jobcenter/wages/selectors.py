"""Reads of the wage store (no personal data: file-level facts only)."""

from __future__ import annotations

from pathlib import Path

from jobcenter.wages import store


def wage_files_list(*, root: Path | str | None = None) -> list[dict]:
    """Imported files, newest first: name, source, format, rows, quarters, imported_at, imported_by."""
    return store.manifests(root)


def wage_quarters_loaded(*, source_group: str | None = None, root: Path | str | None = None) -> set[tuple[int, int]]:
    """(year, quarter) pairs for which any wage file (optionally of one source) has been imported."""
    found: set[tuple[int, int]] = set()
    for m in store.manifests(root):
        if source_group and m["source"] != source_group:
            continue
        for q in m["quarters"]:
            year, quarter = q.split("Q")
            found.add((int(year), int(quarter)))
    return found
