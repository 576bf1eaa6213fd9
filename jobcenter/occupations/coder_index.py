"""The occupation coder built from the imported O*NET tables, cached in memory and on disk under ``var/coder/``.

The cache is keyed by a fingerprint of the imported data (row counts and id ranges of occupations, alternate,
reported titles and tasks, and the release label) and by ``coder.VERSION``: after ``jobcenter occupations import``
changes anything, the next call rebuilds the index (under a minute on the full release) and replaces the file. The
file is signed with an HMAC of ``SECRET_KEY`` and ignored (rebuilt) when the signature does not match. Nothing is
downloaded.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import tempfile
import threading
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max, Min

from jobcenter.occupations.coder import VERSION, Corpus, OccupationCoder, Suggestion
from jobcenter.occupations.models import AlternateTitle, Occupation, ReportedTitle, Task

log = logging.getLogger(__name__)
_lock = threading.Lock()
_memory: dict[str, OccupationCoder] = {}


class CoderUnavailable(RuntimeError):
    """No O*NET occupations are imported, so nothing can be coded."""

    def __init__(self):
        super().__init__(
            "No O*NET occupations are imported. Run `jobcenter occupations import --dir PATH` with an O*NET text "
            "release first."
        )


def fingerprint() -> str:
    """A short digest of what the coder would be built from (changes whenever an import changes the tables): row
    counts and id ranges of the four tables, the first and last occupation code, the release labels."""
    parts = [str(VERSION)]
    codes = Occupation.objects.aggregate(first=Min("code"), last=Max("code"))
    parts.append(f"{codes['first']}:{codes['last']}")
    for model in (Occupation, AlternateTitle, ReportedTitle, Task):
        agg = model.objects.aggregate(n=Count("id"), lo=Min("id"), hi=Max("id"))
        parts.append(f"{agg['n']}:{agg['lo']}:{agg['hi']}")
    parts.append(",".join(sorted(set(Occupation.objects.values_list("onet_release", flat=True)))))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def corpus_from_db(*, exclude_alternate_ids: set[int] | None = None) -> Corpus:
    """The coder's corpus from the O*NET tables (``exclude_alternate_ids``: alternate titles left out, for the
    benchmark's withheld titles)."""
    exclude = exclude_alternate_ids or set()
    corpus = Corpus()
    for code, title, description in Occupation.objects.values_list("code", "title", "description"):
        corpus.occupations[code] = title
        corpus.descriptions[code] = description
    for pk, code, title, short in AlternateTitle.objects.values_list(
        "id", "occupation__code", "title", "short_title"
    ).iterator(chunk_size=5000):
        if pk in exclude:
            continue
        corpus.titles.append((code, title))
        if short:
            corpus.titles.append((code, short))
    corpus.titles += list(ReportedTitle.objects.values_list("occupation__code", "title"))
    corpus.tasks = list(Task.objects.values_list("occupation__code", "text"))
    return corpus


def cache_dir() -> Path:
    """Where built indexes are kept."""
    return Path(settings.VAR_DIR) / "coder"


def _signature(payload: bytes) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), payload, hashlib.sha256).digest()


def _load(path: Path) -> OccupationCoder | None:
    """The cached coder, if the file is intact and signed with this installation's key (else None: rebuild)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    signature, payload = data[:32], data[32:]
    if len(data) < 33 or not hmac.compare_digest(signature, _signature(payload)):
        return None
    try:
        coder = pickle.loads(payload)  # noqa: S301 - our own file, HMAC-checked with SECRET_KEY above
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return coder if getattr(coder, "version", None) == VERSION else None


def _save(path: Path, coder: OccupationCoder) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(coder, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_signature(payload) + payload)
        os.replace(tmp, path)
        for old in path.parent.glob("coder-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only var/ only costs a rebuild next time
        log.warning("Could not cache the occupation coder index at %s: %s", path, exc)


def get_coder(*, required: bool = True) -> OccupationCoder | None:
    """The coder for the imported data (built, or loaded from the disk cache, when the data changed).

    Raises ``CoderUnavailable`` when no occupations are imported (``required=False``: returns None)."""
    if not Occupation.objects.exists():
        if required:
            raise CoderUnavailable()
        return None
    key = fingerprint()
    coder = _memory.get(key)
    if coder is not None:
        return coder
    with _lock:
        coder = _memory.get(key)
        if coder is None:
            path = cache_dir() / f"coder-{key}.pkl"
            coder = _load(path)
            if coder is None:
                coder = OccupationCoder(corpus_from_db())
                _save(path, coder)
            _memory.clear()
            _memory[key] = coder
    return coder


def forget() -> None:
    """Drop the in-memory coder (the next call loads the disk cache or rebuilds)."""
    with _lock:
        _memory.clear()


def suggest(title: str, *, description: str = "", top: int = 5) -> list[Suggestion]:
    """Ranked O*NET-SOC suggestions for a title (empty when nothing is imported or the title is blank)."""
    coder = get_coder(required=False)
    if coder is None or not (title or "").strip():
        return []
    return coder.code(title, description=description, top=top)
