from django.apps import AppConfig


class OccupationsConfig(AppConfig):
    """O*NET-SOC and NAICS taxonomies and occupation coding."""

    name = "jobcenter.occupations"
    label = "occupations"
