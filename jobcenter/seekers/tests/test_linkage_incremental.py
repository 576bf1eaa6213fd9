"""find_candidates against JobSeeker rows in a real database (manual: Verifying Accounts; Duplicate Accounts)."""

from __future__ import annotations

import datetime as dt

import pytest

from jobcenter.seekers.linkage import Candidate, find_candidates
from jobcenter.seekers.linkage.incremental import dob_variants, reset_population_cache
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import next_state_id, seeker_set_ssn

pytestmark = pytest.mark.django_db

MARGARET = {
    "given_name": "Margaret",
    "surname": "Thompson",
    "date_of_birth": dt.date(1975, 6, 14),
    "address_1": "12 Oak St",
    "city": "Kansas City",
    "state": "MO",
    "postcode": "64106",
    "phone": "+18165550101",
    "email": "mthompson@example.com",
}
ROBERT = {
    "given_name": "Robert",
    "surname": "Kowalski",
    "date_of_birth": dt.date(1982, 3, 12),
    "address_1": "400 Elm Ave",
    "city": "Springfield",
    "state": "MO",
    "postcode": "65806",
    "phone": "+14175550199",
    "email": "",
}


@pytest.fixture(autouse=True)
def _fresh_population():
    reset_population_cache()
    yield
    reset_population_cache()


def seeker(ssn: str | None = None, **fields) -> JobSeeker:
    """A stored job seeker row (the SSN through the service that hashes it)."""
    row = JobSeeker.objects.create(state_id=next_state_id(), **fields)
    if ssn:
        seeker_set_ssn(seeker=row, ssn=ssn)
    return row


def record(base: dict, **changes) -> dict:
    """A find_candidates record (form keys) from model fields."""
    out = {k: v for k, v in base.items() if k in {"given_name", "surname", "date_of_birth", "address_1", "postcode"}}
    out.update({"phone": base.get("phone"), "email": base.get("email"), "city": base.get("city"), "state": "MO"})
    out.update(changes)
    return out


def test_the_same_ssn_is_the_same_person_whatever_the_name():
    jennifer = seeker(ssn="123-45-6789", given_name="Jennifer", surname="Lopez", date_of_birth=dt.date(1990, 1, 2))
    found = find_candidates({"given_name": "Maria", "surname": "Garcia", "ssn": "123456789"})
    assert found == [Candidate(jennifer.pk, jennifer.state_id, 1.0, ("same SSN",))]


def test_a_stored_seekers_ssn_hash_can_stand_in_for_the_number():
    jennifer = seeker(ssn="123-45-6789", given_name="Jennifer", surname="Lopez")
    other = seeker(ssn="123-45-6789", given_name="Maria", surname="Garcia")
    found = find_candidates(
        {"given_name": "Maria", "surname": "Garcia", "ssn_hash": other.ssn_hash}, exclude_id=other.pk
    )
    assert [(c.seeker_id, c.match_probability, c.reasons[0]) for c in found] == [(jennifer.pk, 1.0, "same SSN")]


def test_a_near_identical_person_is_found_with_reasons():
    margaret = seeker(**MARGARET)
    seeker(**ROBERT)
    found = find_candidates(record(MARGARET, given_name="Margret", phone="(816) 555-0101"))
    assert [c.seeker_id for c in found] == [margaret.pk]
    assert found[0].match_probability > 0.99
    assert {"DOB equal", "surname equal", "given name nearly equal", "same phone"} <= set(found[0].reasons)
    assert all("1975" not in r and "0101" not in r for r in found[0].reasons)


@pytest.mark.parametrize(
    ("what", "dob"),
    [
        ("two adjacent day digits transposed", dt.date(1982, 3, 21)),
        ("day and month swapped", dt.date(1982, 12, 3)),
        ("year digits transposed", dt.date(1928, 3, 12)),
    ],
)
def test_a_date_of_birth_typed_wrong_still_finds_the_person(what, dob):
    robert = seeker(**ROBERT)
    found = find_candidates(record(ROBERT, date_of_birth=dob, phone="", email=""))
    assert [c.seeker_id for c in found] == [robert.pk], what


def test_a_different_person_is_not_found():
    seeker(**MARGARET)
    seeker(**ROBERT)
    other = {
        "given_name": "Alicia",
        "surname": "Nguyen",
        "date_of_birth": dt.date(1975, 6, 14),  # same birthday as Margaret, nothing else in common
        "address_1": "9 Pine Rd",
        "postcode": "63101",
        "phone": "3145550111",
        "email": "alicia@example.com",
    }
    assert find_candidates(other) == []


def test_the_same_common_name_with_a_different_birth_date_and_address_is_not_a_duplicate():
    seeker(**{**ROBERT, "given_name": "Michael", "surname": "Brown"})
    found = find_candidates(
        {"given_name": "Michael", "surname": "Brown", "date_of_birth": dt.date(1964, 9, 30), "postcode": "63101"}
    )
    assert found == []


def test_the_person_being_edited_is_excluded():
    margaret = seeker(**MARGARET)
    assert [c.seeker_id for c in find_candidates(record(MARGARET))] == [margaret.pk]
    assert find_candidates(record(MARGARET), exclude_id=margaret.pk) == []


def test_inactive_and_merged_seekers_are_ignored():
    primary = seeker(ssn="212-45-6789", **MARGARET)
    merged = seeker(**{**MARGARET, "email": "maggie@example.com"})
    merged.is_active = False
    merged.merged_into = primary
    merged.save(update_fields=["is_active", "merged_into"])
    inactive = seeker(**{**MARGARET, "email": "m2@example.com", "phone": ""})
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    found = find_candidates(record(MARGARET, ssn="212456789"))
    assert [c.seeker_id for c in found] == [primary.pk]


def test_limit_is_honoured_most_likely_first():
    twins = [seeker(**{**MARGARET, "email": f"m{i}@example.com", "phone": ""}) for i in range(3)]
    assert len(find_candidates(record(MARGARET))) == len(twins)
    assert len(find_candidates(record(MARGARET), limit=2)) == 2


def test_a_candidate_exactly_at_the_threshold_is_returned_and_one_just_below_is_not():
    seeker(**ROBERT)
    weak = {"given_name": "Robert", "surname": "Kowalski", "date_of_birth": dt.date(1982, 3, 21)}
    (c,) = find_candidates(weak, threshold=0.01)
    assert 0.01 < c.match_probability < 0.999
    assert find_candidates(weak, threshold=c.match_probability) == [c]
    assert find_candidates(weak, threshold=c.match_probability + 1e-9) == []


def test_a_record_with_no_blocking_key_finds_nothing_rather_than_scanning():
    seeker(**MARGARET)
    assert find_candidates({"given_name": "Margaret", "city": "Kansas City"}) == []


def test_an_invalid_ssn_is_no_evidence_rather_than_an_error():
    margaret = seeker(**MARGARET)
    found = find_candidates(record(MARGARET, ssn="000-12-3456"))
    assert [c.seeker_id for c in found] == [margaret.pk]


def test_date_of_birth_variants_are_the_transpositions_and_the_day_month_swap_that_are_real_dates():
    # 1982-03-12: "19"->"91", "98"->"89", "82"->"28", "03"->"30" is no month, "12"->"21"; swap gives 1982-12-03.
    assert dob_variants(dt.date(1982, 3, 12)) == [
        dt.date(1892, 3, 12),
        dt.date(1928, 3, 12),
        dt.date(1982, 3, 12),
        dt.date(1982, 3, 21),
        dt.date(1982, 12, 3),
        dt.date(9182, 3, 12),
    ]


def test_given_name_and_surname_entered_the_other_way_round_still_find_the_person():
    robert = seeker(**ROBERT)
    swapped = record(ROBERT, given_name="Kowalski", surname="Robert", date_of_birth=None, phone="", email="")
    found = find_candidates(swapped)
    assert [c.seeker_id for c in found] == [robert.pk]
    assert "names swapped" in found[0].reasons


def test_two_people_whose_names_are_each_others_reversed_are_not_duplicates():
    seeker(**{**ROBERT, "given_name": "Thomas", "surname": "James"})
    other = {
        "given_name": "James",
        "surname": "Thomas",
        "date_of_birth": dt.date(1990, 11, 2),
        "address_1": "9 Pine Rd",
        "city": "St. Louis",
        "postcode": "63101",
    }
    assert find_candidates(other) == []


def test_a_mistyped_zip_code_and_city_still_count_as_evidence():
    margaret = seeker(**MARGARET)
    exact = find_candidates(record(MARGARET, phone="", email="", address_1="12 Oak Street"))
    typed = find_candidates(
        record(MARGARET, phone="", email="", address_1="12 Oak Street", postcode="64160", city="Kansas Cty")
    )
    assert [c.seeker_id for c in typed] == [margaret.pk]
    assert "postcode one digit off, same city" in typed[0].reasons
    assert typed[0].match_probability <= exact[0].match_probability
