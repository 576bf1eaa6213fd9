"""The `jobcenter` console script: areas and verbs map to management commands."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_help_lists_areas_and_verbs():
    result = run("--help")
    assert result.returncode == 0
    assert "demo:" in result.stdout and "load" in result.stdout


def test_area_help_lists_its_verbs():
    result = run("demo", "--help")
    assert result.returncode == 0 and "logins" in result.stdout and "load" in result.stdout


def test_unknown_verb_is_an_error_naming_the_choices():
    result = run("demo", "explode")
    assert result.returncode == 2
    assert "unknown verb 'explode'" in result.stderr and "load" in result.stderr


def test_verb_help_is_the_commands_help():
    result = run("demo", "load", "--help")
    assert result.returncode == 0 and "deterministic demo data" in result.stdout


def test_a_verb_may_be_written_with_a_hyphen_as_the_demo_logins_print_it():
    result = run("accounts", "otp-code", "--help")
    assert result.returncode == 0, result.stderr
    assert "unknown verb" not in result.stderr
