from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    """The Employment Service complaint system: intake, the central complaint log, referral of MSFW complaints
    about employment-related laws, resolution (20 CFR 658 Subpart E; docs/adr/0045)."""

    name = "jobcenter.complaints"
    label = "complaints"
    verbose_name = "Complaints"

    def ready(self):
        """Field-level change history (django-auditlog) for complaints; actions are append-only."""
        from auditlog.registry import auditlog

        for name in ("Complaint", "ComplaintAction"):
            model = self.get_model(name)
            if not auditlog.contains(model):
                auditlog.register(model)
