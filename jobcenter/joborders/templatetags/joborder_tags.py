"""Human labels for job order codes in templates (field names in version history, screening decisions)."""

from django import template

from jobcenter.joborders.choices import HiringRequirement, JobOrderStatus, ScreeningDecision
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
    """A screening decision code as words, lower case ("fix required"); acronyms keep their capitals ("route to FLC
    coordinator")."""
    if code not in ScreeningDecision.values:
        return "not screened"
    return " ".join(word if word.isupper() else word.lower() for word in str(ScreeningDecision(code).label).split())


@register.filter
def status_label(code: str) -> str:
    """A job order status code as the words staff see ("on_hold" -> "On hold"); unknown codes as they are."""
    return str(JobOrderStatus(code).label) if code in JobOrderStatus.values else code


@register.filter
def hiring_requirement_labels(codes) -> str:
    """The order's hiring requirement codes as their labels, comma separated ("" when none)."""
    labels = dict(HiringRequirement.choices)
    return ", ".join(str(labels.get(code, code)) for code in codes or [])


@register.filter
def special_category_labels(codes) -> str:
    """The order's special category codes as the state's labels (parameter ``joborders.special_categories``),
    comma separated ("" when none); a code no longer in the table is shown as it is."""
    from jobcenter.joborders.forms import special_category_choices

    labels = dict(special_category_choices())
    return ", ".join(str(labels.get(code, code)) for code in codes or [])


@register.filter
def naics_title(code: str) -> str:
    """The 2022 NAICS title of a code ("" if unknown)."""
    from jobcenter.employers.validators import naics_title as title

    return title(code)


# Findings about a structured fact (the employer's status, a form answer) carry the fact's stored value as their
# "matched"; only text the order itself says is worth quoting back to staff.
STRUCTURED_FINDING_FIELDS = ("employer.", "answers.")


@register.filter
def quoted_match(finding) -> str:
    """The words of the order a screening finding matched, or "" when the finding is about a structured fact."""
    field = getattr(finding, "field", "") or (finding.get("field", "") if isinstance(finding, dict) else "")
    matched = getattr(finding, "matched", None) or (finding.get("matched", "") if isinstance(finding, dict) else "")
    if not matched or str(field).startswith(STRUCTURED_FINDING_FIELDS):
        return ""
    return str(matched)
