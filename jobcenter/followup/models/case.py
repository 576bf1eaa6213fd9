"""A follow-up case: one exiter, one reference quarter (2nd or 4th after exit), its contacts and its state."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.core.presentation import format_date
from jobcenter.followup.choices import (
    OPEN_STATUSES,
    AttemptMethod,
    AttemptOutcome,
    CaseStatus,
    Contactee,
    ExpectedPath,
    IdentityQuestion,
    ReferenceQuarter,
    SelectionReason,
)
from jobcenter.followup.quarters import Quarter

CASE_SCOPE = Scope(job_center="seeker__home_job_center")


class FollowupCase(ConcurrentTransitionMixin, models.Model):
    """An exiter selected for supplemental wage data collection for one reference quarter.

    Selected each quarter after the wage match (policy A.2); interviews for the 2nd quarter after exit happen
    in the 3rd quarter after exit, for the 4th in the 5th (policy, Collection Timeframes). A co-enrolled
    person's case belongs to the program that provided training or education (policy, Scope). A direct wage
    match arriving later closes the case whatever its state (policy B: direct wage records always win).
    """

    scope = CASE_SCOPE

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.PROTECT, related_name="followup_cases")
    enrollment = models.ForeignKey("cases.Enrollment", on_delete=models.PROTECT, related_name="followup_cases")
    program = models.CharField(max_length=8, help_text="Program owning the case (co-enrolment rule)")
    co_enrolled = models.JSONField(default=list, blank=True, help_text="Other programs exited in the same quarter")
    exit_date = models.DateField()
    exit_year = models.PositiveSmallIntegerField()
    exit_q = models.PositiveSmallIntegerField()
    q_after_exit = models.PositiveSmallIntegerField(choices=ReferenceQuarter.choices)
    opens_on = models.DateField(help_text="First day of the interview quarter")
    due_on = models.DateField(help_text="Last day of the interview quarter")
    reasons = models.JSONField(default=list, help_text="SelectionReason codes")
    reason_detail = models.CharField(max_length=500, blank=True)
    status = FSMField(default=CaseStatus.SELECTED, choices=CaseStatus.choices, protected=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="followup_cases"
    )
    identity_question = models.CharField(max_length=10, choices=IdentityQuestion.choices, blank=True)
    identity_verified = models.BooleanField(
        null=True, blank=True, help_text="Pass or fail only; the answer is never kept"
    )
    identity_checked_at = models.DateTimeField(null=True, blank=True)
    introduction_given_at = models.DateTimeField(null=True, blank=True)
    employer_consent_signed_on = models.DateField(null=True, blank=True)
    employer_consent_document = models.FileField(upload_to="followup/consent/%Y/%m/", blank=True, max_length=200)
    selected_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["seeker", "exit_date", "q_after_exit"], name="followup_one_case_per_quarter"
            )
        ]
        indexes = [models.Index(fields=["status", "due_on"]), models.Index(fields=["exit_year", "exit_q"])]

    def __str__(self) -> str:
        return f"Wage follow-up, {self.get_q_after_exit_display()}, exit {format_date(self.exit_date)}"

    @property
    def exit_quarter(self) -> Quarter:
        return Quarter(self.exit_year, self.exit_q)

    @property
    def reference_quarter(self) -> Quarter:
        """The calendar quarter the data is collected for."""
        return self.exit_quarter + self.q_after_exit

    @property
    def reason_labels(self) -> list[str]:
        labels = dict(SelectionReason.choices)
        return [labels.get(code, code) for code in self.reasons]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @transition(field=status, source=CaseStatus.SELECTED, target=CaseStatus.CONTACTING)
    def start_contact(self) -> None:
        """The first contact attempt was logged."""

    @transition(field=status, source=[CaseStatus.SELECTED, CaseStatus.CONTACTING], target=CaseStatus.INTERVIEWED)
    def complete_interview(self) -> None:
        """The form was completed with the participant or the employer."""

    @transition(
        field=status,
        source=[CaseStatus.SELECTED, CaseStatus.CONTACTING, CaseStatus.INTERVIEWED],
        target=CaseStatus.DOCUMENTED,
    )
    def document(self, *, at) -> None:
        """An acceptable source document was accepted: the case now counts. Side effect: closed_at."""
        self.closed_at = at

    @transition(field=status, source=[CaseStatus.SELECTED, CaseStatus.CONTACTING], target=CaseStatus.NO_RESPONSE)
    def close_no_response(self, *, at) -> None:
        """Closed after the attempts failed (the person counts as not employed, policy B)."""
        self.closed_at = at

    @transition(
        field=status,
        source=[CaseStatus.SELECTED, CaseStatus.CONTACTING, CaseStatus.INTERVIEWED],
        target=CaseStatus.REFUSED,
    )
    def close_refused(self, *, at) -> None:
        """The participant declined: participation is voluntary (policy A.1)."""
        self.closed_at = at

    @transition(
        field=status,
        source=[
            CaseStatus.SELECTED,
            CaseStatus.CONTACTING,
            CaseStatus.INTERVIEWED,
            CaseStatus.DOCUMENTED,
            CaseStatus.NO_RESPONSE,
            CaseStatus.REFUSED,
        ],
        target=CaseStatus.DIRECT_MATCH,
    )
    def close_direct_match(self, *, at) -> None:
        """A direct wage match arrived; it always wins over supplemental data (policy B)."""
        self.closed_at = at


class ContactAttempt(models.Model):
    """One attempt to reach the participant, an alternate contact or the last known employer (policy A.3 (c))."""

    scope = Scope(job_center="case__seeker__home_job_center")

    case = models.ForeignKey(FollowupCase, on_delete=models.CASCADE, related_name="attempts")
    attempted_at = models.DateTimeField()
    method = models.CharField(max_length=12, choices=AttemptMethod.choices)
    contactee = models.CharField(max_length=12, choices=Contactee.choices)
    alternate_contact = models.ForeignKey(
        "followup.AlternateContact",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attempts",
        help_text="Which alternate contact was tried (when the attempt was to an alternate contact)",
    )
    outcome = models.CharField(max_length=12, choices=AttemptOutcome.choices)
    notes = models.TextField(max_length=2000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-attempted_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_method_display()} to {self.whom}: {self.get_outcome_display()}"

    @property
    def whom(self) -> str:
        """Whom the attempt was for, naming the alternate contact: "Alternate contact: Lee Rivera (Sister)"."""
        if self.contactee == Contactee.ALTERNATE and self.alternate_contact_id:
            return f"{self.get_contactee_display()}: {self.alternate_contact.label}"
        return self.get_contactee_display()


class AlternateContact(models.Model):
    """A relative, friend or other person who may know the participant's whereabouts (policy A.3 best practice)."""

    scope = Scope(job_center="seeker__home_job_center", seeker_user="seeker__user")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="alternate_contacts")
    name = models.CharField(max_length=200)
    relationship = models.CharField(max_length=100, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    notes = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name and relationship, as the attempts log and the attempt form show it."""
        return f"{self.name} ({self.relationship})" if self.relationship else self.name


class PathDeclaration(models.Model):
    """Staff judged that a training plan or career goal is likely to lead to self-employment, non-covered,
    federal or military employment (policy A.2 (b)-(d)); such people are selected with that reason."""

    scope = Scope(job_center="seeker__home_job_center")

    seeker = models.ForeignKey("seekers.JobSeeker", on_delete=models.CASCADE, related_name="followup_paths")
    path = models.CharField(max_length=20, choices=ExpectedPath.choices)
    note = models.CharField(max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-recorded_at", "-id"]

    def __str__(self) -> str:
        return self.get_path_display()
