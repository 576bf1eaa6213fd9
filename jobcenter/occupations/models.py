"""O*NET-SOC occupations and their alternate titles (O*NET database, CC BY 4.0; imported, never committed)."""

from django.db import models


class Occupation(models.Model):
    """An O*NET-SOC occupation (8-character code NN-NNNN.NN), e.g. 45-2092.00 Farmworkers and Laborers."""

    code = models.CharField("O*NET-SOC code", max_length=10, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    job_zone = models.PositiveSmallIntegerField(null=True, blank=True, help_text="O*NET Job Zone 1-5")
    onet_release = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def soc_code(self) -> str:
        """The 6-digit SOC code (NN-NNNN) the O*NET code refines."""
        return self.code[:7]

    @property
    def major_group(self) -> str:
        """SOC major group, e.g. '45' (farming, fishing, and forestry)."""
        return self.code[:2]


class AlternateTitle(models.Model):
    """A lay title that maps to an occupation ("Agency Owner" -> Chief Executives)."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="alternate_titles")
    title = models.CharField(max_length=250, db_index=True)
    short_title = models.CharField(max_length=150, blank=True)
    sources = models.PositiveSmallIntegerField(
        default=1, help_text="How many sources list this title for the occupation (the release's Source(s) column)."
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "title"], name="unique_alternate_title")]

    def __str__(self) -> str:
        return self.title


class ReportedTitle(models.Model):
    """A job title reported by incumbents ("Sample of Reported Titles")."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="reported_titles")
    title = models.CharField(max_length=250)
    shown_in_my_next_move = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "title"], name="unique_reported_title")]

    def __str__(self) -> str:
        return self.title


class Task(models.Model):
    """A task statement of an occupation ("Task Statements")."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="tasks")
    task_id = models.PositiveIntegerField()
    text = models.TextField()
    task_type = models.CharField(max_length=20, blank=True, help_text="Core or Supplemental")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "task_id"], name="unique_occupation_task")]

    def __str__(self) -> str:
        return self.text[:60]


class Element(models.Model):
    """Importance (IM, 1-5) and level (LV, 0-7) of a skill or knowledge element for an occupation."""

    class Domain(models.TextChoices):
        SKILL = "skill", "Skill"
        KNOWLEDGE = "knowledge", "Knowledge"

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="elements")
    domain = models.CharField(max_length=10, choices=Domain.choices)
    element_id = models.CharField(max_length=20)
    name = models.CharField(max_length=150)
    importance = models.FloatField(null=True, blank=True)
    level = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "element_id"], name="unique_occupation_element")]

    def __str__(self) -> str:
        return self.name


class TechnologySkill(models.Model):
    """Software or technology used in an occupation ("Technology Skills", formerly "Software Skills")."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="technology_skills")
    example = models.CharField(max_length=250)
    commodity_code = models.CharField(max_length=10, blank=True)
    commodity_title = models.CharField(max_length=250, blank=True)
    hot = models.BooleanField("Hot technology", default=False)
    in_demand = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "example"], name="unique_technology_skill")]

    def __str__(self) -> str:
        return self.example


class EducationTraining(models.Model):
    """Share of incumbents by category of required education (RL), related work experience (RW), on-site or
    in-plant training (PT) and on-the-job training (OJ) ("Education, Training, and Experience")."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="education_training")
    scale = models.CharField(max_length=2)
    category = models.PositiveSmallIntegerField()
    percent = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occupation", "scale", "category"], name="unique_education_training")
        ]

    def __str__(self) -> str:
        return f"{self.occupation_id} {self.scale} {self.category}"


class RelatedOccupation(models.Model):
    """O*NET's related occupations, by relatedness tier (Primary-Short, Primary-Long, Supplemental)."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="related")
    related = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="+")
    tier = models.CharField(max_length=20)
    index = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "related"], name="unique_related_occupation")]

    def __str__(self) -> str:
        return f"{self.occupation_id} -> {self.related_id}"


class OccupationWage(models.Model):
    """OEWS wage percentiles of one occupation (6-digit SOC) in one area, all industries (BLS Occupational
    Employment and Wage Statistics; public domain). Imported by ``jobcenter occupations wages``, never fetched."""

    class AreaType(models.TextChoices):
        NATIONAL = "N", "National"
        STATE = "S", "State"

    area_code = models.CharField(max_length=7)
    area_type = models.CharField(max_length=1, choices=AreaType.choices)
    state_fips = models.CharField(max_length=2, blank=True)
    area_name = models.CharField(max_length=120)
    soc_code = models.CharField("SOC code", max_length=7, help_text="NN-NNNN")
    hourly_p10 = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    hourly_p25 = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    hourly_median = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    hourly_p75 = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    hourly_p90 = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    annual_p10 = models.DecimalField(max_digits=10, decimal_places=0, null=True)
    annual_median = models.DecimalField(max_digits=10, decimal_places=0, null=True)
    annual_p90 = models.DecimalField(max_digits=10, decimal_places=0, null=True)
    release = models.CharField(max_length=20, help_text="e.g. May 2025")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["area_code", "soc_code"], name="unique_occupation_wage")]
        indexes = [models.Index(fields=["soc_code", "state_fips"])]

    def __str__(self) -> str:
        return f"{self.soc_code} {self.area_name}"
