"""Program enrollments (Wagner-Peyser and co-enrolled DOL programs)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.cases import choices
from jobcenter.cases.choices import EnrollmentStatus, JvsgReferralReason, OtherExitReason, Program
from jobcenter.core.presentation import format_date


def _other(label: str, codes) -> models.CharField:
    return models.CharField(label, max_length=1, choices=codes.choices, blank=True)


class Enrollment(ConcurrentTransitionMixin, models.Model):
    """One period of participation of a job seeker in a program (manual: WP Enrollment).

    Created at WP registration with a case manager (required for every WP participant; CSU enrollments get
    one in the job center the person chooses). It is *complete* (``enrolled``) once the person receives the
    first participation-triggering service; that service's date is the date of participation (PIRL 900).
    It is ``exited`` when 90 days pass with no qualifying service and none scheduled; the exit date
    (PIRL 901) is the last qualifying service date, applied retroactively (TEGL 10-16 Chg 3; 20 CFR 677.150).
    A new service after an exit needs a new enrollment: a new period of participation.
    """

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="enrollments")
    program = models.CharField(max_length=8, choices=Program.choices, default=Program.WAGNER_PEYSER)
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="enrollments")
    case_manager = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="caseload")
    registered_on = models.DateField(help_text="Date the WP registration was completed")
    status = FSMField(default=EnrollmentStatus.REGISTERED, choices=EnrollmentStatus.choices, protected=True)
    participation_date = models.DateField(null=True, blank=True, help_text="PIRL 900 for this period")
    exit_date = models.DateField(null=True, blank=True, help_text="PIRL 901 for this period")
    other_exit_reason = models.CharField(
        max_length=2, choices=OtherExitReason.choices, default=OtherExitReason.NONE, help_text="PIRL 923"
    )
    other_exit_reason_on = models.DateField(null=True, blank=True)
    jvsg_referral_reason = models.CharField(
        "Reason referred to JVSG",
        max_length=1,
        choices=JvsgReferralReason.choices,
        blank=True,
        help_text="Jobs for Veterans State Grants enrollments only: why the person was referred (PIRL 1114)",
    )
    # Other programs the person took part in during this Wagner-Peyser period (PIRL 907-932, see
    # ``cases.other_programs``); blank = not recorded. They never change status, participation or exit.
    incumbent_worker_training = _other("Incumbent worker training", choices.IncumbentWorkerTraining)
    rapid_response = _other("Rapid response activities", choices.YesNoUntracked)
    adult_education = _other("Adult education (WIOA title II)", choices.YesNoUntracked)
    ina_program = _other("Indian and Native American program (WIOA section 166)", choices.IndianNativeAmericanProgram)
    vocational_rehabilitation = _other("Vocational rehabilitation", choices.VocationalRehabilitation)
    snap_employment_training = _other("SNAP employment and training services", choices.SnapEmploymentTraining)
    registered_apprenticeship = _other("Registered apprenticeship", choices.YesNoUntracked)
    national_dwg = _other("National Dislocated Worker Grant", choices.NationalDwg)
    # PIRL 1608, staff's judgement (the exchange records no occupation for a training); written only for a period
    # with training received and employment in the 2nd quarter after exit (``cases.other_programs``).
    training_related_employment = _other(
        "Was the job in the 2nd quarter after exit related to the training?", choices.TrainingRelatedEmployment
    )
    via_csu = models.BooleanField(default=False, help_text="Enrolled through the Customer Service Unit")
    required_reasons = models.JSONField(
        default=list, blank=True, help_text="Codes of the manual's reasons this enrollment was required (WP Enrollment)"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-registered_on", "-id"]
        indexes = [models.Index(fields=["seeker", "program", "status"])]

    def __str__(self) -> str:
        return f"{self.get_program_display()} enrollment from {format_date(self.registered_on)}"

    @transition(field=status, source=EnrollmentStatus.REGISTERED, target=EnrollmentStatus.ENROLLED)
    def complete(self, *, participation_date) -> None:
        """The first participation-triggering service completes the enrollment. Side effect: sets PIRL 900."""
        self.participation_date = participation_date

    @transition(field=status, source=EnrollmentStatus.ENROLLED, target=EnrollmentStatus.EXITED)
    def exit(self, *, exit_date) -> None:
        """90 days without a qualifying service and none scheduled. Side effect: sets PIRL 901 retroactively."""
        self.exit_date = exit_date

    @property
    def required_reason_labels(self) -> list[str]:
        """Why the enrollment was required, as staff read it."""
        from jobcenter.cases.rules import enrollment_reason_labels

        return enrollment_reason_labels(self.required_reasons)

    @property
    def other_programs_recorded(self) -> list[str]:
        """The other programs of the period staff recorded, in words (``cases.other_programs``)."""
        from jobcenter.cases.other_programs import recorded

        return recorded(self)

    @property
    def other_exit_reason_recorded_text(self) -> str:
        """The PIRL 923 reason staff recorded, in words ("03 — Deceased"); empty while none is (``"00"``)."""
        from jobcenter.cases.rules import other_exit_reason_recorded

        if not other_exit_reason_recorded(self.other_exit_reason):
            return ""
        return self.get_other_exit_reason_display()

    @property
    def is_open(self) -> bool:
        """Registered or enrolled, not exited."""
        return self.status != EnrollmentStatus.EXITED
