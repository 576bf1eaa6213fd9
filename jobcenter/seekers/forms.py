"""Forms for the staff workspace and the portal. They only convert input; the services validate and decide."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import fields_for_model

from jobcenter.accounts.models import JobCenter
from jobcenter.core.forms import UswdsFormMixin, restyle
from jobcenter.core.presentation import PASSWORD_HINT
from jobcenter.seekers import choices, constants
from jobcenter.seekers.models import Credential, DesiredOccupation, Education, JobSeeker, Skill, WorkHistory

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

IDENTITY = ["given_name", "middle_name", "surname", "suffix", "date_of_birth"]
CONTACT = [
    "email",
    "phone",
    "phone_is_mobile",
    "address_1",
    "address_2",
    "city",
    "state",
    "postcode",
    "notification_method",
]
DEMOGRAPHICS = [
    "sex",
    "disability",
    "hispanic_latino",
    "race_american_indian",
    "race_asian",
    "race_black",
    "race_pacific_islander",
    "race_white",
]
VETERAN = [
    "veteran",
    "eligible_veteran",
    "campaign_veteran",
    "disabled_veteran",
    "military_separation_date",
    "transitioning_service_member",
    "active_duty_spouse",
]
EMPLOYMENT = [
    "employment_status",
    "uc_status",
    "msfw",
    "education_level",
    "highest_grade",
    "school_status",
]
BARRIERS = [
    "homeless",
    "ex_offender",
    "low_income",
    "english_learner",
    "basic_skills_deficient",
    "cultural_barriers",
    "single_parent",
    "displaced_homemaker",
    "eligible_msfw",
    "dislocation_date",
    "tanf",
    "ssi_ssdi",
    "snap",
]
PREFERENCES = ["desired_wage", "desired_wage_unit", "availability", "commute_radius_miles", "willing_to_relocate"]
ATTESTATION = ["authorized_to_work"]

PROFILE_GROUPS = [
    ("Name and date of birth", IDENTITY),
    ("Contact and notifications", CONTACT),
    ("Self-identification (optional; used only for federal reporting)", DEMOGRAPHICS),
    ("Military service", VETERAN),
    ("Work and school", EMPLOYMENT),
    ("Circumstances (optional; may open extra services)", BARRIERS),
    ("Job preferences", PREFERENCES),
    ("Authorization to work", ATTESTATION),
]
PROFILE_FIELD_NAMES = [f for _, names in PROFILE_GROUPS for f in names]

LABELS = {
    "authorized_to_work": "I am legally authorized to work in the United States",
    "phone": "Phone number",
    "address_1": "Street address",
    "address_2": "Apartment, suite, etc.",
    "postcode": "ZIP code",
    "state": "State",
    # Plain words for fields whose model names are PIRL shorthand (the PIRL number stays in the staff hint).
    "uc_status": "Unemployment insurance claim",
    "msfw": "Migrant or seasonal farmworker",
    "highest_grade": "Highest school grade completed (0-12)",
    "ex_offender": "Ex-offender",
    "basic_skills_deficient": "Basic skills deficient (reading, writing or math)",
    "commute_radius_miles": "Commute distance (miles)",  # Django's own label read "Commute radius miles"
}


def _profile_fields(names: list[str], *, portal: bool = False) -> dict:
    fields = fields_for_model(
        JobSeeker,
        fields=names,
        widgets=dict.fromkeys(("date_of_birth", "military_separation_date", "dislocation_date"), DATE),
    )
    for name, label in LABELS.items():
        if name in fields:
            fields[name].label = label
    if "date_of_birth" in fields:
        fields["date_of_birth"].required = True
    if "authorized_to_work" in fields:  # the services refuse a record without it: say so with the other mistakes
        fields["authorized_to_work"].required = True
        fields["authorized_to_work"].error_messages["required"] = constants.WORK_AUTHORIZATION_REQUIRED
    for name in ("veteran", "eligible_veteran", "disabled_veteran", "uc_status", "msfw", "eligible_msfw"):
        if name in fields:
            fields[name].required = False
    if "desired_wage_unit" in fields:
        fields["desired_wage_unit"].required = False
    if "phone" in fields:
        fields["phone"].help_text = "Include the area code."
    if not portal and "authorized_to_work" in fields:  # staff record what the person states, in the third person
        fields[
            "authorized_to_work"
        ].label = "The person states they are legally authorized to work in the United States"
    if portal:  # PIRL element numbers help staff, not the public
        for field in fields.values():
            if str(field.help_text).startswith("PIRL"):
                field.help_text = ""
        if "authorized_to_work" in fields:  # the model's note for staff repeats the box's own words
            fields["authorized_to_work"].help_text = ""
    return fields


class _ProfileBase(UswdsFormMixin, forms.Form):
    """Shared clean-up: choice fields left empty take the model default."""

    defaults = {
        "veteran": choices.YesNoUnknown.NO,
        "eligible_veteran": choices.EligibleVeteranStatus.NO,
        "disabled_veteran": choices.DisabledVeteran.NO,
        "uc_status": choices.UCStatus.NEITHER,
        "msfw": choices.MSFWDesignation.NO,
        "eligible_msfw": choices.EligibleMSFW.NO,
        "desired_wage_unit": choices.WageUnit.HOUR,
    }

    def profile_data(self) -> dict:
        """Cleaned profile fields ready for the services."""
        data = {k: v for k, v in self.cleaned_data.items() if k in PROFILE_FIELD_NAMES or k == "home_job_center"}
        for k, v in self.defaults.items():
            if k in data and not data[k]:
                data[k] = v
        for k, v in list(data.items()):
            if v is None and k in {"email", "phone", "address_1", "address_2", "city", "state", "postcode"}:
                data[k] = ""
        return data

    def groups(self):
        """Bound fields per fieldset for the template."""
        return [(legend, [self[n] for n in names if n in self.fields]) for legend, names in PROFILE_GROUPS]

    def apply_errors(self, exc: ValidationError) -> None:
        """Show a service's ``ValidationError`` beside the fields it names."""
        for field, messages in exc.message_dict.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


def _registration_form_class(extra: dict, names: list[str], *, portal: bool = False) -> type[forms.Form]:
    attrs = {**_profile_fields(names, portal=portal), **extra}
    return type(_ProfileBase)("RegistrationForm", (_ProfileBase,), attrs)


SSN_FIELD = forms.CharField(
    label="Social Security number",
    required=False,
    help_text="Optional. Used only to find your records; staff see the last four digits.",
    widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
)

StaffRegistrationForm = _registration_form_class(
    {
        "ssn": SSN_FIELD,
        "home_job_center": forms.ModelChoiceField(queryset=JobCenter.objects.all(), label="Home job center"),
        "proceed_reason": forms.CharField(
            required=False,
            label="Reason to create a new account anyway",
            help_text="Only needed when possible duplicates were found. It is recorded.",
            widget=forms.Textarea(attrs={"rows": 2}),
        ),
    },
    PROFILE_FIELD_NAMES,
)
StaffRegistrationForm.__doc__ = "Staff-assisted registration: the full PIRL profile."

StaffProfileForm = _registration_form_class(
    {"home_job_center": forms.ModelChoiceField(queryset=JobCenter.objects.all(), label="Home job center")},
    PROFILE_FIELD_NAMES,
)
StaffProfileForm.__doc__ = "Staff update the PIRL profile (the SSN is changed only through its own service)."

PORTAL_NAMES = (
    IDENTITY + CONTACT + DEMOGRAPHICS + ["veteran", "employment_status", "education_level"] + PREFERENCES + ATTESTATION
)

PortalRegistrationForm = _registration_form_class(
    {
        "username": forms.CharField(max_length=150, label="Choose a username"),
        "password": forms.CharField(label="Choose a password", widget=forms.PasswordInput, help_text=PASSWORD_HINT),
        "ssn": SSN_FIELD,
        "home_job_center": forms.ModelChoiceField(
            queryset=JobCenter.objects.all(), label="Job center you would like to use"
        ),
    },
    PORTAL_NAMES,
    portal=True,
)
PortalRegistrationForm.__doc__ = "Self-registration in the portal."

ProfileEditForm = _registration_form_class({}, [n for n in PORTAL_NAMES if n not in ("date_of_birth",)], portal=True)
ProfileEditForm.__doc__ = "A job seeker edits their own profile (identity and date of birth stay as registered)."


class StaffFindForm(UswdsFormMixin, forms.Form):
    """Search by name, date of birth, State ID, phone or email. Sent by GET, so results can be bookmarked and
    Back works; names are matched typo-tolerantly ("Quintanilla" finds "Quintanila")."""

    name = forms.CharField(
        required=False, label="Name", max_length=150, help_text="Any part of the name; small typos are fine"
    )
    date_of_birth = forms.DateField(required=False, widget=DATE, label="Date of birth")
    state_id = forms.CharField(required=False, label="State ID", max_length=12)
    phone = forms.CharField(required=False, label="Phone", max_length=30)
    email = forms.CharField(required=False, label="Email", max_length=254)


class StaffSSNSearchForm(UswdsFormMixin, forms.Form):
    """Search by Social Security number. Posted, so an SSN never lands in a URL."""

    ssn = forms.CharField(
        required=False, label="Full SSN", max_length=11, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    ssn_last4 = forms.CharField(required=False, label="Last four digits of the SSN", max_length=4)
    ssn_date_of_birth = forms.DateField(
        required=False, widget=DATE, label="Date of birth", help_text="Needed with the last four digits"
    )

    def search_keys(self) -> dict:
        """Keyword arguments for ``seeker_search``."""
        data = self.cleaned_data
        return {"ssn": data["ssn"], "ssn_last4": data["ssn_last4"], "date_of_birth": data["ssn_date_of_birth"]}


class StaffSearchForm(UswdsFormMixin, forms.Form):
    """Every search key at once (kept for API-like posts of the whole form). Posted: an SSN never lands in a URL."""

    name = forms.CharField(required=False, label="Name", max_length=200)
    date_of_birth = forms.DateField(required=False, widget=DATE, label="Date of birth")
    state_id = forms.CharField(required=False, label="State ID", max_length=12)
    phone = forms.CharField(required=False, label="Phone", max_length=30)
    email = forms.CharField(required=False, label="Email", max_length=254)
    ssn = forms.CharField(
        required=False, label="Full SSN", max_length=11, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    ssn_last4 = forms.CharField(required=False, label="Last four digits of the SSN (with date of birth)", max_length=4)


class RevealSSNForm(UswdsFormMixin, forms.Form):
    """Why the full SSN is needed (recorded)."""

    reason = forms.ChoiceField(
        choices=[("", "- Select -"), *choices.SSNRevealReason.choices], label="Why you need the full number"
    )
    detail = forms.CharField(
        max_length=500,
        label="What you are doing",
        help_text="A sentence, for example the case or request you are working on. It is recorded.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReportDuplicateForm(UswdsFormMixin, forms.Form):
    """Staff report that another State ID is the same person (manual: include the State ID, never the SSN)."""

    other_state_id = forms.CharField(max_length=12, label="State ID of the other account")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Why they look the same")


class MergeDecisionForm(UswdsFormMixin, forms.Form):
    """The reviewer's choice of primary record."""

    primary = forms.ChoiceField(label="Keep as primary", required=False)
    confirm_different_ssns = forms.BooleanField(
        required=False, label="I confirmed the primary record has the correct SSN"
    )
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Note")

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        a, b = request.seeker_a, request.seeker_b
        self.ssn_situation = merge_ssn_situation(a, b)
        default = {
            "one": "The account with the SSN (the rule)",
            "different": "Choose the account with the correct SSN",
        }.get(self.ssn_situation, "The older account")
        self.fields["primary"].choices = [
            ("", default),
            (a.state_id, f"{a.state_id} — {a.full_name}"),
            (b.state_id, f"{b.state_id} — {b.full_name}"),
        ]
        self.fields["primary"].help_text = MERGE_SITUATION_HELP[self.ssn_situation]
        if self.ssn_situation != "different":
            self.fields.pop("confirm_different_ssns")
        restyle(self)

    def clean(self):
        """Fill the confirmation the situation does not need."""
        data = super().clean()
        data.setdefault("confirm_different_ssns", False)
        return data

    def check_merge(self) -> bool:
        """Before a merge: with different SSNs the reviewer must confirm the primary's SSN (dismissing or undoing
        needs no confirmation). Adds the error to the check box and returns False when missing."""
        if self.ssn_situation == "different" and not self.cleaned_data.get("confirm_different_ssns"):
            self.add_error("confirm_different_ssns", constants.MERGE_DIFFERENT_SSNS)
            return False
        return True


MERGE_SITUATION_HELP = {
    "one": "Only one account has an SSN: it becomes the primary (manual: Duplicate Accounts).",
    "different": "The accounts have different SSNs: keep the one whose SSN you checked, and confirm it below.",
    "same": "Both accounts have the same SSN: keep either; by default the older account is kept.",
    "none": "Neither account has an SSN: keep either; by default the older account is kept.",
}


def merge_ssn_situation(a, b) -> str:
    """'one' (only one has an SSN), 'different', 'same' or 'none' — what the merge rule needs from the reviewer."""
    if bool(a.ssn_hash) != bool(b.ssn_hash):
        return "one"
    if not a.ssn_hash:
        return "none"
    return "same" if a.ssn_hash == b.ssn_hash else "different"


def _resume_form(model, fields, widgets=None):
    meta = type("Meta", (), {"model": model, "fields": fields, "widgets": widgets or {}})
    attrs = {"Meta": meta, "__doc__": f"Add {model._meta.verbose_name}."}
    if "onet_soc_code" in fields:
        attrs["clean_onet_soc_code"] = _clean_onet_soc_code
        attrs["__init__"] = _init_with_occupation_autocomplete
    return type(f"{model.__name__}Form", (UswdsFormMixin, forms.ModelForm), attrs)


def _clean_onet_soc_code(self) -> str:
    """Accept the short SOC form ("31-9097") for the O*NET-SOC code ("31-9097.00")."""
    from jobcenter.occupations.selectors import normalize_onet_code

    return normalize_onet_code(self.cleaned_data.get("onet_soc_code", ""))


def _init_with_occupation_autocomplete(self, *args, **kwargs):
    from jobcenter.occupations.widgets import occupation_autocomplete

    UswdsFormMixin.__init__(self, *args, **kwargs)
    # Job seekers fill these forms too: the field is the occupation; its hint says a code may be typed as well.
    self.fields["onet_soc_code"].label = "Occupation"
    occupation_autocomplete(self.fields["onet_soc_code"])
    restyle(self)


RESUME_FORMS = {
    "work": _resume_form(
        WorkHistory,
        ["employer_name", "title", "onet_soc_code", "start_date", "end_date", "wage", "wage_unit", "duties"],
        {"start_date": DATE, "end_date": DATE, "duties": forms.Textarea(attrs={"rows": 2})},
    ),
    "education": _resume_form(Education, ["institution", "program", "level", "completed_on"], {"completed_on": DATE}),
    "credential": _resume_form(
        Credential, ["kind", "name", "issuer", "issued_on", "expires_on"], {"issued_on": DATE, "expires_on": DATE}
    ),
    "skill": _resume_form(Skill, ["name"]),
    "occupation": _resume_form(DesiredOccupation, ["title", "onet_soc_code"]),
}
RESUME_TITLES = {
    "work": "Work history",
    "education": "Education",
    "credential": "Licenses and certifications",
    "skill": "Skills",
    "occupation": "Occupations you want",
}
