"""Dated rules on both sides of their effective dates.

criminal-record-eeo-notice: TEGL 31-11 (issued 2012-05-25) required a notice of equal opportunity rights on
orders requiring a criminal background check; the manual revised January 2024 says it was rescinded (the end
date is unconfirmed: parameter joborders.criminal_background_eeo_notice, in force through 2023-12-31).
"""

import datetime as dt

import pytest

from jobcenter.compliance.screening import DECISIONS, RULES, screen_job_order
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import make_order

BACKGROUND = {"requirements": "Must pass a criminal background check.", "wage": {"min": "16.00", "unit": "hour"}}


@pytest.mark.parametrize(
    ("received_at", "decision", "rules"),
    [
        pytest.param(
            "2012-05-24T12:00:00-05:00",
            "accept",
            {"hiring-requirement"},
            id="the day before TEGL 31-11 no notice was required",
        ),
        pytest.param(
            "2012-05-25T12:00:00-05:00",
            "accept_with_notice",
            {"hiring-requirement", "criminal-record-eeo-notice"},
            id="from the TEGL's issue date the notice was required",
        ),
        pytest.param(
            "2023-12-31T12:00:00-06:00",
            "accept_with_notice",
            {"hiring-requirement", "criminal-record-eeo-notice"},
            id="on the last day before the January 2024 manual the notice was required",
        ),
        pytest.param(
            "2024-01-01T12:00:00-06:00",
            "accept",
            {"hiring-requirement"},
            id="from the January 2024 manual the notice is no longer required",
        ),
    ],
)
def test_the_tegl_31_11_notice_applies_only_while_in_force(received_at, decision, rules):
    result = screen_job_order(make_order({"received_at": received_at, **BACKGROUND}))
    assert (result.decision, set(result.rule_ids())) == (decision, rules)
    assert (C.NOTICES["criminal-record-eeo-notice"] in result.notices) == (decision == "accept_with_notice")


def test_the_dated_rule_publishes_its_window_and_unconfirmed_status():
    rule = RULES["criminal-record-eeo-notice"]
    assert (rule.effective_from, rule.effective_to, rule.status) == (
        dt.date(2012, 5, 25),
        dt.date(2023, 12, 31),
        "unconfirmed",
    )
    assert rule.in_force(dt.date(2023, 12, 31)) and not rule.in_force(dt.date(2024, 1, 1))
    assert not rule.in_force(dt.date(2012, 5, 24))


def test_rules_without_dates_are_always_in_force():
    rule = RULES["drug-illegal-federal"]
    assert rule.effective_from is None and rule.effective_to is None
    assert rule.in_force(dt.date(1990, 1, 1)) and rule.in_force(dt.date(2040, 1, 1))


def test_the_registry_describes_every_rule():
    for rule in RULES.values():
        entry = rule.to_dict()
        assert entry["id"] and entry["title"] and entry["citation"] and entry["examples"]
        assert entry["severity"] in DECISIONS
        assert rule.check.__doc__, f"{rule.id} has no docstring"


def test_docs_rules_md_describes_every_rule():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / "docs" / "rules.md").read_text()
    missing = [rule_id for rule_id in RULES if f"`{rule_id}`" not in text]
    assert not missing


def test_an_order_received_before_the_january_2024_manual_uses_its_first_values():
    # The manual revision of January 2024 is the earliest reviewed; its categories, the 12-month rule and the
    # 60-day posting period apply to orders received earlier (dated_param), instead of numbers made up in code.
    order = make_order(
        {
            "received_at": "2023-06-01T10:00:00-05:00",
            "special_categories": ["Show Me Heroes"],
            "requirements": "Men only. Paid on a 1099.",
            "employer.job_orders_last_12_months": 0,
        }
    )
    result = screen_job_order(order)
    assert result.decision == "refer_supervisor"
    assert C.MESSAGES["discriminatory-path-written"].format(months=12) in result.findings[0].message
    assert "60 days" in result.notices[-1]


def test_dated_param_gives_the_first_value_only_before_the_series_starts():
    from jobcenter.compliance.screening.params import dated_param
    from jobcenter.core.parameters import ParameterError

    assert dated_param("joborders.youth_age", as_of=dt.date(1900, 1, 1)) == 18
    with pytest.raises(ParameterError):
        dated_param("joborders.special_categories", as_of=dt.date(2026, 1, 1), state="ZZ")
