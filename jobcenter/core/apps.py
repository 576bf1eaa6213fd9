from django.apps import AppConfig

# Field-level change history (django-auditlog) for these models; identity numbers are never snapshotted.
AUDITLOG_MODELS = {
    "seekers.JobSeeker": {"exclude_fields": ["ssn_encrypted", "ssn_hash", "ssn_last4", "updated_at"]},
    "employers.Employer": {"exclude_fields": ["updated_at"]},
    "accounts.User": {"exclude_fields": ["password", "last_login"]},
}


class CoreConfig(AppConfig):
    """Shared kernel: audit log, clock, dated parameters, encryption, calendars."""

    name = "jobcenter.core"
    label = "core"

    def ready(self):
        """Register field-level change history for the models that need before/after snapshots."""
        from auditlog.registry import auditlog
        from django.apps import apps

        for label, options in AUDITLOG_MODELS.items():
            model = apps.get_model(label)
            if not auditlog.contains(model):
                auditlog.register(model, **options)
