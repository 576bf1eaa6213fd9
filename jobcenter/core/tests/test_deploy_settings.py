"""Issue #10: production settings pass `jobcenter check --deploy` with no warnings (HSTS, SSL redirect behind the
proxy header, secure cookies, CSP) and serve static files through WhiteNoise."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[3]


def _production_env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST", "JOBCENTER_"))}
    env.update(
        JOBCENTER_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(60),
        FIELD_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        SSN_HASH_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="jobs.example.gov",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        JOBCENTER_VAR_DIR=str(tmp_path),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    return env


def _jobcenter(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jobcenter.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_production_settings_pass_the_deploy_check_with_no_warnings(tmp_path):
    result = _jobcenter("check", "--deploy", "--fail-level", "WARNING", env=_production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_the_ssn_hash_key(tmp_path):
    env = _production_env(tmp_path)
    del env["SSN_HASH_KEY"]
    result = _jobcenter("check", env=env)
    assert result.returncode != 0 and "SSN_HASH_KEY is required in production" in result.stderr
