"""O*NET import from the real 29.3 text files in ../shared/data/onet (and bad files)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from jobcenter.occupations.importer import OnetImportError, import_onet
from jobcenter.occupations.models import AlternateTitle, Occupation
from jobcenter.occupations.selectors import occupation_search

pytestmark = pytest.mark.django_db
ONET = Path(settings.ONET_DATA_DIR)
needs_onet = pytest.mark.skipif(
    not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"
)


@needs_onet
def test_importing_the_release_loads_occupations_job_zones_and_alternate_titles():
    summary = import_onet(ONET, release="29.3", with_details=False)
    assert summary.occupations == Occupation.objects.count() > 1000
    farm = Occupation.objects.get(code="45-2092.00")
    assert farm.title.startswith("Farmworkers and Laborers") and farm.job_zone in {1, 2}
    assert farm.soc_code == "45-2092" and farm.major_group == "45"
    assert AlternateTitle.objects.count() > 40000
    again = import_onet(ONET, release="29.3", with_details=False)
    assert again.occupations == summary.occupations
    assert AlternateTitle.objects.count() == summary.alternate_titles  # idempotent


@needs_onet
def test_each_alternate_title_keeps_how_many_sources_list_it_and_a_reimport_brings_the_count_up_to_date():
    import_onet(ONET, release="29.3", with_details=False)
    forklift = AlternateTitle.objects.filter(title="Forklift Operator")
    assert dict(forklift.values_list("occupation__code", "sources")) == {
        "53-7051.00": 5,
        "47-2073.00": 1,
        "47-5041.00": 1,
    }
    forklift.update(sources=1)
    import_onet(ONET, release="29.3", with_details=False)
    assert forklift.get(occupation__code="53-7051.00").sources == 5


@needs_onet
def test_search_finds_by_code_prefix_title_and_alternate_title():
    import_onet(ONET, with_details=False)
    assert all(o.code.startswith("45-20") for o in occupation_search(q="45-20"))
    assert any(o.code == "29-1141.00" for o in occupation_search(q="Registered Nurses"))
    assert any(o.code == "11-1011.00" for o in occupation_search(q="Agency Owner"))


def test_the_renamed_job_titles_file_of_later_releases_is_accepted(tmp_path):
    (tmp_path / "Occupation Data.txt").write_text(
        "O*NET-SOC Code\tTitle\tDescription\n45-2092.00\tFarmworkers\tPlant and harvest.\n"
    )
    (tmp_path / "Job Titles.txt").write_text("O*NET-SOC Code\tTitle\n45-2092.00\tApple Picker\n")
    summary = import_onet(tmp_path)
    assert summary.occupations == 1
    assert AlternateTitle.objects.get().title == "Apple Picker"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("O*NET-SOC Code\tTitle\n45-2092.00\tFarm\n", "missing column(s) Description"),
        ("O*NET-SOC Code\tTitle\tDescription\n452092\tFarm\tx\n", "line 2: O*NET-SOC Code '452092'"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(tmp_path, content, message):
    (tmp_path / "Occupation Data.txt").write_text(content)
    import re

    with pytest.raises(OnetImportError, match=re.escape(message)):
        import_onet(tmp_path)
    assert not Occupation.objects.exists()


def test_the_command_reports_a_missing_directory_clearly(tmp_path):
    with pytest.raises(CommandError, match="has none of Occupation Data.txt"):
        call_command("occupations_import", "--dir", str(tmp_path))


@needs_onet
def test_occupation_search_api_needs_login_and_answers(client, personas):
    import_onet(ONET, with_alternates=False, with_details=False)
    assert client.get("/api/v1/occupations/?q=nurse").status_code == 401
    client.force_login(personas.staff_a)
    rows = client.get("/api/v1/occupations/?q=Registered Nurses").json()
    assert {"code": "29-1141.00", "title": "Registered Nurses", "job_zone": 4} in rows
