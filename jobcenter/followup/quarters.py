"""Calendar-quarter arithmetic for exits and follow-up (federal-specs 2.2: exit Jan 1-Mar 31 -> Q1 after exit
is Apr 1-Jun 30)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

QUARTER_RE = re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, e.g. ``Quarter(2025, 4)`` (October to December 2025)."""

    year: int
    q: int

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        """The quarter containing ``day``."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, value) -> Quarter:
        """``"2025Q4"``, ``"2025-Q4"``, ``(2025, 4)`` or a ``Quarter``."""
        if isinstance(value, Quarter):
            return value
        if isinstance(value, tuple | list) and len(value) == 2:
            return cls(int(value[0]), int(value[1]))
        m = QUARTER_RE.match(str(value).strip())
        if not m:
            raise ValueError(f"{value!r} is not a quarter like 2025Q4.")
        return cls(int(m.group(1)), int(m.group(2)))

    def __add__(self, n: int) -> Quarter:
        index = self.year * 4 + (self.q - 1) + n
        return Quarter(index // 4, index % 4 + 1)

    def __sub__(self, n: int) -> Quarter:
        return self + (-n)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * (self.q - 1) + 1, 1)

    @property
    def last_day(self) -> dt.date:
        return (self + 1).first_day - dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def label(self) -> str:
        """Plain language: "October to December 2025"."""
        months = ["January to March", "April to June", "July to September", "October to December"]
        return f"{months[self.q - 1]} {self.year}"
