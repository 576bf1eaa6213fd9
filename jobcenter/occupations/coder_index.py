"""The occupation coder built from the imported O*NET tables, cached in memory and on disk under ``var/coder/``.

The cache is keyed by a fingerprint of the imported data (row counts and text lengths of occupations, alternate,
reported titles and tasks, the first and last code and the release label: what the coder is built from, not the row
ids, so the same release imported again, into another database or after a test flushed the tables, finds its index)
and by ``coder.VERSION``: after ``jobcenter occupations import``
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max, Min, Sum
from django.db.models.functions import Length

from jobcenter.occupations.coder import VERSION, Corpus, OccupationCoder, Suggestion
from jobcenter.occupations.models import AlternateTitle, Occupation, ReportedTitle, Task

log = logging.getLogger(__name__)
_lock = threading.Lock()
_memory: dict[str, OccupationCoder] = {}
_pinned = threading.local()  # .coder while inside ``pinned()``


class CoderUnavailable(RuntimeError):
    """No O*NET occupations are imported, so nothing can be coded."""

    def __init__(self):
        super().__init__(
            "No O*NET occupations are imported. Run `jobcenter occupations import --dir PATH` with an O*NET text "
            "release first."
        )


def fingerprint() -> str:
    """A short digest of what the coder would be built from (changes whenever an import changes the tables): row
    counts and summed text lengths of the four tables (the texts the coder reads), the alternate titles' summed
    source counts, the first and last occupation code, the release labels. Row ids are left out: they differ each time the same release is imported."""
    parts = [str(VERSION)]
    codes = Occupation.objects.aggregate(first=Min("code"), last=Max("code"))
    parts.append(f"{codes['first']}:{codes['last']}")
    for model, fields in (
        (Occupation, ("title", "description")),
        (AlternateTitle, ("title", "short_title")),
        (ReportedTitle, ("title",)),
        (Task, ("text",)),
    ):
        agg = model.objects.aggregate(n=Count("id"), **{f: Sum(Length(f)) for f in fields})
        parts.append(":".join(str(agg[k] or 0) for k in ("n", *fields)))
    parts.append(str(AlternateTitle.objects.aggregate(s=Sum("sources"))["s"] or 0))  # the exact-title boost's shares
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
    for pk, code, title, short, sources in AlternateTitle.objects.values_list(
        "id", "occupation__code", "title", "short_title", "sources"
    ).iterator(chunk_size=5000):
        if pk in exclude:
            continue
        corpus.titles += [(code, title)] * max(1, sources)  # once per source: evidence for the exact-title boost
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
    coder = getattr(_pinned, "coder", None)
    if coder is not None:
        return coder
    if not Occupation.objects.exists():
        if required:
            raise CoderUnavailable()
        return None
    key = fingerprint()
    coder = _memory.get(key)
    if coder is None:
        coder = _build_or_load(key)
    if hasattr(_pinned, "coder"):
        _pinned.coder = coder
    return coder


def _build_or_load(key: str) -> OccupationCoder:
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


@contextmanager
def pinned() -> Iterator[None]:
    """Within the block, the first coder found is reused without looking at the tables again (a bulk job such as the
    demo loader codes hundreds of résumés against O*NET tables it does not change: one fingerprint, not one per
    résumé). Only for code that imports no O*NET data inside the block; ``forget()`` ends the reuse."""
    outer = hasattr(_pinned, "coder")
    if not outer:
        _pinned.coder = None
    try:
        yield
    finally:
        if not outer:
            del _pinned.coder


def forget() -> None:
    """Drop the in-memory coder (the next call loads the disk cache or rebuilds)."""
    with _lock:
        _memory.clear()
    if hasattr(_pinned, "coder"):
        _pinned.coder = None


def suggest(title: str, *, description: str = "", top: int = 5) -> list[Suggestion]:
    """Ranked O*NET-SOC suggestions for a title (empty when nothing is imported or the title is blank)."""
    coder = get_coder(required=False)
    if coder is None or not (title or "").strip():
        return []
    return coder.code(title, description=description, top=top)
