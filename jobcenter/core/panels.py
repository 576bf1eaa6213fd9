"""Dashboard panels. An area registers a function ``(request) -> Panel | None`` with ``@panel`` (in its
``dashboard.py``); the staff dashboard shows them. Lives in core so domain apps never import a front.

Keeps the dashboard open to every area without the dashboard view knowing about them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

_REGISTRY: list[tuple[int, Callable]] = []


@dataclass
class Panel:
    """A card on the dashboard: a title, a headline number or text, and links."""

    title: str
    body: str = ""
    count: int | None = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (label, url)
    tone: str = "info"  # info | warning | error | success


def panel(order: int = 100):
    """Register a dashboard panel provider."""

    def register(fn: Callable):
        _REGISTRY.append((order, fn))
        return fn

    return register


def panels_for(request) -> list[Panel]:
    """Panels that apply to the signed-in user, in order."""
    import importlib

    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name.startswith("jobcenter."):
            try:
                importlib.import_module(f"{config.name}.dashboard")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.dashboard":
                    raise
    out = []
    for _, fn in sorted(_REGISTRY, key=lambda t: t[0]):
        result = fn(request)
        if result is not None:
            out.append(result)
    return out
