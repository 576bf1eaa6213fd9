"""`jobcenter occupations code`: one title or a file of titles, output in order, exit 2 on bad input; the coder index
built from imported data, cached on disk and rebuilt when the import changes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from jobcenter.occupations import coder_index
from jobcenter.occupations.importer import import_onet
from jobcenter.occupations.tests.onet_subset import ONET, write_subset

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    return write_subset(tmp_path_factory.mktemp("onet"))


@pytest.fixture
def imported(subset, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    import_onet(subset, release="29.3")
    return subset


def run(*args) -> str:
    out = io.StringIO()
    call_command("occupations_code", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def refused(*args) -> str:
    with pytest.raises(CommandError) as info:
        run(*args)
    assert info.value.returncode == 2
    return str(info.value)


def test_one_title_prints_the_title_and_its_ranked_codes_with_scores(imported):
    line = run("registered nurse", "--top", "3")
    cells = line.rstrip("\n").split("\t")
    assert cells[0] == "registered nurse" and cells[1] == "29-1141.00"
    assert len(cells) == 1 + 2 * 3
    scores = [float(s) for s in cells[2::2]]
    assert scores == sorted(scores, reverse=True) and 0.5 <= scores[0] <= 1


def test_a_file_gives_one_line_per_input_line_in_order(imported, tmp_path):
    source, target = tmp_path / "titles.txt", tmp_path / "codes.tsv"
    source.write_text("\ufeffRN\n\ntruck driver cdl\nxqzzv\nForklift Operator\n", encoding="utf-8")
    err = io.StringIO()
    call_command("occupations_code", "--input", str(source), "--output", str(target), stderr=err)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["RN", "29-1141.00"],
        ["", ""],
        ["truck driver cdl", "53-3032.00"],
        ["xqzzv", ""],
        ["Forklift Operator", "53-7051.00"],
    ]
    assert "Coded 3 of 4 titles" in err.getvalue()


def test_top_k_adds_code_score_pairs_to_every_coded_line(imported, tmp_path):
    source = tmp_path / "titles.txt"
    source.write_text("farm worker\nregistered nurse\n", encoding="utf-8")
    lines = run("--input", str(source), "--top", "2").splitlines()
    assert all(len(line.split("\t")) == 5 for line in lines)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: ["--input", str(d / "missing.txt")], "does not exist"),
        (lambda d: ["--input", str(_latin1(d))], "is not UTF-8 text (line 2"),
        (lambda d: ["--input", str(_ok(d)), "--output", str(_ok(d))], "--output is the input file"),
        (lambda d: ["nurse", "--input", str(_ok(d))], "Give one job title"),
        (lambda d: [], "Give one job title"),
        (lambda d: ["   "], "The job title is empty"),
        (lambda d: ["nurse", "--top", "0"], "--top must be between 1 and 20"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(imported, tmp_path, make, message):
    assert message in refused(*make(tmp_path))


def test_without_imported_occupations_the_command_says_what_to_do(tmp_path):
    assert "Run `jobcenter occupations import --dir PATH`" in refused("registered nurse")


def test_the_console_script_exits_2_on_a_missing_file(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "JOBCENTER_VAR_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", "occupations", "code", "--input", str(tmp_path / "none.txt")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_the_index_is_cached_on_disk_and_rebuilt_when_the_import_changes(imported, tmp_path):
    coder_index.forget()
    first = coder_index.get_coder()
    files = list(coder_index.cache_dir().glob("coder-*.pkl"))
    assert len(files) == 1
    folder = write_subset(tmp_path / "changed")
    with (folder / "Alternate Titles.txt").open("a", encoding="utf-8") as fh:
        fh.write("45-2092.00\tFarmworkers and Laborers, Crop, Nursery, and Greenhouse\tZzyzx Grower\t\t08\n")
    import_onet(folder, release="29.3")
    second = coder_index.get_coder()
    assert second is not first
    coder_index.forget()
    assert coder_index.get_coder().code("zzyzx grower", top=1)[0].code == "45-2092.00"  # from the disk cache
    assert second.code("zzyzx grower", top=1)[0].code == "45-2092.00"
    assert [p.name for p in coder_index.cache_dir().glob("coder-*.pkl")] != [f.name for f in files]


def _latin1(d: Path) -> Path:
    path = d / "latin1.txt"
    path.write_bytes("cook\ncaf\u00e9 worker\n".encode("latin-1"))
    return path


def _ok(d: Path) -> Path:
    path = d / "ok.txt"
    path.write_text("nurse\n", encoding="utf-8")
    return path


def test_the_same_release_imported_again_with_new_row_ids_finds_the_same_index(imported):
    from jobcenter.occupations.models import AlternateTitle, Occupation

    key, hi = coder_index.fingerprint(), AlternateTitle.objects.order_by("-id").values_list("id", flat=True)[0]
    Occupation.objects.all().delete()  # cascades to the titles and tasks
    import_onet(imported, release="29.3")
    assert AlternateTitle.objects.order_by("id").values_list("id", flat=True)[0] > hi  # every row has a new id
    assert coder_index.fingerprint() == key
    AlternateTitle.objects.filter(pk=AlternateTitle.objects.order_by("id")[0].pk).update(short_title="Zzyzx")
    assert coder_index.fingerprint() != key  # a changed text changes it


def test_a_pinned_coder_is_reused_until_forgotten(imported, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    coder_index.forget()
    with coder_index.pinned():
        coder = coder_index.get_coder()
        with django_assert_num_queries(0):
            assert coder_index.get_coder() is coder
        coder_index.forget()
        assert coder_index.get_coder() is not None
    with CaptureQueriesContext(connection) as outside:
        coder_index.get_coder()
    assert len(outside) > 0  # outside the block, the tables are looked at again
