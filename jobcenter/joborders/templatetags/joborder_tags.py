"""Human labels for job order codes in templates (field names in version history, screening decisions)."""

from django import template

from jobcenter.joborders.choices import ScreeningDecision
from jobcenter.joborders.models import JobOrder

register = template.Library()


@register.filter
def order_field_label(name: str) -> str:
    """``wage_min`` -> "Minimum wage offered" (the model field's verbose name, capitalised)."""
    try:
        label = str(JobOrder._meta.get_field(name).verbose_name)
    except Exception:  # noqa: BLE001 - unknown names are shown as words
        label = str(name).replace("_", " ")
    return label[:1].upper() + label[1:]


@register.filter
def decision_label(code: str) -> str:
    """A screening decision code as words, lower case ("fix required")."""
    return ScreeningDecision(code).label.lower() if code in ScreeningDecision.values else "not screened"
