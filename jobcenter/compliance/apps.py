from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    """Cited, dated rules and legal parameters (minimum wage, screening rules, labor disputes)."""

    name = "jobcenter.compliance"
    label = "compliance"
