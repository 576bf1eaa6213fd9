"""Only those who hold an order change it (manual: Job Orders from Employers with a Work Site Located in Another
JC's Administrative Area; Job Order from Employer Requesting Confidentiality; ADR 0038)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.selectors import user_holds_order
from jobcenter.joborders.services import job_order_act, job_order_edit
from jobcenter.testing.joborders import make_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(personas, employer):
    return make_order(employer=employer, job_center=personas.center_a, status="open", title="Warehouse Associate")


def test_who_holds_an_order(personas, order):
    from jobcenter.employers.models import EmployerMembership

    EmployerMembership.objects.create(employer=order.employer, user=personas.employer_user)
    assert user_holds_order(personas.staff_a, order)  # its job center
    assert user_holds_order(personas.regional_a, order)  # its region
    assert user_holds_order(personas.csu, order)  # statewide
    assert user_holds_order(personas.employer_user, order)  # the employer's own user
    assert not user_holds_order(personas.staff_b, order)  # another job center, another region
    assert not user_holds_order(personas.regional_b, order)
    assert not user_holds_order(personas.other_employer_user, order)
    assert not user_holds_order(personas.seeker_user, order)


def test_staff_of_another_center_cannot_edit_or_act_and_nothing_changes(personas, order):
    with pytest.raises(PermissionDenied, match="held by"):
        job_order_edit(order=order, actor=personas.staff_b, title="Changed elsewhere")
    with pytest.raises(PermissionDenied, match="held by"):
        job_order_act(order=order, action="close", actor=personas.supervisor_b)
    order.refresh_from_db()
    assert (order.title, order.status) == ("Warehouse Associate", "open")
    assert not order.versions.exists()


def test_staff_of_the_holding_center_can_edit(personas, order):
    job_order_edit(order=order, actor=personas.staff_a, title="Warehouse Lead")
    assert JobOrder.objects.get(pk=order.pk).title == "Warehouse Lead"


def test_other_center_sees_who_holds_the_order_and_no_change_actions(client, personas, order):
    client.force_login(personas.staff_b)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert "This order is held by" in page and personas.center_a.name in page
    assert reverse("staff:joborder-edit", args=[order.pk]) not in page
    assert "Mark filled" not in page
    assert client.get(reverse("staff:joborder-edit", args=[order.pk])).status_code == 403

    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert "This order is held by" not in page
    assert reverse("staff:joborder-edit", args=[order.pk]) in page
