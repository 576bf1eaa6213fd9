"""The service catalogue: dated, state-configurable data in ``cases/catalogue/<state>.yaml``.

Each entry maps a state activity code to the PIRL element it sets and says whether it triggers participation
and whether it counts toward exit (TEGL 10-16 Chg 3 Att. VII Table A; federal-specs 1.4 and 5.1). The loader
refuses inconsistent entries: self-service, information-only, follow-up and supportive services can never
trigger participation (they never delay exit either; federal-specs 2.2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from jobcenter.cases.choices import NON_QUALIFYING_CATEGORIES, Program, ServiceCategory

CATALOGUE_DIR = Path(__file__).resolve().parent
PIRL_SERVICE_RANGES = ((1000, 1116), (1200, 1299), (1300, 1399), (1400, 1499), (1500, 1599))


class CatalogueError(LookupError):
    """The catalogue file is malformed or a code is not in force on a date."""


@dataclass(frozen=True)
class ServiceType:
    """One catalogue entry in force between ``effective_from`` and ``effective_to`` (inclusive)."""

    code: str
    name: str
    pirl: int
    category: str
    triggers_participation: bool
    program: str
    effective_from: dt.date
    effective_to: dt.date | None = None
    placeholder: bool = False  # a starter code to be replaced by the state's own list: marked wherever shown

    @property
    def label(self) -> str:
        """'108 — Referral to VA services', with '(placeholder code)' when the code is not the state's yet."""
        return f"{self.code} — {self.name}{PLACEHOLDER_MARK if self.placeholder else ''}"

    @property
    def counts_toward_exit(self) -> bool:
        """Only services that are not self-service, information-only, follow-up or supportive delay exit."""
        return self.category not in NON_QUALIFYING_CATEGORIES

    @property
    def requires_enrollment(self) -> bool:
        """Self-service and information-only need no enrollment (manual: WP Enrollment); everything else does."""
        return self.category not in (ServiceCategory.SELF_SERVICE, ServiceCategory.INFORMATION_ONLY)

    def in_force(self, day: dt.date) -> bool:
        """True if the entry applies on ``day``."""
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


PLACEHOLDER_MARK = " (placeholder code)"


def _entry(raw: dict, where: str, confirmed: set[str] | None = None) -> ServiceType:
    try:
        entry = ServiceType(
            code=str(raw["code"]),
            name=str(raw["name"]),
            pirl=int(raw["pirl"]),
            category=str(raw["category"]),
            triggers_participation=bool(raw["triggers_participation"]),
            program=str(raw.get("program", Program.WAGNER_PEYSER)),
            effective_from=raw["effective_from"],
            effective_to=raw.get("effective_to"),
            placeholder=bool(raw.get("placeholder", confirmed is not None and str(raw["code"]) not in confirmed)),
        )
    except KeyError as exc:
        raise CatalogueError(f"{where}: missing field {exc}.") from None
    if entry.category not in ServiceCategory.values:
        raise CatalogueError(f"{where} {entry.code}: unknown category {entry.category!r}.")
    if entry.program not in Program.values:
        raise CatalogueError(f"{where} {entry.code}: unknown program {entry.program!r}.")
    if not any(lo <= entry.pirl <= hi for lo, hi in PIRL_SERVICE_RANGES):
        raise CatalogueError(f"{where} {entry.code}: PIRL {entry.pirl} is not a service element.")
    if entry.triggers_participation and entry.category in NON_QUALIFYING_CATEGORIES:
        raise CatalogueError(f"{where} {entry.code}: a {entry.category} service cannot trigger participation.")
    if not isinstance(entry.effective_from, dt.date):
        raise CatalogueError(f"{where} {entry.code}: effective_from must be a date.")
    return entry


def load_catalogue(path: Path) -> tuple[ServiceType, ...]:
    """Parse and validate one catalogue file."""
    data = yaml.safe_load(path.read_text())
    # A file may list the codes confirmed against the state's sources; the others are placeholders.
    confirmed = {str(c) for c in data["confirmed_codes"]} if "confirmed_codes" in data else None
    entries = tuple(_entry(raw, path.name, confirmed) for raw in data.get("services") or [])
    seen: dict[str, list[ServiceType]] = {}
    for e in entries:
        for other in seen.get(e.code, []):
            overlap_end = min(d for d in (e.effective_to, other.effective_to, dt.date.max) if d)
            if max(e.effective_from, other.effective_from) <= overlap_end:
                raise CatalogueError(f"{path.name}: code {e.code} has overlapping effective periods.")
        seen.setdefault(e.code, []).append(e)
    return entries


@cache
def _catalogue(state: str) -> tuple[ServiceType, ...]:
    path = CATALOGUE_DIR / f"{state.lower()}.yaml"
    if not path.exists():
        path = CATALOGUE_DIR / "mo.yaml"
    return load_catalogue(path)


def _state(state: str | None) -> str:
    from django.conf import settings

    return (state or settings.JOBCENTER_STATE).upper()


def catalogue(*, as_of: dt.date, state: str | None = None) -> list[ServiceType]:
    """Entries in force on ``as_of`` for ``state`` (the installation's state by default), by code."""
    return sorted((e for e in _catalogue(_state(state)) if e.in_force(as_of)), key=lambda e: e.code)


def service_type(code: str, *, as_of: dt.date, state: str | None = None) -> ServiceType:
    """The entry for ``code`` in force on ``as_of``; ``CatalogueError`` if none."""
    for e in _catalogue(_state(state)):
        if e.code == str(code) and e.in_force(as_of):
            return e
    raise CatalogueError(f"No service {code} on {as_of}.")


def is_placeholder_code(code: str, *, state: str | None = None) -> bool:
    """True when ``code`` is a starter placeholder in the state's catalogue (any period)."""
    return any(e.code == str(code) and e.placeholder for e in _catalogue(_state(state)))


def code_label(code: str, *, state: str | None = None) -> str:
    """The code as shown on pages and exports: '108 (placeholder code)' for a placeholder."""
    return f"{code}{PLACEHOLDER_MARK}" if is_placeholder_code(code, state=state) else str(code)
