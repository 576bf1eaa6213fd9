"""Job orders get a suggested O*NET code at entry (the occupation coder reading the title and description), shown
with its confidence on the staff and employer order forms and pages (ADR 0028)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from jobcenter.employers.models import EmployerMembership
from jobcenter.joborders.forms import JobOrderForm
from jobcenter.occupations.importer import import_onet
from jobcenter.occupations.tests.onet_subset import ONET, write_subset
from jobcenter.testing.joborders import make_employer, make_order, order_fields

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    return write_subset(tmp_path_factory.mktemp("onet"))


@pytest.fixture
def imported(subset, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    import_onet(subset, release="29.3")


def test_the_order_form_hints_the_suggested_code_for_the_typed_title(imported):
    form = JobOrderForm(data=order_fields(title="CDL truck driver", soc_code=""))
    hint = form.fields["soc_code"].help_text
    assert re.search(
        r"Suggested from the job title: Heavy and Tractor-Trailer Truck Drivers \(53-3032\.00\), \d+% sure", hint
    )
    assert form.fields["title"].widget.attrs["hx-target"] == "#id_soc_code-hint"


def test_the_hint_follows_the_title_as_it_is_typed(client, personas, imported):
    client.force_login(personas.employer_user)
    page = client.get(reverse("occupation-hint"), {"title": "forklift driver"}).content.decode()
    assert "Industrial Truck and Tractor Operators (53-7051.00)" in page and "% sure" in page
    assert "pick from the list" in client.get(reverse("occupation-hint"), {"title": ""}).content.decode()


def test_staff_see_the_suggestion_and_its_confidence_on_the_order(client, personas, imported):
    employer = make_employer(job_center=personas.center_a)
    order = make_order(employer=employer, job_center=personas.center_a, title="RN", soc_code="53-7051.00")
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    found = re.search(r'data-testid="suggested-occupation">Registered Nurses \(29-1141\.00\), (\d+)% confident', page)
    assert found and 0 < int(found.group(1)) <= 100
    assert "it differs from the code entered" in page
    assert "O*NET Database" in page


def test_employers_see_their_occupation_and_our_suggestion(client, personas, imported):
    employer = make_employer(job_center=personas.center_a)
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user, is_admin=True)
    order = make_order(employer=employer, job_center=personas.center_a, title="Forklift driver", soc_code="")
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-detail", args=[order.pk])).content.decode()
    assert "None chosen" in page
    assert re.search(r"Industrial Truck and Tractor Operators \(53-7051\.00\), \d+% sure", page)
