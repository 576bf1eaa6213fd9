"""Publish the employer terms of service of the Missouri WP & LE Manual (rev. Jan 2024)."""

import datetime as dt

from django.db import migrations

BODY = """You may not sell or repost job seeker information found in the system.

You must have a bona fide job opening to use the system. You may not post job orders for positions that are (1) not currently open for hiring (for example, to build a pool of future applicants), (2) used as a source of sales leads, or (3) related to network marketing or pyramid schemes.

An employer-employee relationship must exist: you hire the employee directly, pay the required federal taxes and provide a W-2 at the end of the year."""


def publish(apps, schema_editor):
    TermsVersion = apps.get_model("employers", "TermsVersion")
    TermsVersion.objects.get_or_create(
        version="2024.1", defaults={"effective_from": dt.date(2024, 1, 1), "body": BODY}
    )


class Migration(migrations.Migration):
    dependencies = [("employers", "0002_employer_lifecycle")]

    operations = [migrations.RunPython(publish, migrations.RunPython.noop)]
