"""O*NET import of the full text release: details, folder or zip, old and new file names, all-or-nothing."""

import re

import pytest
from django.core.management import CommandError, call_command

from jobcenter.occupations.importer import OnetImportError, import_onet
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
from jobcenter.occupations.tests.onet_subset import CODES, ONET, write_subset, write_zip

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]
TABLES = (AlternateTitle, ReportedTitle, Task, Element, TechnologySkill, EducationTraining, RelatedOccupation)


def counts():
    return {m.__name__: m.objects.count() for m in (Occupation, *TABLES)}


def test_a_release_folder_loads_every_detail_and_importing_again_changes_nothing(tmp_path):
    summary = import_onet(write_subset(tmp_path / "rel"), release="29.3")
    first = counts()
    assert first["Occupation"] == len(CODES)
    assert all(first[m.__name__] > 0 for m in TABLES), first
    nurse = Occupation.objects.get(code="29-1141.00")
    assert nurse.tasks.filter(task_type="Core").exists()
    reading = nurse.elements.get(domain="skill", name="Reading Comprehension")
    assert 1 <= reading.importance <= 5 and 0 <= reading.level <= 7
    assert nurse.elements.filter(domain="knowledge").exists()
    assert nurse.education_training.filter(scale="RL").exists()
    forklift = Occupation.objects.get(code="53-7051.00")
    assert RelatedOccupation.objects.filter(occupation=forklift, related__code="53-7062.00").exists()
    assert summary.related_occupations == first["RelatedOccupation"]
    import_onet(write_subset(tmp_path / "again"), release="29.3")
    assert counts() == first


def test_the_official_zip_with_the_renamed_files_of_newer_releases_is_accepted(tmp_path):
    folder = write_subset(
        tmp_path / "rel",
        renames={"Alternate Titles.txt": "Job Titles.txt", "Technology Skills.txt": "Software Skills.txt"},
    )
    (folder / "Job Titles.txt").write_text(
        (folder / "Job Titles.txt").read_text().replace("Alternate Title\t", "Title\t", 1)
    )
    summary = import_onet(write_zip(folder, tmp_path / "db_30_1_text.zip"))
    assert summary.occupations == len(CODES)
    assert "Job Titles.txt" in summary.files and "Software Skills.txt" in summary.files
    assert AlternateTitle.objects.filter(occupation__code="29-1141.00").exists()
    assert TechnologySkill.objects.filter(occupation__code="29-1141.00").exists()


def test_a_bad_detail_file_stops_the_import_and_nothing_is_written(tmp_path):
    folder = write_subset(tmp_path / "rel")
    tasks = folder / "Task Statements.txt"
    lines = tasks.read_text().splitlines()
    lines.insert(2, "29-1141\tRegistered Nurses\t1\tBroken row\tCore\t\t\t")
    tasks.write_text("\n".join(lines) + "\n")
    with pytest.raises(OnetImportError, match=re.escape("Task Statements.txt line 3: O*NET-SOC Code '29-1141'")):
        import_onet(folder)
    assert all(n == 0 for n in counts().values())


def test_the_command_imports_a_zip_with_a_progress_bar_and_refuses_a_bad_path(tmp_path, capsys):
    zip_path = write_zip(write_subset(tmp_path / "rel"), tmp_path / "release.zip")
    call_command("occupations_import", "--dir", str(zip_path), "--release", "29.3")
    out = capsys.readouterr()
    assert "O*NET import" in out.err and "100%" in out.err
    assert f"Imported {len(CODES)} occupations" in out.out
    assert Occupation.objects.filter(onet_release="29.3").count() == len(CODES)
    with pytest.raises(CommandError, match="is not a directory or an O\\*NET zip file. Nothing was imported."):
        call_command("occupations_import", "--dir", str(tmp_path / "missing"))
