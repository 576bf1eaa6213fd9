"""The industry (2022 NAICS) picker: the search, reading a typed value back into a code, the company forms and
the public suggestion endpoint."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape

from jobcenter.employers import industries
from jobcenter.employers.forms import CompanyForm, SelfRegisterForm, StaffCompanyForm, StaffRegisterEmployerForm
from jobcenter.employers.industries import MAX_RESULTS, industry_from_typed, industry_search
from jobcenter.employers.models import Employer
from jobcenter.employers.tests.factories import link, make_employer


def codes(q, **kwargs):
    return [code for code, _ in industry_search(q, **kwargs)]


# --- search ---------------------------------------------------------------------------------------------------------


def test_a_word_finds_industries_whose_titles_use_it_singular_or_plural():
    assert codes("bakery")[:2] == ["311811", "311812"]  # Retail / Commercial Bakeries: six-digit codes first
    assert industry_search("bakery")[0] == ("311811", "Retail Bakeries")
    trucking = codes("trucking")
    assert "484121" in trucking and all(c.startswith("484") for c in trucking)
    assert codes("Truck LONG")[:2] == ["484121", "484122"]  # every word, any case, a word's beginning
    assert codes("restaurants") == codes("restaurant") and "722511" in codes("restaurant")


def test_a_code_prefix_lists_the_codes_under_it_in_order():
    assert codes("4841") == ["4841", "484110", "48412", "484121", "484122"]  # 48411 repeats 484110's title
    assert codes("722511") == ["722511"]
    assert codes("31")[0] == "31-33" and codes("48")[0] == "48-49"  # sectors keyed as ranges
    assert codes("999") == []


def test_the_search_is_bounded_and_empty_for_nothing_typed():
    assert codes("") == codes("   ") == codes(None) == []
    assert codes("zzzz nothing") == [] and codes("!!!") == []
    assert len(codes("manufacturing")) == MAX_RESULTS  # many more match
    assert (
        len(codes("manufacturing", limit=500)) == MAX_RESULTS
        and codes("manufacturing", limit=3) == codes("manufacturing")[:3]
    )
    assert codes("bakery" + " x" * 500) == []  # past MAX_TYPED the rest is ignored, and words are capped
    assert codes("x" * 10_000) == []


def test_a_typed_value_reads_back_as_a_code():
    assert industry_from_typed("484121") == "484121"
    assert industry_from_typed(" 31 ") == "31-33"
    assert industry_from_typed("484121 General Freight Trucking, Long-Distance, Truckload") == "484121"
    assert industry_from_typed("retail  bakeries") == "311811"  # exact title, case and spacing aside
    assert industry_from_typed("Soybean Farming") == "111110"  # 11111 and 111110 share it: the detailed one
    assert industry_from_typed("") == ""
    assert industry_from_typed("bakery") is None  # a word is not a title
    assert industry_from_typed("999999") is None


# --- forms --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("form_class", [CompanyForm, SelfRegisterForm, StaffCompanyForm, StaffRegisterEmployerForm])
def test_every_company_form_takes_a_code_or_an_exact_title_and_refuses_the_rest(db, form_class):
    def cleaned(value):
        form = form_class(data={"naics": value})
        form.is_valid()
        return form.cleaned_data.get("naics"), form.errors.get("naics")

    assert cleaned("484121") == ("484121", None)
    assert cleaned("General Freight Trucking, Long-Distance, Truckload") == ("484121", None)
    assert cleaned("") == ("", None)
    for wrong in ("bakery", "999999"):
        assert cleaned(wrong) == (None, [industries.NOT_FOUND])


def test_the_field_shows_the_chosen_industry_beside_it_and_asks_for_matches():
    html = str(CompanyForm(initial={"naics": "484121"})["naics"])
    assert 'data-testid="industry-chosen"' in html
    assert "484121 General Freight Trucking, Long-Distance, Truckload" in html
    assert f'hx-get="{reverse("industry-suggest")}"' in html and 'hx-target="#id_naics-suggestions"' in html
    assert 'maxlength="200"' in html  # a title fits; the stored code is at most 6 characters
    assert 'data-testid="industry-chosen" aria-live="polite"></p>' in str(CompanyForm()["naics"])


def test_an_employer_registers_with_an_industry_title_and_the_code_is_stored(client, db):
    page = client.post(
        reverse("portal:employer-register"),
        {
            "first_name": "Ada",
            "last_name": "Baker",
            "username": "adabaker",
            "user_email": "ada@example.com",
            "password": "Long-enough-pass-2026",
            "legal_name": "Ada's Bread",
            "naics": "Retail Bakeries",
            "state": "MO",
            "attests_open_position": "on",
            "accepts_terms": "on",
        },
    )
    assert page.status_code == 302, page.content.decode()[:2000]
    assert Employer.objects.get(legal_name="Ada's Bread").naics == "311811"


def test_an_employer_editing_the_company_sees_the_plain_error_for_an_unknown_industry(client, personas):
    employer = make_employer(naics="722511")
    link(employer, personas.employer_user)
    client.force_login(personas.employer_user)
    url = reverse("portal:employer-company-edit")
    page = client.get(url).content.decode()
    assert "722511 Full-Service Restaurants" in page  # the saved industry beside the field
    data = {"legal_name": employer.legal_name, "fein": employer.fein, "state": "MO", "naics": "space bakery"}
    page = client.post(url, data).content.decode()
    assert escape(industries.NOT_FOUND) in page and 'id="id_naics-error"' in page
    employer.refresh_from_db()
    assert employer.naics == "722511"


# --- the endpoint ---------------------------------------------------------------------------------------------------


def test_anyone_gets_industry_buttons_for_what_they_typed(client, db):
    page = client.get(reverse("industry-suggest"), {"naics": "trucking"}).content.decode()
    assert 'data-industry-pick="484121"' in page
    assert 'data-industry-label="484121 General Freight Trucking, Long-Distance, Truckload"' in page
    assert 'data-industry-field="id_naics"' in page
    assert page.count("data-industry-pick=") <= MAX_RESULTS
    assert client.get(reverse("industry-suggest"), {"naics": ""}).content.decode().strip() == ""
    none = client.get(reverse("industry-suggest"), {"naics": "qqqq"}).content.decode()
    assert "No industry matches" in none and "data-industry-pick" not in none


def test_the_endpoint_bounds_what_it_reads_and_answers(client, db):
    many = client.get(reverse("industry-suggest"), {"naics": "manufacturing"}).content.decode()
    assert many.count("data-industry-pick=") == MAX_RESULTS
    long = client.get(reverse("industry-suggest"), {"naics": "x" * 5000}).content.decode()
    assert "x" * 101 not in long
    odd = client.get(reverse("industry-suggest"), {'x"><script>': "bakery"}).content.decode()
    assert "<script>" not in odd and 'data-industry-field="id_xscript"' in odd


@override_settings(SUGGEST_LIMIT_PER_HOUR=2)
def test_the_endpoint_answers_429_past_the_hourly_limit(client, db):
    from django.core.cache import cache

    cache.clear()
    url = reverse("industry-suggest")
    assert [client.get(url, {"naics": "bakery"}).status_code for _ in range(3)] == [200, 200, 429]
    cache.clear()


def test_the_registration_page_says_how_to_find_the_industry(client, db):
    page = client.get(reverse("portal:employer-register")).content.decode()
    assert 'id="id_naics-hint"' in page and "bakery or trucking" in page
    assert 'aria-describedby="id_naics-hint"' in page
