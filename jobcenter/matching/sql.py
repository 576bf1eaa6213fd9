"""SQL for the match index that the ORM does not express: "does this list of names hold a name?" and "are all
these names held?".

``scoring._has`` decides whether a seeker holds a named license, certification or skill: after normalization the
names are equal, or one contains the other and the held name has at least 4 characters. ``HoldsName`` asks the
same of a JSON list column (the index stores normalized names), so candidate search can leave out, in the
database, seekers who lack a required credential or skill. PostgreSQL (jsonb) and SQLite (JSON text) only —
the two databases the project runs on.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

from django.db import NotSupportedError, connection, transaction
from django.db.models import BooleanField, F, Func

_TEMPLATES = {
    "postgresql": (
        "EXISTS (SELECT 1 FROM jsonb_array_elements_text({col}) AS held(v) WHERE held.v = %s "
        "OR (char_length(held.v) >= 4 AND (strpos(held.v, %s) > 0 OR strpos(%s, held.v) > 0)))"
    ),
    "sqlite": (
        "EXISTS (SELECT 1 FROM json_each({col}) AS held WHERE held.value = %s "
        "OR (length(held.value) >= 4 AND (instr(held.value, %s) > 0 OR instr(%s, held.value) > 0)))"
    ),
}


class HoldsName(Func):
    """True when any of the JSON list columns holds ``name`` (already normalized), as ``scoring._has`` decides."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, *columns: str, name: str) -> None:
        super().__init__(*(F(c) for c in columns))
        self.name = name

    def as_sql(self, compiler, connection, **extra):
        template = _TEMPLATES.get(connection.vendor)
        if template is None:
            raise NotSupportedError(f"HoldsName is not written for {connection.vendor}")
        if not self.name:
            return "1 = 0", []  # an empty name is never held (scoring._has)
        parts, params = [], []
        for column in self.get_source_expressions():
            col_sql, col_params = compiler.compile(column)
            parts.append(template.format(col=col_sql))
            params += [*col_params, self.name, self.name, self.name]
        return "(" + " OR ".join(parts) + ")", params


_ALL_TEMPLATES = {
    "postgresql": (
        "NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text({col}) AS wanted(v) WHERE NOT EXISTS ("
        "SELECT 1 FROM jsonb_array_elements_text(%s::jsonb) AS held(v) WHERE held.v = wanted.v "
        "OR (char_length(held.v) >= 4 AND (strpos(held.v, wanted.v) > 0 OR strpos(wanted.v, held.v) > 0))))"
    ),
    "sqlite": (
        "NOT EXISTS (SELECT 1 FROM json_each({col}) AS wanted WHERE NOT EXISTS ("
        "SELECT 1 FROM json_each(%s) AS held WHERE held.value = wanted.value "
        "OR (length(held.value) >= 4 AND (instr(held.value, wanted.value) > 0 OR instr(wanted.value, held.value) > 0))))"
    ),
}


class AllHeld(Func):
    """True when every normalized name in the JSON list column is held by ``held`` (normalized names), as
    ``scoring._has`` decides for each; an empty list is always held."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, column: str, *, held) -> None:
        super().__init__(F(column))
        self.held = sorted(held)

    def as_sql(self, compiler, connection, **extra):
        template = _ALL_TEMPLATES.get(connection.vendor)
        if template is None:
            raise NotSupportedError(f"AllHeld is not written for {connection.vendor}")
        col_sql, col_params = compiler.compile(self.get_source_expressions()[0])
        return template.format(col=col_sql), [*col_params, json.dumps(self.held)]


@contextmanager
def without_jit():
    """Run the enclosed queries with PostgreSQL's JIT compiler off (until the end of the transaction).

    PostgreSQL estimates 100 rows for every call of ``jsonb_array_elements_text``, so the name checks above make a
    5 ms search look expensive enough to JIT-compile, and compiling took 0.5 s (measured at 100,000 orders)."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
        yield
