"""Set-up and statistics shared by the benchmarks (import after the repository root is on ``sys.path``)."""

from __future__ import annotations

import os


def create_postgres_database(database_url: str) -> None:
    """Create the PostgreSQL database named at the end of ``database_url`` if it does not exist (others: nothing)."""
    if not database_url.startswith("postgres"):
        return
    import psycopg

    base, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            con.execute(f'CREATE DATABASE "{name}"')


def django_setup(database_url: str, *, create_database: bool = True) -> None:
    """Point Django at ``database_url`` (creating a missing PostgreSQL database), set it up and migrate."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    if create_database:
        create_postgres_database(database_url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def pct(values: list[float], p: float) -> float:
    """The ``p``-th percentile of ``values`` (nearest rank, no interpolation)."""
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
