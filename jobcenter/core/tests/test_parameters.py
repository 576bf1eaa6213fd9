"""The dated-parameter loader: every file is valid, cited, and dates are honoured."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from jobcenter.core.parameters import ParameterError, all_parameters, load_parameter


def test_every_parameter_file_loads_and_cites_a_source():
    params = all_parameters()
    assert "minimum_wage.federal" in params
    for p in params.values():
        assert p.references, p.name
        assert all(r.get("title") for r in p.references), p.name
        assert p.description and p.unit


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.yaml"
    path.write_text(text)
    return path


def test_values_are_decimals_and_null_sunsets(tmp_path):
    p = load_parameter(
        write(
            tmp_path,
            """
description: test
metadata: {unit: USD, reference: [{title: t}]}
values:
  2020-01-01: 1.10
  2021-01-01: null
""",
        ),
        "x",
    )
    assert p.at(dt.date(2020, 12, 31)).value == Decimal("1.10")
    assert p.at(dt.date(2020, 12, 31)).effective_to == dt.date(2020, 12, 31)
    with pytest.raises(ParameterError):
        p.at(dt.date(2021, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        "description: t\nmetadata: {unit: USD}\nvalues: {2020-01-01: 1}",  # no reference
        "description: t\nmetadata: {unit: USD, reference: [{title: t}]}\nvalues: {notadate: 1}",
        "description: t\nmetadata: {unit: USD, reference: [{title: t}], status: maybe}\nvalues: {2020-01-01: 1}",
        "metadata: {unit: USD, reference: [{title: t}]}\nvalues: {2020-01-01: 1}",  # no description
    ],
)
def test_malformed_parameter_files_are_refused(tmp_path, text):
    with pytest.raises(ParameterError):
        load_parameter(write(tmp_path, text), "x")


def test_breakdown_keys_must_match():
    p = all_parameters()["minimum_wage.state"]
    with pytest.raises(ParameterError, match="broken down by"):
        p.at(dt.date(2025, 1, 1))
    assert p.at(dt.date(2025, 1, 1), state="mo").value == Decimal("13.75")


def test_parameter_catalogue_page_lists_parameters(client, personas):
    client.force_login(personas.staff_a)
    response = client.get("/staff/parameters/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "minimum_wage.state" in html and "15.0" in html and "unconfirmed" in html
