"""Accessibility: axe-core (WCAG 2 A/AA rules) finds no serious or critical problem on the pages people use
all day. axe-core comes from npm (devDependency) and is injected into the real page in Debian chromium."""

from pathlib import Path

import pytest

from jobcenter.core.demo import DEMO_PASSWORD, load_demo
from jobcenter.testing.browser import login
from jobcenter.testing.reference import restore_reference_data

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make install` (npm installs axe-core)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """axe-core is injected as an inline script, which the site's Content-Security-Policy (rightly) blocks: let
    the test's own injection through. Pages are still served with their CSP (test_csp_browser.py checks it)."""
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def demo(db):
    restore_reference_data()  # earlier transactional tests emptied the rows data migrations publish
    load_demo(verbosity=0)


def check(page, url: str) -> list[str]:
    page.goto(url)
    return [f"{url}: {v}" for v in violations(page)]


def test_public_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    problems = []
    from jobcenter.joborders.models import JobOrder

    job = JobOrder.objects.filter(status="open", employer__status="active").first()
    for path in (
        "/accounts/login/",
        "/portal/seeker/register/",
        "/portal/employer/register/",
        "/",  # the public job search (issue #12)
        "/portal/jobs/?q=warehouse&place=64106&radius=25&employment_type=full_time",
        "/portal/jobs/?radius=900&min_wage=abc",  # with errors shown
        f"/portal/jobs/{job.pk}/",
    ):
        problems += check(page, live_server.url + path)
    assert not problems, "\n".join(problems)


def test_staff_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    from jobcenter.seekers.models import JobSeeker

    seeker = JobSeeker.objects.filter(home_job_center__code="KC-DT", enrollments__isnull=False).first()
    login(page, live_server, "staff", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/staff/")
    problems = []
    for path in (
        "/staff/",
        "/staff/seekers/",
        "/staff/seekers/register/",
        "/staff/cases/",
        f"/staff/cases/seekers/{seeker.pk}/",
        "/staff/job-orders/",
        "/staff/job-orders/new/",
        "/staff/employers/",
        "/staff/parameters/",
        "/staff/inbox/",
        *_complaint_pages(),  # the complaint log, intake and a demo complaint (ADR 0045)
        *_occupation_pages(),  # person record with its occupations, the correction page, an order (issue #11)
    ):
        problems += check(page, live_server.url + path)
    assert not problems, "\n".join(problems)


def _complaint_pages() -> list[str]:
    from jobcenter.complaints.models import Complaint

    complaint = Complaint.objects.filter(job_center__code="KC-DT").first()
    return ["/staff/complaints/", "/staff/complaints/new/", f"/staff/complaints/{complaint.pk}/"]


def _occupation_pages() -> list[str]:
    from jobcenter.joborders.models import JobOrder
    from jobcenter.seekers.models import SeekerOccupation

    pages = []
    from jobcenter.occupations.models import Occupation

    row = SeekerOccupation.objects.filter(seeker__home_job_center__code="KC-DT", applies=True).first()
    assert row is not None or not Occupation.objects.exists()  # the demo codes lay titles when O*NET is there
    if row is not None:
        pages += [
            f"/staff/seekers/{row.seeker.state_id}/",
            f"/staff/seekers/{row.seeker.state_id}/occupations/{row.pk}/correct/",
        ]
    order = JobOrder.objects.filter(job_center__code="KC-DT").first()
    if order is not None:
        pages.append(f"/staff/job-orders/{order.pk}/")
    return pages


def test_portal_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    login(page, live_server, "seeker", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/portal/seeker/")
    problems = []
    from jobcenter.joborders.models import JobOrder
    from jobcenter.savedsearches.messages import stop_token
    from jobcenter.savedsearches.services import saved_search_create
    from jobcenter.seekers.models import JobSeeker

    job = JobOrder.objects.filter(status="open", employer__status="active").first()
    saved = saved_search_create(
        seeker=JobSeeker.objects.get(user__username="seeker"), criteria={"q": "warehouse"}, actor=None
    )
    for path in (
        "/portal/seeker/",
        "/portal/seeker/jobs/",
        f"/portal/jobs/{job.pk}/",  # with "Refer me" (issue #12)
        "/portal/seeker/referrals/",
        "/portal/seeker/notifications/",
        "/portal/jobs/?q=warehouse",  # with "Save this search" (ADR 0044)
        "/portal/seeker/saved-searches/",
        f"/portal/seeker/saved-searches/{saved.pk}/edit/",
        f"/portal/seeker/saved-searches/{saved.pk}/delete/",
        f"/portal/saved-searches/stop/{stop_token(saved.pk)}/",
    ):
        problems += check(page, live_server.url + path)
    assert not problems, "\n".join(problems)


def test_csu_and_employer_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    login(page, live_server, "csu", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/staff/")
    problems = []
    for path in ("/staff/duplicates/", "/staff/employers/verification/", "/staff/fraud/", "/staff/audit/"):
        problems += check(page, live_server.url + path)
    page.context.clear_cookies()
    login(page, live_server, "employer", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/portal/employer/")
    for path in (
        "/portal/employer/",
        "/portal/employer/job-orders/",
        "/portal/employer/job-orders/new/",
        "/portal/employer/company/",
    ):
        problems += check(page, live_server.url + path)
    assert not problems, "\n".join(problems)


def test_referral_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    """Issue #12 A: the consent step, Referrals Pending Review, a review, and the employer's referred people."""
    from jobcenter.cases.models import Enrollment
    from jobcenter.joborders.models import JobOrder
    from jobcenter.referrals.models import Referral

    order = JobOrder.objects.filter(referrals__status="hired").first()
    enrolled = Enrollment.objects.filter(seeker__home_job_center__code="KC-DT").first().seeker
    pending = Referral.objects.filter(status="pending_review", job_center__code="KC-DT").first()
    login(page, live_server, "staff", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/staff/")
    problems = []
    for path in (
        "/staff/referrals/review/",
        f"/staff/referrals/{pending.pk}/review/",
        f"/staff/job-orders/{order.pk}/refer/{enrolled.state_id}/",
        f"/staff/seekers/{enrolled.state_id}/refer/",
        f"/staff/job-orders/{order.pk}/",
    ):
        problems += check(page, live_server.url + path)
    page.context.clear_cookies()
    login(page, live_server, "employer", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/portal/employer/")
    problems += check(page, f"{live_server.url}/portal/employer/job-orders/{order.pk}/candidates/")
    assert not problems, "\n".join(problems)


def test_wage_follow_up_pages_have_no_serious_accessibility_problems(page, live_server, demo):
    from jobcenter.followup.models import FollowupCase

    case = FollowupCase.objects.filter(attempts__isnull=False).first() or FollowupCase.objects.first()
    login(page, live_server, "dcsupervisor", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/staff/")
    problems = []
    for path in (
        "/staff/followup/",
        "/staff/followup/supervision/",
        "/staff/followup/reports/",
        f"/staff/followup/cases/{case.pk}/",
        f"/staff/followup/cases/{case.pk}/attempts/new/",
        f"/staff/followup/cases/{case.pk}/interview/",
        f"/staff/followup/cases/{case.pk}/assign/",
        f"/staff/followup/cases/{case.pk}/documents/new/",
    ):
        problems += check(page, live_server.url + path)
    assert not problems, "\n".join(problems)
