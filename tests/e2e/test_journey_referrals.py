"""Journeys (issue #12 A), clicking only after sign-in:

* staff open a job order, its match list, refer a person who is present, and the referral service is on the
  person's case (manual: Manage Labor Exchange Tools — "Staff should never issue a referral unless the job seeker
  is present or verbally indicates by phone ..."; Case Notes & Services);
* staff work Referrals Pending Review: approve one request, deny another with a reason;
* the employer sees the person referred to its order and records the hire (a placement).
"""

import pytest
from playwright.sync_api import expect

from jobcenter.cases.models import Service
from jobcenter.cases.tests.factories import enroll
from jobcenter.employers.models import EmployerMembership
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.referrals.models import Referral
from jobcenter.referrals.selectors import placements
from jobcenter.referrals.services import referral_create_staff, referral_request_self
from jobcenter.seekers.models import JobSeeker
from jobcenter.testing.browser import login
from jobcenter.testing.joborders import make_employer, make_order
from jobcenter.testing.journeys import PASSWORD, click_nav

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(personas):
    load_occupations()
    employer = make_employer(job_center=personas.center_a, name="Acme Widgets LLC", email="hr@acme.example")
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user)
    order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, title="Forklift Operator")
    return personas, employer, order


def _person(personas, given, surname, user=None):
    seeker = coded_seeker(job_center=personas.center_a, months=24, given_name=given, surname=surname)
    if user is not None:
        JobSeeker.objects.filter(pk=seeker.pk).update(user=user)
        seeker.refresh_from_db()
    return seeker


def test_staff_refer_a_present_person_from_the_match_list_and_the_service_is_on_the_case(page, live_server, world):
    personas, _employer, order = world
    rita = _person(personas, "Rita", "Present")
    enroll(rita, case_manager=personas.staff_a)

    login(page, live_server, "staff_a", PASSWORD)
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    page.get_by_role("link", name="Matching candidates").click()
    page.get_by_role("link", name="Refer Rita Present").click()
    page.get_by_label("In person: the person is here at the job center").check()
    page.get_by_role("button", name="Refer", exact=True).click()

    page.get_by_text("Rita Present was referred to").wait_for()
    section = page.get_by_test_id("referrals").inner_text()
    assert order.number in section and "Referred" in section and "Referral to employment" in section
    referral = Referral.objects.get(seeker=rita, job_order=order)
    assert referral.status == "referred" and referral.consent == "present" and referral.decided_by == personas.staff_a
    service = Service.objects.get(seeker=rita)
    assert referral.service == service and service.pirl_element == 1105 and order.number in service.remarks


def test_staff_approve_one_request_and_deny_another_in_referrals_pending_review(page, live_server, world):
    personas, _employer, order = world
    order.visa_program = "h2a"
    order.save()
    ann = _person(personas, "Ann", "Approved", user=personas.seeker_user)
    dan = _person(personas, "Dan", "Denied", user=personas.other_seeker_user)
    first = referral_request_self(actor=personas.seeker_user, seeker=ann, order=order)
    second = referral_request_self(actor=personas.other_seeker_user, seeker=dan, order=order)

    login(page, live_server, "staff_a", PASSWORD)
    click_nav(page, "Referrals pending review")
    expect(page.get_by_test_id("queue-item")).to_have_count(2)  # count() does not wait for the queue
    page.get_by_role("link", name="Review Ann Approved").click()
    expect(page.get_by_role("main")).to_contain_text("approving enrolls the person first")
    page.get_by_role("button", name="Approve and refer").click()
    page.get_by_text("Ann Approved was referred to").wait_for()
    expect(page.get_by_test_id("queue-item")).to_have_count(1)

    page.get_by_role("link", name="Review Dan Denied").click()
    page.get_by_label("Reason the person is not referred").fill("The employer needs two years of tractor work.")
    page.get_by_role("button", name="Deny").click()
    page.get_by_text("Dan Denied was not referred").wait_for()
    expect(page.get_by_test_id("queue-empty")).to_be_visible()

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "referred" and first.service.code and first.application_sent_at is not None
    assert ann.enrollments.filter(case_manager=personas.staff_a).exists()  # enrolled first
    assert second.status == "denied" and second.deny_reason == "The employer needs two years of tractor work."


def test_the_employer_sees_the_referred_person_and_records_the_hire(page, live_server, world):
    personas, _employer, order = world
    hal = _person(personas, "Hal", "Hired")
    enroll(hal, case_manager=personas.staff_a)
    referral = referral_create_staff(actor=personas.staff_a, seeker=hal, order=order, consent="present")

    login(page, live_server, "employer_user", PASSWORD)
    click_nav(page, "Job orders")
    page.get_by_role("link", name=order.number).click()
    page.get_by_role("link", name="People referred to this job").click()
    card = page.get_by_test_id("candidate")
    expect(card).to_have_count(1)  # count() does not wait for the page of people referred
    assert "Hal Hired" in card.inner_text() and hal.state_id not in card.inner_text()
    card.get_by_label("What happened?").select_option(label="Hired")
    page.get_by_role("button", name="Save what happened with Hal Hired").click()
    page.get_by_text("Saved: Hal Hired, hired.").wait_for()
    expect(page.get_by_test_id("candidate-status")).to_have_text("Hired")

    referral.refresh_from_db()
    assert referral.status == "hired" and referral.outcome_by == personas.employer_user
    assert list(placements()) == [referral]


def test_staff_refer_a_person_by_phone_from_the_person_record(page, live_server, world):
    from jobcenter.testing.journeys import field

    personas, _employer, order = world
    pat = _person(personas, "Pat", "Phoned")
    enroll(pat, case_manager=personas.staff_a)

    login(page, live_server, "staff_a", PASSWORD)
    click_nav(page, "Job seekers")
    field(page, "Name").fill("Pat Phoned")
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_role("link", name="Pat Phoned").click()
    page.get_by_test_id("referrals").get_by_role("link", name="Refer to a job").click()
    page.get_by_role("link", name=f"Refer to {order.number}").click()
    page.get_by_label("By phone: the person said on the phone").check()
    page.get_by_role("button", name="Refer", exact=True).click()
    # The refusal comes back on the same form: wait for it rather than read the page being left.
    expect(page.get_by_role("main")).to_contain_text("Write down when the person agreed by phone")
    page.get_by_label("Phone consent note").fill("Called at 10:15; Pat wants to apply for the forklift job.")
    page.get_by_role("button", name="Refer", exact=True).click()

    page.get_by_text("Pat Phoned was referred to").wait_for()
    assert order.number in page.get_by_test_id("referrals").inner_text()
    referral = Referral.objects.get(seeker=pat, job_order=order)
    assert referral.consent == "phone" and referral.consent_note.startswith("Called at 10:15")
    assert referral.service.seeker == pat


def test_a_reviewer_checks_the_qualifications_of_a_person_another_center_holds_and_releases_the_referral(
    page, live_server, world
):
    """Manual, Referrals Pending Review: staff verify the minimum requirements before a referral is released. The
    person's record is center B's, which the reviewer at center A cannot open; the review item shows the person's
    qualifications beside the order's requirements instead."""
    from jobcenter.matching.services import order_requirements_update
    from jobcenter.seekers.models import Credential

    personas, _employer, order = world
    order.screen_referrals = True
    order.save()
    order_requirements_update(
        order=order,
        actor=personas.staff_a,
        min_education="1",
        min_experience_months=12,
        required_credentials=["Forklift certification"],
    )
    olga = coded_seeker(
        job_center=personas.center_b, months=24, given_name="Olga", surname="Outside", education_level="1"
    )
    Credential.objects.create(seeker=olga, kind="certification", name="Forklift certification")
    JobSeeker.objects.filter(pk=olga.pk).update(user=personas.other_seeker_user)
    olga.refresh_from_db()
    enroll(olga, case_manager=personas.staff_b)
    request = referral_request_self(actor=personas.other_seeker_user, seeker=olga, order=order)

    login(page, live_server, "staff_a", PASSWORD)
    click_nav(page, "Referrals pending review")
    page.get_by_role("link", name="Review Olga Outside").click()
    expect(page.get_by_test_id("person-record-elsewhere")).to_have_text("Person record held by Center B")
    checks = page.get_by_test_id("requirement-check")
    expect(checks).to_have_count(3)
    expect(checks.nth(0)).to_contain_text("A high school diploma or more")
    expect(checks.nth(0)).to_contain_text("A high school diploma")
    expect(checks.nth(1)).to_contain_text("12 months in this occupation")
    expect(checks.nth(1)).to_contain_text("24 months in this occupation or a related one")
    expect(checks.nth(2)).to_contain_text("Forklift certification")
    expect(checks.nth(2)).to_contain_text("On the résumé")
    facts = page.get_by_test_id("resume-facts")
    expect(facts).to_contain_text("Worker (")
    expect(facts).to_contain_text("Forklift certification")
    expect(page.get_by_test_id("qualifications")).not_to_contain_text(olga.email)
    page.get_by_role("button", name="Approve and refer").click()
    page.get_by_text("Olga Outside was referred to").wait_for()
    expect(page.get_by_test_id("queue-empty")).to_be_visible()

    request.refresh_from_db()
    assert request.status == "referred" and request.decided_by == personas.staff_a and request.service is not None
