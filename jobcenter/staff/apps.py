from django.apps import AppConfig


class StaffConfig(AppConfig):
    """The AJC back office: views, forms and templates for staff roles (no business rules here)."""

    name = "jobcenter.staff"
    label = "staff"
