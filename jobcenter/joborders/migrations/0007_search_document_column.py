"""PostgreSQL: the full-text document of an order as a stored generated column with its GIN index, so ranking a
keyword search reads the stored vector instead of re-parsing every matching order's title and description
(measured at 100,000 open orders: docs/reliability.md). Replaces the expression index of 0005. SQLite keeps its
FTS5 table (0005); nothing runs there."""

from django.db import migrations

COLUMN_SQL = (
    "ALTER TABLE joborders_joborder ADD COLUMN IF NOT EXISTS search_document tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'B')) STORED"
)
INDEX_SQL = (
    "CREATE INDEX IF NOT EXISTS joborder_search_document_gin ON joborders_joborder USING gin (search_document)"
)
OLD_INDEX = "joborder_search_gin_idx"


def forwards(apps, schema_editor):
    if schema_editor is None or schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(COLUMN_SQL)
    schema_editor.execute(INDEX_SQL)
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def backwards(apps, schema_editor):
    if schema_editor is None or schema_editor.connection.vendor != "postgresql":
        return
    from django.contrib.postgres.indexes import GinIndex

    from jobcenter.joborders.search import search_vector

    schema_editor.execute("DROP INDEX IF EXISTS joborder_search_document_gin")
    schema_editor.execute("ALTER TABLE joborders_joborder DROP COLUMN IF EXISTS search_document")
    schema_editor.add_index(apps.get_model("joborders", "JobOrder"), GinIndex(search_vector(), name=OLD_INDEX))


class Migration(migrations.Migration):
    dependencies = [("joborders", "0006_job_order_naics_2022")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
