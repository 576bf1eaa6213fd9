"""Browser journeys (clicking only after sign-in): a caseworker records what three PIRL elements groups need and
the quarter's PIRL file carries it. The other programs of a Wagner-Peyser period with "Was the job in the 2nd
quarter after exit related to the training?" (PIRL 907-932, 1608; ``cases.other_programs``, ADR 0041), a
recognized credential (PIRL 1800/1801; ``cases.credentials``) and the circumstances at entry on the profile (PIRL
410, 600, 602, 603). DOL PIRL public-use layout PY2022 Q4; federal-specs 1.2, 1.3, 1.5."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.cases import constants
from jobcenter.cases.catalogue import catalogue
from jobcenter.cases.choices import ServiceCategory
from jobcenter.cases.models import Enrollment, RecognizedCredential
from jobcenter.cases.services import enrollments_apply_exits, service_record
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import import_wages
from jobcenter.seekers import constants as seeker_constants
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import seeker_set_ssn
from jobcenter.seekers.tests.factories import make_seeker as make_registered_seeker
from jobcenter.testing.browser import login
from jobcenter.testing.personas import build_personas

ENTRY = dt.date(2024, 1, 8)  # entry, training and exit; exit quarter 2024Q1, 2nd quarter after exit 2024Q3
REPORT = Quarter(2025, 4)  # a quarter whose file still carries that exit, with its 2nd-quarter employment


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    """Let the ORM run beside Playwright's event loop (see jobcenter.testing.browser)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def trained_exiter(personas, *, given_name: str, surname: str, ssn: str) -> Enrollment:
    """A person of center A who entered on ``ENTRY`` with an assessment and a training, exited by the 90-day rule
    and has an SSN on file (so the wage records can find them)."""
    seeker = make_seeker(job_center=personas.center_a, given_name=given_name, surname=surname)
    training = next(e.code for e in catalogue(as_of=ENTRY) if e.category == ServiceCategory.TRAINING)
    with clock.frozen(dt.datetime.combine(ENTRY, dt.time(10))):
        enrollment = enroll(seeker, case_manager=personas.staff_a)
        service_record(actor=personas.staff_a, seeker=seeker, code="101")
        service_record(actor=personas.staff_a, seeker=seeker, code=training)
    enrollments_apply_exits(as_of=ENTRY + dt.timedelta(days=120))
    seeker_set_ssn(seeker=seeker, ssn=ssn)
    return Enrollment.objects.get(pk=enrollment.pk)


def pirl_row(quarter: Quarter, *, seeker) -> dict:
    """The participant record of ``seeker`` in ``quarter``'s PIRL file (exactly one)."""
    [row] = [r for r in build_pirl(quarter=quarter) if r["_seeker_id"] == seeker.pk and r["p918"] == "1"]
    return row


def open_record(page, name: str) -> None:
    """From any staff page: Job seekers, search by name, open the person's record."""
    page.get_by_role("link", name="Job seekers", exact=True).click()
    page.get_by_role("textbox", name="Name").fill(name)
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_role("link", name=name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)


def chosen(page, label: str):
    """The option a person sees chosen in the select labelled ``label``."""
    return page.get_by_label(label).locator("option:checked")


def beside(page, testid: str, term: str):
    """The value beside ``term`` in a definition list of the record."""
    return page.get_by_test_id(testid).locator("dt", has_text=term).locator("xpath=following-sibling::dd[1]")


@pytest.mark.e2e
def test_staff_record_other_programs_and_the_training_related_job_and_the_pirl_writes_them(
    page, live_server, settings, tmp_path
):
    settings.WAGE_DATA_DIR = tmp_path / "wages"
    personas = build_personas()
    enrollment = trained_exiter(personas, given_name="Robin", surname="Trainee", ssn="401-23-4567")
    seeker = enrollment.seeker
    import_wages(tmp_path, ["401-23-4567,43-1234567,,561320,MO,2024,3,3000.00"])  # a job in the 2nd quarter
    before = pirl_row(REPORT, seeker=seeker)
    assert (before["p1300"], before["p1602"], before["p1608"]) == ("1", "1", "")  # not recorded yet: blank
    assert (before["p907"], before["p908"], before["p931"]) == ("", "9", "9")

    login(page, live_server, "staff_a", "x-persona-pass-1")
    open_record(page, "Robin Trainee")
    enrollments = page.get_by_test_id("enrollments")
    expect(enrollments).to_contain_text("Wagner-Peyser Employment Service: Exited")
    enrollments.get_by_role("link", name="Other programs").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Other programs during the Wagner-Peyser enrollment from {ENTRY:%b %-d, %Y}"
    )
    expect(chosen(page, "Incumbent worker training")).to_have_text("Not recorded")
    page.get_by_label("Incumbent worker training").select_option(label="Yes, local formula funds")
    page.get_by_label("Rapid response activities").select_option(label="No")
    page.get_by_label("Vocational rehabilitation").select_option(label="Yes, VA Veteran Readiness and Employment")
    page.get_by_label("Registered apprenticeship").select_option(label="Not known (we cannot track this program)")
    page.get_by_label("Was the job in the 2nd quarter after exit related to the training?").select_option(label="Yes")
    page.get_by_role("button", name="Save").click()

    page.wait_for_url(f"**/staff/cases/seekers/{seeker.pk}/")
    expect(page.locator("main")).to_contain_text("Other programs recorded.")
    expect(page.get_by_test_id("other-programs")).to_have_text(
        "Other programs: Incumbent worker training: Yes, local formula funds; Rapid response activities: No; "
        "Vocational rehabilitation: Yes, VA Veteran Readiness and Employment; Registered apprenticeship: Not known "
        "(we cannot track this program); Job in the 2nd quarter after exit related to the training: Yes"
    )
    expect(page.get_by_test_id("pirl-facts")).to_contain_text("00 — None")  # PIRL 923 in words, status unchanged
    enrollment.refresh_from_db()
    assert (enrollment.status, enrollment.exit_date) == ("exited", ENTRY)  # recording never changes the exit
    assert {f: getattr(enrollment, f) for f in ("incumbent_worker_training", "rapid_response", "adult_education")} == {
        "incumbent_worker_training": "2",
        "rapid_response": "0",
        "adult_education": "",
    }
    assert (enrollment.vocational_rehabilitation, enrollment.registered_apprenticeship) == ("2", "9")
    assert enrollment.training_related_employment == "1"
    row = pirl_row(REPORT, seeker=seeker)
    assert (row["p907"], row["p908"], row["p910"], row["p913"], row["p917"]) == ("2", "0", "9", "", "2")
    assert (row["p921"], row["p931"], row["p932"], row["p1608"]) == ("", "9", "9", "1")
    assert edits.check_records([row]) == []

    # The form refuses nothing a person can pick (every answer is optional and every choice is in the layout);
    # the path that matters is going back: the answers are kept, and one set back to "Not recorded" leaves 1608.
    page.get_by_test_id("enrollments").get_by_role("link", name="Other programs").click()
    expect(chosen(page, "Incumbent worker training")).to_have_text("Yes, local formula funds")
    expect(chosen(page, "Was the job in the 2nd quarter after exit related to the training?")).to_have_text("Yes")
    page.get_by_label("Was the job in the 2nd quarter after exit related to the training?").select_option(
        label="Not recorded"
    )
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/staff/cases/seekers/{seeker.pk}/")
    expect(page.get_by_test_id("other-programs")).to_contain_text("Registered apprenticeship: Not known")
    expect(page.get_by_test_id("other-programs")).not_to_contain_text("related to the training")
    enrollment.refresh_from_db()
    assert (enrollment.training_related_employment, enrollment.incumbent_worker_training) == ("", "2")
    row = pirl_row(REPORT, seeker=seeker)
    assert (row["p907"], row["p1608"]) == ("2", "")


@pytest.mark.e2e
def test_staff_record_a_credential_refused_in_the_future_and_the_pirl_writes_the_first_one(page, live_server):
    personas = build_personas()
    enrollment = trained_exiter(personas, given_name="Robin", surname="Licensed", ssn="401-23-4570")
    seeker = enrollment.seeker
    before = pirl_row(REPORT, seeker=seeker)
    assert (before["p1300"], before["p1800"], before["p1801"]) == ("1", "0", "")  # trained, none attained
    tomorrow = clock.today() + dt.timedelta(days=1)
    attained = dt.date(2024, 6, 3)  # after the exit, within the year after it

    login(page, live_server, "staff_a", "x-persona-pass-1")
    open_record(page, "Robin Licensed")
    expect(page.get_by_test_id("recognized-credentials")).to_have_text("None recorded.")
    page.get_by_test_id("record-actions").get_by_role("link", name="Record a credential").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a recognized credential")
    page.get_by_label("Type of credential").select_option(label="Occupational licence")
    page.get_by_label("Name of the credential").fill("CDL Class A")
    page.get_by_label("Date attained").fill(tomorrow.isoformat())
    page.get_by_role("button", name="Save").click()

    # Refused in plain words beside the date; everything typed is still there.
    expect(page.locator("main")).to_contain_text(constants.CREDENTIAL_IN_FUTURE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a recognized credential")
    expect(chosen(page, "Type of credential")).to_have_text("Occupational licence")
    expect(page.get_by_label("Name of the credential")).to_have_value("CDL Class A")
    expect(page.get_by_label("Date attained")).to_have_value(tomorrow.isoformat())
    assert not RecognizedCredential.objects.filter(seeker=seeker).exists()

    page.get_by_label("Date attained").fill(attained.isoformat())
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/staff/cases/seekers/{seeker.pk}/")
    expect(page.locator("main")).to_contain_text("Recognized credential recorded.")
    expect(page.get_by_test_id("recognized-credentials")).to_have_text(
        f"Occupational licence: CDL Class A, attained {attained:%b %-d, %Y}"
    )
    c = RecognizedCredential.objects.get(seeker=seeker)
    assert (c.kind, c.name, c.attained_on, c.recorded_by) == ("4", "CDL Class A", attained, personas.staff_a)
    row = pirl_row(REPORT, seeker=seeker)
    assert (row["p1800"], row["p1801"]) == ("4", "20240603")
    assert edits.check_records([row]) == []


@pytest.mark.e2e
def test_staff_record_the_circumstances_at_entry_on_the_profile_and_the_pirl_writes_them(page, live_server):
    personas = build_personas()
    seeker = make_registered_seeker(job_center=personas.center_a, given_name="Robin", surname="Laidoff")
    enroll(seeker, case_manager=personas.staff_a)
    service_record(actor=personas.staff_a, seeker=seeker, code="101")  # a participant this quarter
    quarter = Quarter.of(clock.today())
    before = pirl_row(quarter, seeker=seeker)
    assert (before["p410"], before["p600"], before["p602"], before["p603"]) == ("", "", "", "")
    tomorrow = clock.today() + dt.timedelta(days=1)
    laid_off = clock.today() - dt.timedelta(days=60)

    login(page, live_server, "staff_a", "x-persona-pass-1")
    open_record(page, "Robin Laidoff")
    expect(beside(page, "profile", "Date of dislocation (PIRL 410)")).to_have_text("Not recorded")
    page.get_by_test_id("record-actions").get_by_role("link", name="Edit profile").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Edit profile")
    page.get_by_label("Date of actual dislocation").fill(tomorrow.isoformat())
    page.get_by_label("Received TANF cash assistance or support").select_option(label="Yes")
    page.get_by_label("SSI or SSDI received in the six months").select_option(label="SSDI, and holds a Ticket to Work")
    page.get_by_label("Receiving SNAP (food assistance)").select_option(label="No")
    page.get_by_role("button", name="Save").click()

    # Refused in plain words, in the summary and beside the date; every answer is kept.
    expect(page.locator("main")).to_contain_text("Please correct 1 thing below")
    expect(page.locator("main")).to_contain_text(seeker_constants.DISLOCATION_IN_FUTURE)
    expect(page.get_by_label("Date of actual dislocation")).to_have_value(tomorrow.isoformat())
    expect(chosen(page, "Received TANF cash assistance or support")).to_have_text("Yes")
    expect(chosen(page, "SSI or SSDI received in the six months")).to_have_text("SSDI, and holds a Ticket to Work")
    expect(chosen(page, "Receiving SNAP (food assistance)")).to_have_text("No")
    seeker.refresh_from_db()
    assert (seeker.dislocation_date, seeker.tanf, seeker.ssi_ssdi, seeker.snap) == (None, "", "", "")

    page.get_by_label("Date of actual dislocation").fill(laid_off.isoformat())
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/staff/seekers/{seeker.state_id}/")
    expect(page.locator("main")).to_contain_text("Profile saved.")
    expect(beside(page, "profile", "Date of dislocation (PIRL 410)")).to_have_text(f"{laid_off:%b %-d, %Y}")
    expect(beside(page, "profile", "TANF in the six months before entry (PIRL 600)")).to_have_text("Yes")
    expect(beside(page, "profile", "SSI or SSDI in the six months before entry (PIRL 602)")).to_have_text(
        "SSDI, and holds a Ticket to Work"
    )
    expect(beside(page, "profile", "Receiving SNAP (PIRL 603)")).to_have_text("No")
    seeker = JobSeeker.objects.get(pk=seeker.pk)
    assert (seeker.dislocation_date, seeker.tanf, seeker.ssi_ssdi, seeker.snap) == (laid_off, "1", "5", "0")
    row = pirl_row(quarter, seeker=seeker)
    assert (row["p410"], row["p600"], row["p602"], row["p603"]) == (f"{laid_off:%Y%m%d}", "1", "5", "0")
    assert edits.check_records([row]) == []
