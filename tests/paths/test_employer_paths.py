"""Employer paths without a browser: the job center from the service-area table, CSU confirming or changing it,
worksites and contacts edited and removed, the notice PDF before it exists, one overdue definition."""

import datetime as dt

from django.urls import reverse

from jobcenter.accounts.models import ServiceArea
from jobcenter.accounts.selectors import job_center_for_place
from jobcenter.core import clock
from jobcenter.employers import services
from jobcenter.employers.choices import JobCenterSource
from jobcenter.employers.models import DiscontinuationCase
from jobcenter.employers.tests.factories import make_employer as make_pending_employer
from jobcenter.joborders import selectors as order_selectors
from jobcenter.joborders.dashboard import overdue_orders_panel
from jobcenter.testing.joborders import make_employer, make_order


def test_the_zip_row_wins_over_the_county_row_and_unknown_places_have_no_center(personas):
    ServiceArea.objects.create(state="MO", zip_code="64106", job_center=personas.center_a)
    ServiceArea.objects.create(state="MO", county="Jackson", job_center=personas.center_a2)
    assert job_center_for_place(state="mo", postcode="64106-1234", county="Jackson") == personas.center_a
    assert job_center_for_place(state="MO", postcode="64999", county="Jackson County") == personas.center_a2
    assert job_center_for_place(state="MO", postcode="64999", county="") is None
    assert job_center_for_place(state="KS", postcode="64106") is None


def test_a_worksite_proposes_the_center_and_csu_may_change_it_moving_waiting_orders(personas):
    ServiceArea.objects.create(state="MO", zip_code="64106", job_center=personas.center_a)
    employer = make_pending_employer(postcode="65999")
    assert employer.job_center is None
    services.worksite_create(
        employer=employer,
        actor=personas.employer_user,
        name="Plant",
        address_1="1 Grand Blvd",
        city="Kansas City",
        state="MO",
        postcode="64106",
    )
    employer.refresh_from_db()
    assert (employer.job_center, employer.job_center_source) == (personas.center_a, JobCenterSource.PROPOSED)
    waiting = make_order(employer=employer, job_center=personas.center_a, status="screening")
    waiting.created_by = personas.employer_user
    waiting.save()
    staff_entered = make_order(employer=employer, job_center=personas.center_a, status="screening", title="Driver")

    services.employer_verify(employer=employer, actor=personas.csu, job_center=personas.center_b)

    employer.refresh_from_db()
    waiting.refresh_from_db()
    staff_entered.refresh_from_db()
    assert (employer.job_center, employer.job_center_source) == (personas.center_b, JobCenterSource.CONFIRMED)
    assert (waiting.job_center, waiting.region) == (personas.center_b, personas.center_b.region)
    assert staff_entered.job_center == personas.center_a  # staff-entered orders stay with the entering center


def test_a_confirmed_center_is_not_replaced_by_a_later_worksite(personas):
    ServiceArea.objects.create(state="MO", zip_code="63101", job_center=personas.center_b)
    employer = make_employer(job_center=personas.center_a, job_center_source=JobCenterSource.CONFIRMED)
    services.worksite_create(
        employer=employer,
        actor=None,
        name="Depot",
        address_1="2 Market St",
        city="St. Louis",
        state="MO",
        postcode="63101",
    )
    employer.refresh_from_db()
    assert employer.job_center == personas.center_a


def test_staff_edit_and_remove_worksites_and_contacts(client, personas):
    employer = make_employer(job_center=personas.center_a)
    site = services.worksite_create(
        employer=employer,
        actor=None,
        name="Plant",
        address_1="1 Main",
        city="Kansas City",
        state="MO",
        postcode="64106",
    )
    contact = services.contact_create(employer=employer, actor=None, name="Pat Doe", phone="+18165550142")
    client.force_login(personas.staff_a)
    detail = client.get(reverse("staff:employer-detail", args=[employer.pk])).content.decode()
    assert "(816) 555-0142" in detail and "+1816" not in detail

    data = {"name": "Main plant", "address_1": "9 Main", "city": "Kansas City", "state": "mo", "postcode": "64106"}
    response = client.post(reverse("staff:employer-worksite-edit", args=[employer.pk, site.pk]), data)
    assert response.status_code == 302
    site.refresh_from_db()
    assert (site.name, site.address_1, site.state) == ("Main plant", "9 Main", "MO")
    client.post(reverse("staff:employer-worksite-remove", args=[employer.pk, site.pk]))
    site.refresh_from_db()
    assert not site.is_active
    assert "Main plant" not in client.get(reverse("staff:employer-detail", args=[employer.pk])).content.decode()

    response = client.post(
        reverse("staff:employer-contact-edit", args=[employer.pk, contact.pk]), {"name": "Pat Roe", "phone": ""}
    )
    contact.refresh_from_db()
    assert contact.name == "Pat Roe"
    client.post(reverse("staff:employer-contact-remove", args=[employer.pk, contact.pk]))
    assert not employer.contacts.exists()
    # Another job center's staff cannot reach them (404 like missing).
    client.force_login(personas.staff_b)
    other = client.post(reverse("staff:employer-worksite-remove", args=[employer.pk, site.pk]))
    assert other.status_code == 404


def test_the_employer_portal_edits_its_own_worksites_only(client, personas):
    from jobcenter.employers.tests.factories import link

    mine = make_employer(job_center=personas.center_a)
    theirs = make_employer(job_center=personas.center_a)
    link(mine, personas.employer_user)
    site = services.worksite_create(
        employer=mine, actor=None, name="Shop", address_1="1 Main", city="Kansas City", state="MO", postcode="64106"
    )
    other_site = services.worksite_create(
        employer=theirs, actor=None, name="Yard", address_1="2 Main", city="Kansas City", state="MO", postcode="64106"
    )
    client.force_login(personas.employer_user)
    assert client.post(reverse("portal:employer-worksite-remove", args=[other_site.pk])).status_code == 404
    client.post(reverse("portal:employer-worksite-remove", args=[site.pk]))
    site.refresh_from_db()
    assert not site.is_active


def test_a_notice_pdf_asked_for_before_the_notice_exists_is_404(client, personas):
    employer = make_employer(job_center=personas.center_a)
    case = DiscontinuationCase.objects.create(
        employer=employer,
        reason_code="658.501(a)(1)",
        facts="Refused to correct",
        referred_by=personas.staff_a,
        referred_at=clock.now(),
    )
    client.force_login(personas.sma)
    response = client.get(reverse("staff:discontinuation-notice", args=[case.pk]))
    assert response.status_code == 404


def test_the_overdue_card_and_the_overdue_report_count_the_same_orders(rf, personas):
    employer = make_employer(job_center=personas.center_a)
    now = clock.now()
    make_order(
        employer=employer, job_center=personas.center_a, received_at=now - dt.timedelta(days=10), entered_at=None
    )
    late = make_order(
        employer=employer, job_center=personas.center_a, received_at=now - dt.timedelta(days=10), title="Late"
    )
    late.entered_at = late.entry_due_at + dt.timedelta(hours=5)
    late.save()
    make_order(
        employer=employer, job_center=personas.center_b, received_at=now - dt.timedelta(days=10), entered_at=None
    )
    request = rf.get("/staff/")
    request.user = personas.staff_a
    card = overdue_orders_panel(request)
    report = order_selectors.overdue_report(user=personas.staff_a, job_center=personas.center_a)
    assert card.count == sum(len(rows) for rows in report.values()) == 2
    assert f"job_center={personas.center_a.pk}" in card.links[0][1]
