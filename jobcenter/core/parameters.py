"""Dated legal parameters, read from YAML (conventions of the OpenFisca country template, not its code).

A parameter file lives under ``jobcenter/compliance/parameters/`` and is named by its path:
``minimum_wage/state.yaml`` is ``param("minimum_wage.state", as_of=d, state="MO")``. Each file has::

    description: what the number is, in a sentence
    metadata:
      unit: USD-per-hour | day | count | ...
      label: short name
      status: verified | derived | unconfirmed        # default for its values
      breakdown: [state]                              # optional: per-state (or other key) tables
      reference: [{title: ..., href: ...}]            # at least one citation
    values:
      2009-07-24: 7.25                                # in force from this date until the next one
      2030-01-01: {value: 9.00, status: unconfirmed, reference: "...", note: "..."}
      2031-01-01: null                                # sunset: no value from this date

With a breakdown, ``values`` is keyed by the breakdown value first (``MO: {2020-01-01: 9.45}``).
Numbers come back as ``Decimal`` (money must never be a float), whole numbers as ``int``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PARAMETERS_DIR = Path(__file__).resolve().parent.parent / "compliance" / "parameters"
STATUSES = {"verified", "derived", "unconfirmed"}


class ParameterError(LookupError):
    """A parameter is missing, malformed, or has no value on the date asked."""


@dataclass(frozen=True)
class ParameterValue:
    """One dated value of a parameter with the provenance a rule cites."""

    value: Any
    effective_from: dt.date
    effective_to: dt.date | None  # last day in force, or None if still in force
    status: str
    reference: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Parameter:
    """A parameter file: description, metadata and its dated values (per breakdown key if any)."""

    name: str
    description: str
    unit: str
    label: str
    status: str
    references: tuple[dict, ...]
    breakdown: tuple[str, ...]
    series: dict[tuple, tuple[ParameterValue, ...]] = field(default_factory=dict)

    def at(self, as_of: dt.date, **keys: Any) -> ParameterValue:
        """The value in force on ``as_of`` for the breakdown ``keys``."""
        if isinstance(as_of, dt.datetime):
            as_of = as_of.date()
        if set(keys) != set(self.breakdown):
            raise ParameterError(
                f"Parameter {self.name} is broken down by {list(self.breakdown) or 'nothing'}; got {sorted(keys)}."
            )
        key = tuple(str(keys[b]).upper() if b == "state" else str(keys[b]) for b in self.breakdown)
        values = self.series.get(key)
        if values is None:
            raise ParameterError(
                f"Parameter {self.name} has no values for {dict(zip(self.breakdown, key, strict=False))}."
            )
        starts = [v.effective_from for v in values]
        i = bisect.bisect_right(starts, as_of) - 1
        if i < 0 or values[i].value is None:
            raise ParameterError(
                f"Parameter {self.name} {dict(zip(self.breakdown, key, strict=False))} has no value on {as_of}."
            )
        return values[i]


def _coerce(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, list):
        return tuple(_coerce(v) for v in value)
    return value


def _parse_series(name: str, raw: dict, default_status: str) -> tuple[ParameterValue, ...]:
    if not isinstance(raw, dict) or not raw:
        raise ParameterError(f"Parameter {name}: values must be a non-empty mapping of dates.")
    items = []
    for key, entry in raw.items():
        if not isinstance(key, dt.date):
            raise ParameterError(f"Parameter {name}: {key!r} is not a YYYY-MM-DD date.")
        if isinstance(entry, dict):
            status = entry.get("status", default_status)
            items.append((key, _coerce(entry.get("value")), status, entry.get("reference"), entry.get("note")))
        else:
            items.append((key, _coerce(entry), default_status, None, None))
    items.sort(key=lambda t: t[0])
    out = []
    for i, (start, value, status, ref, note) in enumerate(items):
        if status not in STATUSES:
            raise ParameterError(f"Parameter {name}: status {status!r} on {start} is not one of {sorted(STATUSES)}.")
        end = items[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(items) else None
        out.append(ParameterValue(value, start, end, status, ref, note))
    return tuple(out)


def load_parameter(path: Path, name: str) -> Parameter:
    """Parse and validate one YAML parameter file."""
    with path.open() as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ParameterError(f"Parameter file {path} is not a mapping.")
    meta = data.get("metadata") or {}
    for required in ("description", "values"):
        if required not in data:
            raise ParameterError(f"Parameter {name} ({path}) lacks '{required}'.")
    if not meta.get("unit") or not meta.get("reference"):
        raise ParameterError(f"Parameter {name} ({path}) needs metadata.unit and at least one metadata.reference.")
    status = meta.get("status", "verified")
    breakdown = tuple(meta.get("breakdown") or ())
    values = data["values"]
    series: dict[tuple, tuple[ParameterValue, ...]] = {}
    if breakdown:
        if len(breakdown) != 1:
            raise ParameterError(f"Parameter {name}: only one breakdown level is supported.")
        for key, sub in values.items():
            k = str(key).upper() if breakdown[0] == "state" else str(key)
            series[(k,)] = _parse_series(f"{name}[{k}]", sub, status)
    else:
        series[()] = _parse_series(name, values, status)
    return Parameter(
        name=name,
        description=str(data["description"]).strip(),
        unit=str(meta["unit"]),
        label=str(meta.get("label", name)),
        status=status,
        references=tuple(meta["reference"]),
        breakdown=breakdown,
        series=series,
    )


@cache
def all_parameters(root: Path = PARAMETERS_DIR) -> dict[str, Parameter]:
    """Every parameter under ``root``, keyed by dotted name (cached; files are read once)."""
    params = {}
    for path in sorted(root.rglob("*.yaml")):
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        params[name] = load_parameter(path, name)
    return params


def get_parameter(name: str) -> Parameter:
    """The parameter called ``name``, or ``ParameterError``."""
    try:
        return all_parameters()[name]
    except KeyError:
        raise ParameterError(f"No parameter named {name!r}.") from None


def param_entry(name: str, *, as_of: dt.date, **keys: Any) -> ParameterValue:
    """The dated entry (value plus provenance) in force on ``as_of``."""
    return get_parameter(name).at(as_of, **keys)


def param(name: str, *, as_of: dt.date, **keys: Any) -> Any:
    """The value of parameter ``name`` in force on ``as_of`` (``state="MO"`` etc. for breakdowns)."""
    return param_entry(name, as_of=as_of, **keys).value
