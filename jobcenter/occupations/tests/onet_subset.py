"""A small O*NET release cut from the real test copy (same files and columns, a few occupations)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from django.conf import settings

ONET = Path(settings.ONET_DATA_DIR)
CODES = {"53-7051.00", "53-7062.00", "53-3032.00", "29-1141.00", "29-2061.00", "11-1011.00", "45-2092.00"}


def write_subset(target: Path, *, codes: set[str] = CODES, renames: dict[str, str] | None = None) -> Path:
    """Copy every release file keeping the header and the rows of ``codes`` (Related Occupations: both ends)."""
    target.mkdir(parents=True, exist_ok=True)
    renames = renames or {}
    for path in sorted(ONET.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header, body = lines[0], lines[1:]
        cols = header.split("\t")
        keep = []
        for line in body:
            cells = line.split("\t")
            row = dict(zip(cols, cells))
            if "O*NET-SOC Code" in row and row["O*NET-SOC Code"] not in codes:
                continue
            if "Related O*NET-SOC Code" in row and row["Related O*NET-SOC Code"] not in codes:
                continue
            keep.append(line)
        name = renames.get(path.name, path.name)
        (target / name).write_text("\n".join([header, *keep]) + "\n", encoding="utf-8")
    return target


def write_zip(folder: Path, zip_path: Path, *, prefix: str = "db_29_3_text/") -> Path:
    """The official zip layout: every file under one folder."""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.glob("*.txt")):
            zf.write(path, prefix + path.name)
    return zip_path
