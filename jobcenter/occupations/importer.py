"""Import an O*NET text release (tab-delimited files, header row) into the occupations tables.

Accepts the release as an extracted folder or as the official zip (``db_29_3_text.zip``: files under one folder),
and both the file names of release 29.x and the renamed ones of newer releases ("Alternate Titles" / "Job Titles",
"Technology Skills" / "Software Skills", "Sample of Reported Titles" / "Reported Titles"). Loads occupations,
job zones, alternate and reported titles, tasks, skills and knowledge (importance and level), technology skills,
education/training/experience and related occupations.

Idempotent (re-importing gives the same rows) and all-or-nothing: one transaction, and every file is read and
checked before it is written, so a bad file changes nothing. Nothing is downloaded; the operator points
``--dir`` at the release (onetcenter.org, CC BY 4.0).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from jobcenter.occupations.models import (
    AlternateTitle,
    EducationTraining,
    Element,
    Occupation,
    RelatedOccupation,
    ReportedTitle,
    Task,
    TechnologySkill,
)

CODE_RE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
OCCUPATION_FILES = ("Occupation Data.txt",)
ALTERNATE_FILES = ("Alternate Titles.txt", "Job Titles.txt")
JOB_ZONE_FILES = ("Job Zones.txt",)
REPORTED_FILES = ("Sample of Reported Titles.txt", "Reported Titles.txt", "Sample of Reported Job Titles.txt")
TASK_FILES = ("Task Statements.txt",)
SKILL_FILES = ("Skills.txt",)
KNOWLEDGE_FILES = ("Knowledge.txt",)
TECHNOLOGY_FILES = ("Technology Skills.txt", "Software Skills.txt")
EDUCATION_FILES = ("Education, Training, and Experience.txt",)
RELATED_FILES = ("Related Occupations.txt",)
# The optional files (beyond occupations), in import order; a progress step each.
STEPS = (
    "job zones",
    "alternate titles",
    "reported titles",
    "tasks",
    "skills",
    "knowledge",
    "technology",
    "education",
    "related",
)
ATTRIBUTION = (
    "This product includes information from the O*NET Database by the U.S. Department of Labor, Employment and "
    "Training Administration (USDOL/ETA). Used under the CC BY 4.0 license."
)


class OnetImportError(ValueError):
    """The directory or a file is not an O*NET release in the expected layout."""


@dataclass
class ImportSummary:
    """Counts of what an import did (rows present after it)."""

    occupations: int = 0
    alternate_titles: int = 0
    job_zones: int = 0
    reported_titles: int = 0
    tasks: int = 0
    skills: int = 0
    knowledge: int = 0
    technology_skills: int = 0
    education_training: int = 0
    related_occupations: int = 0
    files: list[str] = field(default_factory=list)


class Release:
    """The files of a release, from a folder or the official zip (members matched by file name)."""

    def __init__(self, source: Path | str):
        self.source = Path(source)
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}
        if self.source.is_file() and zipfile.is_zipfile(self.source):
            self._zip = zipfile.ZipFile(self.source)
            for name in self._zip.namelist():
                if not name.endswith("/"):
                    self._members.setdefault(name.rsplit("/", 1)[-1], name)
        elif not self.source.is_dir():
            raise OnetImportError(f"{self.source} is not a directory or an O*NET zip file.")

    def find(self, names: tuple[str, ...], *, required: bool) -> str | None:
        """The first of ``names`` present."""
        for name in names:
            if (self._zip is not None and name in self._members) or (
                self._zip is None and (self.source / name).exists()
            ):
                return name
        if required:
            raise OnetImportError(f"{self.source} has none of {', '.join(names)}.")
        return None

    def open(self, name: str) -> io.TextIOBase:
        """A text stream of one file (UTF-8, BOM tolerated)."""
        if self._zip is not None:
            return io.TextIOWrapper(self._zip.open(self._members[name]), encoding="utf-8-sig", newline="")
        return (self.source / name).open(encoding="utf-8-sig", newline="")

    def close(self) -> None:
        """Release the zip file."""
        if self._zip is not None:
            self._zip.close()


def _rows(release: Release, name: str, required: tuple[str, ...]) -> Iterator[tuple[int, str, dict]]:
    with release.open(name) as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise OnetImportError(f"{name}: missing column(s) {', '.join(missing)}.")
        for line, row in enumerate(reader, start=2):
            code = (row.get("O*NET-SOC Code") or "").strip()
            if not CODE_RE.match(code):
                raise OnetImportError(f"{name} line {line}: O*NET-SOC Code {code!r} is not NN-NNNN.NN.")
            yield line, code, row


def _float(value: str | None, *, name: str, line: int) -> float | None:
    value = (value or "").strip()
    if not value or value.lower() == "n/a":
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise OnetImportError(f"{name} line {line}: {value!r} is not a number.") from exc


def _replace(model, rows: list) -> int:
    """Replace every row of ``model`` with ``rows`` (inside the import's transaction)."""
    model.objects.all().delete()
    model.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _elements(release, name, domain, ids, summary_name):
    rows: dict[tuple[int, str], Element] = {}
    for line, code, row in _rows(
        release, name, ("O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value")
    ):
        occ_id = ids.get(code)
        if occ_id is None:
            continue
        key = (occ_id, row["Element ID"].strip())
        el = rows.get(key)
        if el is None:
            el = rows[key] = Element(
                occupation_id=occ_id, domain=domain, element_id=key[1], name=row["Element Name"].strip()[:150]
            )
        value = _float(row["Data Value"], name=name, line=line)
        scale = row["Scale ID"].strip()
        if scale == "IM":
            el.importance = value
        elif scale == "LV":
            el.level = value
    return list(rows.values())


def _yes(value: str | None) -> bool:
    return (value or "").strip().upper() in {"Y", "YES", "TRUE"}


@transaction.atomic
def import_onet(
    source: Path | str,
    *,
    release: str = "",
    with_alternates: bool = True,
    with_details: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import an O*NET release (folder or official zip). ``with_details=False`` loads only occupations, job zones
    and (``with_alternates``) alternate titles."""
    rel = Release(source)
    try:
        return _import(
            rel, release=release, with_alternates=with_alternates, with_details=with_details, progress=progress
        )
    finally:
        rel.close()


def _import(rel: Release, *, release, with_alternates, with_details, progress) -> ImportSummary:
    summary = ImportSummary()
    tell = progress or (lambda _msg: None)
    occ_name = rel.find(OCCUPATION_FILES, required=True)
    existing = {o.code: o for o in Occupation.objects.all()}
    new, changed = [], []
    for _, code, row in _rows(rel, occ_name, ("O*NET-SOC Code", "Title", "Description")):
        title, description = row["Title"].strip()[:200], (row["Description"] or "").strip()
        occ = existing.get(code)
        if occ is None:
            occ = Occupation(code=code, title=title, description=description, onet_release=release)
            new.append(occ)
            existing[code] = occ
        elif (occ.title, occ.description) != (title, description) or (release and occ.onet_release != release):
            occ.title, occ.description = title, description
            occ.onet_release = release or occ.onet_release
            changed.append(occ)
    Occupation.objects.bulk_create(new, batch_size=1000)
    Occupation.objects.bulk_update(changed, ["title", "description", "onet_release"], batch_size=1000)
    summary.occupations = len(existing)
    summary.files.append(occ_name)
    tell(f"{summary.occupations} occupations")
    ids = dict(Occupation.objects.values_list("code", "id"))

    zone_name = rel.find(JOB_ZONE_FILES, required=False)
    if zone_name:
        zones = {}
        for _, code, row in _rows(rel, zone_name, ("O*NET-SOC Code", "Job Zone")):
            if code in ids and (row["Job Zone"] or "").strip().isdigit():
                zones[code] = int(row["Job Zone"])
        occs = [o for o in Occupation.objects.filter(code__in=list(zones)) if o.job_zone != zones[o.code]]
        for o in occs:
            o.job_zone = zones[o.code]
        Occupation.objects.bulk_update(occs, ["job_zone"], batch_size=1000)
        summary.job_zones = len(zones)
        summary.files.append(zone_name)
    tell(f"{summary.job_zones} job zones")

    if with_alternates:
        alt_name = rel.find(ALTERNATE_FILES, required=False)
        if alt_name:
            title_col = "Alternate Title" if "Alternate" in alt_name else "Title"
            have = set(AlternateTitle.objects.values_list("occupation_id", "title"))
            batch = []
            for _, code, row in _rows(rel, alt_name, ("O*NET-SOC Code", title_col)):
                occ_id = ids.get(code)
                title = (row.get(title_col) or "").strip()[:250]
                if occ_id is None or not title or (occ_id, title) in have:
                    continue
                have.add((occ_id, title))
                short = (row.get("Short Title") or "").strip()
                batch.append(
                    AlternateTitle(occupation_id=occ_id, title=title, short_title="" if short == "n/a" else short[:150])
                )
            AlternateTitle.objects.bulk_create(batch, batch_size=2000)
            summary.files.append(alt_name)
        summary.alternate_titles = AlternateTitle.objects.count()
    tell(f"{summary.alternate_titles} alternate titles")
    if not with_details:
        return summary

    name = rel.find(REPORTED_FILES, required=False)
    if name:
        col = "Reported Job Title" if "Reported Job Title" in _header(rel, name) else "Title"
        seen, rows = set(), []
        for _, code, row in _rows(rel, name, ("O*NET-SOC Code", col)):
            occ_id, title = ids.get(code), (row.get(col) or "").strip()[:250]
            if occ_id and title and (occ_id, title) not in seen:
                seen.add((occ_id, title))
                rows.append(
                    ReportedTitle(
                        occupation_id=occ_id, title=title, shown_in_my_next_move=_yes(row.get("Shown in My Next Move"))
                    )
                )
        summary.reported_titles = _replace(ReportedTitle, rows)
        summary.files.append(name)
    tell(f"{summary.reported_titles} reported titles")

    name = rel.find(TASK_FILES, required=False)
    if name:
        seen, rows = set(), []
        for line, code, row in _rows(rel, name, ("O*NET-SOC Code", "Task ID", "Task")):
            occ_id, task_id = ids.get(code), (row["Task ID"] or "").strip()
            if not task_id.isdigit():
                raise OnetImportError(f"{name} line {line}: Task ID {task_id!r} is not a number.")
            if occ_id and (occ_id, int(task_id)) not in seen:
                seen.add((occ_id, int(task_id)))
                rows.append(
                    Task(
                        occupation_id=occ_id,
                        task_id=int(task_id),
                        text=(row["Task"] or "").strip(),
                        task_type=(row.get("Task Type") or "").strip()[:20],
                    )
                )
        summary.tasks = _replace(Task, rows)
        summary.files.append(name)
    tell(f"{summary.tasks} tasks")

    skill_rows: list[Element] = []
    for files, domain, label in ((SKILL_FILES, "skill", "skills"), (KNOWLEDGE_FILES, "knowledge", "knowledge")):
        name = rel.find(files, required=False)
        if name:
            rows = _elements(rel, name, domain, ids, label)
            setattr(summary, label, len(rows))
            skill_rows += rows
            summary.files.append(name)
        tell(f"{getattr(summary, label)} {label} ratings")
    if skill_rows:
        _replace(Element, skill_rows)

    name = rel.find(TECHNOLOGY_FILES, required=False)
    if name:
        example_col = "Example" if "Example" in _header(rel, name) else "T2 Example"
        seen, rows = set(), []
        for _, code, row in _rows(rel, name, ("O*NET-SOC Code", example_col)):
            occ_id, example = ids.get(code), (row.get(example_col) or "").strip()[:250]
            if occ_id and example and (occ_id, example) not in seen:
                seen.add((occ_id, example))
                rows.append(
                    TechnologySkill(
                        occupation_id=occ_id,
                        example=example,
                        commodity_code=(row.get("Commodity Code") or "").strip()[:10],
                        commodity_title=(row.get("Commodity Title") or "").strip()[:250],
                        hot=_yes(row.get("Hot Technology")),
                        in_demand=_yes(row.get("In Demand")),
                    )
                )
        summary.technology_skills = _replace(TechnologySkill, rows)
        summary.files.append(name)
    tell(f"{summary.technology_skills} technology skills")

    name = rel.find(EDUCATION_FILES, required=False)
    if name:
        seen, rows = set(), []
        for line, code, row in _rows(rel, name, ("O*NET-SOC Code", "Scale ID", "Category", "Data Value")):
            occ_id, scale, category = ids.get(code), row["Scale ID"].strip()[:2], (row["Category"] or "").strip()
            if not occ_id or not category.isdigit() or (occ_id, scale, int(category)) in seen:
                continue
            seen.add((occ_id, scale, int(category)))
            rows.append(
                EducationTraining(
                    occupation_id=occ_id,
                    scale=scale,
                    category=int(category),
                    percent=_float(row["Data Value"], name=name, line=line) or 0.0,
                )
            )
        summary.education_training = _replace(EducationTraining, rows)
        summary.files.append(name)
    tell(f"{summary.education_training} education, training and experience ratings")

    name = rel.find(RELATED_FILES, required=False)
    if name:
        seen, rows = set(), []
        for line, code, row in _rows(rel, name, ("O*NET-SOC Code", "Related O*NET-SOC Code")):
            other = (row["Related O*NET-SOC Code"] or "").strip()
            if not CODE_RE.match(other):
                raise OnetImportError(f"{name} line {line}: Related O*NET-SOC Code {other!r} is not NN-NNNN.NN.")
            a, b = ids.get(code), ids.get(other)
            if a and b and (a, b) not in seen:
                seen.add((a, b))
                index = (row.get("Index") or "").strip()
                rows.append(
                    RelatedOccupation(
                        occupation_id=a,
                        related_id=b,
                        tier=(row.get("Relatedness Tier") or "").strip()[:20],
                        index=int(index) if index.isdigit() else 0,
                    )
                )
        summary.related_occupations = _replace(RelatedOccupation, rows)
        summary.files.append(name)
    tell(f"{summary.related_occupations} related occupations")
    return summary


def _header(rel: Release, name: str) -> list[str]:
    with rel.open(name) as fh:
        return next(csv.reader(fh, delimiter="\t"), [])
