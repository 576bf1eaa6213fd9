import pytest


@pytest.fixture
def wage_dir(settings, tmp_path):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    return settings.WAGE_DATA_DIR
