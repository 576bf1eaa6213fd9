"""Enable pg_trgm on PostgreSQL for the typo-tolerant staff search of people (a no-op on SQLite)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("seekers", "0004_merge_deactivated_user")]

    operations = [TrigramExtension()]
