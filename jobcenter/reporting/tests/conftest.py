"""Reporting tests never read the real wage store: each test gets an empty one of its own."""

import pytest


@pytest.fixture(autouse=True)
def wage_dir(settings, tmp_path):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    return settings.WAGE_DATA_DIR
