"""The seeker's form to rename a saved search and choose how often to hear of new jobs for it."""

from __future__ import annotations

from django import forms

from jobcenter.core.forms import UswdsFormMixin
from jobcenter.savedsearches.models import Frequency
from jobcenter.savedsearches.services import NAME_MAX, NAME_REQUIRED, NAME_TOO_LONG

FREQUENCY_CHOICES = [
    (Frequency.DAILY, "Once a day, when there are new jobs"),
    (Frequency.WEEKLY, "Once a week, when there are new jobs"),
    (Frequency.NEVER, "Never: just keep the search"),
]


class SavedSearchForm(UswdsFormMixin, forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=NAME_MAX,
        help_text=f"Up to {NAME_MAX} characters",
        error_messages={"required": NAME_REQUIRED, "max_length": NAME_TOO_LONG},
    )
    frequency = forms.ChoiceField(
        label="How often should we tell you about new jobs for this search?",
        choices=FREQUENCY_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how often we tell you.", "invalid_choice": "Choose how often we tell you."},
    )
