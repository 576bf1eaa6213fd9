"""Calendar quarters: ``2025Q4`` parsing, arithmetic and the cohort windows of federal-specs 2.3."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter (``year``, ``q`` 1-4)."""

    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """``2025Q4`` (also ``2025-Q4``, ``2025q4``); ValueError otherwise."""
        m = _QUARTER_RE.match(text or "")
        if not m:
            raise ValueError(f"{text!r} is not a quarter like 2025Q4.")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        """The quarter containing ``day``."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def label(self) -> str:
        """Plain words for pages: ``Oct-Dec 2025``."""
        names = {1: "Jan-Mar", 2: "Apr-Jun", 3: "Jul-Sep", 4: "Oct-Dec"}
        return f"{names[self.q]} {self.year}"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> dt.date:
        nxt = self + 1
        return nxt.start - dt.timedelta(days=1)

    @property
    def index(self) -> int:
        return self.year * 4 + self.q - 1

    def __add__(self, n: int) -> Quarter:
        i = self.index + n
        return Quarter(i // 4, i % 4 + 1)

    def __sub__(self, other):
        if isinstance(other, Quarter):
            return self.index - other.index
        return self + (-other)


@dataclass(frozen=True)
class Window:
    """An inclusive date window of exits (a cohort)."""

    first: dt.date
    last: dt.date

    def __contains__(self, day: dt.date | None) -> bool:
        return day is not None and self.first <= day <= self.last

    def __str__(self) -> str:
        return f"{self.first:%m/%d/%Y} - {self.last:%m/%d/%Y}"


def rolling_window(report: Quarter, *, lag_quarters: int) -> Window:
    """The four quarters ending ``lag_quarters`` before the report quarter (federal-specs 2.3, rolling 4 quarters).

    Report quarter ending E: exited = 1 quarter back, ER Q2 / median = 4 quarters back (E - 12 months),
    ER Q4 / retention = 6 quarters back (E - 18 months).
    """
    last = report - lag_quarters
    return Window((last - 3).start, last.end)
