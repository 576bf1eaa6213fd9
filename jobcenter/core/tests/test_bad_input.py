"""Issue #10, bad input: every text input has a maximum length; batch commands refuse bad files with exit 2 and a
clear message; a date outside every dated rule is a field error; never a 500."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from jobcenter.core.forms import DEFAULT_MAX_LENGTH

ROOT = Path(__file__).resolve().parents[3]


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.mark.django_db
def test_staff_people_search_with_50001_characters_is_a_field_error(client, personas):
    client.force_login(personas.staff_a)
    response = client.post(reverse("staff:seeker-search"), {"name": "a" * 50_001})
    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.content.decode()


def test_a_text_field_declared_without_a_limit_gets_one():
    from django import forms

    from jobcenter.core.forms import UswdsFormMixin

    class F(UswdsFormMixin, forms.Form):
        note = forms.CharField(required=False)

    form = F({"note": "x" * (DEFAULT_MAX_LENGTH + 1)})
    assert not form.is_valid() and "note" in form.errors
    assert F()["note"].field.widget.attrs["maxlength"] == str(DEFAULT_MAX_LENGTH)


def test_screen_refuses_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "order.json"
    path.write_bytes(b'{"title": "Cocinero \xf1"}')
    result = _cli("joborders", "screen", str(path))
    assert result.returncode == 2 and "is not UTF-8 text" in result.stderr and "Traceback" not in result.stderr


def test_screen_refuses_deeply_nested_json(tmp_path):
    path = tmp_path / "order.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = _cli("joborders", "screen", str(path))
    assert result.returncode == 2 and "nested too deeply" in result.stderr and "Traceback" not in result.stderr


def test_dedupe_refuses_to_write_over_its_input(tmp_path):
    path = tmp_path / "people.csv"
    original = "record_id,given_name,surname\n1,Ana,Diaz\n"
    path.write_text(original)
    result = _cli("people", "dedupe", "--input", str(path), "--output", str(tmp_path / "." / "people.csv"))
    assert result.returncode == 2 and "would destroy the input" in result.stderr
    assert path.read_text() == original


@pytest.mark.django_db
def test_an_api_job_order_received_before_every_rule_is_a_field_error(client, personas):
    from jobcenter.employers.tests.factories import make_employer

    employer = make_employer(active=True, job_center=personas.center_a)
    client.force_login(personas.staff_a)
    payload = {
        "employer_id": employer.pk,
        "title": "Line cook",
        "description": "Prepare food on the line.",
        "worksite_city": "Kansas City",
        "worksite_state": "MO",
        "worksite_zip": "64106",
        "wage_min": "15.00",
        "received_at": "1999-01-04T09:00:00-06:00",
    }
    response = client.post("/api/v1/job-orders/", json.dumps(payload), content_type="application/json")
    assert response.status_code == 422, response.content
    errors = response.json()["errors"]
    assert "received_at" in errors or "__all__" in errors
