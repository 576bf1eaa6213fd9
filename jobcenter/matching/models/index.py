"""The match index: one row per job seeker with the facts matching reads, and one row per classified occupation.

Built from the seeker's record by ``matching.index.profile_refresh`` whenever the record or a résumé entry is
saved, so candidate searches read one narrow table instead of five. Protected characteristics (race, sex,
disability, national origin, religion, union affiliation) are never copied here; the date of birth is kept only
to check an order's lawful minimum age.
"""

from __future__ import annotations

from django.db import models

from jobcenter.accounts.scoping import Scope


class MatchProfile(models.Model):
    """What matching knows about one job seeker (derived; never edited by hand)."""

    scope = Scope(job_center="job_center", seeker_user="seeker__user")
    merge_derived = True  # rebuilt (not moved) when two seeker records are merged

    seeker = models.OneToOneField(
        "seekers.JobSeeker", primary_key=True, on_delete=models.CASCADE, related_name="match_profile"
    )
    job_center = models.ForeignKey(
        "accounts.JobCenter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    active = models.BooleanField(default=True)
    priority = models.PositiveSmallIntegerField(default=3, help_text="Priority of service tier, 1 first")
    education_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    education_code = models.CharField(max_length=1, blank=True)
    experience_months = models.PositiveIntegerField(default=0)
    availability = models.CharField(max_length=10, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    radius_miles = models.PositiveSmallIntegerField(default=30)
    reach_deg = models.FloatField(default=0.5, help_text="Travel radius in degrees of latitude")
    relocate = models.BooleanField(default=False)
    birth_date = models.DateField(null=True, blank=True, help_text="Only for an order's lawful minimum age")
    drivers_license = models.BooleanField(default=False)
    credentials = models.JSONField(default=list, blank=True)
    skills = models.JSONField(default=list, blank=True)
    occupations = models.JSONField(default=dict, blank=True, help_text="O*NET-SOC code -> months of experience")
    occupation_periods = models.JSONField(
        default=dict,
        blank=True,
        help_text="O*NET-SOC code -> months worked in it as [first, past-last) month numbers (year * 12 + month), "
        "so months in related codes held at the same time count once",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["priority", "lat", "lon"], name="match_profile_tier_idx")]

    def __str__(self) -> str:
        return f"Match profile of seeker {self.seeker_id}"


class MatchOccupation(models.Model):
    """One O*NET-SOC code a seeker is classified in (work history, desired occupations, staff corrections), with
    a copy of the profile facts that candidate search filters on, so one index scan finds the seekers of a
    priority-of-service tier, in the order's occupation or a related one, near the worksite and past the
    education, driver's license and minimum age requirements — without visiting a million profiles
    (docs/matching.md, *Scale*).

    ``band_lat``/``band_lon`` are the seeker's position when they travel at most ``BAND_MILES`` and do not
    relocate, and empty otherwise (the seeker may take a job anywhere, so every search reads them)."""

    BAND_MILES = 50

    profile = models.ForeignKey(MatchProfile, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(max_length=10)
    months = models.PositiveIntegerField(default=0, help_text="Months of work in this occupation (0 = desired only)")
    # Copies of the profile (written with it by matching.index.profile_refresh).
    active = models.BooleanField(default=True)
    priority = models.PositiveSmallIntegerField(default=3)
    band_lat = models.FloatField(null=True, blank=True)
    band_lon = models.FloatField(null=True, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    reach_deg = models.FloatField(default=0.5)
    relocate = models.BooleanField(default=False)
    education_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    drivers_license = models.BooleanField(default=False)
    birth_date = models.DateField(null=True, blank=True, help_text="Only for an order's lawful minimum age")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["profile", "code"], name="unique_match_occupation")]
        indexes = [
            # Ranges on the first four columns; the rest are checked in the index, so the search reads no table
            # row of the seekers it leaves out (an index-only scan once autovacuum has marked the pages visible).
            models.Index(
                fields=[
                    "code",
                    "priority",
                    "band_lat",
                    "band_lon",
                    "active",
                    "education_rank",
                    "drivers_license",
                    "birth_date",
                    "relocate",
                    "lat",
                    "lon",
                    "reach_deg",
                    "months",
                    "profile",
                ],
                name="match_occupation_search_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.code
