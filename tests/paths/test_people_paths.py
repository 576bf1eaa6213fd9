"""People paths without a browser: typo-tolerant GET search, SSN only by POST, the person record's actions by
state, staff résumé editing, SSN change (permission, reason, duplicate, audit), sign-in of a merged login, and the
forgotten-password flow over the configured email backend."""

import re

from django.core import mail
from django.urls import reverse

from jobcenter.accounts import constants as account_constants
from jobcenter.accounts.models import User
from jobcenter.cases.tests.factories import enroll
from jobcenter.core.models import AuditEntry
from jobcenter.seekers import constants
from jobcenter.seekers.services import merge_request_create, seeker_merge
from jobcenter.seekers.tests.factories import make_seeker


def test_staff_find_people_by_get_with_typos_and_never_put_an_ssn_in_a_url(client, personas):
    rosa = make_seeker(job_center=personas.center_a, given_name="Rosa", surname="Quintanila", ssn="123-45-6789")
    make_seeker(job_center=personas.center_a, given_name="Rose", surname="Smith")
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:seeker-search"), {"name": "quintanilla"}).content.decode()
    assert rosa.state_id in page and "Smith" not in page
    page = client.get(reverse("staff:seeker-search"), {"name": "Rosa Quintanila"}).content.decode()
    assert rosa.state_id in page
    assert 'method="get"' in page and 'name="ssn"' in page  # the SSN field lives in the posted form only
    posted = client.post(reverse("staff:seeker-search"), {"ssn_search": "1", "ssn": "123-45-6789"}).content.decode()
    assert rosa.state_id in posted


def test_the_record_offers_enroll_before_an_enrollment_and_record_a_service_after(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-detail", args=[seeker.state_id])
    page = client.get(url).content.decode()
    assert reverse("staff:case-enroll", args=[seeker.pk]) in page
    assert reverse("staff:case-service-new", args=[seeker.pk]) not in page
    enroll(seeker, case_manager=personas.staff_a)
    page = client.get(url).content.decode()
    assert reverse("staff:case-enroll", args=[seeker.pk]) not in page
    assert reverse("staff:case-service-new", args=[seeker.pk]) in page
    # The case URL shows the same record (profile and résumé included).
    case_page = client.get(reverse("staff:case-detail", args=[seeker.pk])).content.decode()
    assert 'data-testid="profile"' in case_page and 'data-testid="timeline"' in case_page


def test_staff_edit_the_resume_of_a_person_in_scope(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:seeker-resume", args=[seeker.state_id])
    client.post(url, {"kind": "skill", "skill-name": "Forklift"})
    assert list(seeker.skills.values_list("name", flat=True)) == ["Forklift"]
    skill = seeker.skills.get()
    client.post(url, {"kind": "skill", "remove": str(skill.pk)})
    assert not seeker.skills.exists()
    client.force_login(personas.staff_b)
    assert client.get(url).status_code == 404


def test_an_ssn_change_needs_the_permission_a_reason_and_a_number_nobody_else_has(client, personas):
    seeker = make_seeker(job_center=personas.center_a, ssn="123-45-6789")
    other = make_seeker(job_center=personas.center_a, ssn="123-45-6780")
    url = reverse("staff:seeker-ssn-change", args=[seeker.state_id])
    client.force_login(personas.staff_a)
    assert client.get(url).status_code == 403
    client.force_login(personas.csu)
    page = client.post(url, {"ssn": "123-45-6780", "reason": ""}).content.decode()
    assert constants.SSN_CHANGE_REASON_REQUIRED.replace("'", "&#x27;") in page
    assert other.state_id in page  # the duplicate is named by State ID so it can be reported
    response = client.post(url, {"ssn": "234-56-7891", "reason": "Card checked"})
    assert response.status_code == 302
    seeker.refresh_from_db()
    assert seeker.ssn_last4 == "7891"
    entry = AuditEntry.objects.filter(action="seekers.ssn.changed").latest("id")
    assert entry.data["reason"] == "Card checked" and "234" not in str(entry.data)


def test_the_owner_of_a_merged_login_is_told_whom_to_contact_and_nothing_else(client, personas):
    keep_user = User.objects.create_user("keeper", password="Long-enough-pass-2026", role="job_seeker")
    dup_user = User.objects.create_user("dupowner", password="Long-enough-pass-2026", role="job_seeker")
    keep = make_seeker(job_center=personas.center_a, user=keep_user, given_name="Ana", surname="Lopez")
    dup = make_seeker(job_center=personas.center_a, user=dup_user, given_name="Anna", surname="Lopez")
    mr = merge_request_create(actor=personas.csu, seeker_a=keep, seeker_b=dup, source="staff")
    seeker_merge(merge_request=mr, actor=personas.csu, primary=keep)

    page = client.post(reverse("login"), {"username": "dupowner", "password": "Long-enough-pass-2026"}).content.decode()
    assert "combined with another account" in page.replace("&#x27;", "'")
    assert keep.state_id not in page and "keeper" not in page and "Ana" not in page
    wrong = client.post(reverse("login"), {"username": "dupowner", "password": "wrong-password-1"}).content.decode()
    assert "combined" not in wrong and account_constants.SIGN_IN_FAILED.replace("'", "&#x27;") in wrong


def test_a_forgotten_password_is_reset_through_an_emailed_link(client, personas):
    user = personas.seeker_user
    user.email = "seeker@example.com"
    user.save()
    response = client.post(reverse("password_reset"), {"email": "seeker@example.com"}, follow=True)
    assert "we sent it a link" in response.content.decode()
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"}, follow=True)
    assert "we sent it a link" in unknown.content.decode()  # the same answer: nobody learns who has an account
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password-reset/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert "at least 10 characters" in form_page.content.decode()
    done = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": "A-new-long-pass-2026", "new_password2": "A-new-long-pass-2026"},
        follow=True,
    )
    assert "Your password was changed" in done.content.decode()
    user.refresh_from_db()
    assert user.check_password("A-new-long-pass-2026")


def test_on_postgresql_a_typo_in_the_first_letters_is_found_by_trigrams(client, personas):
    from django.db import connection

    if connection.vendor != "postgresql":
        import pytest

        pytest.skip("trigram search runs on PostgreSQL only (CI runs this file there)")
    rosa = make_seeker(job_center=personas.center_a, given_name="Rosa", surname="Quintanila")
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:seeker-search"), {"name": "Rosa Qintanilla"}).content.decode()
    assert rosa.state_id in page


def test_password_reset_is_throttled_per_address_and_per_email(client, personas, settings):
    """Issue #10: throttle password reset per IP and per account; past the limit a plain 429, no e-mail sent."""
    from django.core.cache import cache

    cache.clear()
    settings.PASSWORD_RESET_LIMIT_PER_HOUR = 2
    User.objects.filter(pk=personas.seeker_user.pk).update(email="seeker@example.com")
    url = reverse("password_reset")
    # One address asking for many accounts.
    codes = [client.post(url, {"email": f"p{i}@example.com"}).status_code for i in range(3)]
    assert codes == [302, 302, 429]
    assert "too many attempts" in client.post(url, {"email": "x@example.com"}).content.decode()
    # One account asked for from many addresses: the third request sends no third e-mail.
    cache.clear()
    mail.outbox.clear()
    codes = [client.post(url, {"email": "seeker@example.com"}, REMOTE_ADDR=f"10.0.1.{i}").status_code for i in range(3)]
    assert codes == [302, 302, 429]
    assert len(mail.outbox) == 2
    cache.clear()
