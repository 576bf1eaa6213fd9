"""The offline occupation coder on the real O*NET 29.3 release (read from the test copy, no database), and its
index built from imported data (cache rebuilt when the import changes)."""

from __future__ import annotations

import csv

import pytest

from jobcenter.occupations.coder import Corpus, OccupationCoder, learn_abbreviations, normalize_title
from jobcenter.occupations.importer import source_count
from jobcenter.occupations.tests.onet_subset import ONET

needs_onet = pytest.mark.skipif(
    not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"
)


def _rows(name):
    with (ONET / name).open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


@pytest.fixture(scope="module")
def coder():
    corpus = Corpus()
    for r in _rows("Occupation Data.txt"):
        corpus.occupations[r["O*NET-SOC Code"]] = r["Title"]
        corpus.descriptions[r["O*NET-SOC Code"]] = r["Description"]
    for r in _rows("Alternate Titles.txt"):  # once per source that lists it, as corpus_from_db gives it
        corpus.titles += [(r["O*NET-SOC Code"], r["Alternate Title"])] * source_count(r["Source(s)"])
    corpus.titles += [(r["O*NET-SOC Code"], r["Reported Job Title"]) for r in _rows("Sample of Reported Titles.txt")]
    corpus.tasks = [(r["O*NET-SOC Code"], r["Task"]) for r in _rows("Task Statements.txt")]
    return OccupationCoder(corpus)


def test_titles_are_normalised_for_comparison():
    assert normalize_title("  Driver's Helper & Loader (CDL-A) ") == "drivers helper and loader cdl a"
    assert normalize_title("Café Cook") == "cafe cook"


def test_abbreviations_are_learnt_from_titles_written_both_ways():
    table = learn_abbreviations(
        ["Home Health RN (Home Health Registered Nurse)", "CDL Driver (Commercial Driver's License Driver)", "X (Y)"]
    )
    assert table == {"rn": "registered nurse", "cdl": "commercial drivers license"}


@needs_onet
@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("registered nurse", "29-1141.00"),
        ("rn", "29-1141.00"),
        ("truck driver cdl", "53-3032.00"),
        ("forklift driver", "53-7051.00"),
        ("cna", "31-1131.00"),
        ("cashier", "41-2011.00"),
        ("Welder", "51-4121.00"),
        ("sofware developer", "15-1252.00"),  # misspelt
    ],
)
def test_common_titles_get_their_occupation_first_with_high_confidence(coder, title, code):
    best = coder.code(title, top=3)
    assert best[0].code == code, best
    assert best[0].confidence >= 0.5
    assert all(0 <= s.confidence <= 1 for s in best)
    assert [s.confidence for s in best] == sorted((s.confidence for s in best), reverse=True)


@needs_onet
@pytest.mark.parametrize("title", ["Forklift operator", "Fork lift driver", "Reach truck operator"])
def test_a_title_listed_under_several_occupations_goes_to_the_one_most_sources_list_it_for(coder, title):
    # "Forklift Operator" is listed under Industrial Truck and Tractor Operators by five O*NET sources and under
    # two construction / mining occupations by one each; the group classifiers lean to the construction group.
    assert coder.code(title, top=1)[0].code == "53-7051.00"


def test_source_count_reads_the_releases_sources_column():
    assert source_count("02,04,06,08,10") == 5
    assert source_count("10") == 1
    assert source_count("") == 1


@needs_onet
def test_a_description_steers_an_ambiguous_title(coder):
    plain = coder.code("technician", top=1)[0]
    lab = coder.code("technician", description="draw blood samples from patients and label the vials", top=1)[0]
    assert lab.code[:2] in {"29", "31"}  # healthcare practitioners or support (phlebotomy, laboratory)
    assert plain.code[:2] not in {"29", "31"}


@needs_onet
def test_blank_and_unknown_titles_get_nothing_and_batches_keep_their_order(coder):
    results = coder.code_many(["cashier", "", "   ", "xqzzv", "welder"], top=2)
    assert [r[0].code if r else None for r in results] == ["41-2011.00", None, None, None, "51-4121.00"]
    assert all(len(r) == 2 for r in results if r)


@needs_onet
def test_a_title_between_occupations_is_less_confident_than_a_clear_one(coder):
    assert coder.code("line cook", top=1)[0].confidence < coder.code("registered nurse", top=1)[0].confidence
