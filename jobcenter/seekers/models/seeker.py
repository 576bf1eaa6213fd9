"""The job seeker: identity and the PIRL profile elements later reports need."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower, Upper

from jobcenter.accounts.scoping import Scope
from jobcenter.seekers import choices, constants


class JobSeeker(models.Model):
    """A person using the labor exchange. ``state_id`` (PIRL 100) is the identifier shown everywhere.

    The SSN is never stored in clear: ``ssn_encrypted`` (Fernet), ``ssn_hash`` (keyed HMAC for exact
    look-up) and ``ssn_last4`` (display). Set it only through ``seekers.services.seeker_set_ssn``.
    Union affiliation is deliberately not a field (manual: Job Orders with Union or Non-Union Specifications).
    """

    scope = Scope(job_center="home_job_center", seeker_user="user")

    state_id = models.CharField("State ID", max_length=12, unique=True, help_text="PIRL 100; never the SSN")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="job_seeker"
    )
    home_job_center = models.ForeignKey(
        "accounts.JobCenter", null=True, blank=True, on_delete=models.PROTECT, related_name="job_seekers"
    )

    given_name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=100, blank=True)
    surname = models.CharField(max_length=100)
    suffix = models.CharField(max_length=10, blank=True)
    date_of_birth = models.DateField(null=True, blank=True, help_text="PIRL 200")

    ssn_encrypted = models.TextField(blank=True, editable=False)
    ssn_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    ssn_last4 = models.CharField(max_length=4, blank=True, editable=False)

    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True, help_text="E.164")
    phone_is_mobile = models.BooleanField("This phone can receive text messages", default=False)
    address_1 = models.CharField(max_length=200, blank=True)
    address_2 = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=2, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    county_fips = models.CharField(max_length=3, blank=True, help_text="PIRL 102")
    notification_method = models.CharField(
        max_length=8, choices=choices.NotificationMethod.choices, default=choices.NotificationMethod.EMAIL
    )

    sex = models.CharField(max_length=1, choices=choices.Sex.choices, blank=True, help_text="PIRL 201")
    disability = models.CharField(max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 202")
    hispanic_latino = models.CharField(
        "Hispanic / Latino", max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 210"
    )
    race_american_indian = models.CharField(
        "American Indian / Alaska Native",
        max_length=1,
        choices=choices.YesNoUnknown.choices,
        blank=True,
        help_text="PIRL 211",
    )
    race_asian = models.CharField(
        "Asian", max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 212"
    )
    race_black = models.CharField(
        "Black / African American", max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 213"
    )
    race_pacific_islander = models.CharField(
        "Native Hawaiian / Other Pacific Islander",
        max_length=1,
        choices=choices.YesNoUnknown.choices,
        blank=True,
        help_text="PIRL 214",
    )
    race_white = models.CharField(
        "White", max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 215"
    )
    veteran = models.CharField(
        max_length=1, choices=choices.YesNoUnknown.choices, default=choices.YesNoUnknown.NO, help_text="PIRL 300"
    )
    eligible_veteran = models.CharField(
        max_length=1,
        choices=choices.EligibleVeteranStatus.choices,
        default=choices.EligibleVeteranStatus.NO,
        help_text="PIRL 301",
    )
    campaign_veteran = models.BooleanField(default=False, help_text="PIRL 302")
    disabled_veteran = models.CharField(
        max_length=1, choices=choices.DisabledVeteran.choices, default=choices.DisabledVeteran.NO, help_text="PIRL 303"
    )
    military_separation_date = models.DateField(null=True, blank=True, help_text="PIRL 304")
    transitioning_service_member = models.BooleanField(default=False, help_text="PIRL 305")
    active_duty_spouse = models.BooleanField(default=False, help_text="PIRL 316")
    employment_status = models.CharField(
        max_length=1, choices=choices.EmploymentStatus.choices, blank=True, help_text="PIRL 400"
    )
    uc_status = models.CharField(
        max_length=1, choices=choices.UCStatus.choices, default=choices.UCStatus.NEITHER, help_text="PIRL 401"
    )
    msfw = models.CharField(
        max_length=1, choices=choices.MSFWDesignation.choices, default=choices.MSFWDesignation.NO, help_text="PIRL 413"
    )
    education_level = models.CharField(
        max_length=1, choices=choices.EducationLevel.choices, blank=True, help_text="PIRL 408"
    )
    highest_grade = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(12)], help_text="PIRL 407: 0-12"
    )
    school_status = models.CharField(
        max_length=1, choices=choices.SchoolStatus.choices, blank=True, help_text="PIRL 409"
    )
    homeless = models.CharField(max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 800")
    ex_offender = models.CharField(max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 801")
    low_income = models.CharField(max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 802")
    english_learner = models.CharField(
        "English language learner", max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 803"
    )
    basic_skills_deficient = models.CharField(
        max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 804"
    )
    cultural_barriers = models.CharField(
        max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 805"
    )
    single_parent = models.CharField(
        max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 806"
    )
    displaced_homemaker = models.CharField(
        max_length=1, choices=choices.YesNoUnknown.choices, blank=True, help_text="PIRL 807"
    )
    eligible_msfw = models.CharField(
        "Eligible MSFW (NFJP)",
        max_length=1,
        choices=choices.EligibleMSFW.choices,
        default=choices.EligibleMSFW.NO,
        help_text="PIRL 808",
    )
    # Facts at program entry with no "unknown" code: blank = not recorded, written blank in the PIRL (DOL PIRL
    # public-use layout PY2022 Q4 410, 600, 602, 603; federal-specs 1.2).
    dislocation_date = models.DateField(
        "Date of actual dislocation",
        null=True,
        blank=True,
        help_text="Last day of work at the job the person was laid off from, if any (PIRL 410)",
    )
    tanf = models.CharField(
        "Received TANF cash assistance or support in the six months before program entry",
        max_length=1,
        choices=choices.YesNo.choices,
        blank=True,
        help_text="Listed on the welfare grant or helped by the TANF agency (PIRL 600)",
    )
    ssi_ssdi = models.CharField(
        "SSI or SSDI received in the six months before program entry",
        max_length=1,
        choices=choices.SsiSsdi.choices,
        blank=True,
        help_text="Supplemental Security Income or Social Security Disability Insurance (PIRL 602)",
    )
    snap = models.CharField(
        "Receiving SNAP (food assistance)",
        max_length=1,
        choices=choices.YesNo.choices,
        blank=True,
        help_text="Supplemental Nutrition Assistance Program (PIRL 603)",
    )
    authorized_to_work = models.BooleanField(default=False, help_text="Attested legal authorization to work")
    work_authorization_attested_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Job preferences (résumé): what the person is looking for.
    desired_wage = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    desired_wage_unit = models.CharField(
        max_length=5, choices=choices.WageUnit.choices, default=choices.WageUnit.HOUR, blank=True
    )
    availability = models.CharField(max_length=10, choices=choices.Availability.choices, blank=True)
    commute_radius_miles = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(500)], help_text="How far you will travel to work"
    )
    willing_to_relocate = models.BooleanField(default=False)

    identity_review_pending = models.BooleanField(
        "Identity check pending",
        default=False,
        editable=False,
        help_text="Registered with an SSN already on file: waits for the Customer Support Unit's review",
    )
    is_active = models.BooleanField(default=True, help_text="False once merged into another record")
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["surname", "given_name", "id"]
        indexes = [
            models.Index(fields=["surname", "given_name"]),
            models.Index(fields=["date_of_birth"]),
            # Blocking keys of the incremental duplicate check (seekers.linkage.incremental, ADR 0010).
            models.Index(Upper("surname"), Upper("given_name"), name="seeker_name_upper_idx"),
            models.Index(Lower("email"), name="seeker_email_lower_idx"),
            models.Index(fields=["phone"], name="seeker_phone_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.state_id})"

    def clean(self):
        """Notification method must be usable (manual: Notifications): email needs an email address,
        text needs a mobile phone, mail needs a postal address."""
        super().clean()
        method = self.notification_method
        if method == choices.NotificationMethod.EMAIL and not self.email:
            raise ValidationError({"notification_method": constants.NOTIFY_EMAIL_NEEDS_EMAIL})
        if method == choices.NotificationMethod.TEXT and not (self.phone and self.phone_is_mobile):
            raise ValidationError({"notification_method": constants.NOTIFY_TEXT_NEEDS_MOBILE})
        if method == choices.NotificationMethod.MAIL and not (
            self.address_1 and self.city and self.state and self.postcode
        ):
            raise ValidationError({"notification_method": constants.NOTIFY_MAIL_NEEDS_ADDRESS})

    @property
    def full_name(self) -> str:
        """Given, middle and surname."""
        return " ".join(p for p in (self.given_name, self.middle_name, self.surname, self.suffix) if p)

    @property
    def ssn_masked(self) -> str:
        """What staff see: the last four digits only."""
        return f"***-**-{self.ssn_last4}" if self.ssn_last4 else "not provided"

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on ``day``."""
        if not self.date_of_birth:
            return None
        b = self.date_of_birth
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))
