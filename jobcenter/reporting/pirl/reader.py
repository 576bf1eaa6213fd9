"""Read PIRL files from this or other systems: CSV with ``p<element>`` headers or bare element numbers.

Headers ``p100``, ``P100``, ``100``, ``PIRL 100``, ``p108a``/``108-A`` all become ``p100`` / ``p108a``. Other
headers are kept lower-cased (state extension columns such as ``job_center``). Values are stripped strings.
This is the project's one PIRL parser (shared with the indicator command, C3/C4).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import IO

_HEADER_RE = re.compile(r"^\s*(?:pirl[\s_#-]*|p)?(\d{3,4})(?:[\s_-]*([a-c]))?\s*$", re.IGNORECASE)
MAX_FIELD = 200  # no PIRL value is longer; bound what a foreign file can put in memory per cell


class PirlFormatError(ValueError):
    """The file is not a readable PIRL CSV (no header, duplicate columns, ragged lines)."""


def normalize_header(name: str) -> str:
    """``'PIRL 1602'`` -> ``'p1602'``; ``'108-A'`` -> ``'p108a'``; anything else lower-cased and stripped."""
    text = (name or "").strip().lstrip("\ufeff")
    m = _HEADER_RE.match(text)
    if m:
        return f"p{int(m.group(1))}{(m.group(2) or '').lower()}"
    return text.lower()


def read_pirl(source: str | Path | IO[str]) -> list[dict[str, str]]:
    """Rows of a PIRL CSV as dicts keyed by normalised column names (see module docstring)."""
    if isinstance(source, str | Path):
        with open(source, newline="", encoding="utf-8-sig") as fh:
            return _read(fh)
    return _read(source)


def read_pirl_text(text: str) -> list[dict[str, str]]:
    """Same as ``read_pirl`` for CSV text already in memory."""
    return _read(io.StringIO(text))


def _read(fh: IO[str]) -> list[dict[str, str]]:
    reader = csv.reader(fh)
    try:
        header = next(reader)
    except StopIteration:
        raise PirlFormatError("The file is empty: a PIRL file needs a header line.") from None
    columns = [normalize_header(h) for h in header]
    seen = set()
    for c in columns:
        if c in seen:
            raise PirlFormatError(f"Column {c} appears twice in the header.")
        seen.add(c)
    rows = []
    for line_no, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(columns):
            raise PirlFormatError(f"Line {line_no} has {len(values)} fields; the header has {len(columns)}.")
        rows.append({c: v.strip()[:MAX_FIELD] for c, v in zip(columns, values, strict=True)})
    return rows


def read_pirl_frame(source: str | Path | IO[str]):
    """The rows as a pandas DataFrame of strings (lazy import)."""
    import pandas as pd

    rows = read_pirl(source)
    return pd.DataFrame(rows, dtype="string")
