"""Build small PIRL tables for hand-computed indicator cases (all values as text, like a PIRL CSV)."""

import pandas as pd

BASE = {"p918": "1", "p923": "00"}


def pirl(*records: dict) -> pd.DataFrame:
    rows = []
    for i, rec in enumerate(records, start=1):
        row = {"p100": f"ID{i:04d}", **BASE, **{k: str(v) for k, v in rec.items()}}
        rows.append(row)
    return pd.DataFrame(rows).fillna("")


def exiter(exit_date="20221015", q2="1", earnings="1000.00", q4="1", **more) -> dict:
    """A Wagner-Peyser exiter inside the PY2023 Q2 and Q4 windows by default."""
    return {"p901": exit_date, "p1602": q2, "p1603": "1" if q2 in "123" else "0", "p1704": earnings, "p1606": q4,
            "p1607": "1" if q4 in "123" else "0", **more}  # fmt: skip
