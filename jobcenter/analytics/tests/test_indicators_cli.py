"""`jobcenter reporting indicators` reads PIRL CSVs with p<element> or bare element-number headers."""

import json

import pytest
from django.core.management import CommandError, call_command

from jobcenter.analytics.tests.pirl_cases import exiter, pirl


def write_csv(tmp_path, name, bare):
    table = pirl(exiter(earnings="100.00"), exiter(earnings="300.00"), exiter(q2="0", earnings="0", p1618="0"))
    if bare:
        table = table.rename(columns=lambda c: c[1:] if c.startswith("p") else c)
    path = tmp_path / name
    table.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("bare", [False, True])
def test_the_command_prints_the_indicator_json(tmp_path, capsys, engine, bare):
    path = write_csv(tmp_path, "pirl.csv", bare)

    call_command(
        "reporting_indicators",
        "--pirl",
        str(path),
        "--program",
        "wagner-peyser",
        "--program-year",
        "2023",
        "--engine",
        engine,
    )

    out = json.loads(capsys.readouterr().out)
    assert out["employment_rate_q2"] == {"numerator": 2, "denominator": 3, "rate": 0.6667}
    assert out["median_earnings_q2"] == {"count": 2, "median": 200.0}
    assert out["exits_for_q2_measures"] == {"from": "2022-07-01", "to": "2023-06-30"}
    assert set(out) >= {
        "employment_rate_q4",
        "credential_attainment",
        "measurable_skill_gains",
        "retention_with_same_employer",
        "breakdowns",
    }


def test_a_bad_quarter_is_refused(tmp_path):
    path = write_csv(tmp_path, "pirl.csv", False)
    with pytest.raises(CommandError, match="2024Q3"):
        call_command("reporting_indicators", "--pirl", str(path), "--program", "youth", "--quarter", "2024-7")
