"""Stable codes for wage record sources and their PIRL type of employment match (PIRL 1601/1603/1605/1607)."""

from django.db import models


class WageSource(models.TextChoices):
    """Where a wage file came from; stored on every row as ``source``."""

    UI = "ui", "State UI wage records"
    SWIS = "swis", "Out-of-state UI wage records (SWIS)"
    FEDERAL = "federal", "Federal employment records (FEDES: OPM, USPS)"
    MILITARY = "military", "Military employment records (FEDES: DoD)"


class WageFormat(models.TextChoices):
    """File layouts the importer reads."""

    CSV = "csv", "CSV"
    ICESA = "icesa", "ICESA fixed-width (275-byte records)"
    PARQUET = "parquet", "Parquet"


# PIRL type of employment match for a direct wage match, by source (federal-specs 1.5; in-state and SWIS are both 1).
TYPE_OF_MATCH = {"ui": 1, "swis": 1, "federal": 2, "military": 3}
