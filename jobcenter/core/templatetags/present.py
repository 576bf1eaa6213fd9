"""Template filters of the one presentation layer (``jobcenter.core.presentation``)."""

from django import template

from jobcenter.core import presentation

register = template.Library()


@register.filter
def phone(value) -> str:
    """A phone number in national format."""
    return presentation.format_phone(value)


@register.filter
def duration(value) -> str:
    """A timedelta as '11 days, 6 hours'."""
    return presentation.humanize_duration(value)


@register.filter
def action_label(value) -> str:
    """An audit action as a sentence."""
    return presentation.action_label(value)


@register.filter
def yes_no(value) -> str:
    """Yes / No / —."""
    return presentation.yes_no(value)


@register.filter
def humanize(value) -> str:
    """A code as words."""
    return presentation.humanize_code(value)


@register.filter
def data_summary(value) -> str:
    """Audit data as readable pairs."""
    return presentation.data_summary(value)


@register.filter
def value(value) -> str:
    """A stored value (parameter, audit data) as words."""
    return presentation.present_value(value)


@register.filter
def with_class(bound_field, css: str):
    """Render a bound form field's widget with ``css`` added to its classes."""
    attrs = dict(bound_field.field.widget.attrs)
    attrs["class"] = f"{attrs.get('class', '')} {css}".strip() if css not in attrs.get("class", "") else attrs["class"]
    return bound_field.as_widget(attrs=attrs)
