"""Import the O*NET database text files (tab-delimited, header row) into Occupation/AlternateTitle.

Accepts the file names of release 29.x ("Alternate Titles.txt") and the renamed ones reported from 30.3 on
("Job Titles.txt"). Idempotent: re-importing updates titles and adds what is missing. Nothing is downloaded;
the operator points ``--dir`` at an extracted release (onetcenter.org, CC BY 4.0).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from jobcenter.occupations.models import AlternateTitle, Occupation

CODE_RE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
OCCUPATION_FILES = ("Occupation Data.txt",)
ALTERNATE_FILES = ("Alternate Titles.txt", "Job Titles.txt")
JOB_ZONE_FILES = ("Job Zones.txt",)


class OnetImportError(ValueError):
    """The directory or a file is not an O*NET release in the expected layout."""


@dataclass
class ImportSummary:
    """Counts of what an import did."""

    occupations: int = 0
    alternate_titles: int = 0
    job_zones: int = 0


def _find(directory: Path, names: tuple[str, ...], *, required: bool) -> Path | None:
    for name in names:
        path = directory / name
        if path.exists():
            return path
    if required:
        raise OnetImportError(f"{directory} has none of {', '.join(names)}.")
    return None


def _rows(path: Path, required: tuple[str, ...]):
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise OnetImportError(f"{path.name}: missing column(s) {', '.join(missing)}.")
        for line, row in enumerate(reader, start=2):
            code = (row.get("O*NET-SOC Code") or "").strip()
            if not CODE_RE.match(code):
                raise OnetImportError(f"{path.name} line {line}: O*NET-SOC Code {code!r} is not NN-NNNN.NN.")
            yield line, code, row


@transaction.atomic
def import_onet(
    directory: Path | str,
    *,
    release: str = "",
    with_alternates: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import occupations (and alternate titles, job zones) from an O*NET release directory."""
    directory = Path(directory)
    if not directory.is_dir():
        raise OnetImportError(f"{directory} is not a directory.")
    summary = ImportSummary()
    occ_path = _find(directory, OCCUPATION_FILES, required=True)
    existing = {o.code: o for o in Occupation.objects.all()}
    new, changed = [], []
    for _, code, row in _rows(occ_path, ("O*NET-SOC Code", "Title", "Description")):
        title, description = row["Title"].strip(), (row["Description"] or "").strip()
        occ = existing.get(code)
        if occ is None:
            occ = Occupation(code=code, title=title, description=description, onet_release=release)
            new.append(occ)
            existing[code] = occ
        elif (occ.title, occ.description) != (title, description):
            occ.title, occ.description = title, description
            changed.append(occ)
    Occupation.objects.bulk_create(new, batch_size=1000)
    Occupation.objects.bulk_update(changed, ["title", "description"], batch_size=1000)
    summary.occupations = len(existing)
    if progress:
        progress(f"{summary.occupations} occupations")
    ids = dict(Occupation.objects.values_list("code", "id"))

    zone_path = _find(directory, JOB_ZONE_FILES, required=False)
    if zone_path:
        zones = {}
        for _, code, row in _rows(zone_path, ("O*NET-SOC Code", "Job Zone")):
            if code in ids and (row["Job Zone"] or "").strip().isdigit():
                zones[code] = int(row["Job Zone"])
        for code, zone in zones.items():
            Occupation.objects.filter(code=code).exclude(job_zone=zone).update(job_zone=zone)
        summary.job_zones = len(zones)

    if with_alternates:
        alt_path = _find(directory, ALTERNATE_FILES, required=False)
        if alt_path:
            title_col = "Alternate Title" if "Alternate" in alt_path.name else "Title"
            have = set(AlternateTitle.objects.values_list("occupation_id", "title"))
            batch = []
            for _, code, row in _rows(alt_path, ("O*NET-SOC Code", title_col)):
                occ_id = ids.get(code)
                title = (row.get(title_col) or "").strip()[:250]
                if occ_id is None or not title or (occ_id, title) in have:
                    continue
                have.add((occ_id, title))
                batch.append(
                    AlternateTitle(
                        occupation_id=occ_id, title=title, short_title=(row.get("Short Title") or "").strip()[:150]
                    )
                )
            AlternateTitle.objects.bulk_create(batch, batch_size=2000)
            summary.alternate_titles = AlternateTitle.objects.count()
    return summary
