"""Deterministic demo data. Each app may have a ``demo`` module with ``seed(ctx: DemoContext)``.

Steps run in ``DEMO_STEPS`` order; each seeds its own Faker from its name, and creates rows with
``get_or_create`` on natural keys, so running the loader twice changes nothing.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from faker import Faker

DEMO_PASSWORD = "demo-pass-2026"
DEMO_STEPS = [
    "jobcenter.accounts.demo",
    "jobcenter.occupations.demo",
    "jobcenter.employers.demo",
    "jobcenter.seekers.demo",
    "jobcenter.joborders.demo",
    "jobcenter.cases.demo",
    "jobcenter.matching.demo",
    "jobcenter.referrals.demo",
    "jobcenter.followup.demo",
    "jobcenter.complaints.demo",
    "jobcenter.reporting.demo",
]


@dataclass
class DemoContext:
    """Shared state between demo steps."""

    objects: dict[str, Any] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (username, role label, where)

    def faker(self, name: str) -> Faker:
        """A Faker seeded from ``name`` (stable across runs)."""
        fake = Faker("en_US")
        fake.seed_instance(f"jobcenter-demo-{name}")
        return fake

    def rng(self, name: str) -> random.Random:
        """A random generator seeded from ``name``."""
        return random.Random(f"jobcenter-demo-{name}")  # noqa: S311 - demo data, not security


def load_demo(*, verbosity: int = 1) -> DemoContext:
    """Run every demo step inside one transaction.

    The occupation coder is pinned for the load (``coder_index.pinned``): the steps code hundreds of résumé titles
    against O*NET tables that only the occupations step fills (and only when they are empty, before anything is
    coded), so the coder is looked up once instead of once per résumé entry."""
    from jobcenter.occupations.coder_index import pinned

    ctx = DemoContext()
    with transaction.atomic(), pinned():
        for step in DEMO_STEPS:
            try:
                module = importlib.import_module(step)
            except ModuleNotFoundError as exc:
                if exc.name == step:
                    continue
                raise
            module.seed(ctx)
            if verbosity:
                print(f"  demo: {step.rsplit('.', 2)[-2]} done")
    return ctx
