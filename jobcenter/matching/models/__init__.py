"""Matching models: what an order requires beyond its entry form, and the search index of seekers and orders."""

from jobcenter.matching.models.index import MatchOccupation, MatchProfile
from jobcenter.matching.models.requirements import OrderRequirements

__all__ = ["MatchOccupation", "MatchProfile", "OrderRequirements"]
