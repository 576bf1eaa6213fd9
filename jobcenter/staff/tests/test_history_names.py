"""Histories on staff pages name the person who acted, as every other line of those pages does (found walking the
demo: the order's status history read "· staff ·" beside notes by "Sam Staffer"). The audit log page keeps the
username: it is the record of who signed in."""

import pytest
from django.urls import reverse

from jobcenter.core.audit import audit_log
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db


def test_histories_name_the_person_not_their_username(client, personas):
    staff = personas.staff_a
    type(staff).objects.filter(pk=staff.pk).update(first_name="Sam", last_name="Staffer")
    employer = make_employer(job_center=personas.center_a)
    order = make_order(employer=employer, job_center=personas.center_a)
    seeker = make_seeker(job_center=personas.center_a)
    audit_log(action="joborders.order.received", actor=staff, obj=order)
    audit_log(action="employers.worksite.created", actor=staff, obj=employer)
    audit_log(action="seekers.seeker.created", actor=staff, obj=seeker)
    client.force_login(staff)
    pages = {
        "order": client.get(reverse("staff:joborder-detail", args=[order.pk])).content.decode(),
        "employer": client.get(reverse("staff:employer-detail", args=[employer.pk])).content.decode(),
        "person": client.get(reverse("staff:seeker-detail", args=[seeker.state_id])).content.decode(),
    }
    assert " · Sam Staffer · " in pages["order"] and " · staff_a · " not in pages["order"]
    assert "<td>Sam Staffer</td>" in pages["employer"] and "<td>staff_a</td>" not in pages["employer"]
    assert " — Sam Staffer</li>" in pages["person"] and " — staff_a</li>" not in pages["person"]
