from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared kernel: audit log, clock, dated parameters, encryption, calendars."""

    name = "jobcenter.core"
    label = "core"
