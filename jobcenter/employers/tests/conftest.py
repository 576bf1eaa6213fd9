"""Employer test fixtures: the published terms of service exist in every database test.

Migration 0003 publishes them, but transactional tests (browser tests) flush tables, so re-create them.
"""

import datetime as dt

import pytest

from jobcenter.employers import constants


@pytest.fixture(autouse=True)
def _terms_published(request):
    names = request.fixturenames
    if "live_server" in names or "transactional_db" in names:
        return  # browser tests publish the terms themselves (Playwright's event loop is not running yet here)
    elif "db" in names or "personas" in names or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("db")
    else:
        return
    from jobcenter.employers.models import TermsVersion

    TermsVersion.objects.get_or_create(
        version=constants.DEFAULT_TERMS_VERSION,
        defaults={"effective_from": dt.date(2024, 1, 1), "body": constants.DEFAULT_TERMS_BODY},
    )
