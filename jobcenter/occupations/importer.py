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


def source_count(sources: str | None) -> int:
    """How many sources list an alternate title: O*NET's "Source(s)" column ("02,04,06" -> 3); at least 1."""
    return max(1, len([s for s in (sources or "").split(",") if s.strip()]))


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


@dataclass(frozen=True)
class _Line:
    """One data line of a file, as the key and build functions of a ``_Table`` read it."""

    name: str
    line: int
    code: str
    row: dict
    ids: dict[str, int]
    column: str  # the ``_Table.either_column`` chosen for this file ("" if none)

    @property
    def occupation_id(self) -> int | None:
        return self.ids.get(self.code)

    def text(self, column: str, length: int | None = None) -> str:
        return (self.row.get(column) or "").strip()[:length]


@dataclass(frozen=True)
class _Table:
    """An optional file whose rows replace every row of ``model``. ``key`` gives a line's identity (None: skip the
    line; it raises on a bad value); the first line of each key is kept and built by ``build``."""

    files: tuple[str, ...]
    model: type
    summary: str  # the ImportSummary count
    label: str  # the progress message after the count
    columns: tuple[str, ...]  # required
    key: Callable[[_Line], tuple | None]
    build: Callable[[_Line, tuple], object]
    either_column: tuple[str, str] | None = None  # also required: the first if the header has it, else the second


def _task_key(ln: _Line) -> tuple | None:
    task_id = ln.text("Task ID")
    if not task_id.isdigit():
        raise OnetImportError(f"{ln.name} line {ln.line}: Task ID {task_id!r} is not a number.")
    return (ln.occupation_id, int(task_id)) if ln.occupation_id else None


def _education_key(ln: _Line) -> tuple | None:
    scale, category = ln.row["Scale ID"].strip()[:2], ln.text("Category")
    return (ln.occupation_id, scale, int(category)) if ln.occupation_id and category.isdigit() else None


def _related_key(ln: _Line) -> tuple | None:
    other = ln.text("Related O*NET-SOC Code")
    if not CODE_RE.match(other):
        raise OnetImportError(f"{ln.name} line {ln.line}: Related O*NET-SOC Code {other!r} is not NN-NNNN.NN.")
    a, b = ln.occupation_id, ln.ids.get(other)
    return (a, b) if a and b else None


def _titled_key(ln: _Line) -> tuple | None:
    """(occupation, text of the chosen column) for files keyed by a title or an example."""
    title = ln.text(ln.column, 250)
    return (ln.occupation_id, title) if ln.occupation_id and title else None


REPORTED_TITLES = _Table(
    files=REPORTED_FILES,
    model=ReportedTitle,
    summary="reported_titles",
    label="reported titles",
    columns=("O*NET-SOC Code",),
    either_column=("Reported Job Title", "Title"),
    key=_titled_key,
    build=lambda ln, key: ReportedTitle(
        occupation_id=key[0], title=key[1], shown_in_my_next_move=_yes(ln.row.get("Shown in My Next Move"))
    ),
)
TASKS = _Table(
    files=TASK_FILES,
    model=Task,
    summary="tasks",
    label="tasks",
    columns=("O*NET-SOC Code", "Task ID", "Task"),
    key=_task_key,
    build=lambda ln, key: Task(
        occupation_id=key[0], task_id=key[1], text=ln.text("Task"), task_type=ln.text("Task Type", 20)
    ),
)
TECHNOLOGY_SKILLS = _Table(
    files=TECHNOLOGY_FILES,
    model=TechnologySkill,
    summary="technology_skills",
    label="technology skills",
    columns=("O*NET-SOC Code",),
    either_column=("Example", "T2 Example"),
    key=_titled_key,
    build=lambda ln, key: TechnologySkill(
        occupation_id=key[0],
        example=key[1],
        commodity_code=ln.text("Commodity Code", 10),
        commodity_title=ln.text("Commodity Title", 250),
        hot=_yes(ln.row.get("Hot Technology")),
        in_demand=_yes(ln.row.get("In Demand")),
    ),
)
EDUCATION_TRAINING = _Table(
    files=EDUCATION_FILES,
    model=EducationTraining,
    summary="education_training",
    label="education, training and experience ratings",
    columns=("O*NET-SOC Code", "Scale ID", "Category", "Data Value"),
    key=_education_key,
    build=lambda ln, key: EducationTraining(
        occupation_id=key[0],
        scale=key[1],
        category=key[2],
        percent=_float(ln.row["Data Value"], name=ln.name, line=ln.line) or 0.0,
    ),
)
RELATED_OCCUPATIONS = _Table(
    files=RELATED_FILES,
    model=RelatedOccupation,
    summary="related_occupations",
    label="related occupations",
    columns=("O*NET-SOC Code", "Related O*NET-SOC Code"),
    key=_related_key,
    build=lambda ln, key: RelatedOccupation(
        occupation_id=key[0],
        related_id=key[1],
        tier=ln.text("Relatedness Tier", 20),
        index=int(ln.text("Index")) if ln.text("Index").isdigit() else 0,
    ),
)


def _load_table(rel: Release, table: _Table, *, ids: dict[str, int], summary: ImportSummary, tell) -> None:
    """Replace ``table``'s rows with its file's (when the release has it) and count them in ``summary``."""
    name = rel.find(table.files, required=False)
    if name:
        column = ""
        if table.either_column:
            first, second = table.either_column
            column = first if first in _header(rel, name) else second
        seen, rows = set(), []
        for line, code, row in _rows(rel, name, (*table.columns, *([column] if column else []))):
            ln = _Line(name=name, line=line, code=code, row=row, ids=ids, column=column)
            key = table.key(ln)
            if key is None or key in seen:
                continue
            seen.add(key)
            rows.append(table.build(ln, key))
        setattr(summary, table.summary, _replace(table.model, rows))
        summary.files.append(name)
    tell(f"{getattr(summary, table.summary)} {table.label}")


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
            have = {
                (o, t): (pk, n)
                for pk, o, t, n in AlternateTitle.objects.values_list("id", "occupation_id", "title", "sources")
            }
            batch, recount = [], []
            for _, code, row in _rows(rel, alt_name, ("O*NET-SOC Code", title_col)):
                occ_id = ids.get(code)
                title = (row.get(title_col) or "").strip()[:250]
                if occ_id is None or not title:
                    continue
                if (occ_id, title) in have:  # known: only its number of sources may have changed
                    pk, n = have[(occ_id, title)]
                    if pk and n != source_count(row.get("Source(s)")):
                        recount.append(AlternateTitle(id=pk, sources=source_count(row.get("Source(s)"))))
                    continue
                have[(occ_id, title)] = (None, 0)
                short = (row.get("Short Title") or "").strip()
                batch.append(
                    AlternateTitle(
                        occupation_id=occ_id,
                        title=title,
                        short_title="" if short == "n/a" else short[:150],
                        sources=source_count(row.get("Source(s)")),
                    )
                )
            AlternateTitle.objects.bulk_create(batch, batch_size=2000)
            AlternateTitle.objects.bulk_update(recount, ["sources"], batch_size=2000)
            summary.files.append(alt_name)
        summary.alternate_titles = AlternateTitle.objects.count()
    tell(f"{summary.alternate_titles} alternate titles")
    if not with_details:
        return summary

    for table in (REPORTED_TITLES, TASKS):
        _load_table(rel, table, ids=ids, summary=summary, tell=tell)
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

    for table in (TECHNOLOGY_SKILLS, EDUCATION_TRAINING, RELATED_OCCUPATIONS):
        _load_table(rel, table, ids=ids, summary=summary, tell=tell)
    return summary


def _header(rel: Release, name: str) -> list[str]:
    with rel.open(name) as fh:
        return next(csv.reader(fh, delimiter="\t"), [])
