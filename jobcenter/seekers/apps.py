from django.apps import AppConfig


class SeekersConfig(AppConfig):
    """Job seekers: identity, PIRL profile, résumé, duplicate detection and merges."""

    name = "jobcenter.seekers"
    label = "seekers"
