"""Source documents and the one-time upload links that bring them in."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from jobcenter.accounts.scoping import Scope
from jobcenter.followup.choices import DocumentKind, DocumentStatus, UploadAudience


class SourceDocument(ConcurrentTransitionMixin, models.Model):
    """A document received for a case; one accepted document makes the case count (OWDI 07-2018: "One
    Acceptable Source Document"). Accepting it records the fields OWDI 21-2017 Chg 1 p.31 requires: reference
    quarter (the case's), O*NET code, 2-digit NAICS, employer FEIN, employer, city, state, total earnings —
    or N/A (blank with ``employed`` False) when the person was not employed in the quarter.
    """

    scope = Scope(job_center="case__seeker__home_job_center")

    case = models.ForeignKey("followup.FollowupCase", on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    status = FSMField(default=DocumentStatus.RECEIVED, choices=DocumentStatus.choices, protected=True)
    file = models.FileField(upload_to="followup/documents/%Y/%m/", blank=True, max_length=200)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=50, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    stub_count = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Pay stubs in the file")
    received_via = models.CharField(max_length=12, default="staff", help_text="staff, participant or employer")
    received_at = models.DateTimeField()
    # Fields recorded with the accepted document.
    employed = models.BooleanField(null=True, blank=True)
    onet_code = models.CharField(max_length=10, blank=True)
    naics2 = models.CharField(max_length=2, blank=True)
    employer_fein = models.CharField(max_length=9, blank=True)
    employer_name = models.CharField(max_length=200, blank=True)
    employer_city = models.CharField(max_length=100, blank=True)
    employer_state = models.CharField(max_length=2, blank=True)
    total_earnings = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(status=DocumentStatus.ACCEPTED), name="followup_one_accepted_document"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for case {self.case_id}"

    @transition(field=status, source=DocumentStatus.RECEIVED, target=DocumentStatus.ACCEPTED)
    def accept(self, *, by, at) -> None:
        """Staff accepted the document as the case's source document. Side effect: the case becomes documented."""
        self.reviewed_by, self.reviewed_at = by, at

    @transition(field=status, source=DocumentStatus.RECEIVED, target=DocumentStatus.REJECTED)
    def reject(self, *, by, at, note: str) -> None:
        """Not an acceptable source document (e.g. one pay stub only)."""
        self.reviewed_by, self.reviewed_at, self.review_note = by, at, note


class UploadLink(models.Model):
    """A one-time, expiring link a participant or employer uses to upload a document (policy: "the interviewer
    may provide a website where the participant may upload"). Only a hash of the token is stored."""

    scope = Scope(job_center="case__seeker__home_job_center")

    case = models.ForeignKey("followup.FollowupCase", on_delete=models.CASCADE, related_name="upload_links")
    audience = models.CharField(max_length=12, choices=UploadAudience.choices)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices, help_text="What we ask them to send")
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Upload link for case {self.case_id} ({self.get_audience_display()})"

    def usable(self, at) -> bool:
        """Not yet used, not revoked, not expired."""
        return self.used_at is None and self.revoked_at is None and at < self.expires_at


class UploadAttempt(models.Model):
    """One request to an upload link page that posted a file (rate limiting per link and per network address).
    The address is kept only as a keyed hash."""

    scope = Scope(job_center="link__case__seeker__home_job_center")

    link = models.ForeignKey(UploadLink, null=True, blank=True, on_delete=models.CASCADE, related_name="attempts")
    address_hash = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"Upload attempt at {self.at}"
