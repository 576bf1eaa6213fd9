from django.apps import AppConfig


class WagesConfig(AppConfig):
    """UI, SWIS, federal and military quarterly wage records, stored as Parquet outside the web database."""

    name = "jobcenter.wages"
    label = "wages"
