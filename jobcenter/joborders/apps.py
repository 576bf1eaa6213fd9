from django.apps import AppConfig
from django.db.models.signals import post_migrate


class JobOrdersConfig(AppConfig):
    """Job orders, their workflow, entry timeline and screening against the compliance rules."""

    name = "jobcenter.joborders"
    label = "joborders"

    def ready(self):
        from jobcenter.joborders.search import ensure_sqlite_fts

        # SQLite drops a table's triggers when a migration rebuilds it: put the full-text ones back.
        post_migrate.connect(ensure_sqlite_fts, sender=self, dispatch_uid="joborders-sqlite-fts")
