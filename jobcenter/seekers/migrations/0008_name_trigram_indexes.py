# Trigram indexes for the staff name search (jobcenter/seekers/selectors.py ``_name_candidates``), PostgreSQL only:
# the upper-cased given, middle and family names, so that both ``UPPER(name) LIKE 'ABC%'`` and pg_trgm's ``%``
# use an index instead of scanning every job seeker (load test, docs/reliability.md).

from django.db import migrations

NAMES = {
    "seeker_given_trgm_idx": "given_name",
    "seeker_middle_trgm_idx": "middle_name",
    "seeker_surname_trgm_idx": "surname",
}


def forwards(apps, schema_editor):
    if schema_editor is None or schema_editor.connection.vendor != "postgresql":
        return
    for name, column in NAMES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON seekers_jobseeker USING gin (upper({column}) gin_trgm_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in NAMES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("seekers", "0007_occupation_classification")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
