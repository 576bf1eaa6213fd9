"""Referral pages (staff, employer portal) and the API, through the Django test client."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from jobcenter.cases.models import Service
from jobcenter.core import clock
from jobcenter.referrals.models import Referral
from jobcenter.referrals.services import referral_create_staff, referral_request_self

pytestmark = pytest.mark.django_db


def _page(client, user, url, **post):
    client.force_login(user)
    return client.post(url, post) if post else client.get(url)


def test_the_match_list_offers_refer_and_then_shows_the_referral(client, personas, enrolled, order):
    url = reverse("staff:match-order", args=[order.pk])
    html = _page(client, personas.staff_a, url).content.decode()
    refer_url = reverse("staff:referral-new", args=[order.pk, enrolled.state_id])
    assert refer_url in html and f"Refer {enrolled.full_name}" in html
    response = _page(client, personas.staff_a, refer_url, consent="present")
    assert response.status_code == 302 and response["Location"] == reverse(
        "staff:seeker-detail", args=[enrolled.state_id]
    )
    assert Referral.objects.get().status == "referred"
    assert Service.objects.get(seeker=enrolled).code == "103"
    html = _page(client, personas.staff_a, url).content.decode()
    assert refer_url not in html and ">Referred<" in html
    record = _page(client, personas.staff_a, reverse("staff:seeker-detail", args=[enrolled.state_id])).content.decode()
    assert 'data-testid="referrals"' in record and order.number in record and "Referral to employment" in record


def test_a_phone_consent_without_a_note_shows_the_error_on_the_page(client, personas, enrolled, order):
    url = reverse("staff:referral-new", args=[order.pk, enrolled.state_id])
    response = _page(client, personas.staff_a, url, consent="phone", consent_note="")
    assert response.status_code == 200 and "Write down when the person agreed by phone" in response.content.decode()
    assert not Referral.objects.exists()


def test_the_refer_page_says_why_a_person_cannot_be_referred(client, personas, seeker, order):
    url = reverse("staff:referral-new", args=[order.pk, seeker.state_id])
    html = _page(client, personas.staff_a, url).content.decode()
    assert "complete the WP enrollment" in html and 'type="submit">Refer<' not in html


def test_the_refer_page_asks_for_the_labor_dispute_notice(client, personas, enrolled, order, employer):
    from jobcenter.joborders.models import LaborDispute

    LaborDispute.objects.create(
        employer=employer,
        establishment="Main plant",
        job_center=personas.center_a,
        region=personas.region_a,
        description="Strike",
        status="verified",
        positions_at_issue=["Machinist"],
        reported_by=personas.staff_a,
        reported_at=clock.now(),
    )
    url = reverse("staff:referral-new", args=[order.pk, enrolled.state_id])
    html = _page(client, personas.staff_a, url).content.decode()
    assert "A labor dispute currently exists at this employing establishment" in html
    assert "You must receive" not in html
    html = _page(client, personas.staff_a, url, consent="present").content.decode()
    assert "give the person the written notice" in html and not Referral.objects.exists()
    response = _page(client, personas.staff_a, url, consent="present", dispute_notice_given="on")
    assert response.status_code == 302 and Referral.objects.get().dispute_notice


def test_refer_to_a_job_from_the_person_record(client, personas, enrolled, order):
    record = _page(client, personas.staff_a, reverse("staff:seeker-detail", args=[enrolled.state_id])).content.decode()
    url = reverse("staff:seeker-refer", args=[enrolled.state_id])
    assert url in record
    html = _page(client, personas.staff_a, url).content.decode()
    assert reverse("staff:referral-new", args=[order.pk, enrolled.state_id]) in html
    found = _page(client, personas.staff_a, url + f"?order={order.number}")
    assert found["Location"] == reverse("staff:referral-new", args=[order.pk, enrolled.state_id])
    assert "No job order has that number" in _page(client, personas.staff_a, url + "?order=JO-999999").content.decode()


@pytest.fixture
def pending(personas, seeker, order):
    order.screen_referrals = True
    order.save()
    return referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)


def test_the_queue_and_the_dashboard_count_and_flag_waiting_requests(client, personas, seeker, order):
    order.screen_referrals = True
    order.save()
    with clock.frozen(dt.datetime(2026, 10, 29, 9, 0, tzinfo=clock.local_tz())):  # Thursday
        pending = referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)
    with clock.frozen(dt.datetime(2026, 10, 30, 9, 0, tzinfo=clock.local_tz())):  # Friday: one business day
        html = _page(client, personas.staff_a, reverse("staff:referral-review")).content.decode()
        assert pending.seeker.full_name in html and 'data-testid="flagged"' not in html
    client.logout()
    queue = reverse("staff:referral-review")
    html = _page(client, personas.staff_a, queue).content.decode()  # Monday 2 November: two business days
    assert 'data-testid="flagged"' in html and "waiting 2 business days" in html
    dash = _page(client, personas.staff_a, reverse("staff:dashboard")).content.decode()
    assert "Referrals pending review" in dash and "1 waiting more than a business day" in dash
    assert "Nothing is waiting" in _page(client, personas.staff_b, queue).content.decode()


def test_approve_and_deny_from_the_review_page(client, personas, pending, order, occupations):
    from jobcenter.matching.tests.factories import coded_seeker
    from jobcenter.seekers.models import JobSeeker

    url = reverse("staff:referral-review-detail", args=[pending.pk])
    html = _page(client, personas.staff_a, url).content.decode()
    assert "approving enrolls the person first" in html
    response = _page(client, personas.staff_a, url, action="approve")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == "referred" and pending.service is not None

    other = coded_seeker(job_center=personas.center_a, months=24)
    JobSeeker.objects.filter(pk=other.pk).update(user=personas.other_seeker_user)
    other.refresh_from_db()
    second = referral_request_self(actor=personas.other_seeker_user, seeker=other, order=order)
    url = reverse("staff:referral-review-detail", args=[second.pk])
    assert "This field is required" in _page(client, personas.staff_a, url, action="deny", reason="").content.decode()
    response = _page(client, personas.staff_a, url, action="deny", reason="The order needs a forklift license")
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.status == "denied" and second.deny_reason == "The order needs a forklift license"


def test_the_order_page_shows_its_referral_history(client, personas, enrolled, order):
    referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    html = _page(client, personas.staff_a, reverse("staff:joborder-detail", args=[order.pk])).content.decode()
    assert 'data-testid="order-referrals"' in html and enrolled.full_name in html


def test_the_employer_sees_referred_people_without_protected_data_and_records_a_hire(client, personas, enrolled, order):
    type(enrolled).objects.filter(pk=enrolled.pk).update(ssn_last4="6789", eligible_veteran="1")
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    detail = _page(client, personas.employer_user, reverse("portal:employer-joborder-detail", args=[order.pk]))
    url = reverse("portal:employer-candidates", args=[order.pk])
    assert url in detail.content.decode()
    html = _page(client, personas.employer_user, url).content.decode()
    assert enrolled.full_name in html and "6789" not in html and enrolled.state_id not in html
    assert "veteran" not in html.lower()
    response = _page(
        client,
        personas.employer_user,
        reverse("portal:employer-referral-outcome", args=[r.pk]),
        **{f"r{r.pk}-outcome": "hired", f"r{r.pk}-on": "2026-11-02"},
    )
    assert response.status_code == 302
    r.refresh_from_db()
    assert r.status == "hired" and r.outcome_on == dt.date(2026, 11, 2)
    assert "Hired" in _page(client, personas.employer_user, url).content.decode()
    assert _page(client, personas.other_employer_user, url).status_code == 404


def test_an_employer_mistake_is_shown_on_that_persons_card_and_nothing_is_saved(client, personas, enrolled, order):
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    response = _page(
        client,
        personas.employer_user,
        reverse("portal:employer-referral-outcome", args=[r.pk]),
        **{f"r{r.pk}-outcome": "hired", f"r{r.pk}-on": ""},
    )
    assert response.status_code == 422
    page = html.unescape(response.content.decode())
    card = page[page.index(f'action="{reverse("portal:employer-referral-outcome", args=[r.pk])}"') :]
    assert "This field is required." in card[: card.index("</form>")]  # beside the date, on this person's card
    assert f"Nothing was saved for {enrolled.full_name}" in page
    r.refresh_from_db()
    assert r.status == "referred" and r.outcome_on is None


def test_the_api_refers_a_seeker_once_and_staff_approve(client, personas, seeker, order):
    client.force_login(personas.seeker_user)
    created = client.post("/api/v1/referrals/", {"order_id": order.pk}, content_type="application/json")
    assert created.status_code == 201 and created.json()["status"] == "referred" and created.json()["state_id"] == ""
    again = client.post("/api/v1/referrals/", {"order_id": order.pk}, content_type="application/json")
    assert again.status_code == 422
    assert again.json()["reasons"] == ["You have already asked to be referred to this job."]
    mine = client.get("/api/v1/referrals/").json()
    assert [r["order_number"] for r in mine] == [order.number]


def test_the_api_approves_denies_and_records_outcomes(client, personas, pending):
    client.force_login(personas.staff_b)
    assert (
        client.post(f"/api/v1/referrals/{pending.pk}/approve", {}, content_type="application/json").status_code == 404
    )
    client.force_login(personas.staff_a)
    ok = client.post(f"/api/v1/referrals/{pending.pk}/approve", {}, content_type="application/json")
    assert ok.status_code == 200 and ok.json()["status"] == "referred" and ok.json()["service_code"] == "103"
    client.force_login(personas.employer_user)
    out = client.post(
        f"/api/v1/referrals/{pending.pk}/outcome",
        {"outcome": "hired", "on": "2026-11-02"},
        content_type="application/json",
    )
    assert out.status_code == 200 and out.json()["status"] == "hired"
    bad = client.post(
        f"/api/v1/referrals/{pending.pk}/outcome",
        {"outcome": "hired", "on": "2026-12-02"},
        content_type="application/json",
    )
    assert bad.status_code == 422


def test_the_queue_puts_covered_persons_first(client, personas, seeker, order, occupations):
    from jobcenter.matching.tests.factories import coded_seeker
    from jobcenter.seekers.models import JobSeeker

    order.screen_referrals = True
    order.save()
    referral_request_self(actor=personas.seeker_user, seeker=seeker, order=order)  # first in, no priority
    vet = coded_seeker(job_center=personas.center_a, months=24, given_name="Vera", surname="Veteran")
    JobSeeker.objects.filter(pk=vet.pk).update(user=personas.other_seeker_user, eligible_veteran="2")
    vet.refresh_from_db()
    referral_request_self(actor=personas.other_seeker_user, seeker=vet, order=order)
    html = _page(client, personas.staff_a, reverse("staff:referral-review")).content.decode()
    assert html.index("Vera Veteran") < html.index(seeker.full_name)
    assert "Covered person (veteran or eligible spouse)" in html


def test_the_review_page_links_the_person_record_only_for_a_reviewer_who_may_open_it(client, personas, pending, order):
    """A request from a person whose record another area holds shows no link to a "Page not found"."""
    from jobcenter.matching.tests.factories import coded_seeker
    from jobcenter.seekers.models import JobSeeker

    own_record = reverse("staff:seeker-detail", args=[pending.seeker.state_id])
    html = _page(client, personas.staff_a, reverse("staff:referral-review-detail", args=[pending.pk])).content.decode()
    assert f'href="{own_record}"' in html

    outsider = coded_seeker(job_center=personas.center_b, months=24)
    JobSeeker.objects.filter(pk=outsider.pk).update(user=personas.other_seeker_user)
    outsider.refresh_from_db()
    request = referral_request_self(actor=personas.other_seeker_user, seeker=outsider, order=order)
    record = reverse("staff:seeker-detail", args=[outsider.state_id])
    assert _page(client, personas.staff_a, record).status_code == 404  # staff of center A may not open it
    html = _page(client, personas.staff_a, reverse("staff:referral-review-detail", args=[request.pk])).content.decode()
    assert record not in html and "Person record held by Center B" in html


def _outsider_request(personas, order, **seeker_fields):
    """A request waiting in center A's queue from a person whose record center B holds (staff of A cannot open it)."""
    import datetime as dt

    from jobcenter.matching.services import order_requirements_update
    from jobcenter.matching.tests.factories import coded_seeker
    from jobcenter.seekers.models import Credential, JobSeeker

    order_requirements_update(
        order=order,
        actor=personas.staff_a,
        min_education="1",
        min_experience_months=12,
        required_credentials=["Forklift certification"],
    )
    outsider = coded_seeker(
        job_center=personas.center_b,
        months=24,
        given_name="Olga",
        surname="Outside",
        education_level="7",
        phone="(816) 555-0199",
        **seeker_fields,
    )
    Credential.objects.create(
        seeker=outsider, kind="certification", name="Forklift certification", expires_on=dt.date(2027, 6, 30)
    )
    JobSeeker.objects.filter(pk=outsider.pk).update(user=personas.other_seeker_user)
    outsider.refresh_from_db()
    return outsider, referral_request_self(actor=personas.other_seeker_user, seeker=outsider, order=order)


def test_the_review_shows_a_person_held_elsewhere_qualifications_beside_the_orders_requirements(
    client, personas, pending, order
):
    """Manual, Referrals Pending Review: staff refer only a person who meets the minimum requirements. The reviewer
    at center A cannot open the record center B holds; the review shows what the check needs, nothing else."""
    outsider, request = _outsider_request(personas, order)
    assert _page(client, personas.staff_a, reverse("staff:seeker-detail", args=[outsider.state_id])).status_code == 404

    page = _page(client, personas.staff_a, reverse("staff:referral-review-detail", args=[request.pk])).content.decode()
    text = html.unescape(page)
    section = text[
        text.index('data-testid="qualifications"') : text.index("</section>", text.index("qualifications-h"))
    ]
    assert "Minimum requirements and Olga Outside's qualifications" in section
    assert '<th scope="row" data-label="Requirement">Education</th>' in section
    assert "A high school diploma or more" in section and "A bachelor's degree" in section
    assert "12 months in this occupation (Industrial Truck and Tractor Operators) or a related one" in section
    assert "24 months in this occupation or a related one" in section
    assert "Forklift certification" in section and "On the résumé" in section
    assert "Worker (October 2024 to October 2026)" in section  # work history title and dates
    assert "Forklift certification (valid until Jun 30, 2027)" in section
    assert section.count(">Yes<") == 3 and ">No<" not in section
    # Nothing beyond the check: no contact, SSN, date of birth or address of the person, and no record link.
    for private in ("555-0199", outsider.email, "1980", outsider.address_1, "SSN", "Social Security"):
        assert private not in section, private
    assert reverse("staff:seeker-detail", args=[outsider.state_id]) not in page


def test_an_unmet_requirement_reads_no_beside_what_the_person_has(client, personas, pending, order):
    from jobcenter.seekers.models import JobSeeker

    outsider, request = _outsider_request(personas, order)
    JobSeeker.objects.filter(pk=outsider.pk).update(education_level="0")
    outsider.refresh_from_db()
    outsider.save()  # the match index follows the profile
    page = html.unescape(
        _page(client, personas.staff_a, reverse("staff:referral-review-detail", args=[request.pk])).content.decode()
    )
    assert 'A high school diploma or more</td><td data-label="Olga Outside has">No diploma</td>' in page
    assert "<strong>No</strong>" in page


def test_qualifications_are_shown_only_for_a_request_in_the_reviewers_queue(personas, pending, order):
    from jobcenter.referrals.selectors import review_qualifications
    from jobcenter.referrals.services import referral_review_deny

    _outsider, request = _outsider_request(personas, order)
    assert review_qualifications(user=personas.staff_a, referral_id=request.pk) is not None
    assert review_qualifications(user=personas.staff_b, referral_id=request.pk) is None  # not center B's queue
    assert review_qualifications(user=personas.employer_user, referral_id=request.pk) is None
    assert review_qualifications(user=personas.other_seeker_user, referral_id=request.pk) is None
    referral_review_deny(actor=personas.staff_a, referral=request, reason="Needs a current certificate.")
    assert review_qualifications(user=personas.staff_a, referral_id=request.pk) is None  # decided: out of the queue


def test_the_employer_outcome_starts_unchosen_so_a_stray_click_records_no_hire(client, personas, enrolled, order):
    # Found walking the demo: "What happened?" opened on "Hired", so pressing Save without choosing recorded a
    # placement (counted in the labor exchange report).
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    url = reverse("portal:employer-candidates", args=[order.pk])
    page = _page(client, personas.employer_user, url).content.decode()
    select = page[page.index(f'name="r{r.pk}-outcome"') :]
    select = select[: select.index("</select>")]
    assert '<option value="" selected>' in select
    response = _page(
        client,
        personas.employer_user,
        reverse("portal:employer-referral-outcome", args=[r.pk]),
        **{f"r{r.pk}-outcome": "", f"r{r.pk}-on": "2026-11-02"},
    )
    assert response.status_code == 422
    r.refresh_from_db()
    assert r.status == "referred"


def test_after_an_outcome_the_employer_sees_it_chosen_on_the_card(client, personas, enrolled, order):
    r = referral_create_staff(actor=personas.staff_a, seeker=enrolled, order=order, consent="present")
    _page(
        client,
        personas.employer_user,
        reverse("portal:employer-referral-outcome", args=[r.pk]),
        **{f"r{r.pk}-outcome": "not_hired", f"r{r.pk}-on": "2026-11-02"},
    )
    page = _page(client, personas.employer_user, reverse("portal:employer-candidates", args=[order.pk])).content
    assert '<option value="not_hired" selected>' in page.decode()


def test_the_persons_matching_jobs_offer_refer_and_then_show_the_referral(client, personas, enrolled, order):
    # Found walking the demo: staff reached "Jobs that match" from the person's record and found no way to refer
    # from it (only the order's candidate list had "Refer").
    url = reverse("staff:match-seeker", args=[enrolled.state_id])
    page = _page(client, personas.staff_a, url).content.decode()
    refer_url = reverse("staff:referral-new", args=[order.pk, enrolled.state_id])
    assert refer_url in page
    _page(client, personas.staff_a, refer_url, consent="present")
    page = _page(client, personas.staff_a, url).content.decode()
    assert refer_url not in page and ">Referred<" in page
