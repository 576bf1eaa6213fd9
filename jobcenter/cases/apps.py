from django.apps import AppConfig


class CasesConfig(AppConfig):
    """Wagner-Peyser enrollments, services, case notes, participation and exit."""

    name = "jobcenter.cases"
    label = "cases"

    def ready(self):
        """Field-level change history (django-auditlog) for enrollments and services; notes are append-only."""
        from auditlog.registry import auditlog

        for name in ("Enrollment", "Service", "SurveyMessageTemplate", "NoteTemplate"):
            model = self.get_model(name)
            if not auditlog.contains(model):
                auditlog.register(model)
