"""Employer status machine, registration with CSU notice, terms of service and the confidential display name.

Sources: Missouri WP & LE Manual — Employers; Employer - Policy & Terms of Service; Job Orders from Employers
Requesting Confidentiality.
"""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_fsm import TransitionNotAllowed

from jobcenter.accounts.choices import Role
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry, Notification
from jobcenter.employers import constants
from jobcenter.employers.choices import EmployerStatus, RegisteredVia
from jobcenter.employers.models import Employer, TermsVersion
from jobcenter.employers.selectors import (
    employer_display_name,
    employer_has_accepted_current_terms,
    employers_for_user,
    verification_queue,
)
from jobcenter.employers.services import (
    employer_deny,
    employer_register,
    employer_self_register,
    employer_verify,
    terms_accept,
)
from jobcenter.employers.tests.factories import fein, link, make_employer

pytestmark = pytest.mark.django_db

S = EmployerStatus

# Every (source, transition) pair: allowed ones reach the target, the rest raise TransitionNotAllowed.
ALLOWED = {
    (S.PENDING_VERIFICATION, "verify"): S.ACTIVE,
    (S.PENDING_VERIFICATION, "deny"): S.DENIED,
    (S.ACTIVE, "discontinue_services"): S.SERVICES_DISCONTINUED,
    (S.SERVICES_DISCONTINUED, "reinstate"): S.ACTIVE,
}
TRANSITIONS = ["verify", "deny", "discontinue_services", "reinstate"]
CASES = [(src, t) for src in S.values for t in TRANSITIONS]


def _employer_in(status):
    employer = Employer.objects.create(legal_name="State Test Co")
    Employer.objects.filter(pk=employer.pk).update(status=status)  # test setup only: put the row in a state
    return Employer.objects.get(pk=employer.pk)


def _call(employer, name, user):
    method = getattr(employer, name)
    if name == "verify":
        method(by=user, at=clock.now())
    else:
        method()


@pytest.mark.parametrize(("source", "transition"), CASES, ids=[f"{t} from {s}" for s, t in CASES])
def test_employer_transitions_are_allowed_only_along_the_lifecycle(personas, source, transition):
    employer = _employer_in(source)
    if (source, transition) in ALLOWED:
        _call(employer, transition, personas.csu)
        employer.save()
        assert Employer.objects.get(pk=employer.pk).status == ALLOWED[(source, transition)]
    else:
        with pytest.raises(TransitionNotAllowed):
            _call(employer, transition, personas.csu)


def test_the_status_cannot_be_assigned_directly():
    employer = Employer.objects.create(legal_name="Protected Co")
    with pytest.raises(AttributeError):
        employer.status = S.ACTIVE


def test_csu_verification_records_who_and_when(personas):
    employer = make_employer()
    at = dt.datetime(2026, 3, 2, 10, 0, tzinfo=clock.local_tz())
    with clock.frozen(at):
        employer_verify(employer=employer, actor=personas.csu)
    employer.refresh_from_db()
    assert (employer.status, employer.verified_by, employer.verified_at) == (S.ACTIVE, personas.csu, at)
    assert AuditEntry.objects.filter(action="employers.employer.verified", object_id=str(employer.pk)).exists()


def test_only_csu_and_admin_may_verify_or_deny(personas):
    employer = make_employer()
    with pytest.raises(PermissionDenied):
        employer_verify(employer=employer, actor=personas.staff_a)
    with pytest.raises(PermissionDenied):
        employer_deny(employer=employer, actor=personas.sma, reason="no answer")


def test_denial_needs_a_reason_and_keeps_it(personas):
    employer = make_employer()
    with pytest.raises(ValidationError) as exc:
        employer_deny(employer=employer, actor=personas.csu, reason="  ")
    assert exc.value.message_dict["reason"] == [constants.DENY_REASON_REQUIRED]
    employer_deny(employer=employer, actor=personas.csu, reason="FEIN belongs to another business")
    employer.refresh_from_db()
    assert (employer.status, employer.denial_reason) == (S.DENIED, "FEIN belongs to another business")


def test_verifying_an_already_active_employer_gives_a_clear_message(personas):
    employer = make_employer(active=True, csu=personas.csu)
    with pytest.raises(ValidationError) as exc:
        employer_verify(employer=employer, actor=personas.csu)
    assert exc.value.messages == [constants.TRANSITION_NOT_ALLOWED.format(status="active")]


def _csu_inbox(personas):
    return Notification.objects.filter(recipient=personas.csu, kind="employers.verification.requested")


def test_a_staff_created_employer_is_pending_and_csu_is_notified(personas):
    employer = employer_register(
        actor=personas.staff_a,
        attests_open_position=True,
        legal_name="Ozark Foods",
        fein=fein(),
        naics="311611",
        job_center=personas.center_a,
    )
    assert employer.status == S.PENDING_VERIFICATION
    assert employer.registered_via == RegisteredVia.STAFF
    note = _csu_inbox(personas).get()
    assert "Ozark Foods" in note.subject
    assert note.link.endswith(f"/staff/employers/{employer.pk}/")
    assert not Notification.objects.filter(recipient=personas.staff_a).exists()


def test_registration_without_an_open_position_is_refused_and_nobody_is_notified(personas):
    with pytest.raises(ValidationError) as exc:
        employer_register(actor=personas.staff_a, attests_open_position=False, legal_name="Future Pool Co", fein=fein())
    assert exc.value.message_dict["attests_open_position"] == [constants.ATTESTATION_REQUIRED]
    assert not Employer.objects.filter(legal_name="Future Pool Co").exists()
    assert not _csu_inbox(personas).exists()


def test_a_second_account_with_the_same_fein_is_refused(personas):
    first = make_employer(fein="43-7654321")
    with pytest.raises(ValidationError) as exc:
        employer_register(actor=personas.staff_a, attests_open_position=True, legal_name="Copy", fein="437654321")
    assert exc.value.message_dict["fein"] == [constants.FEIN_DUPLICATE.format(name=first.legal_name)]


def _self_register(**overrides):
    data = dict(
        username="newboss",
        password="A-long-pass-2026!",
        first_name="Rita",
        last_name="Boss",
        user_email="rita@example.com",
        accepts_terms=True,
        attests_open_position=True,
        legal_name="Rita's Diner LLC",
        fein=fein(),
        naics="722511",
        address_1="1 Main St",
        city="Jefferson City",
        state="MO",
        postcode="65101",
        phone="5735550100",
    )
    data.update(overrides)
    return employer_self_register(**data)


def test_self_registration_creates_the_user_employer_membership_and_terms_acceptance_and_notifies_csu(personas):
    employer, user = _self_register()
    assert user.role == Role.EMPLOYER and user.check_password("A-long-pass-2026!")
    assert employer.status == S.PENDING_VERIFICATION and employer.registered_via == RegisteredVia.PORTAL
    assert employer.memberships.get().user == user and employer.memberships.get().is_admin
    assert employer_has_accepted_current_terms(employer, user=user)
    assert list(employers_for_user(user)) == [employer]
    assert _csu_inbox(personas).count() == 1


def test_self_registration_with_errors_creates_nothing_and_reports_every_field(personas):
    with pytest.raises(ValidationError) as exc:
        _self_register(accepts_terms=False, fein="07-1234567", password="short")
    errors = exc.value.message_dict
    assert errors["accepts_terms"] == [constants.TERMS_REQUIRED]
    assert errors["fein"] == [constants.FEIN_INVALID_PREFIX.format(prefix="07")]
    assert "password" in errors
    assert not Employer.objects.exists()
    assert not _csu_inbox(personas).exists()


def test_terms_acceptance_is_per_user_and_per_version(personas):
    employer = make_employer()
    boss, clerk = personas.employer_user, personas.other_employer_user
    link(employer, boss)
    link(employer, clerk, is_admin=False)
    assert not employer_has_accepted_current_terms(employer)
    terms_accept(employer=employer, user=boss)
    assert employer_has_accepted_current_terms(employer)
    assert employer_has_accepted_current_terms(employer, user=boss)
    assert not employer_has_accepted_current_terms(employer, user=clerk)


def test_a_new_terms_version_needs_a_new_acceptance_from_its_effective_date(personas):
    employer = make_employer()
    boss = personas.employer_user
    link(employer, boss)
    with clock.frozen(dt.date(2026, 6, 1)):
        terms_accept(employer=employer, user=boss)
    TermsVersion.objects.create(version="2027.1", effective_from=dt.date(2027, 1, 1), body="New terms")
    assert employer_has_accepted_current_terms(employer, user=boss, as_of=dt.date(2026, 12, 31))
    assert not employer_has_accepted_current_terms(employer, user=boss, as_of=dt.date(2027, 1, 1))


@pytest.mark.parametrize(
    ("confidential", "for_applicant", "shown"),
    [
        (True, True, "Confidential employer"),
        (True, False, "Hidden Hiring Inc"),
        (False, True, "Hidden Hiring Inc"),
        (False, False, "Hidden Hiring Inc"),
    ],
    ids=[
        "a confidential employer is anonymous to applicants",
        "staff see a confidential employer's name",
        "applicants see a normal employer's name",
        "staff see a normal employer's name",
    ],
)
def test_the_display_name_hides_confidential_employers_from_applicants(confidential, for_applicant, shown):
    employer = Employer(legal_name="Hidden Hiring Inc", confidential=confidential)
    assert employer_display_name(employer, for_applicant=for_applicant) == shown


def test_employer_users_see_only_their_company_and_seekers_none(personas):
    mine, other = make_employer(), make_employer()
    link(mine, personas.employer_user)
    link(other, personas.other_employer_user)
    assert list(employers_for_user(personas.employer_user)) == [mine]
    assert not employers_for_user(personas.seeker_user).exists()
    assert set(employers_for_user(personas.staff_b)) == {mine, other}  # employers are not personal data


def test_the_verification_queue_lists_pending_employers_oldest_first_with_age_against_48_hours(personas):
    t0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=clock.local_tz())
    older, newer = make_employer(legal_name="Older"), make_employer(legal_name="Newer")
    make_employer(legal_name="Verified", active=True, csu=personas.csu)
    Employer.objects.filter(pk=older.pk).update(created_at=t0)
    Employer.objects.filter(pk=newer.pk).update(created_at=t0 + dt.timedelta(hours=1))
    rows = verification_queue(user=personas.csu, now=t0 + dt.timedelta(hours=48))
    assert [(r.employer.legal_name, r.age_hours, r.overdue) for r in rows] == [
        ("Older", 48, True),  # 48 h old: at the target
        ("Newer", 47, False),  # 47 h old: one hour left
    ]
