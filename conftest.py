"""Project-wide pytest fixtures: personas for authorization matrices, a frozen clock, browser settings."""

import pytest

pytest_plugins = ["jobcenter.testing.personas", "jobcenter.testing.browser"]


@pytest.fixture(autouse=True)
def _own_wage_store(settings, tmp_path):
    """Each test gets an empty wage store, so no test sees files another test (or ``make demo``) imported."""
    settings.WAGE_DATA_DIR = tmp_path / "wage-store"


# A browser journey that times out waiting for a page runs once more (pytest-rerunfailures; ADR 0043). Only
# Playwright's own TimeoutError qualifies: a failed assertion, an error page or any other exception fails at once,
# and a journey that times out twice fails. Reruns are listed in the summary ("R"), so a flaky journey stays visible.
def pytest_collection_modifyitems(config, items):
    from playwright.sync_api import TimeoutError as BrowserTimeout

    for item in items:
        if item.get_closest_marker("e2e") and not item.get_closest_marker("flaky"):
            item.add_marker(pytest.mark.flaky(reruns=1, only_rerun=[BrowserTimeout]))
