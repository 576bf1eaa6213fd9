"""Role-aware navigation. Each front's area URL module may export ``NAV_ITEMS``; this collects them.

An item is ``NavItem(label, url_name, capability, front, order)``; a user sees the items whose
capability their role has, for the front they are in (staff workspace, seeker portal, employer portal).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from jobcenter.accounts.roles import user_can

UTILITY_ORDER = 800  # items ordered at or after this are reference pages, shown in the top bar


@dataclass(frozen=True)
class NavItem:
    """One entry in the side or top navigation."""

    label: str
    url_name: str
    capability: str
    order: int = 100


@cache
def all_nav_items() -> tuple[NavItem, ...]:
    """Every ``NAV_ITEMS`` entry declared by a front's area URL modules, in display order."""
    items: list[NavItem] = []
    for package_name in settings.NAVIGATION_URL_PACKAGES:  # the fronts, named in settings (core imports none)
        package = importlib.import_module(package_name)
        items.extend(getattr(package, "NAV_ITEMS", []))
        for mod in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package_name}.{mod.name}")
            items.extend(getattr(module, "NAV_ITEMS", []))
    return tuple(sorted(items, key=lambda i: (i.order, i.label)))


def navigation_for(request) -> list[dict]:
    """Items the user may use, with their URL and whether they are the current page."""
    user = request.user
    if not user.is_authenticated:
        return []
    out = []
    for item in all_nav_items():
        if not user_can(user, item.capability):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        out.append({"label": item.label, "url": url, "current": False, "utility": item.order >= UTILITY_ORDER})
    # The current item is the one whose URL is the longest prefix of this page (so the dashboard at /staff/
    # is not "current" on every staff page).
    matches = [entry for entry in out if request.path.startswith(entry["url"]) and entry["url"] != "/"]
    if matches:
        max(matches, key=lambda entry: len(entry["url"]))["current"] = True
    return out
