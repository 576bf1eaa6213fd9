"""The public job search form (GET, so a search is a link anyone can share). Every input is bounded."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.conf import settings

from jobcenter.core.forms import UswdsFormMixin
from jobcenter.joborders.choices import EmploymentType
from jobcenter.joborders.search import POSTED_WITHIN_DAYS, JobSearch, resolve_place, words

MIN_RADIUS, MAX_RADIUS, DEFAULT_RADIUS = 1, 200, 25
MAX_WAGE = Decimal("1000")
PLACE_UNKNOWN = "We could not find that ZIP code. Check the five digits, or type a city name instead."
OCCUPATION_UNKNOWN = "We know no occupation by that name. Try another word, or leave this box empty."
RADIUS_RANGE = f"Choose a distance from {MIN_RADIUS} to {MAX_RADIUS} miles."
WAGE_RANGE = f"Enter an hourly wage from $0 to ${MAX_WAGE:,.0f}, or leave this box empty."

POSTED_CHOICES = [
    ("", "Any time"),
    ("1", "In the last day"),
    ("3", "In the last 3 days"),
    ("7", "In the last week"),
    ("14", "In the last 2 weeks"),
    ("30", "In the last 30 days"),
]
TYPE_CHOICES = [("", "Any")] + [
    (EmploymentType.FULL_TIME, "Full time"),
    (EmploymentType.PART_TIME, "Part time"),
    (EmploymentType.SEASONAL, "Seasonal"),
    (EmploymentType.TEMPORARY, "Temporary"),
]


class JobSearchForm(UswdsFormMixin, forms.Form):
    """Keywords, place and distance, occupation, wage, hours and posting date; all optional."""

    q = forms.CharField(label="Keywords", required=False, max_length=200, help_text="For example: forklift, cook")
    place = forms.CharField(label="City or ZIP code", required=False, max_length=100)
    radius = forms.IntegerField(
        label="Within (miles)",
        required=False,
        initial=DEFAULT_RADIUS,
        min_value=MIN_RADIUS,
        max_value=MAX_RADIUS,
        error_messages={"min_value": RADIUS_RANGE, "max_value": RADIUS_RANGE, "invalid": RADIUS_RANGE},
    )
    occupation = forms.CharField(
        label="Occupation", required=False, max_length=100, help_text="A job title or an O*NET-SOC code"
    )
    min_wage = forms.DecimalField(
        label="Pays at least (dollars an hour)",
        required=False,
        min_value=Decimal("0"),
        max_value=MAX_WAGE,
        max_digits=7,
        decimal_places=2,
        error_messages={
            "min_value": WAGE_RANGE,
            "max_value": WAGE_RANGE,
            "invalid": WAGE_RANGE,
            "max_digits": WAGE_RANGE,
            "max_decimal_places": WAGE_RANGE,
        },
    )
    employment_type = forms.ChoiceField(label="Full or part time", required=False, choices=TYPE_CHOICES)
    posted = forms.ChoiceField(label="Posted", required=False, choices=POSTED_CHOICES)

    def clean_place(self):
        text = " ".join((self.cleaned_data.get("place") or "").split())
        self._place = resolve_place(text, default_state=getattr(settings, "JOBCENTER_STATE", "")) if text else None
        if text and self._place is None and text.replace("-", "").isdigit():
            raise forms.ValidationError(PLACE_UNKNOWN)
        return text

    def clean_occupation(self):
        from jobcenter.occupations.selectors import occupation_search

        text = " ".join((self.cleaned_data.get("occupation") or "").split())
        self._soc_codes = None
        if text:
            codes = tuple(occupation_search(q=text, limit=200).values_list("code", flat=True))
            if not codes:
                raise forms.ValidationError(OCCUPATION_UNKNOWN)
            self._soc_codes = codes
        return text

    @property
    def asked(self) -> bool:
        """True when the visitor searched for something (any box filled in)."""
        return self.is_bound and any(
            (self.data.get(name) or "").strip()
            for name in ("q", "place", "occupation", "min_wage", "employment_type", "posted")
        )

    def search(self) -> JobSearch:
        """The validated search (call after ``is_valid()``)."""
        d = self.cleaned_data
        place = getattr(self, "_place", None)
        return JobSearch(
            q=" ".join(words(d.get("q") or "")),
            position=place.position if place else None,
            city="" if place else (d.get("place") or ""),
            radius_miles=d.get("radius") or DEFAULT_RADIUS,
            soc_codes=getattr(self, "_soc_codes", None),
            min_hourly_wage=d.get("min_wage"),
            employment_type=d.get("employment_type") or "",
            posted_within_days=POSTED_WITHIN_DAYS.get(d.get("posted") or ""),
        )

    @property
    def place_label(self) -> str:
        place = getattr(self, "_place", None)
        return place.label if place else ""
