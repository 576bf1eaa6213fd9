"""Reachability per persona: starting at the landing page, following links and GET forms (bounded), every page
the role's capabilities allow is reached by clicking, no page answers 5xx, and no page shows a raw internal
(dotted audit codes, E.164 numbers, True/False/None, timedelta microseconds, snake_case choice values).

Runs over the demo data (loaded once for the module, rolled back at the end). The crawler and the raw-internals
check live in ``jobcenter.testing.reach`` for every area to reuse; add your pages to ``EXPECTED`` below.
"""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client

from jobcenter.accounts.models import User
from jobcenter.accounts.roles import user_can
from jobcenter.core.demo import load_demo
from jobcenter.testing.reach import crawl
from jobcenter.testing.reference import restore_reference_data

# capability -> view names a person with it must reach by clicking from their landing page ("a|b": either view,
# e.g. the person record is served at the seeker URL and at the case URL)
EXPECTED: dict[str, tuple[str, ...]] = {
    "staff.workspace": ("staff:dashboard", "staff:inbox"),
    "seekers.search": ("staff:seeker-search",),
    "seekers.view": ("staff:seeker-detail|staff:case-detail",),
    "cases.view": ("staff:cases-caseload", "staff:case-events"),
    "employers.view": ("staff:employer-list", "staff:employer-detail"),
    "joborders.view": ("staff:joborder-list", "staff:joborder-detail"),
    "employers.verify": ("staff:employer-verification-queue",),
    "dedupe.review": ("staff:duplicates",),
    "audit.view": ("staff:audit-log",),
    # wage follow-up (issue #14): the interviewer's queue and a case; the data-collection supervisor's dashboard,
    # an overdue case and the reports
    "followup.interview": ("staff:followup-queue", "staff:followup-case"),
    "followup.supervise": ("staff:followup-dashboard", "staff:followup-reports"),
    "complaints.take": ("staff:complaint-list", "staff:complaint-detail", "staff:complaint-new"),
    "matching.refer": ("staff:referral-review", "staff:referral-review-detail"),
    "portal.employer": (
        "portal:employer-home",
        "portal:employer-company",
        "portal:employer-worksites",
        "portal:employer-joborders",
        "portal:employer-joborder-new",
        "portal:employer-candidates",
        "portal:employer-joborder-fill",
        "portal:employer-joborder-close",
    ),
    "portal.seeker": (
        "portal:seeker-home",
        "portal:job-search|portal:seeker-jobs",
        "portal:job-public|portal:seeker-job-detail",
        "portal:my-referrals",
        "portal:notification-preferences",
        "portal:saved-searches",
    ),
}
# capability -> view names of fragments (htmx ``hx-get``) that pages the person reaches ask for and that answer them
# (type-ahead lists and hints: not clicked, so not in EXPECTED)
EXPECTED_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "portal.employer": ("industry-suggest",),  # the company profile's industry picker
    "employers.register": ("industry-suggest",),  # staff-assisted employer registration
    "joborders.edit": ("occupation-suggest",),
}
PERSONAS = [
    "staff",
    "supervisor",
    "regional",
    "csu",
    "flc",
    "wpc",
    "sma",
    "analyst",
    "interviewer",
    "dcsupervisor",
    "admin",
    "seeker",
    "employer",
]


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker):
    """The demo data for every test of this module, in one transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        restore_reference_data()  # earlier transactional tests may have emptied the reference rows
        load_demo(verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("username", PERSONAS)
def test_every_page_of_the_role_is_reachable_and_shows_nothing_raw(demo_world, db, username):
    user = User.objects.get(username=username)
    client = Client()
    client.force_login(user)
    result = crawl(client, "/", max_pages=70, per_view=2)

    assert not result.server_errors, "\n".join(result.server_errors)
    missing = sorted(view for capability, views in EXPECTED.items() if user_can(user, capability) for view in views)
    missing = [view for view in missing if not set(view.split("|")) & result.views]
    assert not missing, f"{username} cannot reach by clicking: {missing}"
    wanted = {view for capability, views in EXPECTED_FRAGMENTS.items() if user_can(user, capability) for view in views}
    assert not wanted - result.fragments, f"{username}'s pages do not ask for: {sorted(wanted - result.fragments)}"
    assert not result.problems, f"{username} sees raw internals:\n" + "\n".join(result.problems)
