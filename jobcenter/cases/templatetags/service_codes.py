"""``|service_code``: a service code with its placeholder mark (builtin, see settings TEMPLATES)."""

from django import template

from jobcenter.cases.catalogue import CatalogueError, code_label

register = template.Library()


@register.filter
def service_code(code) -> str:
    """'108 (placeholder code)' for a placeholder code of the state's catalogue, else the code."""
    try:
        return code_label(str(code))
    except CatalogueError:
        return str(code)
