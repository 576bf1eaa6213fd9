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

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "title"], name="unique_alternate_title")]

    def __str__(self) -> str:
        return self.title
