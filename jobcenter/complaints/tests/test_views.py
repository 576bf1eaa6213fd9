"""The complaint pages: intake from a person's record, the log and its filters, the complaint page's steps, the CSV
export (SMA only, audited), 404 outside the scope, and the navigation and dashboard links."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jobcenter.complaints.choices import ComplaintStatus
from jobcenter.complaints.models import Complaint
from jobcenter.complaints.tests.conftest import TODAY, take
from jobcenter.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _intake(p, **overrides):
    return {
        "job_center": p.center_a.pk,
        "filed_on": TODAY.isoformat(),
        "msfw": "on",
        "kind": "employment_law",
        "respondent_kind": "employer",
        "employer": p.employer.legal_name,
        "description": "Paid below the promised piece rate.",
        "in_writing": "on",
        **overrides,
    }


def test_staff_take_a_farmworker_complaint_from_the_persons_record(client, world):
    client.force_login(world.staff_a)
    record = client.get(reverse("staff:seeker-detail", args=[world.farmworker.state_id])).content.decode()
    link = f"{reverse('staff:complaint-new')}?seeker={world.farmworker.state_id}"
    assert link in record
    page = client.get(link)
    assert page.status_code == 200
    assert page.context["form"].fields["msfw"].initial is True  # from the record's MSFW designation
    assert "complainant_name" not in page.context["form"].fields
    response = client.post(link, _intake(world))
    complaint = Complaint.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "staff:complaint-detail", args=[complaint.pk]
    )
    assert complaint.seeker == world.farmworker and complaint.awaiting_referral
    detail = client.get(response["Location"]).content.decode()
    assert 'data-testid="referral-required"' in detail and "658.422" in detail
    assert "employment_law" not in detail and "Record the resolution" not in detail


def test_intake_refuses_an_oral_farmworker_law_complaint_beside_the_box(client, world):
    client.force_login(world.staff_a)
    link = f"{reverse('staff:complaint-new')}?seeker={world.farmworker.state_id}"
    response = client.post(link, _intake(world, in_writing=""))
    assert response.status_code == 400
    assert "must be taken in writing" in str(response.context["form"].errors["in_writing"])
    assert not Complaint.objects.exists()


def test_a_person_outside_the_scope_gives_404_on_intake(client, world):
    client.force_login(world.staff_b)
    assert client.get(f"{reverse('staff:complaint-new')}?seeker={world.farmworker.state_id}").status_code == 404


def test_out_of_scope_complaint_is_the_same_404_as_a_missing_one(client, world):
    complaint = take(world)
    client.force_login(world.staff_b)
    for name in ("staff:complaint-detail",):
        assert client.get(reverse(name, args=[complaint.pk])).status_code == 404
        assert client.get(reverse(name, args=[complaint.pk + 999])).status_code == 404
    before = AuditEntry.objects.count()
    response = client.post(reverse("staff:complaint-refer", args=[complaint.pk]), {"agency": "X", "on": TODAY})
    assert response.status_code == 404 and AuditEntry.objects.count() == before


def test_refer_resolve_close_through_the_page(client, world):
    complaint = take(world)
    client.force_login(world.staff_a)
    client.post(
        reverse("staff:complaint-refer", args=[complaint.pk]), {"agency": "Wage and Hour Division", "on": TODAY}
    )
    assert (
        client.post(
            reverse("staff:complaint-resolve", args=[complaint.pk]), {"resolution": "x", "on": TODAY}
        ).status_code
        == 403
    )
    client.force_login(world.sma)
    page = client.get(reverse("staff:complaint-detail", args=[complaint.pk])).content.decode()
    assert "Record the resolution" in page and "Wage and Hour Division" in page
    client.post(
        reverse("staff:complaint-resolve", args=[complaint.pk]), {"resolution": "Back wages paid.", "on": TODAY}
    )
    client.post(reverse("staff:complaint-close", args=[complaint.pk]), {"note": ""})
    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.CLOSED


def test_log_filters_and_plain_words(client, world):
    take(world)
    take(world, msfw=False, kind="es_regulations", in_writing=False)
    client.force_login(world.sma)
    page = client.get(reverse("staff:complaint-list"))
    assert len(page.context["page"]) == 2
    text = page.content.decode()
    assert "Employment-related law" in text and "Employment Service regulations" in text and "to refer" in text
    assert len(client.get(reverse("staff:complaint-list"), {"msfw": "yes"}).context["page"]) == 1
    assert len(client.get(reverse("staff:complaint-list"), {"status": "closed"}).context["page"]) == 0
    assert (
        len(client.get(reverse("staff:complaint-list"), {"center": "nonsense", "status": "bogus"}).context["page"]) == 2
    )
    client.force_login(world.staff_b)
    assert len(client.get(reverse("staff:complaint-list")).context["page"]) == 0


def test_export_is_for_the_sma_bounded_and_audited(client, world):
    take(world)
    take(world, seeker=None, complainant_name="=SUM(1)", msfw=False)  # a formula is never run by a spreadsheet
    client.force_login(world.staff_a)
    assert client.get(reverse("staff:complaint-export")).status_code == 403
    client.force_login(world.sma)
    response = client.get(reverse("staff:complaint-export"), {"msfw": "yes"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert body.splitlines()[0].startswith("Complaint,Job center,Complainant,Respondent,Date filed")
    assert world.farmworker.full_name in body and "Orchard Hill Farms" in body
    entry = AuditEntry.objects.get(action="complaints.log.exported")
    assert entry.data == {"rows": 1, "filters": {"msfw": "yes"}}
    assert "'=SUM(1)" in client.get(reverse("staff:complaint-export")).content.decode()


def test_navigation_and_sma_dashboard_link_to_the_log(client, world):
    log = reverse("staff:complaint-list")
    client.force_login(world.staff_a)
    assert f'href="{log}"' in client.get(reverse("staff:dashboard")).content.decode()
    client.force_login(world.sma)
    dashboard = client.get(reverse("staff:dashboard"))
    assert any(p.title == "Complaints" for p in dashboard.context["panels"])
    client.force_login(world.analyst)
    assert f'href="{log}"' not in client.get(reverse("staff:dashboard")).content.decode()
