import datetime as dt

import pytest

from jobcenter.core import clock
from jobcenter.matching.tests.factories import load_occupations
from jobcenter.testing.joborders import make_employer


@pytest.fixture
def occupations(db):
    load_occupations()


@pytest.fixture
def today():
    with clock.frozen(dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.local_tz())):
        yield dt.date(2026, 11, 2)


@pytest.fixture
def employer(personas):
    return make_employer(job_center=personas.center_a, name="Acme Widgets LLC")
