"""``jobcenter joborders screen FILE.json`` / ``-``: prints the JSON result; bad input exits 2 with field errors."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import make_order

ROOT = Path(__file__).resolve().parents[3]


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", "joborders", "screen", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard, not a speed check: the CLI starts Django and the screening engine
    )


def test_screening_a_file_prints_the_decision_as_json(tmp_path):
    path = tmp_path / "order.json"
    path.write_text(json.dumps(make_order({"requirements": "Men only."})))
    result = run(str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["decision"] == "refer_supervisor"
    assert data["findings"][0]["rule"] == "discriminatory" and data["findings"][0]["matched"] == "Men only"


def test_screening_stdin_with_a_dash_prints_the_decision_as_json():
    result = run("-", stdin=json.dumps(make_order({"employer.labor_dispute": "position_not_at_issue"})))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["decision"] == "accept_with_notice"
    assert data["notices"][0].startswith("A labor dispute currently exists at this employing establishment.")


def test_bad_input_exits_2_with_the_field_errors():
    result = run(
        "-", stdin=json.dumps(make_order({"wage": {"min": "lots", "unit": "hour"}, "special_categories": ["Rural"]}))
    )
    assert result.returncode == 2
    errors = json.loads(result.stderr[: result.stderr.rindex("}") + 1])["errors"]
    assert errors["wage.min"] == C.INPUT_NOT_NUMBER
    assert "special_categories[0]" in errors
    assert result.stdout == ""


def test_text_that_is_not_json_exits_2():
    result = run("-", stdin="title: cook")
    assert result.returncode == 2
    assert "Not valid JSON" in result.stderr


def test_call_command_honours_as_of(tmp_path):
    path = tmp_path / "order.json"
    path.write_text(json.dumps(make_order({"wage": {"min": "14.00", "unit": "hour"}})))
    out = StringIO()
    call_command("joborders_screen", str(path), stdout=out)
    assert json.loads(out.getvalue())["decision"] == "reject"
    out = StringIO()
    call_command("joborders_screen", str(path), "--as-of", "2025-06-30", stdout=out)
    assert json.loads(out.getvalue())["decision"] == "accept"


def test_call_command_with_a_bad_as_of_date_is_an_error_with_return_code_2(tmp_path):
    path = tmp_path / "order.json"
    path.write_text(json.dumps(make_order()))
    err = StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("joborders_screen", str(path), "--as-of", "30/06/2025", stderr=err)
    assert exc.value.returncode == 2
    assert json.loads(err.getvalue())["errors"] == {"--as-of": C.INPUT_BAD_AS_OF}


def test_a_missing_file_exits_2(tmp_path):
    err = StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("joborders_screen", str(tmp_path / "nope.json"), stderr=err)
    assert exc.value.returncode == 2
    assert "Cannot read" in json.loads(err.getvalue())["errors"]["file"]
