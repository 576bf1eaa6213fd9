"""O*NET template helpers: the CC BY 4.0 attribution, an occupation's title, and the occupation coder's suggestion
for a job title (ADR 0028)."""

from __future__ import annotations

from django import template

from jobcenter.occupations.importer import ATTRIBUTION

register = template.Library()


@register.simple_tag
def onet_attribution() -> str:
    """The attribution sentence the O*NET licence asks for."""
    return ATTRIBUTION


@register.simple_tag
def occupation_suggestion(title: str, description: str = ""):
    """The coder's best O*NET occupation for a job title (and description), or None."""
    from jobcenter.occupations.coder_index import suggest

    found = suggest(title or "", description=description or "", top=1)
    return found[0] if found else None


@register.filter
def occupation_title(code: str) -> str:
    """The O*NET title of a code ('' when unknown)."""
    from jobcenter.occupations.models import Occupation

    if not code:
        return ""
    return Occupation.objects.filter(code=code).values_list("title", flat=True).first() or ""


@register.simple_tag
def order_wages(order):
    """The order's wage beside its area's OEWS range (None without wage data for its occupation)."""
    from jobcenter.occupations.wages import order_wage_comparison

    return order_wage_comparison(order)


@register.simple_tag
def area_wage(code: str, state: str):
    """OEWS percentiles of an occupation in a state (else nationally), or None."""
    from jobcenter.occupations.wages import area_wages

    return area_wages(soc_code=code, state=state)
