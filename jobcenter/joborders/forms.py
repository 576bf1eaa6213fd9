"""Forms for job order entry (staff and employer portal), labor disputes, violations, fraud and
self-employment postings. Forms only collect input; services decide."""

from __future__ import annotations

from django import forms

from jobcenter.core import clock
from jobcenter.core.forms import BLANK_LABEL, UswdsFormMixin, restyle
from jobcenter.employers.forms import NAICS_HELP
from jobcenter.joborders.choices import HiringRequirement, VisaProgram
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import EDITABLE_FIELDS

# The services' ordered list of editable fields; staff assign the responsible staff member elsewhere.
ORDER_FIELDS = [name for name in EDITABLE_FIELDS if name != "responsible_staff"]


def special_category_choices() -> list[tuple[str, str]]:
    """The state's special categories (parameter ``joborders.special_categories``, via the screening engine)."""
    try:
        from jobcenter.compliance.screening.inputs import special_category_table

        return [(c["code"], c["label"]) for c in special_category_table(as_of=clock.today())]
    except Exception:  # noqa: BLE001 - the table may not exist for this state
        return []


QUESTION_FIELDS = ("position_open_now", "paid_on_w2", "applicant_pays_before_hire", "union_membership_condition")
ANSWER_CHOICES = [("unknown", "Choose an answer"), ("true", "Yes"), ("false", "No")]


class JobOrderForm(UswdsFormMixin, forms.ModelForm):
    """The job order entry form (used by staff and by employers in the portal)."""

    special_categories = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, help_text="Record as your program guidance says"
    )
    hiring_requirements = forms.MultipleChoiceField(
        required=False,
        choices=HiringRequirement.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Checks completed during the hiring process",
    )

    class Meta:
        model = JobOrder
        fields = ORDER_FIELDS
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "requirements": forms.Textarea(attrs={"rows": 3}),
            "application_instructions": forms.Textarea(attrs={"rows": 3}),
            "closes_on": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {"naics": "Industry code (NAICS)"}
        help_texts = {"naics": NAICS_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["special_categories"].choices = special_category_choices()
        if "visa_program" in self.fields:  # the stored label "None" read as a missing value
            self.fields["visa_program"].choices = [
                (code, "No visa program" if code == VisaProgram.NONE else label)
                for code, label in self.fields["visa_program"].choices
            ]
        for name in QUESTION_FIELDS:  # the structured questions feed the screening rules (issue #9)
            if name in self.fields:
                widget = forms.NullBooleanSelect(attrs={"class": "usa-select", "data-field": name})
                widget.choices = ANSWER_CHOICES
                self.fields[name].widget = widget
        if "soc_code" in self.fields:
            from jobcenter.occupations.widgets import occupation_autocomplete, occupation_hint

            occupation_autocomplete(self.fields["soc_code"])
            if "title" in self.fields:  # the coder's suggestion for the title, as the occupation field's hint
                occupation_hint(self, title="title", code="soc_code", description="description")
            restyle(self)
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.CheckboxSelectMultiple | forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "usa-checkbox__input")  # the order form renders USWDS boxes
            field.widget.attrs.setdefault("data-field", name)

    def clean_soc_code(self) -> str:
        """Accept the short SOC form ("31-9097") for the O*NET-SOC code ("31-9097.00")."""
        from jobcenter.occupations.selectors import normalize_onet_code

        return normalize_onet_code(self.cleaned_data.get("soc_code", ""))

    def clean_naics(self) -> str:
        """A 2022 NAICS code (the ``naics`` package), e.g. 484121; "31" reads as the 31-33 sector."""
        from jobcenter.employers.validators import normalize_naics

        value = (self.cleaned_data.get("naics") or "").strip()
        return normalize_naics(value) if value else ""

    def service_fields(self) -> dict:
        """Cleaned data as keyword arguments for ``job_order_create`` / ``job_order_update``."""
        return {name: self.cleaned_data.get(name) for name in ORDER_FIELDS if name in self.fields}


WORKSITE_ADDRESS_FIELDS = ("worksite_city", "worksite_state", "worksite_zip")


class EmployerJobOrderForm(JobOrderForm):
    """The employer portal's order form: the place of work is one of the company's worksites (its address becomes
    the order's location, manual: Job Orders from Employers with a Work Site Located in Another JC's Area)."""

    worksite = forms.ModelChoiceField(
        queryset=None,
        empty_label="Choose a worksite",
        help_text="Where the work is done. Not listed? Add it under Worksites first.",
    )

    def __init__(self, *args, worksites=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in (*WORKSITE_ADDRESS_FIELDS, "screen_referrals"):
            self.fields.pop(name, None)
        self.fields["worksite"].queryset = worksites
        # Staff read "Record as your program guidance says"; an employer has no program guidance.
        self.fields["special_categories"].help_text = "Tick a program only if this job is part of it"
        self.fields["worksite"].widget.attrs.update({"class": "usa-select", "data-field": "worksite_city"})
        self.order_fields(["title", "worksite"])
        restyle(self)  # the bound fields copied the staff hint

    def service_fields(self) -> dict:
        """The order's fields with the chosen worksite's address."""
        data = super().service_fields()
        site = self.cleaned_data["worksite"]
        data.update(worksite_city=site.city, worksite_state=site.state, worksite_zip=site.postcode)
        return data


class StaffJobOrderForm(JobOrderForm):
    """Staff entry adds the employer, when the order was received and who is responsible."""

    employer = forms.ModelChoiceField(queryset=None, widget=forms.Select(attrs={"class": "usa-select"}))
    received_at = forms.DateTimeField(
        label="Received at",
        help_text="Date and time the job center received the order (YYYY-MM-DD HH:MM)",
        widget=forms.DateTimeInput(attrs={"class": "usa-input"}, format="%Y-%m-%d %H:%M"),
    )

    job_center = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Entering job center",
        empty_label="The employer's job center",
        help_text="The order stays tied to this job center and its region; the worksite below is the real place of work",
        widget=forms.Select(attrs={"class": "usa-select"}),
    )

    field_order = ["employer", "job_center", "received_at", *ORDER_FIELDS]

    def __init__(self, *args, employers=None, user=None, **kwargs):
        from jobcenter.accounts.models import JobCenter

        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = employers
        self.fields["job_center"].queryset = JobCenter.objects.all()
        if self.instance.pk:  # an entered order stays with the job center that entered it
            self.initial["job_center"] = self.instance.job_center_id
            self.fields["job_center"].disabled = True
        elif user is not None and getattr(user, "job_center_id", None) and not self.is_bound:
            self.initial.setdefault("job_center", user.job_center_id)
        if not self.is_bound and not self.initial.get("received_at"):
            self.initial["received_at"] = clock.localnow().strftime("%Y-%m-%d %H:%M")


class DisputeReportForm(forms.Form):
    """Staff report a labor dispute."""

    employer = forms.ModelChoiceField(
        queryset=None, empty_label=BLANK_LABEL, widget=forms.Select(attrs={"class": "usa-select"})
    )
    establishment = forms.CharField(max_length=200, widget=forms.TextInput(attrs={"class": "usa-input"}))
    description = forms.CharField(
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3}), help_text="Strike, lockout, since when"
    )

    def __init__(self, *args, employers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = employers


class DisputeVerifyForm(forms.Form):
    """The regional manager records the positions at issue."""

    positions_at_issue = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3}),
        help_text="One job title or occupation code (like 51-4041) per line; orders whose title contains the title, or whose code matches, are proposed for you to confirm",
    )
    all_positions = forms.BooleanField(
        required=False,
        label="All positions at the establishment are at issue",
        widget=forms.CheckboxInput(attrs={"class": "usa-checkbox__input"}),
    )


class DisputeEndForm(forms.Form):
    """End of a dispute, confirmed with both sides."""

    confirmed_with_employer = forms.CharField(
        label="Confirmed with the employer (who, how)",
        max_length=200,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
    )
    confirmed_with_workers_rep = forms.CharField(
        label="Confirmed with the workers' representative (who, how)",
        max_length=200,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
    )


class ViolationCloseForm(forms.Form):
    """The supervisor's decision on a suspected violation."""

    outcome = forms.ChoiceField(
        choices=[
            ("resolve", "Resolved informally: the employer will change the order"),
            ("refer", "Referred in writing to the enforcement agency"),
            ("dismiss", "No violation: put the order online"),
        ],
        widget=forms.RadioSelect(attrs={"class": "usa-radio__input"}),
    )
    agency = forms.CharField(
        required=False,
        max_length=200,
        label="Enforcement agency",
        widget=forms.TextInput(attrs={"class": "usa-input"}),
        help_text="For a written referral, e.g. Missouri Commission on Human Rights",
    )
    resolution = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3}))


class QuestionForm(forms.Form):
    """A question to the State Monitor Advocate."""

    question = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3}))


class FraudReportForm(forms.Form):
    """Why the order looks fraudulent."""

    reason = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 2}))


class FraudCloseForm(forms.Form):
    """CSU's finding."""

    confirmed = forms.TypedChoiceField(
        choices=[("0", "Genuine: release the hold"), ("1", "Fraudulent: close the order")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect(attrs={"class": "usa-radio__input"}),
    )
    outcome = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 2}))


class SelfEmploymentForm(forms.Form):
    """A self-employment (independent contractor) opportunity for the job center's board."""

    firm_name = forms.CharField(max_length=200, widget=forms.TextInput(attrs={"class": "usa-input"}))
    title = forms.CharField(
        max_length=200,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
        help_text="Occupationally specific, so as not to mislead job seekers",
    )
    details = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 4}))
    firm_contact = forms.CharField(widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 2}))
    posted_from = forms.DateField(widget=forms.DateInput(attrs={"class": "usa-input", "type": "date"}))
    posted_until = forms.DateField(
        widget=forms.DateInput(attrs={"class": "usa-input", "type": "date"}), help_text="At most 60 days later"
    )


class InitialsForm(forms.Form):
    """Supervisor initials on a self-employment notice."""

    initials = forms.CharField(max_length=5, widget=forms.TextInput(attrs={"class": "usa-input"}))


class EmployerFillForm(UswdsFormMixin, forms.Form):
    """The employer's "I filled this job": how many people they hired through it (optional, 0 to the openings)."""

    hired = forms.IntegerField(
        label="How many people did you hire through the job center for this job?",
        required=False,
        error_messages={"invalid": "Enter a whole number, or leave it empty."},
    )

    def __init__(self, *args, openings: int, **kwargs):
        from django.core.validators import MaxValueValidator, MinValueValidator

        from jobcenter.joborders.constants import EMPLOYER_HIRED_BOUNDS

        super().__init__(*args, **kwargs)
        field = self.fields["hired"]
        bounds = EMPLOYER_HIRED_BOUNDS.format(openings=openings)
        field.validators += [MinValueValidator(0, message=bounds), MaxValueValidator(openings, message=bounds)]
        field.widget.attrs.update({"min": "0", "max": str(openings)})
        field.help_text = f"Optional. Count only people the job center sent you (0 to {openings})."
        restyle(self)


class EmployerCloseForm(UswdsFormMixin, forms.Form):
    """The employer's "Close this job": why, from a short list in plain words; "Another reason" asks for a few words."""

    reason = forms.ChoiceField(
        label="Why are you closing this job?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why you are closing this job."},
    )
    other = forms.CharField(label="The reason, in a few words", required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        from jobcenter.joborders.constants import EMPLOYER_CLOSE_OTHER_MAX, EMPLOYER_CLOSE_REASONS

        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = list(EMPLOYER_CLOSE_REASONS.items())
        self.fields["other"].max_length = EMPLOYER_CLOSE_OTHER_MAX
        self.fields["other"].help_text = f"Only for “Another reason”; at most {EMPLOYER_CLOSE_OTHER_MAX} characters."
        restyle(self)
