"""One backend interface for the engine: an Ibis connection for DuckDB (default) or PySpark (optional extra).

Everything else in ``analytics`` is written once as Ibis expressions over the connection returned here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid

ENGINES = ("duckdb", "spark")
_lock = threading.Lock()
_spark = None


class EngineUnavailable(RuntimeError):
    """The selected engine's packages are not installed (``pip install 'jobcenter[spark]'``)."""


def connect(engine: str = "duckdb"):
    """An Ibis backend connection for ``engine``."""
    import ibis

    if engine == "duckdb":
        return ibis.duckdb.connect()
    if engine == "spark":
        return ibis.pyspark.connect(spark_session())
    raise ValueError(f"Unknown engine {engine!r}; choose one of {', '.join(ENGINES)}.")


def spark_session():
    """A local Spark session (created once per process) on this machine's Java."""
    global _spark
    with _lock:
        if _spark is None:
            try:
                from pyspark.sql import SparkSession
            except ImportError as exc:  # pragma: no cover - depends on the optional extra
                raise EngineUnavailable("PySpark is not installed: pip install 'jobcenter[spark]'.") from exc
            cores = os.environ.get("JOBCENTER_SPARK_MASTER", "local[2]")
            _spark = (
                SparkSession.builder.master(cores)
                .appName("jobcenter-analytics")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", os.environ.get("JOBCENTER_SPARK_PARTITIONS", "2"))
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.ansi.enabled", "false")
                .config("spark.driver.memory", os.environ.get("JOBCENTER_SPARK_DRIVER_MEMORY", "4g"))
                .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                .getOrCreate()
            )
            _spark.sparkContext.setLogLevel("ERROR")
        return _spark


def stop_spark() -> None:
    """Stop the process's Spark session, if one was started."""
    global _spark
    with _lock:
        if _spark is not None:
            _spark.stop()
            _spark = None
            logging.getLogger("py4j").setLevel(logging.WARNING)


@contextlib.contextmanager
def cached(con, expr):
    """Materialise ``expr`` on ``con`` for the duration of the block (DuckDB temp table / cached Spark DataFrame).

    ``expr.cache()`` would pick Ibis's default backend when the expression is built from memtables only, and
    Ibis 12's DuckDB cache release emits invalid SQL with sqlglot 30, so each engine is handled here.
    """
    if con.name == "duckdb":
        name = f"jc_cache_{uuid.uuid4().hex}"
        table = con.create_table(name, expr, temp=True)
        try:
            yield table
        finally:
            con.raw_sql(f'DROP TABLE IF EXISTS "{name}"')
    else:
        con._run_pre_execute_hooks(expr)  # registers memtables (Spark's cache step does not)
        table = con._cached_table(expr)
        try:
            yield table
        finally:
            table.release()


def execute(con, expr):
    """Run ``expr`` on ``con`` and return a pandas DataFrame."""
    return con.execute(expr)
