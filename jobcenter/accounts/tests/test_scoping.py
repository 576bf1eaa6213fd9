"""The one scoping helper: each role sees exactly the personal data it may see."""

import pytest

from jobcenter.accounts.scoping import scoped
from jobcenter.employers.models import Employer, EmployerMembership
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import seeker_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    a = seeker_create(given_name="In", surname="CenterA", home_job_center=personas.center_a, notification_method="none")
    a2 = seeker_create(
        given_name="In", surname="CenterA2", home_job_center=personas.center_a2, notification_method="none"
    )
    b = seeker_create(
        given_name="In",
        surname="CenterB",
        home_job_center=personas.center_b,
        user=personas.seeker_user,
        notification_method="none",
    )
    return {"a": a, "a2": a2, "b": b}


@pytest.mark.parametrize(
    ("persona", "visible"),
    [
        ("staff_a", {"a"}),
        ("supervisor_b", {"b"}),
        ("regional_a", {"a", "a2"}),
        ("regional_b", {"b"}),
        ("interviewer_a", {"a", "a2"}),
        ("dcsupervisor_a", {"a", "a2"}),
        ("csu", {"a", "a2", "b"}),
        ("sma", {"a", "a2", "b"}),
        ("analyst", {"a", "a2", "b"}),
        ("admin", {"a", "a2", "b"}),
        ("seeker_user", {"b"}),
        ("other_seeker_user", set()),
        ("employer_user", set()),
    ],
)
def test_job_seekers_are_scoped_by_role_and_place(personas, world, persona, visible):
    got = set(scoped(JobSeeker.objects.all(), personas.users[persona]).values_list("pk", flat=True))
    assert got == {world[k].pk for k in visible}


def test_inactive_and_anonymous_users_see_nothing(personas, world):
    from django.contrib.auth.models import AnonymousUser

    assert not scoped(JobSeeker.objects.all(), AnonymousUser()).exists()
    personas.csu.is_active = False
    assert not scoped(JobSeeker.objects.all(), personas.csu).exists()


def test_employers_are_statewide_for_staff_but_own_company_only_for_employer_users(personas):
    mine = Employer.objects.create(legal_name="Mine LLC", job_center=personas.center_b)
    theirs = Employer.objects.create(legal_name="Theirs Inc", job_center=personas.center_b)
    EmployerMembership.objects.create(employer=mine, user=personas.employer_user)
    assert set(scoped(Employer.objects.all(), personas.staff_a)) == {mine, theirs}
    assert list(scoped(Employer.objects.all(), personas.employer_user)) == [mine]
    assert not scoped(Employer.objects.all(), personas.other_employer_user).exists()
    assert not scoped(Employer.objects.all(), personas.seeker_user).exists()


def test_a_model_without_a_scope_declaration_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    from jobcenter.accounts.models import ApiToken

    with pytest.raises(ImproperlyConfigured):
        scoped(ApiToken.objects.all(), None)
