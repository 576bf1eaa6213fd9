"""Authorization matrices and behaviour of the staff pages, portal page and API endpoints for cases."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from jobcenter.cases import constants
from jobcenter.cases.choices import EventKind
from jobcenter.cases.models import CaseNote, Service
from jobcenter.cases.services import event_create, service_record, service_schedule
from jobcenter.cases.tests.factories import enroll, make_employer, make_seeker
from jobcenter.core import clock

CASE_VIEWERS_A = {
    "staff_a",
    "supervisor_a",
    "regional_a",
    "interviewer_a",
    "dcsupervisor_a",
    "csu",
    "flc",
    "wpc",
    "sma",
    "analyst",
    "admin",
}
RECORDERS_A = {"staff_a", "supervisor_a", "regional_a", "csu", "wpc", "admin"}
NOTERS_A = RECORDERS_A | {"interviewer_a", "dcsupervisor_a"}
ALL_CASE_VIEWERS = CASE_VIEWERS_A | {"staff_b", "supervisor_b", "regional_b"}
SUPERVISORS = {"supervisor_a", "supervisor_b", "regional_a", "regional_b", "wpc", "admin"}
EMPLOYER_CASE_VIEWERS = {"staff_a", "staff_b", "supervisor_a", "supervisor_b", "regional_a", "regional_b"} | {
    "csu",
    "flc",
    "wpc",
    "sma",
    "admin",
}


@pytest.fixture
def case(personas):
    """A participant in center A with one service, a scheduled service and a note."""
    seeker = make_seeker(job_center=personas.center_a, user=personas.seeker_user)
    today = clock.today()
    enrollment = enroll(seeker, case_manager=personas.staff_a)
    service_record(actor=personas.staff_a, seeker=seeker, code="101")
    scheduled = service_schedule(
        actor=personas.staff_a, seeker=seeker, code="300", service_date=today + dt.timedelta(days=20)
    )
    return {"seeker": seeker, "enrollment": enrollment, "scheduled": scheduled}


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("staff:case-detail", CASE_VIEWERS_A),
        ("staff:case-enroll", RECORDERS_A),
        ("staff:case-service-new", RECORDERS_A),
        ("staff:case-note-new", NOTERS_A),
        ("staff:case-survey-notice", RECORDERS_A),
    ],
)
def test_case_pages_authorization_matrix(client, personas, case, name, allowed):
    personas.assert_matrix(client, reverse(name, kwargs={"pk": case["seeker"].pk}), allowed=allowed)


def test_exit_reason_page_authorization_matrix(client, personas, case):
    url = reverse("staff:case-exit-reason", kwargs={"pk": case["enrollment"].pk})
    personas.assert_matrix(client, url, allowed=RECORDERS_A)


def test_scheduled_service_change_authorization_matrix(client, personas, case):
    url = reverse("staff:case-service-change", kwargs={"pk": case["scheduled"].pk, "action": "cancel"})
    personas.assert_matrix(client, url, allowed=RECORDERS_A, method="post")
    case["scheduled"].refresh_from_db()
    assert case["scheduled"].status == "cancelled"


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("staff:cases-caseload", ALL_CASE_VIEWERS),
        ("staff:cases-supervision", SUPERVISORS),
        ("staff:case-events", ALL_CASE_VIEWERS),
    ],
)
def test_list_pages_authorization_matrix(client, personas, case, name, allowed):
    personas.assert_matrix(client, reverse(name), allowed=allowed)


def test_event_and_employer_pages_authorization_matrix(client, personas):
    event = event_create(
        actor=personas.staff_a,
        title="Resume workshop",
        kind=EventKind.WORKSHOP,
        service_code="120",
        job_center=personas.center_a,
        held_on=clock.today(),
    )
    personas.assert_matrix(client, reverse("staff:case-event", kwargs={"pk": event.pk}), allowed=ALL_CASE_VIEWERS)
    employer = make_employer(job_center=personas.center_a)
    personas.assert_matrix(
        client, reverse("staff:case-employer", kwargs={"pk": employer.pk}), allowed=EMPLOYER_CASE_VIEWERS
    )


def test_portal_my_services_authorization_matrix(client, personas, case):
    personas.assert_matrix(client, reverse("portal:my-services"), allowed={"seeker_user", "other_seeker_user"})


def test_a_seeker_sees_only_their_own_services(client, personas, case):
    client.force_login(personas.seeker_user)
    assert "Initial assessment" in client.get(reverse("portal:my-services")).content.decode()
    client.force_login(personas.other_seeker_user)
    assert "Initial assessment" not in client.get(reverse("portal:my-services")).content.decode()


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/api/v1/cases/seekers/{pk}", CASE_VIEWERS_A),
        ("/api/v1/cases/caseload", ALL_CASE_VIEWERS),
        ("/api/v1/cases/supervision", SUPERVISORS),
        ("/api/v1/cases/events", ALL_CASE_VIEWERS),
        ("/api/v1/cases/catalogue", ALL_CASE_VIEWERS),
    ],
)
def test_api_read_endpoints_authorization_matrix(client, personas, case, path, allowed):
    personas.assert_matrix(client, path.format(pk=case["seeker"].pk), allowed=allowed)


def test_api_write_endpoints_authorization_matrix(client, personas, case):
    pk = case["seeker"].pk
    personas.assert_matrix(
        client,
        f"/api/v1/cases/seekers/{pk}/notes",
        allowed=NOTERS_A,
        method="post",
        data={"body": "Called"},
        content_type="application/json",
        ok=(201,),
    )
    personas.assert_matrix(
        client,
        f"/api/v1/cases/seekers/{pk}/services",
        allowed=RECORDERS_A,
        method="post",
        data={"code": "106"},
        content_type="application/json",
        ok=(201,),
    )


def test_the_api_refuses_a_staff_assisted_service_without_enrollment(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    response = client.post(
        f"/api/v1/cases/seekers/{seeker.pk}/services", data={"code": "102"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["detail"] == constants.ENROLLMENT_REQUIRED


def test_the_api_case_shows_participation_and_the_forecast(client, personas, case):
    client.force_login(personas.staff_a)
    body = client.get(f"/api/v1/cases/seekers/{case['seeker'].pk}").json()
    assert body["wp_status"] == 1
    assert body["participation_date"] == clock.today().isoformat()
    assert body["forecast"]["scheduled_blocking"] is not None
    assert body["active_wp_enrollment"] == case["enrollment"].pk


def test_the_record_service_form_refuses_without_enrollment_and_keeps_the_input(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:case-service-new", kwargs={"pk": seeker.pk})
    response = client.post(
        url,
        {"code": "102", "when": "received", "service_date": clock.today().isoformat(), "remarks": "Resume review"},
    )
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert constants.ENROLLMENT_REQUIRED in page
    assert "Resume review" in page
    assert not Service.objects.exists()


def test_the_record_service_form_saved_untouched_records_nothing_and_asks_for_the_service(client, personas, case):
    client.force_login(personas.staff_a)
    url = reverse("staff:case-service-new", kwargs={"pk": case["seeker"].pk})
    form_page = client.get(url).content.decode()
    assert '<option value="" selected>- Select -</option>' in form_page
    before = Service.objects.count()
    response = client.post(url, {"code": "", "when": "received", "service_date": clock.today().isoformat()})
    assert "Choose the service the person received." in html.unescape(response.content.decode())
    assert Service.objects.count() == before


def test_the_record_service_form_shows_a_future_date_error_next_to_the_date(client, personas, case):
    client.force_login(personas.staff_a)
    url = reverse("staff:case-service-new", kwargs={"pk": case["seeker"].pk})
    tomorrow = clock.today() + dt.timedelta(days=1)
    response = client.post(url, {"code": "102", "when": "received", "service_date": tomorrow.isoformat()})
    page = html.unescape(response.content.decode())
    assert 'id="id_service_date-error"' in page
    assert constants.SERVICE_DATE_FUTURE in page


def test_the_case_page_shows_the_exit_forecast_and_the_timeline(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    enroll(seeker, case_manager=personas.staff_a)
    service_record(actor=personas.staff_a, seeker=seeker, code="102")
    client.force_login(personas.staff_a)
    page = html.unescape(client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk})).content.decode())
    exits_on = clock.today() + dt.timedelta(days=91)
    assert f"Exits on {exits_on:%b %-d, %Y}" in page
    assert "Job search assistance" in page


def test_a_note_is_added_and_an_addendum_corrects_it(client, personas, case):
    client.force_login(personas.staff_a)
    url = reverse("staff:case-note-new", kwargs={"pk": case["seeker"].pk})
    assert client.post(url, {"kind": "general", "body": "Has CDL-B"}).status_code == 302
    note = CaseNote.objects.get()
    response = client.post(url + f"?addendum_to={note.pk}", {"kind": "general", "body": "Correction: CDL-A"})
    assert response.status_code == 302
    assert note.addenda.get().body == "Correction: CDL-A"
    empty = client.post(url, {"kind": "general", "body": ""})
    assert constants.NOTE_EMPTY in html.unescape(empty.content.decode())


def test_the_supervision_page_lists_uninformed_participants(client, personas, case):
    client.force_login(personas.supervisor_a)
    page = client.get(reverse("staff:cases-supervision")).content.decode()
    assert case["seeker"].full_name in page
    client.force_login(personas.staff_a)
    url = reverse("staff:case-survey-notice", kwargs={"pk": case["seeker"].pk})
    response = client.post(url, {"method": "phone", "template": 1, "informed_on": clock.today().isoformat()})
    assert response.status_code in (200, 302)
    from jobcenter.cases.models import SurveyMessageTemplate

    template = SurveyMessageTemplate.objects.get()
    client.post(url, {"method": "phone", "template": template.pk, "informed_on": clock.today().isoformat()})
    client.force_login(personas.supervisor_a)
    section = client.get(reverse("staff:cases-supervision")).content.decode().split('id="uninformed"')[1]
    assert case["seeker"].full_name not in section


def test_event_attendance_through_the_page(client, personas, case):
    event = event_create(
        actor=personas.staff_a,
        title="Resume workshop",
        kind=EventKind.WORKSHOP,
        service_code="120",
        job_center=personas.center_a,
        held_on=clock.today(),
    )
    walk_in = make_seeker(job_center=personas.center_a, given_name="Walk", surname="In")
    client.force_login(personas.staff_a)
    url = reverse("staff:case-event", kwargs={"pk": event.pk})
    response = client.post(url, {"state_ids": f"{case['seeker'].state_id}, {walk_in.state_id}, NOPE"}, follow=True)
    page = html.unescape(response.content.decode())
    assert "Attendance recorded for 1 person(s)." in page
    assert constants.ATTENDEE_NOT_ENROLLED.format(name="Walk In") in page
    assert "NOPE: no such job seeker" in page


def test_the_dashboard_shows_case_panels(client, personas, case):
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:dashboard")).content.decode()
    assert "My caseload" in page
    client.force_login(personas.supervisor_a)
    assert "Case supervision" in client.get(reverse("staff:dashboard")).content.decode()


def test_the_caseload_page_runs_a_fixed_number_of_queries(client, personas, django_assert_max_num_queries):
    for i in range(12):
        seeker = make_seeker(job_center=personas.center_a, eligible_veteran="2" if i % 3 == 0 else "0")
        enroll(seeker, case_manager=personas.staff_a)
        service_record(actor=personas.staff_a, seeker=seeker, code="102")
    client.force_login(personas.staff_a)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("staff:cases-caseload"))
    assert response.content.decode().count("Covered person") == 4


def test_api_enrollment_and_attendance_authorization_matrix(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    personas.assert_matrix(
        client,
        f"/api/v1/cases/seekers/{seeker.pk}/enrollments",
        allowed=RECORDERS_A,
        method="post",
        data={"case_manager": "staff_a"},
        content_type="application/json",
        ok=(201, 400),  # the first allowed caller enrolls; the others are told the person is already enrolled
    )
    event = event_create(
        actor=personas.staff_a,
        title="Orientation",
        kind=EventKind.INFORMATIONAL,
        service_code="105",
        job_center=personas.center_a,
        held_on=clock.today(),
    )
    personas.assert_matrix(
        client,
        f"/api/v1/cases/events/{event.pk}/attendance",
        allowed=RECORDERS_A | {"staff_b", "supervisor_b", "regional_b"},
        method="post",
        data={"state_ids": [seeker.state_id]},
        content_type="application/json",
    )


def test_the_api_enrolls_and_refuses_a_case_manager_from_another_center(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = f"/api/v1/cases/seekers/{seeker.pk}/enrollments"
    bad = client.post(url, data={"case_manager": "staff_b", "job_center": "JA"}, content_type="application/json")
    assert bad.status_code == 400
    assert bad.json()["errors"]["case_manager"] == [constants.CASE_MANAGER_WRONG_CENTER]
    good = client.post(url, data={"case_manager": "staff_a"}, content_type="application/json")
    assert good.status_code == 201 and good.json()["status"] == "registered"


def test_api_attendance_records_an_information_only_service(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    event = event_create(
        actor=personas.staff_a,
        title="Orientation",
        kind=EventKind.INFORMATIONAL,
        service_code="105",
        job_center=personas.center_a,
        held_on=clock.today(),
    )
    client.force_login(personas.staff_a)
    body = client.post(
        f"/api/v1/cases/events/{event.pk}/attendance",
        data={"state_ids": [seeker.state_id, "NOPE"]},
        content_type="application/json",
    ).json()
    assert len(body["recorded"]) == 1
    assert body["problems"] == ["NOPE: no such job seeker in your area."]
    assert Service.objects.get().category == "information_only"


def test_the_case_page_flags_a_late_entry(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    today = clock.today()
    enroll(seeker, case_manager=personas.staff_a, registered_on=today - dt.timedelta(days=5))
    service_record(actor=personas.staff_a, seeker=seeker, code="102", service_date=today - dt.timedelta(days=2))
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk})).content.decode()
    assert "late entry: 2 days" in page


def test_a_csu_enrollment_through_the_page_asks_for_the_persons_job_center(client, personas):
    seeker = make_seeker(job_center=None)
    client.force_login(personas.csu)
    url = reverse("staff:case-enroll", kwargs={"pk": seeker.pk})
    response = client.post(url, {"case_manager": personas.staff_b.pk, "program": "wp"})
    page = html.unescape(response.content.decode())
    assert 'id="id_job_center-error"' in page and constants.CSU_CENTER_REQUIRED in page
    response = client.post(
        url, {"case_manager": personas.staff_b.pk, "job_center": personas.center_b.pk, "program": "wp"}
    )
    assert response.status_code == 302
    assert seeker.enrollments.get().via_csu


def test_enrolling_records_why_the_enrollment_was_required(client, personas):
    from jobcenter.cases.models import Enrollment
    from jobcenter.core.models import AuditEntry

    seeker = make_seeker(job_center=personas.center_a, uc_status="3")  # UI claimant with a work-registration duty
    client.force_login(personas.staff_a)
    response = client.post(
        reverse("staff:case-enroll", kwargs={"pk": seeker.pk}),
        {
            "job_center": personas.center_a.pk,
            "case_manager": personas.staff_a.pk,
            "program": "wp",
            "title_i_referral": "on",
            "reentry": "on",
        },
    )
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(seeker=seeker)
    assert enrollment.required_reasons == ["title_i", "reentry", "ui_work_registration"]
    entry = AuditEntry.objects.get(action="cases.enrollment.created")
    assert entry.data["required_reasons"] == enrollment.required_reasons


@pytest.mark.parametrize(("days_ago", "shown"), [(89, "(1 day left)"), (88, "(2 days left)")])
def test_the_caseload_counts_the_days_left_in_good_english(client, personas, days_ago, shown):
    # Found walking the demo: "Exits Dec 1, 2026 (1 days left)". 90 days without a service exit the person
    # (20 CFR 677.150(c)): a service 89 days ago leaves 1 day, 88 days ago leaves 2.
    seeker = make_seeker(job_center=personas.center_a)
    today = clock.today()
    enroll(seeker, case_manager=personas.staff_a, registered_on=today - dt.timedelta(days=days_ago))
    service_record(actor=personas.staff_a, seeker=seeker, code="102", service_date=today - dt.timedelta(days=days_ago))
    client.force_login(personas.staff_a)
    page = client.get(reverse("staff:cases-caseload")).content.decode()
    assert shown in page
    assert "1 days left" not in page


def test_other_reason_for_exit_page_tells_staff_when_to_record_one_and_where_the_rule_comes_from(
    client, personas, case
):
    client.force_login(personas.staff_a)
    page = html.unescape(
        client.get(reverse("staff:case-exit-reason", kwargs={"pk": case["enrollment"].pk})).content.decode()
    )
    assert "Record a reason only when the person left the program because of it" in page
    assert "PIRL) element 923, Other Reasons for Exit" in page
    assert "TEGL 10-16, Change 3, Attachment II" in page


def test_a_service_the_person_received_is_called_received_on_the_staff_record_and_on_the_persons_page(
    client, personas, case
):
    # The staff form says "Received"; the record, the "mark" button and the person's page use the same word.
    client.force_login(personas.staff_a)
    record = client.get(reverse("staff:case-detail", kwargs={"pk": case["seeker"].pk})).content.decode()
    assert "Mark received" in record
    client.post(reverse("staff:case-service-change", kwargs={"pk": case["scheduled"].pk, "action": "deliver"}))
    record = client.get(reverse("staff:case-detail", kwargs={"pk": case["seeker"].pk})).content.decode()
    assert "· Received" in record
    client.force_login(personas.seeker_user)
    mine = client.get(reverse("portal:my-services")).content.decode()
    assert "<td>Received</td>" in mine
    for page in (record, mine):
        assert "delivered" not in page.lower()


def _choices(page: str, name: str) -> tuple[list[str], list[str]]:
    """(offered option labels, selected option labels) of a select on a page."""
    import re

    select = re.search(rf'<select name="{name}".*?</select>', page, re.S).group(0)
    options = re.findall(r'<option value="(\d*)"( selected)?>([^<]*)</option>', select)
    return [label for value, _, label in options if value], [label for value, sel, label in options if sel and value]


def test_enrolling_offers_the_staff_members_own_center_first_and_only_centers_in_their_scope(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    url = reverse("staff:case-enroll", kwargs={"pk": seeker.pk})
    client.force_login(personas.staff_a)
    page = html.unescape(client.get(url).content.decode())
    assert _choices(page, "job_center") == (["Center A"], ["Center A"])
    managers, chosen = _choices(page, "case_manager")
    assert chosen == ["staff_a — Center A"] and all(m.endswith("— Center A") for m in managers)
    # A center outside their scope is refused, with nothing enrolled.
    response = client.post(
        url, {"job_center": personas.center_b.pk, "case_manager": personas.staff_b.pk, "program": "wp"}
    )
    assert response.status_code == 200 and 'id="id_job_center-error"' in response.content.decode()
    assert not seeker.enrollments.exists()
    # A regional manager picks among the region's centers; the CSU among all, the person's choice (no default).
    client.force_login(personas.regional_a)
    assert _choices(html.unescape(client.get(url).content.decode()), "job_center")[0] == ["Center A", "Center A2"]
    client.force_login(personas.csu)
    assert _choices(html.unescape(client.get(url).content.decode()), "job_center") == (
        ["Center A", "Center A2", "Center B"],
        [],
    )
