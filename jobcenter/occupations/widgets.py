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
            "hx-trigger": "input changed delay:300ms",  # typing, pasting or autofill alike
            "hx-target": "#onet-suggestions",
            "hx-swap": "innerHTML",
        }
    )
    field.help_text = "Type a job title or a code (e.g. Phlebotomists, or 31-9097) and pick from the list"


def occupation_hint(form, *, title: str, code: str, description: str | None = None) -> None:
    """Show the occupation coder's suggestion for the typed job title as the hint of the ``code`` field: computed
    now for a bound or saved form, and again (htmx) whenever the title changes."""
    from jobcenter.occupations.coder_index import suggest

    attrs = {
        "hx-get": reverse("occupation-hint"),
        "hx-trigger": "input changed delay:500ms, change",
        "hx-target": f"#{form[code].auto_id}-hint",
        "hx-swap": "innerHTML",
    }
    if description and description in form.fields:
        attrs["hx-include"] = f"[name='{form.add_prefix(description)}']"
    form.fields[title].widget.attrs.update(attrs)
    if form.is_bound:
        typed = form.data.get(form.add_prefix(title), "")
        text = form.data.get(form.add_prefix(description), "") if description else ""
    else:
        instance = getattr(form, "instance", None)
        typed = form.initial.get(title) or getattr(instance, title, "")
        text = (form.initial.get(description) or getattr(instance, description, "")) if description else ""
    found = suggest(str(typed or "")[:200], description=str(text or "")[:2000], top=1) if typed else []
    if found:
        s = found[0]
        form.fields[code].help_text = (
            f"Suggested from the job title: {s.title} ({s.code}), {round(s.confidence * 100)}% sure. Enter that code, "
            "or type a job title or code and pick from the list."
        )
