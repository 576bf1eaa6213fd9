"""Base class for API request bodies: every string and list an API caller sends is bounded (issue #10: "every text
input has a maximum length"), and the bounds are in the OpenAPI schema, so clients and schemathesis see them.

Subclass ``In`` for every request schema. A field with its own ``Field(max_length=...)`` keeps it; every other
string is limited to ``MAX_TEXT`` characters and every list to ``MAX_ITEMS`` items. Query and path strings are
bounded where they are declared (``Query(max_length=...)``); ``tests`` in ``jobcenter/api/tests/test_bounds.py``
walk the whole OpenAPI schema and fail on any unbounded string or list a caller can send.
"""

from __future__ import annotations

from ninja import Schema
from pydantic import ConfigDict, model_validator

MAX_TEXT = 4000
MAX_ITEMS = 200
MAX_QUERY = 200
QUARTER_PATTERN = r"^(19|20)[0-9]{2}Q[1-4]$"
DECIMAL_PATTERN = r"^-?[0-9]{1,12}(\.[0-9]{1,4})?$"


def _is_decimal(annotation) -> bool:
    from decimal import Decimal
    from typing import get_args

    return annotation is Decimal or any(_is_decimal(a) for a in get_args(annotation))


def _bound_schema(schema: dict, cls) -> None:
    """Write the bounds into the JSON schema of the model's properties (and the number pattern that Decimal
    fields accept as strings)."""
    fields = getattr(cls, "model_fields", {})
    for name, prop in schema.get("properties", {}).items():
        field = fields.get(name)
        decimal = field is not None and _is_decimal(field.annotation)
        for sub in [prop, *prop.get("anyOf", [])]:
            if decimal and sub.get("type") == "string":
                sub["pattern"] = DECIMAL_PATTERN
            if sub.get("type") == "string" and not {"maxLength", "format", "enum"} & set(sub):
                sub["maxLength"] = MAX_TEXT
            if sub.get("type") == "array":
                sub.setdefault("maxItems", MAX_ITEMS)
                items = sub.get("items", {})
                if items.get("type") == "string" and not {"maxLength", "format", "enum"} & set(items):
                    items["maxLength"] = MAX_TEXT


class In(Schema):
    """A request body with bounded strings and lists."""

    model_config = ConfigDict(str_max_length=MAX_TEXT, json_schema_extra=_bound_schema)

    @model_validator(mode="after")
    def _bounded_lists(self):
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, list | tuple | set) and len(value) > MAX_ITEMS:
                raise ValueError(f"{name}: at most {MAX_ITEMS} items")
        return self
