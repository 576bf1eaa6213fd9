"""The job order, its screening records and the employer journal."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Substr
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.employers.validators import validate_naics
from jobcenter.joborders import constants
from jobcenter.joborders.choices import (
    EmploymentType,
    HoldReason,
    JobOrderStatus,
    ScreeningDecision,
    VisaProgram,
    WageUnit,
)

S = JobOrderStatus


def _employer_active(order: JobOrder) -> bool:
    return order.employer.is_active


def _passed_online_guard(order: JobOrder) -> bool:
    """Only ``joborders.services.online.job_order_put_online`` sets this, after checking as of now the employer,
    the terms of service, open investigations and a fresh screening run (issue #9): no path onto the line skips
    the guard."""
    return bool(getattr(order, "_online_guard_passed", False))


def _passed_end_path(order: JobOrder) -> bool:
    """Only ``joborders.services.ending.job_order_end`` sets this, after closing the referral requests waiting for
    review, telling the people referred and dropping queued job notifications: no path that ends an order (filled,
    closed, expired) skips them."""
    return bool(getattr(order, "_end_path_passed", False))


def _is_flc_coordinator(order: JobOrder, user) -> bool:
    """Only the Foreign Labor Certification coordinator (capability ``joborders.flc``) acts on routed orders
    (``django_fsm.has_transition_perm``; the services check the same capability)."""
    from jobcenter.accounts.roles import user_can

    return user_can(user, "joborders.flc")


class JobOrder(ConcurrentTransitionMixin, models.Model):
    """A request from an employer to recruit for an opening (manual: Job Orders).

    Tied to the job center and region that entered it; the worksite is the real place of work (manual: Job
    Orders from Employers with a Work Site Located in Another JC's Administrative Area). The status changes only
    through the transitions below, called from ``joborders.services`` which audit them and journal a note on the
    employer. ``entry_due_at`` is computed from ``received_at`` by the entry timeline rule
    (``joborders.timeline``).
    """

    scope = Scope(job_center="job_center", employer_user="employer__memberships__user", staff_statewide=True)

    employer = models.ForeignKey("employers.Employer", on_delete=models.PROTECT, related_name="job_orders")
    title = models.CharField(max_length=200)
    title_normalized = models.CharField(max_length=200, db_index=True, editable=False)
    description = models.TextField()
    requirements = models.TextField(blank=True)
    application_instructions = models.TextField(blank=True)
    soc_code = models.CharField("O*NET-SOC code", max_length=10, blank=True, help_text="e.g. 53-7062.00")
    naics = models.CharField(
        "NAICS", max_length=6, blank=True, validators=[validate_naics], help_text="2022 NAICS code, e.g. 484121"
    )
    worksite_city = models.CharField("Worksite city", max_length=100)
    worksite_state = models.CharField("Worksite state", max_length=2)
    worksite_zip = models.CharField("Worksite ZIP", max_length=10)
    wage_min = models.DecimalField("Minimum wage offered", max_digits=10, decimal_places=2, null=True, blank=True)
    wage_max = models.DecimalField("Maximum wage offered", max_digits=10, decimal_places=2, null=True, blank=True)
    wage_unit = models.CharField(max_length=12, choices=WageUnit.choices, default=WageUnit.HOUR)
    tipped = models.BooleanField(default=False)
    hours_per_week = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    openings = models.PositiveIntegerField(default=1)
    employment_type = models.CharField(max_length=12, choices=EmploymentType.choices, default=EmploymentType.FULL_TIME)
    visa_program = models.CharField(max_length=4, choices=VisaProgram.choices, default=VisaProgram.NONE)
    special_categories = models.JSONField(default=list, blank=True, help_text="Codes of the state's special categories")
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    hiring_requirements = models.JSONField(default=list, blank=True, help_text="HiringRequirement codes")
    # Structured questions (issue #9): they feed the same screening rules as the text; None = not answered.
    applicant_pays_before_hire = models.BooleanField(
        "Does an applicant pay anything before being hired?",
        null=True,
        blank=True,
        help_text="Fees, uniforms, background checks, exams, training, kits or deposits paid by the applicant",
    )
    union_membership_condition = models.BooleanField(
        "Is union membership, or staying out of a union, a condition of the job?", null=True, blank=True
    )
    paid_on_w2 = models.BooleanField(
        "Will the workers be your employees, paid on a W-2?",
        null=True,
        blank=True,
        help_text="Answer No for independent contractors paid on a 1099",
    )
    position_open_now = models.BooleanField("Is the position open now?", null=True, blank=True)
    confidential = models.BooleanField(default=False, help_text="Withhold company name, address and phone")
    screen_referrals = models.BooleanField("Screen referrals before release", default=False)
    display_company_name = models.BooleanField("Show company name online", default=True)
    display_address = models.BooleanField("Show company address online", default=True)
    display_phone = models.BooleanField("Show company phone online", default=False)
    job_center = models.ForeignKey("accounts.JobCenter", on_delete=models.PROTECT, related_name="job_orders")
    region = models.ForeignKey("accounts.Region", on_delete=models.PROTECT, related_name="job_orders")
    responsible_staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="job_orders"
    )
    received_at = models.DateTimeField(help_text="When the job center received the order")
    entry_due_at = models.DateTimeField(editable=False, help_text="Entry deadline (Job Order Entry Timeline)")
    entered_at = models.DateTimeField(null=True, blank=True, help_text="When staff completed entry")
    closes_on = models.DateField(
        null=True, blank=True, help_text="Last day applications are taken; the order expires after it"
    )
    status = FSMField(default=S.DRAFT, choices=S.choices, protected=True)
    last_decision = models.CharField(max_length=20, choices=ScreeningDecision.choices, blank=True)
    supervisor_cleared = models.BooleanField(default=False, editable=False)
    hold_reason = models.CharField(max_length=16, choices=HoldReason.choices, blank=True)
    hold_dispute = models.ForeignKey(
        "joborders.LaborDispute", null=True, blank=True, on_delete=models.SET_NULL, related_name="held_orders"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        indexes = [
            # Public job search (joborders.search): open orders newest first, worksite ZIP, occupation.
            models.Index(fields=["status", "entered_at"], name="joborder_status_entered_idx"),
            models.Index(Substr("worksite_zip", 1, 5), name="joborder_worksite_zip5_idx"),
            models.Index(fields=["soc_code"], name="joborder_soc_code_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(wage_max__isnull=True)
                | models.Q(wage_min__isnull=True)
                | models.Q(wage_max__gte=models.F("wage_min")),
                name="joborder_wage_range_ordered",
            ),
            models.CheckConstraint(condition=models.Q(openings__gte=1), name="joborder_at_least_one_opening"),
        ]

    def __str__(self) -> str:
        return f"JO-{self.pk or 'new'} {self.title}"

    @property
    def number(self) -> str:
        """The order number shown to people."""
        return f"JO-{self.pk:06d}" if self.pk else "JO-new"

    def clean(self):
        """Wage range ordered; worksite state upper case."""
        super().clean()
        if self.wage_min is not None and self.wage_max is not None and self.wage_max < self.wage_min:
            raise ValidationError({"wage_max": constants.WAGE_RANGE_INVERTED})
        self.worksite_state = (self.worksite_state or "").upper()

    @property
    def is_confidential(self) -> bool:
        """Applicants never see the employer's name, address or phone (manual: Job Order from Employer
        Requesting Confidentiality)."""
        return bool(self.confidential or self.employer.confidential or not self.display_company_name)

    # --- transitions (side effects live in services; these only move the status) ---

    @transition(field=status, source=S.DRAFT, target=S.SCREENING)
    def submit(self) -> None:
        """Staff finished entry; the order goes to the screening engine."""

    @transition(field=status, source=S.SCREENING, target=S.DRAFT)
    def return_for_fixes(self) -> None:
        """Screening said ``fix_required``: back to draft with its findings."""

    @transition(field=status, source=S.SCREENING, target=S.DENIED)
    def deny(self) -> None:
        """Screening said ``reject`` (manual: Job Orders in Violation of the Law) or a supervisor denied it."""

    @transition(field=status, source=S.SCREENING, target=S.ROUTED_FLC)
    def route_flc(self) -> None:
        """H-2A/H-2B orders are entered by the FLC coordinator (manual: H-2A and H-2B Job Orders)."""

    @transition(field=status, source=S.ROUTED_FLC, target=S.SCREENING, permission=_is_flc_coordinator)
    def flc_take_over(self) -> None:
        """The FLC coordinator takes a routed order over and enters it (manual: H-2A and H-2B Job Orders); it is
        screened again as the coordinator's entry (``joborders.services.flc``)."""

    @transition(field=status, source=S.ROUTED_FLC, target=S.SCREENING, permission=_is_flc_coordinator)
    def flc_return(self) -> None:
        """The FLC coordinator finds it is not a foreign labor order and returns it: screened again with the
        routing finding dismissed (``joborders.services.flc``)."""

    @transition(field=status, source=S.SCREENING, target=S.NOT_ENTERED)
    def mark_not_entered(self) -> None:
        """Not a bona fide job order (e.g. self-employment, future-use lists)."""

    @transition(
        field=status,
        source=S.SCREENING,
        target=S.OPEN,
        conditions=[_employer_active, _passed_online_guard],
    )
    def open(self) -> None:
        """Go online: only through the online guard (employer active, terms, no open investigation, screening
        re-run today accepts the order or a person decided its findings)."""

    @transition(field=status, source=[S.SCREENING, S.OPEN], target=S.ON_HOLD)
    def hold(self, *, reason: str, dispute=None) -> None:
        """Put on hold (screening decision, labor dispute, suspected fraud, staff decision)."""
        self.hold_reason = reason
        self.hold_dispute = dispute

    @transition(field=status, source=S.ON_HOLD, target=S.OPEN, conditions=[_employer_active, _passed_online_guard])
    def release(self) -> None:
        """End the hold: back online, only through the online guard (as ``open``)."""
        self.hold_reason = ""
        self.hold_dispute = None

    @transition(field=status, source=[S.OPEN, S.ON_HOLD], target=S.FILLED, conditions=[_passed_end_path])
    def fill(self) -> None:
        """All openings are filled (only through ``services.ending.job_order_end``)."""

    @transition(
        field=status,
        source=[S.DRAFT, S.SCREENING, S.OPEN, S.ON_HOLD],
        target=S.CLOSED,
        conditions=[_passed_end_path],
    )
    def close(self) -> None:
        """The employer withdrew the order or staff closed it (only through ``services.ending.job_order_end``)."""

    @transition(field=status, source=[S.OPEN, S.ON_HOLD], target=S.EXPIRED, conditions=[_passed_end_path])
    def expire(self) -> None:
        """The order reached its end date without being filled (only through ``services.ending.job_order_end``)."""


class ScreeningRecord(models.Model):
    """One run of the screening engine on a job order: decision, findings and notices as JSON.

    Findings are ``{rule, severity, citation, message, field, matched}`` dicts from
    ``jobcenter.compliance.screening``. Kept append-only as the order's screening history.
    """

    scope = Scope(job_center="job_order__job_center", employer_user="job_order__employer__memberships__user")

    job_order = models.ForeignKey(JobOrder, on_delete=models.CASCADE, related_name="screenings")
    decision = models.CharField(max_length=20, choices=ScreeningDecision.choices)
    findings = models.JSONField(default=list, blank=True)
    notices = models.JSONField(default=list, blank=True)
    input_snapshot = models.JSONField(default=dict, blank=True)
    screened_at = models.DateTimeField()
    screened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-screened_at", "-id"]

    def __str__(self) -> str:
        return f"{self.job_order} screened {self.decision}"
