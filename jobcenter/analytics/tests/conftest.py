"""Every analytics test runs on each engine: DuckDB and a local Spark session (the ``spark`` extra, Java 17)."""

import os

import pytest

os.environ.setdefault("JOBCENTER_SPARK_PARTITIONS", "1")


@pytest.fixture(scope="session", autouse=True)
def _stop_spark_at_exit():
    yield
    from jobcenter.analytics.internals import backends

    backends.stop_spark()


@pytest.fixture(params=["duckdb", "spark"])
def engine(request):
    return request.param


@pytest.fixture
def wage_dir(settings, tmp_path):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    return settings.WAGE_DATA_DIR
