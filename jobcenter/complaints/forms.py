"""Forms of the complaint pages. Every text is bounded; the services check the rules again (20 CFR 658.422)."""

from __future__ import annotations

from django import forms
from django.urls import reverse

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import job_centers_in_scope
from jobcenter.complaints import constants as c
from jobcenter.complaints.choices import ComplaintKind, RespondentKind
from jobcenter.core import clock
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.employers.selectors import employer_pick_label, employer_resolve

DATE = forms.DateInput(attrs={"type": "date"})


class TakeComplaintForm(UswdsFormMixin, forms.Form):
    """Take a complaint. With a person's record (opened from their record) the name boxes are not shown."""

    job_center = forms.ModelChoiceField(queryset=None, label="Job center taking the complaint", empty_label=None)
    complainant_name = forms.CharField(
        max_length=c.NAME_MAX, required=False, label="Complainant's name", help_text="For a person without a record"
    )
    complainant_contact = forms.CharField(
        max_length=c.CONTACT_MAX,
        required=False,
        label="How to reach the complainant",
        help_text="Phone, email or address",
    )
    filed_on = forms.DateField(widget=DATE, label="Date filed")
    msfw = forms.BooleanField(required=False, label="The complainant is a migrant or seasonal farmworker")
    kind = forms.ChoiceField(choices=[("", "Choose one")] + ComplaintKind.choices, label="What the complaint is about")
    respondent_kind = forms.ChoiceField(
        choices=[("", "Choose one")] + RespondentKind.choices, label="Who the complaint is against"
    )
    employer = forms.CharField(
        max_length=c.NAME_MAX,
        required=False,
        label="Employer",
        help_text="Type the employer's name or FEIN and pick it from the list",
    )
    respondent_name = forms.CharField(
        max_length=c.NAME_MAX,
        required=False,
        label="Name of who the complaint is against",
        help_text="When not an employer on file",
    )
    description = forms.CharField(
        max_length=c.DESCRIPTION_MAX, widget=forms.Textarea(attrs={"rows": 5}), label="What the complaint is"
    )
    in_writing = forms.BooleanField(
        required=False,
        label="Taken in writing",
        help_text="Required for a farmworker's complaint about an employment-related law (20 CFR 658.422)",
    )

    def __init__(self, *args, user, seeker=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["job_center"].queryset = job_centers_in_scope(user).order_by("name")
        self.user = user
        if user_can(user, "employers.view"):
            employer_lookup(self.fields["employer"])
        else:  # nothing about employers for a role that may not see them
            del self.fields["employer"]
        self.fields["filed_on"].initial = clock.today()
        if user.job_center_id:
            self.fields["job_center"].initial = user.job_center_id
        if seeker is not None:
            del self.fields["complainant_name"]
            del self.fields["complainant_contact"]
            self.fields["msfw"].initial = seeker.msfw != "0"
            self.fields["msfw"].help_text = "From the person's record (migrant or seasonal farmworker designation)"

    def clean_employer(self):
        """The one employer the text names in the user's scope (no JavaScript needed), or a message asking to be
        more specific. Only read when the complaint is against an employer."""
        typed = (self.cleaned_data.get("employer") or "").strip()
        if self.data.get(self.add_prefix("respondent_kind")) != RespondentKind.EMPLOYER or not typed:
            return None
        employer, candidates = employer_resolve(user=self.user, typed=typed)
        if employer is not None:
            return employer
        if not candidates:
            raise forms.ValidationError(c.EMPLOYER_NOT_FOUND.format(typed=typed))
        if len(candidates) == 1:
            raise forms.ValidationError(
                c.EMPLOYER_DID_YOU_MEAN.format(typed=typed, shown=employer_pick_label(candidates[0]))
            )
        shown = "; ".join(employer_pick_label(e) for e in candidates[: c.EMPLOYER_CANDIDATES_SHOWN])
        more = " and more" if len(candidates) > c.EMPLOYER_CANDIDATES_SHOWN else ""
        raise forms.ValidationError(c.EMPLOYER_AMBIGUOUS.format(typed=typed, shown=shown, more=more))


def employer_lookup(field) -> None:
    """Make ``field`` suggest employers as the person types (htmx fills the page's ``#employer-suggestions``
    datalist from ``staff:employer-suggest``); without JavaScript the typed text is resolved on submit."""
    field.widget.attrs.update(
        {
            "list": "employer-suggestions",
            "autocomplete": "off",
            "hx-get": reverse("staff:employer-suggest"),
            "hx-trigger": "input changed delay:300ms",
            "hx-target": "#employer-suggestions",
            "hx-swap": "innerHTML",
        }
    )


class ActionForm(UswdsFormMixin, forms.Form):
    """An action taken on the complaint."""

    on = forms.DateField(widget=DATE, label="Date of the action")
    text = forms.CharField(
        max_length=c.ACTION_TEXT_MAX, widget=forms.Textarea(attrs={"rows": 3}), label="What was done"
    )


class ReferForm(UswdsFormMixin, forms.Form):
    """The referral to the enforcement agency (658.422)."""

    agency = forms.CharField(max_length=c.AGENCY_MAX, label="Enforcement agency")
    on = forms.DateField(widget=DATE, label="Date referred")


class ResolveForm(UswdsFormMixin, forms.Form):
    """The resolution (658.410(c))."""

    on = forms.DateField(widget=DATE, label="Date resolved")
    resolution = forms.CharField(
        max_length=c.RESOLUTION_MAX, widget=forms.Textarea(attrs={"rows": 4}), label="Resolution"
    )


class CloseForm(UswdsFormMixin, forms.Form):
    """Closing a resolved complaint."""

    note = forms.CharField(max_length=c.ACTION_TEXT_MAX, required=False, label="Note (optional)")


def dated(form_cls, **kwargs):
    """A form whose date box starts at today."""
    form = form_cls(**kwargs)
    if "on" in form.fields:
        form.fields["on"].initial = clock.today()
    return form
