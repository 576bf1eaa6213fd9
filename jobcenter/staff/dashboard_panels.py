"""Compatibility: the panel registry moved to ``jobcenter.core.panels`` (domain apps must not import fronts)."""

from jobcenter.core.panels import Panel, panel, panels_for

__all__ = ["Panel", "panel", "panels_for"]
