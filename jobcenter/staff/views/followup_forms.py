"""Staff forms of the supplemental wage follow-up (questions and choices come from followup.choices)."""

from __future__ import annotations

from django import forms

from jobcenter.core.forms import UswdsFormMixin, restyle
from jobcenter.followup import constants
from jobcenter.followup.choices import (
    AttemptMethod,
    AttemptOutcome,
    CalendarPeriod,
    ClassType,
    Contactee,
    DocumentKind,
    ExpectedPath,
    IdentityQuestion,
    Respondent,
    UnemploymentReason,
    UploadAudience,
    WagePeriod,
)

DATE = forms.DateInput(attrs={"type": "date"})
YES_NO = [("yes", "Yes"), ("no", "No")]
YES_NO_SKIP = [("", "Not asked / no answer"), ("yes", "Yes"), ("no", "No")]


def yes_no(value: str | None) -> bool | None:
    """ "yes"/"no"/"" -> True/False/None."""
    return {"yes": True, "no": False}.get(value or "")


class AttemptForm(UswdsFormMixin, forms.Form):
    """One contact attempt (policy A.3 (c))."""

    attempted_at = forms.DateTimeField(
        label="Date and time of the attempt", widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    method = forms.ChoiceField(choices=AttemptMethod.choices, widget=forms.RadioSelect)
    contactee = forms.ChoiceField(choices=Contactee.choices, widget=forms.RadioSelect, label="Whom")
    alternate_contact = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Which alternate contact",
        empty_label="—",
        help_text="When the attempt was to an alternate contact",
    )
    outcome = forms.ChoiceField(choices=AttemptOutcome.choices, widget=forms.RadioSelect)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)

    def __init__(self, *args, alternates, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["alternate_contact"]
        field.queryset = alternates
        field.label_from_instance = lambda contact: contact.label
        if not alternates.exists():
            field.help_text = "None recorded yet: add the alternate contact on the case page first."
            restyle(self)


class AssignForm(UswdsFormMixin, forms.Form):
    """A supervisor gives the case to an interviewer who works the participant's region."""

    assignee = forms.TypedChoiceField(coerce=int, label="Interviewer")

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {u.pk: u for u in people}
        self.fields["assignee"].choices = [(u.pk, f"{u.display_name} ({u.get_role_display()})") for u in people]


class IdentityForm(UswdsFormMixin, forms.Form):
    """Identity check: the question asked and whether the answer matched. There is no field for the answer."""

    question = forms.ChoiceField(choices=IdentityQuestion.choices, widget=forms.RadioSelect, label="Question asked")
    result = forms.ChoiceField(
        choices=[("pass", "The answer matched our records"), ("fail", "The answer did not match")],
        widget=forms.RadioSelect,
        label="Result",
        help_text="Compare the answer with the record on screen. Do not write the answer down anywhere.",
    )

    def __init__(self, *args, questions: list[str] | None = None, **kwargs):
        """``questions``: those whose answer is on file (``selectors.identity_questions``); the others are not
        offered."""
        super().__init__(*args, **kwargs)
        if questions is not None:
            self.fields["question"].choices = [(v, label) for v, label in IdentityQuestion.choices if v in questions]


class IntroductionForm(UswdsFormMixin, forms.Form):
    """The six points of the introduction (policy A.3 (f))."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i, text in enumerate(constants.INTRODUCTION_POINTS, start=1):
            self.fields[f"point_{i}"] = forms.BooleanField(required=False, label=f"{i}. {text}")


class InterviewForm(UswdsFormMixin, forms.Form):
    """The collection form in its order: education questions 1-2, employment questions 1-7, worksheet."""

    respondent = forms.ChoiceField(choices=Respondent.choices, widget=forms.RadioSelect, label="Who is answering")
    enrolled_in_education = forms.ChoiceField(
        choices=YES_NO_SKIP,
        required=False,
        label="Education 1. Since the end of your program, have you enrolled in any postsecondary educational or "
        "training programs?",
        help_text="Skip when the employer answers.",
    )
    class_types = forms.MultipleChoiceField(
        choices=ClassType.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Education 2. In what type of class or classes have you enrolled? (Check all that apply.)",
    )
    class_other = forms.CharField(max_length=200, required=False, label="Other (specify)")
    employed_now = forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, label="1. Are you currently employed?")
    periods_employed = forms.TypedMultipleChoiceField(
        choices=CalendarPeriod.choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="2. Since completing our program, the 3-month period(s) you have been employed",
    )
    employer_name = forms.CharField(
        max_length=200, required=False, label="3. Employer", help_text='For self-employment write "Self Employed".'
    )
    employment_type = forms.CharField(max_length=200, required=False, label="Type of employment (job title)")
    employer_fein = forms.CharField(max_length=11, required=False, label="Employer FEIN (if known)")
    employer_city = forms.CharField(max_length=100, required=False, label="Employer city")
    employer_state = forms.CharField(max_length=2, required=False, label="Employer state (2 letters)")
    related_to_training = forms.ChoiceField(
        choices=YES_NO_SKIP,
        required=False,
        label="4. Is the job related to any education/training you received during the program?",
    )
    hours_per_week = forms.DecimalField(
        max_digits=5, decimal_places=2, min_value=0, max_value=168, required=False,
        label="5. Approximately how many hours do you work each week?",
    )  # fmt: skip
    wage_amount = forms.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, required=False,
        label="6. Wage during the previous 3-month period of employment ($)",
    )  # fmt: skip
    wage_period = forms.ChoiceField(choices=[("", "—")] + WagePeriod.choices, required=False, label="Wage is paid")
    wages_actually_paid = forms.BooleanField(
        required=False, label="These are wages actually paid in the quarter (not promised or projected amounts)"
    )
    unemployment_reason = forms.ChoiceField(
        choices=UnemploymentReason.choices, widget=forms.RadioSelect, required=False,
        label="7. Reason for unemployment",
    )  # fmt: skip
    self_employed = forms.BooleanField(required=False, label="Self-employed: use the self-employment worksheet")
    gross_receipts = forms.DecimalField(max_digits=12, decimal_places=2, min_value=0, required=False,
                                        label="Worksheet: gross receipts for the quarter ($)")  # fmt: skip
    expenses = forms.DecimalField(max_digits=12, decimal_places=2, min_value=0, required=False,
                                  label="Worksheet: total expenses for the quarter ($)")  # fmt: skip
    attestation_name = forms.CharField(
        max_length=200, required=False, label="Worksheet: name of the participant who signed the attestation"
    )
    attested_on = forms.DateField(widget=DATE, required=False, label="Worksheet: date signed")

    def answers(self) -> dict:
        """Cleaned data as the service expects it."""
        a = dict(self.cleaned_data)
        a["enrolled_in_education"] = yes_no(a["enrolled_in_education"])
        a["related_to_training"] = yes_no(a["related_to_training"])
        a["employed_now"] = yes_no(a["employed_now"])
        return a


class DocumentFieldsForm(UswdsFormMixin, forms.Form):
    """The fields recorded with an accepted source document (OWDI 21-2017 Chg 1 p.31)."""

    employed = forms.ChoiceField(
        choices=[("yes", "Employed in the reference quarter"), ("no", "Not employed (all fields N/A)")],
        widget=forms.RadioSelect,
        label="Employment in the reference quarter",
    )
    stub_count = forms.IntegerField(min_value=0, max_value=60, required=False, label="Number of pay stubs")
    onet_code = forms.CharField(
        max_length=10, required=False, label="O*NET code", help_text="Suggested from the job title"
    )
    naics2 = forms.CharField(max_length=2, required=False, label="NAICS sector (2 digits)")
    employer_fein = forms.CharField(max_length=11, required=False, label="Employer FEIN")
    employer_name = forms.CharField(
        max_length=200, required=False, label="Employer", help_text='"Self Employed" is allowed'
    )
    employer_city = forms.CharField(max_length=100, required=False, label="Company city")
    employer_state = forms.CharField(max_length=2, required=False, label="Company state")
    total_earnings = forms.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, required=False, label="Total earnings for the quarter ($)"
    )

    def fields_dict(self) -> dict:
        d = dict(self.cleaned_data)
        d["employed"] = d["employed"] == "yes"
        return d


class DocumentForm(DocumentFieldsForm):
    """A document the interviewer received (mail, fax, email) or the completed collection form."""

    kind = forms.ChoiceField(choices=DocumentKind.choices, label="Source document")
    file = forms.FileField(
        required=False, label="File (PDF, JPEG or PNG)", help_text="Not needed for the collection form"
    )

    field_order = ["kind", "file"]


class ReviewForm(DocumentFieldsForm):
    """Accept a received document with its fields, or reject it with a reason."""

    decision = forms.ChoiceField(
        choices=[("accept", "Accept as the source document"), ("reject", "Not acceptable")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(max_length=500, required=False, label="Why not acceptable")

    field_order = ["decision", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employed"].required = False  # only an accepted document records employment

    def clean(self):
        data = super().clean()
        if data.get("decision") == "accept" and not data.get("employed"):
            self.add_error("employed", "Say whether the person was employed in the reference quarter.")
        if data.get("decision") == "reject" and not (data.get("note") or "").strip():
            self.add_error("note", "Say why the document is not acceptable, so the person can send another.")
        return data


class LinkForm(UswdsFormMixin, forms.Form):
    """A one-time upload link for the participant or the employer."""

    audience = forms.ChoiceField(choices=UploadAudience.choices, widget=forms.RadioSelect, label="Send to")
    kind = forms.ChoiceField(choices=[c for c in DocumentKind.choices if c[0] != "collection_form"],
                             label="Document to ask for")  # fmt: skip


class ConsentForm(UswdsFormMixin, forms.Form):
    """The participant's signed consent to contact the employer."""

    signed_on = forms.DateField(widget=DATE, label="Date signed")
    document = forms.FileField(label="Signed consent form (PDF, JPEG or PNG)")


class AlternateContactForm(UswdsFormMixin, forms.Form):
    """A person who may know the participant's whereabouts."""

    name = forms.CharField(max_length=200)
    relationship = forms.CharField(max_length=100, required=False)
    phone = forms.CharField(max_length=30, required=False)
    email = forms.EmailField(required=False)
    notes = forms.CharField(max_length=500, required=False)


class PathForm(UswdsFormMixin, forms.Form):
    """A training plan or career goal likely leading to employment without UI wage records."""

    path = forms.ChoiceField(choices=ExpectedPath.choices, widget=forms.RadioSelect, label="Likely path")
    note = forms.CharField(max_length=500, required=False, help_text="What in the plan or goal shows this")


class SelectForm(UswdsFormMixin, forms.Form):
    """Run the quarter's selection after the wage match."""

    quarter = forms.ChoiceField(label="Interview quarter")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # This quarter and the three before it, in words (the code "2026Q1" is what the service takes).
        from jobcenter.core import clock
        from jobcenter.followup.quarters import Quarter

        now = Quarter.of(clock.today())
        self.fields["quarter"].choices = [(str(now - n), (now - n).label) for n in range(4)]
