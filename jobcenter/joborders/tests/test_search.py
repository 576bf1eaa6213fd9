"""Public job search (issue #12 part B; ADR 0032): keywords (full text on both databases), place and radius,
occupation, wage, hours and posting date; confidential employers never revealed, also not through a search."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jobcenter.core import clock
from jobcenter.joborders.search import (
    JobSearch,
    ensure_sqlite_fts,
    fts5_match,
    resolve_place,
    search_open_orders,
    zips_within,
)
from jobcenter.joborders.search_forms import JobSearchForm
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db


def titles(search: JobSearch) -> list[str]:
    return [o.title for o in search_open_orders(search)]


@pytest.fixture
def orders(personas, employer):
    a = personas.center_a
    return {
        "forklift": make_order(employer=employer, job_center=a, title="Forklift Operator"),
        "cook": make_order(
            employer=employer,
            job_center=a,
            title="Line Cook",
            description="Prepare meals in a busy kitchen; operate the grill.",
            soc_code="35-2014.00",
            employment_type="part_time",
            wage_min=Decimal("14.00"),
            wage_max=None,
        ),
        "stl": make_order(
            employer=employer,
            job_center=a,
            title="Warehouse Associate",
            description="Pick and pack orders.",
            worksite_city="St. Louis",
            worksite_zip="63101",
            wage_unit="year",
            wage_min=Decimal("52000"),
            wage_max=Decimal("52000"),
        ),
        "draft": make_order(employer=employer, job_center=a, title="Forklift Trainer", status="draft"),
    }


def test_keywords_match_title_and_description_with_stemming_and_only_open_orders(orders):
    assert titles(JobSearch(q="forklift")) == ["Forklift Operator"]  # the draft is not shown
    assert titles(JobSearch(q="kitchen")) == ["Line Cook"]
    assert titles(JobSearch(q="operating")) == ["Forklift Operator", "Line Cook"] or set(
        titles(JobSearch(q="operating"))
    ) == {"Forklift Operator", "Line Cook"}  # "operating" finds "operate" (stemming)
    assert titles(JobSearch(q="forklift kitchen")) == []  # every word must match


def test_a_title_match_ranks_above_a_description_match(orders, personas, employer):
    make_order(employer=employer, job_center=personas.center_a, title="Grill Cook", description="Cook burgers.")
    found = titles(JobSearch(q="grill"))
    assert found[0] == "Grill Cook" and "Line Cook" in found


def test_search_operators_typed_by_a_visitor_are_plain_words(orders):
    assert fts5_match('forklift" OR NEAR(x') == '"forklift" "near" "x"'  # "or" is a stop word: dropped
    assert titles(JobSearch(q='forklift" OR *')) == ["Forklift Operator"]  # the same on both databases
    assert titles(JobSearch(q='forklift" NEAR *')) == []  # "near" is a plain word no open order has


def test_the_full_text_index_follows_edits_and_deletes(orders):
    cook = orders["cook"]
    cook.title = "Pastry Chef"
    cook.save()
    assert titles(JobSearch(q="pastry")) == ["Pastry Chef"]
    assert titles(JobSearch(q="line")) == []
    cook.delete()
    assert titles(JobSearch(q="pastry")) == []


def test_place_and_radius(orders):
    kc = resolve_place("64106")
    assert titles(JobSearch(position=kc.position, radius_miles=25)) == ["Line Cook", "Forklift Operator"] or set(
        titles(JobSearch(position=kc.position, radius_miles=25))
    ) == {"Forklift Operator", "Line Cook"}
    # St. Louis is about 240 miles from Kansas City: outside 200 miles, inside 250.
    assert "Warehouse Associate" not in titles(JobSearch(position=kc.position, radius_miles=200))
    assert "Warehouse Associate" in titles(JobSearch(position=kc.position, radius_miles=250))
    stl = resolve_place("St. Louis, MO")
    assert stl.label == "Saint Louis, MO"
    assert resolve_place("kansas city", default_state="MO").label == "Kansas City, MO"  # the installation's state first
    assert resolve_place("Nowhereville") is None
    assert titles(JobSearch(position=stl.position, radius_miles=10)) == ["Warehouse Associate"]
    assert "64106" in zips_within(*kc.position, 1)


def test_occupation_wage_type_and_posting_date(orders, personas, employer):
    assert titles(JobSearch(soc_codes=("35-2014.00",))) == ["Line Cook"]
    assert titles(JobSearch(employment_type="part_time")) == ["Line Cook"]
    # $52,000 a year is $25 an hour (2,080 hours): at least $25 yes, at least $25.01 no.
    assert "Warehouse Associate" in titles(JobSearch(min_hourly_wage=Decimal("25.00")))
    assert "Warehouse Associate" not in titles(JobSearch(min_hourly_wage=Decimal("25.01")))
    # The cook pays $14 (no maximum): at least $14 yes, $14.01 no.
    assert "Line Cook" in titles(JobSearch(min_hourly_wage=Decimal("14")))
    assert "Line Cook" not in titles(JobSearch(min_hourly_wage=Decimal("14.01")))
    old = make_order(
        employer=employer,
        job_center=personas.center_a,
        title="Night Auditor",
        received_at=clock.now() - dt.timedelta(days=8),
    )
    assert old.title not in titles(JobSearch(posted_within_days=7))
    assert old.title in titles(JobSearch(posted_within_days=14))


def test_a_confidential_employer_is_never_found_by_its_name(personas):
    secret = make_employer(job_center=personas.center_a, name="Zenith Quarry Holdings", confidential=True)
    make_order(
        employer=secret,
        job_center=personas.center_a,
        title="Quarry Laborer",
        description="Work at Zenith Quarry Holdings, 12 Industrial Pkwy.",
    )
    assert titles(JobSearch(q="quarry laborer")) == []  # "quarry" is in the secret name
    assert titles(JobSearch(q="zenith")) == []
    assert titles(JobSearch(q="laborer")) == ["Quarry Laborer"]  # found by a word that reveals nothing


def test_orders_of_inactive_employers_are_not_searchable(personas):
    pending = make_employer(job_center=personas.center_a, status="pending")
    make_order(employer=pending, job_center=personas.center_a, title="Forklift Driver")
    assert titles(JobSearch(q="forklift")) == []


def test_each_database_has_its_full_text_index_and_sqlite_triggers_come_back(orders):
    from django.db import connection

    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            # The stored document column (migration 0007) and its GIN index; ranking reads the stored column.
            cur.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'joborder_search_document_gin'")
            indexdef = cur.fetchone()[0].lower()
            assert "gin" in indexdef and "search_document" in indexdef
            cur.execute(
                "SELECT is_generated FROM information_schema.columns "
                "WHERE table_name = 'joborders_joborder' AND column_name = 'search_document'"
            )
            assert cur.fetchone()[0] == "ALWAYS"
        else:
            # A migration that rebuilds the order table drops its triggers: the post-migrate hook restores them.
            cur.execute("DROP TRIGGER joborder_fts_au")
            assert ensure_sqlite_fts() is True
    assert ensure_sqlite_fts() is False  # nothing missing (and nothing to do on PostgreSQL)
    orders["cook"].title = "Baker"
    orders["cook"].save()
    assert titles(JobSearch(q="baker")) == ["Baker"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"radius": "0"}, "radius", "from 1 to 200 miles"),
        ({"radius": "201"}, "radius", "from 1 to 200 miles"),
        ({"radius": "ten"}, "radius", "from 1 to 200 miles"),
        ({"min_wage": "-1"}, "min_wage", "from $0 to $1,000"),
        ({"min_wage": "1000.01"}, "min_wage", "from $0 to $1,000"),
        ({"q": "x" * 201}, "q", "at most 200"),
        ({"place": "99999"}, "place", "could not find that ZIP code"),
        ({"posted": "9"}, "posted", "Select a valid choice"),
    ],
)
def test_inputs_are_bounded_with_plain_errors(data, field, message):
    form = JobSearchForm(data)
    assert not form.is_valid()
    assert message in " ".join(form.errors[field])


def test_radius_bounds_are_accepted():
    assert JobSearchForm({"radius": "1"}).is_valid()
    assert JobSearchForm({"radius": "200", "min_wage": "1000"}).is_valid()
