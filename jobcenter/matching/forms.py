"""Forms of matching (used by the staff front)."""

from __future__ import annotations

from django import forms

from jobcenter.matching.models import OrderRequirements
from jobcenter.seekers.choices import EducationLevel

NAMES_HELP = "One per line (at most 20)."


class NamesField(forms.CharField):
    """A list of names typed one per line."""

    widget = forms.Textarea(attrs={"rows": 3, "class": "usa-textarea"})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        value = super().to_python(value) or ""
        return [line.strip() for line in value.splitlines() if line.strip()]


class OrderRequirementsForm(forms.ModelForm):
    """What the order requires of applicants, for matching."""

    min_education = forms.ChoiceField(
        label="Minimum education", choices=[("", "No requirement"), *EducationLevel.choices], required=False
    )
    required_credentials = NamesField(
        label="Required licenses and certifications", required=False, max_length=2000, help_text=NAMES_HELP
    )
    required_skills = NamesField(label="Required skills", required=False, max_length=2000, help_text=NAMES_HELP)
    preferred_skills = NamesField(label="Preferred skills", required=False, max_length=2000, help_text=NAMES_HELP)

    class Meta:
        model = OrderRequirements
        fields = [
            "min_education",
            "min_experience_months",
            "drivers_license",
            "required_credentials",
            "required_skills",
            "preferred_skills",
        ]
        widgets = {"min_experience_months": forms.NumberInput(attrs={"class": "usa-input", "max": 600})}
