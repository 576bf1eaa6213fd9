"""Reference rows published by data migrations (terms of service, message and note templates).

Transactional tests (browser tests) empty every table afterwards, so a later test that needs those rows calls
``restore_reference_data()``: it runs the forward function of every ``RunPython`` operation in jobcenter's
migrations again. Those functions use ``get_or_create``, so running them twice changes nothing.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations.special import RunPython


def restore_reference_data() -> int:
    """Re-run jobcenter's data migrations; returns how many functions ran."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    ran = 0
    for (_app, _name), migration in sorted(loader.disk_migrations.items()):
        if not type(migration).__module__.startswith("jobcenter."):
            continue
        for operation in migration.operations:
            if isinstance(operation, RunPython):
                operation.code(global_apps, None)
                ran += 1
    return ran
