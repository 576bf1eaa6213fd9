from django.apps import AppConfig


class CasesConfig(AppConfig):
    """Wagner-Peyser enrollments, services, case notes, participation and exit."""

    name = "jobcenter.cases"
    label = "cases"
