"""Reading dated parameters for screening rules.

The rules follow the Missouri manual revised January 2024; no earlier revision was reviewed, so several
parameters start on 2024-01-01. ``dated_param`` gives the value in force on ``as_of`` and, for an order received
before a parameter's first date, that first value (documented in docs/rules.md). A date after a sunset, a missing
parameter or a missing breakdown key still raises ``ParameterError``: no number is ever made up in code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from jobcenter.core.parameters import ParameterError, get_parameter, param


def dated_param(name: str, *, as_of: dt.date, **keys: Any) -> Any:
    """The value of parameter ``name`` on ``as_of``, or its first value if ``as_of`` precedes it."""
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    try:
        return param(name, as_of=as_of, **keys)
    except ParameterError:
        p = get_parameter(name)
        key = tuple(str(keys.get(b, "")).upper() if b == "state" else str(keys.get(b, "")) for b in p.breakdown)
        series = p.series.get(key)
        if series and as_of < series[0].effective_from and series[0].value is not None:
            return series[0].value
        raise
