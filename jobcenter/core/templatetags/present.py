"""Template filters of the one presentation layer (``jobcenter.core.presentation``)."""

from django import template

from jobcenter.core import presentation

register = template.Library()


# Each filter is the presentation function itself: one value in, the words a page shows out.
for _name, _function in {
    "phone": presentation.format_phone,  # a phone number in national format
    "duration": presentation.humanize_duration,  # a timedelta as '11 days, 6 hours'
    "action_label": presentation.action_label,  # an audit action as a sentence
    "history_line": presentation.history_line,  # an audit entry: its action and the detail written for people
    "yes_no": presentation.yes_no,  # Yes / No / —
    "humanize": presentation.humanize_code,  # a code as words
    "data_summary": presentation.data_summary,  # audit data as readable pairs
    "value": presentation.present_value,  # a stored value (parameter, audit data) as words
}.items():
    register.filter(_name, _function)


@register.filter
def with_class(bound_field, css: str):
    """Render a bound form field's widget with ``css`` added to its classes."""
    attrs = dict(bound_field.field.widget.attrs)
    attrs["class"] = f"{attrs.get('class', '')} {css}".strip() if css not in attrs.get("class", "") else attrs["class"]
    return bound_field.as_widget(attrs=attrs)
