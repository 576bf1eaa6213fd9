"""Forms shared by the staff and portal fronts. They collect input only; services validate and decide."""

from __future__ import annotations

from django import forms

from jobcenter.accounts.models import JobCenter
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.core.presentation import PASSWORD_HINT
from jobcenter.employers.choices import DiscontinuationReason
from jobcenter.employers.industries import clean_industry, industry_field
from jobcenter.employers.models import Employer, EmployerContact, Worksite

# What the identifiers are, in the words of someone signing a business up (employer pages: plain language).
FEIN_HELP = (
    "The 9-digit number the IRS gave your business, on your federal tax forms (for example 43-1234567). "
    "Also called an Employer Identification Number (EIN)."
)
UI_ACCOUNT_HELP = "The number on your state unemployment insurance tax statements, if your business pays that tax."
NAICS_HELP = (
    "The industry code of your business, 2 to 6 digits (for example 722511 for restaurants). It is on your "
    "state unemployment insurance papers, or ask your accountant. Leave it blank if you do not know it."
)  # the job order form's; the company forms use the industry picker's help (employers.industries.HELP)

COMPANY_FIELDS = [
    "legal_name",
    "dba",
    "fein",
    "ui_account_number",
    "naics",
    "address_1",
    "city",
    "state",
    "postcode",
    "phone",
    "email",
    "website",
    "employees",
    "confidential",
]


class CompanyForm(UswdsFormMixin, forms.ModelForm):
    """Company profile fields (no status, no verification)."""

    website = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = Employer
        fields = COMPANY_FIELDS
        labels = {
            "address_1": "Street address",
            "postcode": "ZIP code",
            "legal_name": "Legal name",
            # The model's short names are staff shorthand; an employer signing up reads them spelled out.
            "fein": "Federal Employer Identification Number (FEIN)",
            "ui_account_number": "State unemployment insurance (UI) account number",
            "naics": "Industry code (NAICS)",
            "employees": "Number of employees",
        }
        help_texts = {"fein": FEIN_HELP, "ui_account_number": UI_ACCOUNT_HELP, "naics": NAICS_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        industry_field(self)  # type what the business does, pick the industry; or type its code

    def clean_naics(self) -> str:
        """The 2022 NAICS code for what was typed: a code, or an industry title exactly as NAICS words it."""
        return clean_industry(self.cleaned_data.get("naics") or "")

    def _post_clean(self):
        """Leave model validation to the service, which reports it field by field."""


class StaffCompanyForm(CompanyForm):
    """The company profile as staff edit it: also whether its openings are Federal (contractor) jobs, which staff
    establish (PIRL 1108-1111; federal-specs 1.4)."""

    class Meta(CompanyForm.Meta):
        fields = [*COMPANY_FIELDS, "federal_status"]


class StaffRegisterEmployerForm(CompanyForm):
    """Staff-assisted employer registration (manual: Employers — staff must assist when asked)."""

    job_center = forms.ModelChoiceField(queryset=JobCenter.objects.all(), required=False, label="Serving job center")
    attests_open_position = forms.BooleanField(
        required=False,
        label="The employer has a position for which it is seeking applicants",
        help_text="Required before an account is created (manual: Employers).",
    )

    class Meta(CompanyForm.Meta):
        fields = [*COMPANY_FIELDS, "job_center"]


class SelfRegisterForm(CompanyForm):
    """Employer self-registration in the portal: the user and the company in one step."""

    first_name = forms.CharField(max_length=150, label="Your first name")
    last_name = forms.CharField(max_length=150, label="Your last name")
    username = forms.CharField(max_length=150, help_text="Letters, digits and @/./+/-/_ only.")
    user_email = forms.EmailField(label="Your email")
    password = forms.CharField(widget=forms.PasswordInput, help_text=PASSWORD_HINT)
    attests_open_position = forms.BooleanField(
        required=False, label="We have a position for which we are seeking applicants now"
    )
    accepts_terms = forms.BooleanField(required=False, label="I accept the terms of service shown above")

    field_order = ["first_name", "last_name", "username", "user_email", "password", *COMPANY_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confidential"].label = "Keep our name, address and phone from applicants (confidential)"


class WorksiteForm(UswdsFormMixin, forms.ModelForm):
    """A worksite address."""

    class Meta:
        model = Worksite
        fields = ["name", "address_1", "address_2", "city", "state", "postcode", "county"]
        help_texts = {"name": "The name used for this location, e.g. 'Main plant'"}  # read by employers and staff

    def _post_clean(self):
        """Validation is the service's."""


class ContactForm(UswdsFormMixin, forms.ModelForm):
    """A contact person."""

    class Meta:
        model = EmployerContact
        fields = ["name", "title", "phone", "email", "is_primary"]

    def _post_clean(self):
        """Validation is the service's."""


class EmployerUserForm(UswdsFormMixin, forms.Form):
    """Add a user who acts for the company."""

    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    username = forms.CharField(max_length=150)
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, help_text="A temporary password to give the person.")
    is_admin = forms.BooleanField(required=False, label="May add users and edit the company profile")


class DenyForm(UswdsFormMixin, forms.Form):
    """Why CSU could not verify the employer."""

    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class InitiateDiscontinuationForm(UswdsFormMixin, forms.Form):
    """Refer an employer to the State Monitor Advocate."""

    reason_code = forms.ChoiceField(choices=DiscontinuationReason.choices, label="Reason (20 CFR 658.501(a))")
    facts = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), required=False, help_text="Quoted in the notice.")
    job_order_reference = forms.CharField(max_length=50, required=False, label="Job order number (if any)")


class ResponseForm(UswdsFormMixin, forms.Form):
    """The employer's response to the notice of intent."""

    response_text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Employer's response")
    received_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)
    hearing_requested = forms.BooleanField(required=False, label="The employer requests a hearing")


class DecisionForm(UswdsFormMixin, forms.Form):
    """The SMA's decision."""

    decision = forms.ChoiceField(choices=[("discontinue", "Discontinue services"), ("withdraw", "Withdraw the case")])
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class ReinstatementRequestForm(UswdsFormMixin, forms.Form):
    """An employer's written request for reinstatement."""

    request_text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False, label="Request")
    received_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)


class ReinstatementDecisionForm(UswdsFormMixin, forms.Form):
    """Grant or refuse reinstatement."""

    grant = forms.TypedChoiceField(
        choices=[("yes", "Reinstate services"), ("no", "Refuse")], coerce=lambda v: v == "yes"
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
