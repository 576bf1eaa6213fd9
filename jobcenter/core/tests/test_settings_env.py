"""Bad configuration stops start-up with a message naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def start(env_overrides: dict, tmp_path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "FIELD_ENCRYPTION_KEY"}}
    env.update({"JOBCENTER_VAR_DIR": str(tmp_path), "JOBCENTER_ENV": "development"})
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "ture"}, "DEBUG='ture' is not a boolean"),
        ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL scheme must be"),
        ({"FIELD_ENCRYPTION_KEY": "not-a-key"}, "FIELD_ENCRYPTION_KEY must be"),
        ({"JOBCENTER_ENV": "prod"}, "JOBCENTER_ENV='prod' must be one of"),
        ({"JOBCENTER_STATE": "Missouri"}, "must be a two-letter state code"),
        ({"JOBCENTER_ENV": "production"}, "SECRET_KEY is required in production"),
        ({"JOBCENTER_ENV": "production", "SECRET_KEY": "s" * 50}, "FIELD_ENCRYPTION_KEY is required in production"),
        ({"DB_CONN_MAX_AGE": "-1"}, "below the minimum 0"),
    ],
)
def test_bad_settings_stop_start_up(env, message, tmp_path):
    result = start(env, tmp_path)
    assert result.returncode != 0
    assert message in result.stderr


def test_first_local_run_generates_keys_into_var(tmp_path):
    result = start({}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").exists() and (tmp_path / "field_encryption_key").exists()
    assert oct((tmp_path / "field_encryption_key").stat().st_mode)[-3:] == "600"
    key = (tmp_path / "field_encryption_key").read_text()
    assert start({}, tmp_path).returncode == 0
    assert (tmp_path / "field_encryption_key").read_text() == key  # stable across runs
