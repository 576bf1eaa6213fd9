"""What the person record shows, in words, of the PIRL facts staff record elsewhere: the other reason for exit
(923) beside its code, the circumstances at entry (410, 600, 602, 603) and the other programs of a Wagner-Peyser
period (907-932, 1608). Found walking the browser journeys of ``test_e2e_pirl_pages``: 923 read "00", and what
staff had just saved on the profile and Other programs pages was nowhere on the record."""

import datetime as dt
import html
import re

import pytest
from django.urls import reverse

from jobcenter.cases import constants, other_programs
from jobcenter.cases.choices import OtherExitReason
from jobcenter.cases.services import enrollment_record_other_exit_reason, service_record
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.followup.tests.factories import exited

pytestmark = pytest.mark.django_db


def record_page(client, user, seeker) -> str:
    client.force_login(user)
    response = client.get(reverse("staff:case-detail", kwargs={"pk": seeker.pk}))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def term(page: str, label: str) -> str:
    """The text beside ``label`` in the record's definition list or facts table."""
    match = re.search(rf"<(?:dt|th scope=\"row\")>{re.escape(label)}</(?:dt|th)><(?:dd|td)>(.*?)</(?:dd|td)>", page)
    assert match, f"{label!r} is not on the page"
    return match.group(1).strip()


def test_the_other_reason_for_exit_reads_in_words_beside_its_code(client, personas):
    open_case = make_seeker(job_center=personas.center_a)
    enroll(open_case, case_manager=personas.staff_a)
    # Not exited: no reason for exit to show (PIRL 923 is read at exit).
    assert (
        term(record_page(client, personas.staff_a, open_case), "Other reason for exit (PIRL 923)") == "— (not exited)"
    )
    deceased = make_seeker(job_center=personas.center_a)
    exited(
        deceased,
        case_manager=personas.staff_a,
        exit_date=dt.date(2025, 2, 14),
        other_exit_reason=OtherExitReason.DECEASED,
    )
    assert term(record_page(client, personas.staff_a, deceased), "Other reason for exit (PIRL 923)") == (
        "03 — Deceased"
    )


PIRL_923 = "Other reason for exit (PIRL 923)"


def participant_since(personas, days_ago: int):
    """A person whose one staff-assisted WP service (code 102) was ``days_ago`` days before today."""
    seeker = make_seeker(job_center=personas.center_a)
    served = clock.today() - dt.timedelta(days=days_ago)
    with clock.frozen(served):
        enrollment = enroll(seeker, case_manager=personas.staff_a, registered_on=served)
        service_record(actor=personas.staff_a, seeker=seeker, code="102")
    return seeker, enrollment


def test_the_other_reason_for_exit_waits_for_the_exit_unless_a_reason_is_recorded(client, personas):
    """PIRL 923 (federal-specs 1.3) on both sides of the exit: with the last service on D the exit is determined on
    D+91 (rules.other_exit_reason_text decides; the template prints)."""
    still_in, _ = participant_since(personas, 90)  # day 90: still a participant, no reason recorded
    page = record_page(client, personas.staff_a, still_in)
    assert term(page, PIRL_923) == constants.OTHER_EXIT_REASON_NOT_EXITED
    assert "· PIRL 923" not in page

    exited_, _ = participant_since(personas, 91)  # day 91: exited with no other reason, 00 is what is reported
    page = record_page(client, personas.staff_a, exited_)
    assert term(page, PIRL_923) == "00 — None"
    assert "· PIRL 923" not in page  # the enrollment line names a recorded reason only

    recorded, enrollment = participant_since(personas, 10)  # recorded before the exit: shown, not hidden
    enrollment_record_other_exit_reason(
        actor=personas.staff_a,
        enrollment=enrollment,
        reason=OtherExitReason.INSTITUTIONALIZED,
        on=clock.today() - dt.timedelta(days=1),
    )
    page = record_page(client, personas.staff_a, recorded)
    assert term(page, PIRL_923) == "01 — Institutionalized"
    assert "· PIRL 923 01 — Institutionalized" in page


def test_the_record_shows_the_circumstances_at_entry_in_words(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    page = record_page(client, personas.staff_a, seeker)
    for label in (
        "Date of dislocation (PIRL 410)",
        "TANF in the six months before entry (PIRL 600)",
        "SSI or SSDI in the six months before entry (PIRL 602)",
        "Receiving SNAP (PIRL 603)",
    ):
        assert term(page, label) == "Not recorded"
    seeker.dislocation_date, seeker.tanf, seeker.ssi_ssdi, seeker.snap = dt.date(2025, 9, 30), "1", "5", "0"
    seeker.save()
    page = record_page(client, personas.staff_a, seeker)
    assert term(page, "Date of dislocation (PIRL 410)") == "Sep 30, 2025"
    assert term(page, "TANF in the six months before entry (PIRL 600)") == "Yes"
    assert term(page, "SSI or SSDI in the six months before entry (PIRL 602)") == "SSDI, and holds a Ticket to Work"
    assert term(page, "Receiving SNAP (PIRL 603)") == "No"


def test_the_case_page_lists_the_other_programs_recorded_in_words(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    enrollment = enroll(seeker, case_manager=personas.staff_a)
    assert "Other programs:" not in record_page(client, personas.staff_a, seeker)  # nothing recorded: no line
    other_programs.enrollment_record_other_programs(
        actor=personas.staff_a,
        enrollment=enrollment,
        rapid_response="0",
        vocational_rehabilitation="2",
        training_related_employment="1",
    )
    page = record_page(client, personas.staff_a, seeker)
    assert (
        "Other programs: Rapid response activities: No; Vocational rehabilitation: Yes, VA Veteran Readiness and "
        "Employment; Job in the 2nd quarter after exit related to the training: Yes"
    ) in page
