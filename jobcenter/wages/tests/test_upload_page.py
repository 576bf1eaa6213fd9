"""The staff upload page for wage files: a background job with a progress page, line-numbered errors for a bad
file (nothing loaded), the upload deleted afterwards, and only roles with ``wages.import`` (issue #13)."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jobcenter.wages import selectors
from jobcenter.wages.tests.test_import import GOOD, HEADER, stored_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def var(settings, tmp_path, wage_dir):
    settings.VAR_DIR = tmp_path / "var"
    return settings.VAR_DIR


def _upload(client, text: str, name="mo_2024q4.csv", source="ui"):
    file = SimpleUploadedFile(name, text.encode(), content_type="text/csv")
    return client.post(reverse("staff:wage-files"), {"file": file, "source": source, "format": ""}, follow=True)


def test_an_analyst_loads_a_file_and_sees_what_was_loaded(client, personas, var):
    client.force_login(personas.analyst)
    page = _upload(client, GOOD).content.decode()
    # Quarters in the words the report pages use, not as codes (found walking the demo: "2024Q3, 2024Q4").
    assert "3 wage records loaded for Jul-Sep 2024, Oct-Dec 2024" in page
    assert len(stored_rows()) == 3
    assert [f["name"] for f in selectors.wage_files_list()] == ["mo_2024q4.csv"]
    assert not list((Path(var) / "uploads" / "wages").iterdir())  # the upload with clear SSNs is gone
    listing = client.get(reverse("staff:wage-files")).content.decode()
    assert "mo_2024q4.csv" in listing and "State UI wage records" in listing and "123-45-6789" not in listing
    assert "Jul-Sep 2024, Oct-Dec 2024" in listing and "2024Q3" not in listing
    again = _upload(client, GOOD).content.decode()
    assert "already loaded; nothing was added" in again and len(stored_rows()) == 3


def test_a_file_with_bad_lines_is_not_loaded_and_each_line_is_named(client, personas, var):
    client.force_login(personas.analyst)
    bad = HEADER + "123-45-6789,431234567,,561320,MO,2024,3,4200.50\n000-00-0000,4312,,561320,MO,2024,7,x\n"
    page = _upload(client, bad).content.decode()
    assert "The file was not loaded" in page and "Line 3:" in page
    assert stored_rows() == [] and selectors.wage_files_list() == []
    assert not list((Path(var) / "uploads" / "wages").iterdir())


def test_a_file_of_the_wrong_kind_is_refused_on_the_form(client, personas, var):
    client.force_login(personas.analyst)
    response = _upload(client, "hello", name="notes.docx")
    assert response.status_code == 400 and "Choose a .csv" in response.content.decode()


def test_only_roles_that_import_wage_files_reach_the_page(client, personas):
    personas.assert_matrix(client, reverse("staff:wage-files"), allowed={"analyst", "admin"})


def test_nobody_else_watches_an_import(client, personas, var):
    client.force_login(personas.analyst)
    _upload(client, GOOD)
    from jobcenter.core.models import BackgroundJob

    job = BackgroundJob.objects.get(kind="wages.import")
    client.force_login(personas.admin)
    assert client.get(reverse("staff:wage-import", args=[job.pk])).status_code == 403
