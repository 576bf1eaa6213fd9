"""The starter service catalogue maps state codes to PIRL services (federal-specs 1.4, 5.1; TEGL 10-16 Chg 3
Att. VII Table A) and the loader refuses inconsistent entries."""

import datetime as dt

import pytest

from jobcenter.cases.catalogue import CatalogueError, catalogue, load_catalogue, service_type

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("code", "pirl", "triggers", "counts"),
    [
        ("101", 1102, True, True),
        ("102", 1104, True, True),
        ("103", 1105, True, True),
        ("145", 1112, True, True),
        ("104", 1103, False, False),
        ("100", 1101, False, False),
        ("500", 1503, False, False),
        ("400", 1409, False, False),
    ],
    ids=[
        "101 initial assessment sets 1102 and triggers participation",
        "102 job search assistance sets 1104 and triggers participation",
        "referral to employment sets 1105 and triggers participation",
        "145 Unemployment Compensation Assistance sets 1112 and triggers participation",
        "labor market information is information-only (1103)",
        "self-directed job search is self-service (1101)",
        "follow-up (1503) neither triggers nor delays exit",
        "supportive services (1409) neither trigger nor delay exit",
    ],
)
def test_starter_catalogue_mapping(code, pirl, triggers, counts):
    entry = service_type(code, as_of=TODAY, state="MO")
    assert (entry.pirl, entry.triggers_participation, entry.counts_toward_exit) == (pirl, triggers, counts)


def test_only_self_service_and_information_only_need_no_enrollment():
    free = {e.code for e in catalogue(as_of=TODAY, state="MO") if not e.requires_enrollment}
    assert free == {"100", "104", "105"}


def test_a_code_is_not_in_force_before_its_effective_date():
    with pytest.raises(CatalogueError):
        service_type("102", as_of=dt.date(2016, 6, 30), state="MO")
    assert service_type("102", as_of=dt.date(2016, 7, 1), state="MO").code == "102"


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        (
            "{code: '9', name: x, pirl: 1101, category: self_service, triggers_participation: true, effective_from: 2020-01-01}",
            "cannot trigger",
        ),
        (
            "{code: '9', name: x, pirl: 1104, category: magic, triggers_participation: true, effective_from: 2020-01-01}",
            "unknown category",
        ),
        (
            "{code: '9', name: x, pirl: 900, category: staff_assisted, triggers_participation: true, effective_from: 2020-01-01}",
            "not a service element",
        ),
        (
            "{code: '9', name: x, category: staff_assisted, triggers_participation: true, effective_from: 2020-01-01}",
            "missing field",
        ),
    ],
    ids=[
        "a self-service entry that claims to trigger participation is refused",
        "an unknown category is refused",
        "a PIRL number that is not a service element is refused",
        "a missing PIRL element is refused",
    ],
)
def test_the_loader_refuses_inconsistent_entries(tmp_path, entry, error):
    path = tmp_path / "xx.yaml"
    path.write_text(f"services:\n  - {entry}\n")
    with pytest.raises(CatalogueError, match=error):
        load_catalogue(path)


def test_the_loader_refuses_overlapping_periods_of_one_code(tmp_path):
    path = tmp_path / "xx.yaml"
    base = "name: x, pirl: 1104, category: staff_assisted, triggers_participation: true"
    path.write_text(
        "services:\n"
        f"  - {{code: '9', {base}, effective_from: 2020-01-01, effective_to: 2024-12-31}}\n"
        f"  - {{code: '9', {base}, effective_from: 2024-06-01}}\n"
    )
    with pytest.raises(CatalogueError, match="overlapping"):
        load_catalogue(path)
    path.write_text(
        "services:\n"
        f"  - {{code: '9', {base}, effective_from: 2020-01-01, effective_to: 2024-12-31}}\n"
        f"  - {{code: '9', {base}, effective_from: 2025-01-01}}\n"
    )
    assert len(load_catalogue(path)) == 2
