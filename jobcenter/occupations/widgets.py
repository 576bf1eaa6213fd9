"""Occupation fields offer O*NET titles while people type (htmx fills the page's ``#onet-suggestions`` datalist
from ``occupation_search``)."""

from __future__ import annotations

from django.urls import reverse


def occupation_autocomplete(field) -> None:
    """Make ``field`` (an O*NET-SOC code input) suggest occupations by title or code as the person types."""
    field.widget.attrs.update(
        {
            "list": "onet-suggestions",
            "autocomplete": "off",
            "hx-get": reverse("occupation-suggest"),
            "hx-trigger": "keyup changed delay:300ms",
            "hx-target": "#onet-suggestions",
            "hx-swap": "innerHTML",
        }
    )
    field.help_text = "Type a job title or a code (e.g. Phlebotomists, or 31-9097) and pick from the list"
