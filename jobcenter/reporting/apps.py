from django.apps import AppConfig


class ReportingConfig(AppConfig):
    """PIRL (ETA-9172) build, WIPS edit checks, the quarterly performance report with drill-down."""

    name = "jobcenter.reporting"
    label = "reporting"
