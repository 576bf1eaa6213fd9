from django.apps import AppConfig


class EmployersConfig(AppConfig):
    """Employers: accounts, verification, worksites, contacts, terms of service, discontinuation."""

    name = "jobcenter.employers"
    label = "employers"
