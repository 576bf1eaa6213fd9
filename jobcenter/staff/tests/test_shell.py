"""The UI shell: role-aware navigation and each role lands on its own front."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("persona", "lands_on"),
    [
        ("staff_a", "/staff/"),
        ("csu", "/staff/"),
        ("analyst", "/staff/"),
        ("seeker_user", "/portal/seeker/"),
        ("employer_user", "/portal/employer/"),
    ],
)
def test_home_sends_each_role_to_its_front(client, personas, persona, lands_on):
    client.force_login(personas.users[persona])
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == lands_on


def test_staff_dashboard_matrix(client, personas):
    staff_like = {
        p
        for p in personas.users
        if p not in {"seeker_user", "other_seeker_user", "employer_user", "other_employer_user"}
    }
    personas.assert_matrix(client, "/staff/", allowed=staff_like)


def test_portal_pages_matrix(client, personas):
    personas.assert_matrix(client, "/portal/seeker/", allowed={"seeker_user", "other_seeker_user"})
    personas.assert_matrix(client, "/portal/employer/", allowed={"employer_user", "other_employer_user"})


def test_navigation_shows_only_what_the_role_may_use(client, personas):
    client.force_login(personas.staff_a)
    html = client.get("/staff/").content.decode()
    assert "Dashboard" in html and "Inbox" in html
    assert "Audit log" not in html  # staff cannot read the audit log
    client.force_login(personas.supervisor_a)
    assert "Audit log" in client.get("/staff/").content.decode()


def test_forbidden_pages_explain_themselves(client, personas):
    client.force_login(personas.staff_a)
    response = client.get("/staff/audit/")
    assert response.status_code == 403


def test_inbox_shows_notifications_sent_to_a_role_in_a_job_center(client, personas):
    from jobcenter.core.notifications import notify

    notify(kind="test.thing.happened", subject="Verify Acme", roles=["supervisor"], job_center=personas.center_a)
    notify(kind="test.thing.happened", subject="Statewide news", roles=["csu"], job_center=personas.center_a)
    client.force_login(personas.supervisor_a)
    assert "Verify Acme" in client.get("/staff/inbox/").content.decode()
    client.force_login(personas.supervisor_b)
    assert "Verify Acme" not in client.get("/staff/inbox/").content.decode()
    client.force_login(personas.csu)
    assert "Statewide news" in client.get("/staff/inbox/").content.decode()


def test_only_the_closest_navigation_item_is_marked_current(client, personas):
    client.force_login(personas.supervisor_a)
    html = client.get("/staff/audit/").content.decode()
    assert html.count('aria-current="page"') == 1
    current = html.split('aria-current="page"')[0].rsplit("<a", 1)[1]
    assert 'href="/staff/audit/"' in current
