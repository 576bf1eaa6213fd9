"""A prepared quarterly performance report (a snapshot: the figures as known when it was prepared)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobcenter.accounts.scoping import Scope


class QuarterlyReport(models.Model):
    """Figures of one report quarter, the periods of participation behind each numerator and denominator, the
    employer measures and the PIRL edit-check failures found while preparing it.

    State totals, visible to everyone who may read reports; the people behind a figure are listed only through
    ``selectors.report_people`` (scoped and audited).
    """

    scope = Scope(staff_statewide=True)

    quarter = models.CharField(max_length=6, help_text="Report quarter, e.g. 2025Q4")
    prepared_at = models.DateTimeField()
    prepared_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    records = models.PositiveIntegerField(default=0, help_text="PIRL records built")
    wage_data_loaded = models.BooleanField(default=False)
    figures = models.JSONField(default=dict, blank=True)
    employer_measures = models.JSONField(default=dict, blank=True)
    exchange_activity = models.JSONField(
        default=dict, blank=True, help_text="Job orders received, referrals issued and placements in the quarter"
    )
    outcomes = models.JSONField(
        default=dict, blank=True, help_text="Per period of participation: exit date and outcomes"
    )
    edit_failures = models.JSONField(default=list, blank=True, help_text="The first failures, for the report page")
    edit_failure_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-quarter", "-prepared_at", "-id"]

    def __str__(self) -> str:
        return f"Quarterly report {self.quarter} ({self.prepared_at:%Y-%m-%d})"

    @property
    def quarter_label(self) -> str:
        """The report quarter in the words its page uses ("Jul-Sep 2026")."""
        from jobcenter.reporting.quarters import Quarter

        return Quarter.parse(self.quarter).label
