from django.apps import AppConfig


class JobOrdersConfig(AppConfig):
    """Job orders, their workflow, entry timeline and screening against the compliance rules."""

    name = "jobcenter.joborders"
    label = "joborders"
