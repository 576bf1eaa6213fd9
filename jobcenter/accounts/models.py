"""Geography (state -> region -> job center), users with a role, and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from jobcenter.accounts.choices import Role, ScopeLevel
from jobcenter.accounts.roles import ROLE_SCOPE, STAFF_ROLES, capabilities_for


class State(models.Model):
    """A state workforce agency's territory (usually one per installation)."""

    code = models.CharField(max_length=2, unique=True)
    name = models.CharField(max_length=100)

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """A workforce region (local workforce development area grouping) within a state."""

    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="regions")
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    lwdb_code = models.CharField("ETA local workforce board code (PIRL 108)", max_length=5, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class JobCenter(models.Model):
    """An American Job Center office; staff belong to one, job orders and cases are held by one."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="job_centers")
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=150)
    city = models.CharField(max_length=100, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ServiceArea(models.Model):
    """Which job center serves a ZIP code, or a whole county, of a state: data kept by an administrator (Django
    admin -> Job center service areas). An employer's job center is proposed from it by the worksite's ZIP code
    (a ZIP row wins over a county row), then confirmed or changed by CSU at verification (manual: Job Orders from
    Employers with a Work Site Located in Another JC's Administrative Area)."""

    state = models.CharField(max_length=2, help_text="Two-letter state code, e.g. MO")
    zip_code = models.CharField(
        "ZIP code",
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", "ZIP code: enter 5 digits.")],
        help_text="Five digits; leave empty for a county row",
    )
    county = models.CharField(max_length=100, blank=True, help_text="County name without the word County")
    job_center = models.ForeignKey(JobCenter, on_delete=models.PROTECT, related_name="service_areas")

    class Meta:
        ordering = ["state", "county", "zip_code"]
        verbose_name = "job center service area"
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(zip_code="") & ~models.Q(county=""))
                | (~models.Q(zip_code="") & models.Q(county="")),
                name="service_area_zip_or_county",
                violation_error_message="Give either a ZIP code or a county, not both.",
            ),
            models.UniqueConstraint(
                fields=["state", "zip_code"], condition=~models.Q(zip_code=""), name="unique_service_area_zip"
            ),
            models.UniqueConstraint(
                fields=["state", "county"], condition=~models.Q(county=""), name="unique_service_area_county"
            ),
        ]

    def __str__(self) -> str:
        where = f"ZIP {self.zip_code}" if self.zip_code else f"{self.county} County"
        return f"{where}, {self.state} — {self.job_center}"

    def clean(self) -> None:
        """Upper-case the state; keep the county name without the word County."""
        self.state = (self.state or "").strip().upper()
        self.county = normalize_county(self.county)


def normalize_county(name: str) -> str:
    """'Jackson County ' -> 'Jackson' (how counties are compared)."""
    name = " ".join((name or "").split())
    if name.lower().endswith(" county"):
        name = name[: -len(" county")]
    return name


class User(AbstractUser):
    """A person who signs in. ``role`` decides capabilities; job center / region decide data scope."""

    role = models.CharField(max_length=32, choices=Role.choices, default=Role.JOB_SEEKER)
    job_center = models.ForeignKey(JobCenter, null=True, blank=True, on_delete=models.PROTECT, related_name="staff")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["username"]

    def clean(self):
        """Staff scoped to a job center need one; regional roles need a region."""
        super().clean()
        level = self.scope_level
        if level == ScopeLevel.JOB_CENTER and not self.job_center_id:
            raise ValidationError({"job_center": "This role works in a job center: choose one."})
        if level == ScopeLevel.REGION and not (self.region_id or self.job_center_id):
            raise ValidationError({"region": "This role works in a region: choose one."})

    def save(self, *args, **kwargs):
        """Keep ``region`` consistent with the job center: it follows the job center whenever one is set, so a
        region-scoped user who moves to another job center is scoped to the new region at once."""
        if self.job_center_id:
            self.region_id = JobCenter.objects.only("region_id").get(pk=self.job_center_id).region_id
        super().save(*args, **kwargs)

    @property
    def scope_level(self) -> str:
        """The data scope of this user's role."""
        if self.is_superuser and self.role == Role.ADMIN:
            return ScopeLevel.STATE
        return ROLE_SCOPE.get(self.role, ScopeLevel.SELF)

    @property
    def capabilities(self) -> frozenset[str]:
        """Capabilities granted by the role."""
        return capabilities_for(self.role)

    @property
    def is_staff_role(self) -> bool:
        """True for anyone who uses the staff workspace."""
        return self.role in STAFF_ROLES

    @property
    def display_name(self) -> str:
        """Full name, or the username."""
        return self.get_full_name() or self.username


class ApiToken(models.Model):
    """A bearer token for the API. Only a SHA-256 hash is stored; the token is shown once at creation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=8, db_index=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash(token: str) -> str:
        """SHA-256 hex digest of a token."""
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, *, user: User, name: str) -> tuple[ApiToken, str]:
        """Create a token for ``user``; returns the row and the plaintext (shown once)."""
        token = "jc_" + secrets.token_urlsafe(32)
        row = cls.objects.create(user=user, name=name, prefix=token[:8], token_hash=cls.hash(token))
        return row, token
