"""Read a PIRL file (CSV or Parquet, or a DataFrame) into a typed Ibis table.

Headers may be ``p<element>`` (``p1602``, as DOL's analysis code names them) or bare element numbers (``1602``);
``108-A`` becomes ``p108a``. Other columns (``job_center``, ``region``) are kept, lower-cased. Every value is read
as text, then: codes -> integers, dates (YYYYMMDD, dashes allowed) -> integers YYYYMMDD, money -> integer cents.
A blank is null. Elements the file lacks are null.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^p?(\d{3,4})(?:[-_ ]?([a-c]))?$", re.IGNORECASE)

CODES = [
    "201",
    "210",
    "211",
    "212",
    "213",
    "214",
    "215",
    "300",
    "408",
    "413",
    "903",
    "904",
    "905",
    "909",
    "918",
    "923",
    "1303",
    "1310",
    "1315",
    "1332",
    "1401",
    "1600",
    "1601",
    "1602",
    "1603",
    "1604",
    "1605",
    "1606",
    "1607",
    "1618",
    "1800",
    "1802",
    "1804",
    "1900",
    "1901",
]
DATES = ["200", "900", "901", "1406", "1801", "1803", "1805", "1806", "1807", "1808", "1809", "1810", "1811", "1813"]
MONEY = ["1703", "1704", "1705", "1706"]
TEXT = ["100", "108a"]
EXTRA = ["job_center", "region"]


def normalise_header(name: str) -> str:
    clean = name.strip().strip('"').strip()
    m = _HEADER.match(clean)
    if m:
        return f"p{m.group(1)}{(m.group(2) or '').lower()}"
    return clean.lower()


def raw_table(con, pirl):
    """The file as an all-text Ibis table with normalised headers."""
    import ibis
    import pandas as pd

    if isinstance(pirl, pd.DataFrame):
        t = ibis.memtable(pirl.astype("string"))
    else:
        path = str(pirl)
        if path.endswith((".parquet", ".pq")):
            t = con.read_parquet(path)
        elif con.name == "duckdb":
            t = con.read_csv(path, all_varchar=True, header=True)
        else:
            t = con.read_csv(path, header=True, inferSchema=False)
    renames = {normalise_header(c): c for c in t.columns}
    t = t.rename(renames)
    return t.mutate(**{c: t[c].cast("string") for c in t.columns if not t[c].type().is_string()})


def typed(t):
    """Typed view of a raw PIRL table (see module docstring)."""
    import ibis

    def text(c):
        return t[c].strip().nullif("") if c in t.columns else ibis.null("string")

    cols = {}
    for e in CODES:
        cols[f"p{e}"] = text(f"p{e}").cast("int64")
    for e in DATES:
        cols[f"p{e}"] = text(f"p{e}").replace("-", "").cast("int64")
    for e in MONEY:
        cols[f"p{e}"] = (text(f"p{e}").replace(",", "").replace("$", "").cast("decimal(14, 2)") * 100).cast("int64")
    for e in TEXT:
        cols[f"p{e}"] = text(f"p{e}")
    for c in EXTRA:
        cols[c] = text(c)
    return t.select(**cols)
