"""Write PIRL rows as CSV: the federal ``p<element>`` columns in element order, then the state extensions."""

from __future__ import annotations

import csv
from typing import IO

from jobcenter.reporting.pirl.elements import COLUMNS, EXTENSION_COLUMNS


def write_pirl(rows: list[dict], fh: IO[str], *, extensions: bool = True) -> int:
    """Write ``rows`` to ``fh``; internal keys (starting with ``_``) are never written. Returns rows written."""
    columns = list(COLUMNS) + (list(EXTENSION_COLUMNS) if extensions else [])
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return len(rows)
