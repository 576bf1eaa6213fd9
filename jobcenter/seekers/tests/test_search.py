"""Staff search before creating an account (manual: Verifying Accounts): statewide, reduced outside scope."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.selectors import seeker_quick_search, seeker_search
from jobcenter.seekers.tests.factories import make_seeker

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(personas):
    here = make_seeker(
        job_center=personas.center_a,
        given_name="Ana",
        surname="Lopez",
        date_of_birth=dt.date(1985, 6, 1),
        email="ana@example.com",
        phone="816-555-0101",
        ssn="123-45-6789",
    )
    there = make_seeker(
        job_center=personas.center_b,
        given_name="Ana",
        surname="Lopez",
        date_of_birth=dt.date(1985, 6, 1),
        email="ana.b@example.com",
        phone="816-555-0202",
        ssn="234-56-7890",
    )
    other = make_seeker(job_center=personas.center_a, given_name="Ben", surname="Kim", ssn="345-67-8901")
    return here, there, other


KEY_CASES = [
    ("by name", {"name": "ana lop"}, {"here", "there"}),
    ("by date of birth", {"date_of_birth": dt.date(1985, 6, 1)}, {"here", "there"}),
    ("by State ID", {"state_id": "<there>"}, {"there"}),
    ("by phone in any format", {"phone": "(816) 555-0202"}, {"there"}),
    ("by email ignoring case", {"email": "ANA@example.com"}, {"here"}),
    ("by full SSN", {"ssn": "345 67 8901"}, {"other"}),
    ("by last four and date of birth", {"ssn_last4": "7890", "date_of_birth": dt.date(1985, 6, 1)}, {"there"}),
    (
        "by last four with the wrong birth date finds nobody",
        {"ssn_last4": "7890", "date_of_birth": dt.date(1985, 6, 2)},
        set(),
    ),
    ("keys combine with and", {"name": "ana", "email": "ana@example.com"}, {"here"}),
]


@pytest.mark.parametrize(("case", "keys", "expected"), KEY_CASES, ids=[c[0] for c in KEY_CASES])
def test_search_by_each_key(personas, people, case, keys, expected):
    here, there, other = people
    names = {here.state_id: "here", there.state_id: "there", other.state_id: "other"}
    keys = {k: (there.state_id if v == "<there>" else v) for k, v in keys.items()}
    hits = seeker_search(user=personas.staff_a, **keys)
    assert {names[h.state_id] for h in hits} == expected


def test_results_outside_the_users_scope_show_no_contact_data(personas, people):
    here, there, _ = people
    hits = {h.state_id: h for h in seeker_search(user=personas.staff_a, name="Ana Lopez")}
    mine, theirs = hits[here.state_id], hits[there.state_id]
    assert mine.in_scope and mine.email == "ana@example.com" and mine.phone == "+18165550101"
    assert mine.ssn_masked == "***-**-6789"
    assert not theirs.in_scope
    assert (theirs.name, theirs.birth_year, theirs.home_job_center) == ("Ana Lopez", 1985, "Center B")
    assert (theirs.email, theirs.phone, theirs.ssn_masked, theirs.date_of_birth, theirs.seeker_id) == (
        "",
        "",
        "",
        None,
        None,
    )


def test_a_statewide_role_sees_everything_in_full(personas, people):
    hits = seeker_search(user=personas.csu, name="Ana Lopez")
    assert all(h.in_scope and h.email for h in hits)


def test_ssn_searches_are_audited_without_the_number(personas, people):
    seeker_search(user=personas.staff_a, ssn="123-45-6789")
    seeker_search(user=personas.staff_a, ssn_last4="6789", date_of_birth=dt.date(1985, 6, 1))
    entries = AuditEntry.objects.filter(action="seekers.search.by_identity_number").order_by("id")
    assert [e.data for e in entries] == [
        {"kind": "full_number", "results": 1},
        {"kind": "last_four_and_dob", "results": 1},
    ]
    assert "6789" not in str([e.data for e in entries])


def test_name_searches_are_not_audited_as_identity_searches(personas, people):
    seeker_search(user=personas.staff_a, name="Ana")
    assert not AuditEntry.objects.filter(action="seekers.search.by_identity_number").exists()


@pytest.mark.parametrize(
    ("case", "keys", "field", "message"),
    [
        ("nothing to search by", {}, "__all__", constants.SEARCH_NEEDS_A_KEY),
        ("last four without a birth date", {"ssn_last4": "6789"}, "ssn_last4", constants.LAST4_NEEDS_DOB),
        (
            "last four that are not four digits",
            {"ssn_last4": "678", "date_of_birth": dt.date(1985, 6, 1)},
            "ssn_last4",
            constants.LAST4_INVALID,
        ),
        ("an invalid SSN", {"ssn": "666-45-6789"}, "ssn", constants.SSN_INVALID),
        ("an invalid phone", {"phone": "12"}, "phone", constants.PHONE_INVALID),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_bad_search_input_says_what_is_wrong(personas, case, keys, field, message):
    with pytest.raises(ValidationError) as exc:
        seeker_search(user=personas.staff_a, **keys)
    assert exc.value.message_dict[field] == [message]


def test_job_seekers_cannot_search(personas):
    with pytest.raises(PermissionDenied):
        seeker_search(user=personas.seeker_user, name="Ana")


def test_quick_search_stays_within_scope(personas, people):
    here, there, _ = people
    assert [s.state_id for s in seeker_quick_search(user=personas.staff_a, q="Ana Lopez")] == [here.state_id]
    assert list(seeker_quick_search(user=personas.staff_a, q=there.state_id)) == []
    assert [s.state_id for s in seeker_quick_search(user=personas.staff_b, q=there.state_id)] == [there.state_id]
    assert [s.state_id for s in seeker_quick_search(user=personas.staff_a, q="816 555 0101")] == [here.state_id]


def test_search_results_show_priority_of_service_only_inside_the_users_scope(client, personas):
    make_seeker(
        job_center=personas.center_a,
        surname="Veteranson",
        given_name="Dee",
        veteran="1",
        eligible_veteran="2",
        disabled_veteran="1",
    )
    make_seeker(job_center=personas.center_a, surname="Veteranson", given_name="Cal", veteran="1", eligible_veteran="2")
    make_seeker(
        job_center=personas.center_b,
        surname="Veteranson",
        given_name="Bo",
        veteran="1",
        eligible_veteran="2",
        disabled_veteran="1",
    )
    hits = {h.name: h for h in seeker_search(user=personas.staff_a, name="Veteranson")}
    assert hits["Dee Veteranson"].priority == "Disabled veteran"
    assert hits["Cal Veteranson"].priority == "Covered person"
    assert hits["Bo Veteranson"].priority == ""  # outside staff_a's job center: no veteran data disclosed
    client.force_login(personas.staff_a)
    html = client.post("/staff/seekers/", {"name": "Veteranson"}).content.decode()
    assert html.count('data-testid="priority"') == 2


def test_a_search_that_finds_no_one_links_to_registration(client, personas):
    from django.urls import reverse

    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:seeker-search"), {"name": "Nobody Atall"}).content.decode()
    empty = page[page.index('data-testid="no-accounts"') :]
    assert f'href="{reverse("staff:seeker-register")}">register this person</a>' in empty
