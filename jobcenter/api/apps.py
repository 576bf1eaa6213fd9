from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The JSON API (django-ninja) under /api/v1/."""

    name = "jobcenter.api"
    label = "api"
