"""Files the matrix's records upload (wage follow-up documents) go to a temporary media directory."""

import pytest


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
