"""Cohort windows (federal-specs 2.3; TEGL 10-16 Change 3 / TAC 17-01; DOL opdR ``add_outcome_type_dates``).

Dates are integers YYYYMMDD so that every engine compares them the same way.

Program year N (annual report, ETA-9169) runs Jul 1 N - Jun 30 N+1:
    ER Q2, median Q2:               exits Jul 1 N-1 .. Jun 30 N
    ER Q4, credential, retention:   exits Jan 1 N-1 .. Dec 31 N-1
    MSG:                            the program year itself, Jul 1 N .. Jun 30 N+1
Quarter ending on date E (quarterly report, rolling four quarters):
    ER Q2, median Q2:               the four quarters ending E - 12 months
    ER Q4, credential, retention:   the four quarters ending E - 18 months
    MSG:                            program year to date, Jul 1 .. E  (federal-specs marks this [U])
``--quarter 2024Q3`` is the calendar quarter Jul-Sep 2024 (E = 2024-09-30, PY2024 Q1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUARTER = re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE)
_LAST_DAY = {1: 331, 2: 630, 3: 930, 4: 1231}


@dataclass(frozen=True)
class Window:
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"from": _iso(self.start), "to": _iso(self.end)}


@dataclass(frozen=True)
class Windows:
    label: str
    q2: Window
    q4: Window
    msg: Window

    def as_dict(self) -> dict:
        return {
            "period": self.label,
            "exits_for_q2_measures": self.q2.as_dict(),
            "exits_for_q4_measures": self.q4.as_dict(),
            "measurable_skill_gains_period": self.msg.as_dict(),
        }


def _iso(d: int) -> str:
    return f"{d // 10000:04d}-{d // 100 % 100:02d}-{d % 100:02d}"


def parse_quarter(text: str) -> tuple[int, int]:
    m = _QUARTER.match(text.strip())
    if not m:
        raise ValueError(f"Quarter must look like 2024Q3, not {text!r}.")
    return int(m.group(1)), int(m.group(2))


def _quarter_start(year: int, quarter: int) -> int:
    return year * 10000 + (quarter * 3 - 2) * 100 + 1


def _quarter_end(year: int, quarter: int) -> int:
    return year * 10000 + _LAST_DAY[quarter]


def _shift(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    idx = year * 4 + quarter - 1 + quarters
    return idx // 4, idx % 4 + 1


def _four_quarters_ending(year: int, quarter: int) -> Window:
    sy, sq = _shift(year, quarter, -3)
    return Window(_quarter_start(sy, sq), _quarter_end(year, quarter))


def program_year_windows(program_year: int) -> Windows:
    n = program_year
    return Windows(
        label=f"PY{n}",
        q2=Window((n - 1) * 10000 + 701, n * 10000 + 630),
        q4=Window((n - 1) * 10000 + 101, (n - 1) * 10000 + 1231),
        msg=Window(n * 10000 + 701, (n + 1) * 10000 + 630),
    )


def quarter_windows(quarter: str) -> Windows:
    year, q = parse_quarter(quarter)
    py_start_year = year if q >= 3 else year - 1
    return Windows(
        label=f"{year}Q{q}",
        q2=_four_quarters_ending(*_shift(year, q, -4)),
        q4=_four_quarters_ending(*_shift(year, q, -6)),
        msg=Window(py_start_year * 10000 + 701, _quarter_end(year, q)),
    )


def windows_for(*, program_year: int | None = None, quarter: str | None = None) -> Windows:
    if (program_year is None) == (quarter is None):
        raise ValueError("Give exactly one of program_year or quarter.")
    return program_year_windows(program_year) if program_year is not None else quarter_windows(quarter)
