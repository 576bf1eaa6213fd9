"""Demo: import O*NET occupations from the configured directory when it exists (never downloaded)."""

from pathlib import Path

from django.conf import settings

from jobcenter.core.demo import DemoContext
from jobcenter.occupations.models import Occupation


def seed(ctx: DemoContext) -> None:
    """Import the O*NET release if not loaded yet and the data is present (with its alternate titles: the
    occupation coder that classifies the demo people's lay job titles is built from them)."""
    directory = Path(settings.ONET_DATA_DIR)
    if Occupation.objects.exists() or not (directory / "Occupation Data.txt").exists():
        return
    from jobcenter.occupations.importer import import_onet

    import_onet(directory, release="29.3")
