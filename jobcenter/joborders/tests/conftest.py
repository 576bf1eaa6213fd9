"""Fixtures for job order tests: the persona world plus an active employer served by center A."""

import pytest

from jobcenter.testing.joborders import make_employer


@pytest.fixture
def employer(personas):
    """An active employer served by center A."""
    return make_employer(job_center=personas.center_a, name="Acme Widgets LLC")
