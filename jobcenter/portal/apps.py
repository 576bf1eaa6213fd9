from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The public front: job seeker and employer self-service."""

    name = "jobcenter.portal"
    label = "portal"
