"""The demo's PIRL passes every edit check, so `make demo` shows an analyst a file they could export."""

import pytest

from jobcenter.core import clock
from jobcenter.core.demo import load_demo
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.pirl.edits import check_records, export_allowed
from jobcenter.reporting.quarters import Quarter

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.slow]


def test_the_demo_pirl_of_the_last_quarter_has_records_and_no_edit_failures():
    load_demo(verbosity=0)
    rows = build_pirl(quarter=Quarter.of(clock.today()) - 1)
    failures = check_records(rows)
    assert len(rows) >= 50
    assert {r["p918"] for r in rows} >= {"1"}
    assert export_allowed(failures), [(f.element, f.rule, f.message) for f in failures[:10]]
