"""Other programs during a Wagner-Peyser period: PIRL 907, 908, 910, 913, 917, 921, 931, 932 (DOL PIRL public-use
layout PY2022 Q4; federal-specs 1.3). Staff record them on the case page; they never make anyone a Wagner-Peyser
participant and never change an exit (20 CFR 677.150; TEGL 10-16 Chg 3 Att. VII; federal-specs 2.1-2.2)."""

import datetime as dt
import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jobcenter.cases import constants, other_programs
from jobcenter.cases.catalogue import catalogue
from jobcenter.cases.choices import EnrollmentStatus, Program, ServiceCategory
from jobcenter.cases.models import Enrollment
from jobcenter.cases.services import enrollments_apply_exits, service_record
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import import_wages
from jobcenter.seekers.services import seeker_set_ssn

pytestmark = pytest.mark.django_db
ALL = {
    "incumbent_worker_training": "2",
    "rapid_response": "1",
    "adult_education": "0",
    "ina_program": "2",
    "vocational_rehabilitation": "3",
    "snap_employment_training": "1",
    "registered_apprenticeship": "1",
    "national_dwg": "1",
}


def page_of(response) -> str:
    return html.unescape(response.content.decode())


ENTRY = dt.date(2024, 1, 8)  # entry, training and exit (exit quarter 2024Q1; 2nd quarter after exit 2024Q3)


def trained_exiter(personas, *, ssn: str, trained: bool = True) -> Enrollment:
    """A participant who received training (with ``trained``) and exited on ``ENTRY``, with an SSN on file."""
    seeker = make_seeker(job_center=personas.center_a)
    training = next(e.code for e in catalogue(as_of=ENTRY) if e.category == ServiceCategory.TRAINING)
    with clock.frozen(dt.datetime.combine(ENTRY, dt.time(10))):
        enrollment = enroll(seeker, case_manager=personas.staff_a)
        service_record(actor=personas.staff_a, seeker=seeker, code="101")
        if trained:
            service_record(actor=personas.staff_a, seeker=seeker, code=training)
    enrollments_apply_exits(as_of=ENTRY + dt.timedelta(days=120))
    seeker_set_ssn(seeker=seeker, ssn=ssn)
    return enrollment


def test_staff_record_other_programs_from_the_case_page_in_plain_words(client, personas, settings, tmp_path):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    enrollment = trained_exiter(personas, ssn="401-23-4567")
    seeker = enrollment.seeker
    import_wages(tmp_path, ["401-23-4567,43-1234567,,561320,MO,2024,3,3000.00"])  # employed in the 2nd quarter
    client.force_login(personas.staff_a)
    url = reverse("staff:case-other-programs", kwargs={"pk": enrollment.pk})
    assert url in page_of(client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk})))
    form = page_of(client.get(url))
    for words in ("Incumbent worker training", "Yes, local formula funds", "Vocational rehabilitation",
                  "Yes, VA Veteran Readiness and Employment", "SNAP employment and training services",
                  "Registered apprenticeship", "National Dislocated Worker Grant", "Not recorded",
                  "Was the job in the 2nd quarter after exit related to the training?"):  # fmt: skip
        assert words in form
    assert ">1<" not in form and ">9<" not in form  # no PIRL codes as option text
    [before] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_enrollment_id"] == enrollment.pk]
    assert (before["p1300"], before["p1602"], before["p1608"]) == ("1", "1", "")  # not recorded: blank
    answers = {**ALL, "training_related_employment": "1"}
    assert client.post(url, answers).status_code == 302
    enrollment.refresh_from_db()
    assert {f: getattr(enrollment, f) for f in answers} == answers
    audit = AuditEntry.objects.filter(action="cases.enrollment.other_programs_recorded").latest("id")
    assert audit.data["fields"] == sorted(answers)
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_enrollment_id"] == enrollment.pk]
    assert row["p1608"] == "1"
    assert edits.check_records([row]) == []
    assert client.post(url, {**answers, "training_related_employment": "0"}).status_code == 302
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_enrollment_id"] == enrollment.pk]
    assert row["p1608"] == "0"


def test_employment_related_to_training_only_with_training_and_a_job_in_the_2nd_quarter(personas, settings, tmp_path):
    """PIRL 1608 (layout PY2022 Q4): 1 / 0 "if the participant received training services"; about employment in
    the 2nd quarter after exit. Staff answered Yes for everyone; only the trained person employed then gets it."""
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    employed = trained_exiter(personas, ssn="401-23-4567")
    untrained = trained_exiter(personas, ssn="401-23-4568", trained=False)
    not_employed = trained_exiter(personas, ssn="401-23-4569")  # a job in the 1st and 3rd quarters, not the 2nd
    import_wages(
        tmp_path,
        [
            "401-23-4567,43-1234567,,561320,MO,2024,3,3000.00",
            "401-23-4568,43-1234567,,561320,MO,2024,3,3000.00",
            "401-23-4569,43-1234567,,561320,MO,2024,2,3000.00",
            "401-23-4569,43-1234567,,561320,MO,2024,4,3000.00",
        ],
    )
    for e in (employed, untrained, not_employed):
        other_programs.enrollment_record_other_programs(
            actor=personas.staff_a, enrollment=e, training_related_employment="1"
        )
    rows = {r["_enrollment_id"]: r for r in build_pirl(quarter=Quarter(2025, 4)) if r.get("p918") == "1"}
    got = {
        e.pk: (rows[e.pk]["p1300"], rows[e.pk]["p1602"], rows[e.pk]["p1608"])
        for e in (employed, untrained, not_employed)
    }
    assert got == {employed.pk: ("1", "1", "1"), untrained.pk: ("0", "1", ""), not_employed.pk: ("1", "0", "")}
    assert edits.check_records(list(rows.values())) == []


def test_a_code_not_in_the_layout_is_refused(personas):
    enrollment = enroll(make_seeker(job_center=personas.center_a), case_manager=personas.staff_a)
    with pytest.raises(ValidationError):
        other_programs.enrollment_record_other_programs(actor=personas.staff_a, enrollment=enrollment, ina_program="0")
    with pytest.raises(ValidationError):
        other_programs.enrollment_record_other_programs(
            actor=personas.staff_a, enrollment=enrollment, incumbent_worker_training="7"
        )
    ok = other_programs.enrollment_record_other_programs(
        actor=personas.staff_a, enrollment=enrollment, incumbent_worker_training="6"
    )
    assert ok.incumbent_worker_training == "6"


def test_only_on_the_wagner_peyser_enrollment(personas):
    seeker = make_seeker(job_center=personas.center_a, veteran="1")
    jvsg = enroll(seeker, case_manager=personas.staff_a, program=Program.JVSG, jvsg_referral_reason="1")
    with pytest.raises(ValidationError) as exc:
        other_programs.enrollment_record_other_programs(actor=personas.staff_a, enrollment=jvsg, rapid_response="1")
    assert constants.OTHER_PROGRAMS_WP_ONLY in exc.value.messages


def test_other_programs_never_make_a_participant_nor_change_the_exit(personas):
    day = dt.date(2025, 1, 6)
    registered_only = make_seeker(job_center=personas.center_a)
    served = make_seeker(job_center=personas.center_a)
    with clock.frozen(dt.datetime.combine(day, dt.time(10))):
        waiting = enroll(registered_only, case_manager=personas.staff_a)
        period = enroll(served, case_manager=personas.staff_a)
        service_record(actor=personas.staff_a, seeker=served, code="101")
    for e in (waiting, period):
        other_programs.enrollment_record_other_programs(actor=personas.staff_a, enrollment=e, **ALL)
    waiting.refresh_from_db()
    assert (waiting.status, waiting.participation_date) == (EnrollmentStatus.REGISTERED, None)
    enrollments_apply_exits(as_of=day + dt.timedelta(days=89))
    assert Enrollment.objects.get(pk=period.pk).status == EnrollmentStatus.ENROLLED  # still within 90 days
    enrollments_apply_exits(as_of=day + dt.timedelta(days=120))
    period.refresh_from_db()
    assert (period.status, period.exit_date) == (EnrollmentStatus.EXITED, day)  # the last W-P service, as ever
    rows = [r for r in build_pirl(quarter=Quarter(2025, 1)) if r.get("p918") == "1"]
    assert [r["_enrollment_id"] for r in rows] == [period.pk]


def test_the_pirl_writes_what_was_recorded_and_unknown_or_blank_when_not(personas):
    day = dt.date(2025, 1, 6)
    recorded, untouched = make_seeker(job_center=personas.center_a), make_seeker(job_center=personas.center_a)
    with clock.frozen(dt.datetime.combine(day, dt.time(10))):
        for s in (recorded, untouched):
            enroll(s, case_manager=personas.staff_a)
            service_record(actor=personas.staff_a, seeker=s, code="101")
    other_programs.enrollment_record_other_programs(
        actor=personas.staff_a, enrollment=Enrollment.objects.get(seeker=recorded), **ALL
    )
    rows = {r["_seeker_id"]: r for r in build_pirl(quarter=Quarter(2025, 1)) if r.get("p918") == "1"}
    columns = ["p907", "p908", "p910", "p913", "p917", "p921", "p931", "p932"]
    assert [rows[recorded.pk][c] for c in columns] == ["2", "1", "0", "2", "3", "1", "1", "1"]
    # not recorded: "unknown / unable to track" (9) where the layout has it, blank where it says leave blank
    assert [rows[untouched.pk][c] for c in columns] == ["", "9", "9", "", "9", "", "9", "9"]
    assert edits.check_records(list(rows.values())) == []
