"""O*NET facts for matching, loaded once per process and reloaded when the imported data changes.

Implements ``jobcenter.matching.scoring.OccupationData``: occupation relations (same code, same 6-digit SOC,
O*NET related occupations, same SOC minor/major group), job zones, skill/knowledge similarity (cosine of the
importance vectors) and technology examples.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict

from jobcenter.occupations.models import Element, Occupation, RelatedOccupation, TechnologySkill

_lock = threading.Lock()
_cache: dict[tuple, OccupationFacts] = {}


def _norm(value: str) -> str:
    from jobcenter.matching.scoring import normalize_name

    return normalize_name(value)


class OccupationFacts:
    """Everything matching needs about occupations, in memory (about 1,000 occupations)."""

    def __init__(self) -> None:
        self.titles: dict[str, str] = {}
        self.zones: dict[str, int | None] = {}
        for code, title, zone in Occupation.objects.values_list("code", "title", "job_zone"):
            self.titles[code] = title
            self.zones[code] = zone
        self.related: dict[str, dict[str, str]] = defaultdict(dict)
        for a, b, tier in RelatedOccupation.objects.values_list("occupation__code", "related__code", "tier"):
            self.related[a][b] = "primary" if tier.lower().startswith("primary") else "supplemental"
        vectors: dict[str, dict[str, float]] = defaultdict(dict)
        for code, element, importance in Element.objects.values_list("occupation__code", "element_id", "importance"):
            if importance is not None:
                vectors[code][element] = importance
        self.vectors = {}
        for code, vec in vectors.items():
            norm = math.sqrt(sum(v * v for v in vec.values()))
            if norm:
                self.vectors[code] = {k: v / norm for k, v in vec.items()}
        self.tech: dict[str, dict[str, str]] = defaultdict(dict)
        for code, example in TechnologySkill.objects.values_list("occupation__code", "example"):
            self.tech[code][_norm(example)] = example
        self._sim: dict[tuple[str, str], float | None] = {}

    def relation(self, seeker_code: str, order_code: str) -> str | None:
        """Closest relation of a seeker's occupation to the order's, or None."""
        if not seeker_code or not order_code:
            return None
        if seeker_code == order_code:
            return "same"
        if seeker_code[:7] == order_code[:7]:
            return "soc"
        tier = self.related.get(order_code, {}).get(seeker_code) or self.related.get(seeker_code, {}).get(order_code)
        if tier:
            return tier
        if seeker_code[:4] == order_code[:4]:
            return "minor"
        if seeker_code[:2] == order_code[:2]:
            return "major"
        return None

    def related_codes(self, code: str) -> set[str]:
        """Codes whose experience counts for ``code``: itself, same 6-digit SOC, O*NET related (both ways)."""
        out = {code} | {c for c in self.titles if c[:7] == code[:7]} | set(self.related.get(code, {}))
        out |= {a for a, rel in self.related.items() if code in rel}
        return out

    def title(self, code: str) -> str:
        """Occupation title (the code when unknown)."""
        return self.titles.get(code, code)

    def job_zone(self, code: str) -> int | None:
        """O*NET Job Zone 1-5."""
        return self.zones.get(code)

    def similarity(self, a: str, b: str) -> float | None:
        """Cosine similarity of skill and knowledge importance (None without data)."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._sim:
            va, vb = self.vectors.get(a), self.vectors.get(b)
            self._sim[key] = (
                None if not va or not vb else max(0.0, min(1.0, sum(v * vb.get(k, 0.0) for k, v in va.items())))
            )
        return self._sim[key]

    def technology(self, code: str) -> dict[str, str]:
        """Normalized technology example -> its name, for the occupation."""
        return self.tech.get(code, {})


def occupation_facts() -> OccupationFacts:
    """The cached facts; rebuilt when the occupations tables change (cheap fingerprint query)."""
    from django.db.models import Count, Max

    stamp = tuple(Occupation.objects.aggregate(n=Count("id"), m=Max("id")).values())
    stamp += tuple(RelatedOccupation.objects.aggregate(n=Count("id"), m=Max("id")).values())
    stamp += tuple(Element.objects.aggregate(m=Max("id")).values())
    stamp += tuple(TechnologySkill.objects.aggregate(m=Max("id")).values())
    with _lock:
        facts = _cache.get(stamp)
        if facts is None:
            _cache.clear()
            facts = _cache[stamp] = OccupationFacts()
        return facts
