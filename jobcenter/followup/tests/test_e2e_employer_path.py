"""Browser journey (clicking only after sign-in): the participant cannot be reached, so after the parameter's
number of attempts (3, one of them to a named alternate contact) and with the participant's signed consent on
file, the interviewer contacts the last known employer, records the employer's answers (the education questions
are skipped: answering one is refused), sends the employer a one-time upload link, the employer uploads a letter
on letterhead, and the accepted letter makes the case count. COWIB supplemental wage policy A.3 (c), (e), (f),
Collection of Accurate Information (education question skipped for the employer); OWDI 07-2018 (consent)."""

import datetime as dt
import os

import pytest
from playwright.sync_api import expect

from jobcenter.core.parameters import param
from jobcenter.followup import services
from jobcenter.followup.choices import CalendarPeriod, CaseStatus
from jobcenter.followup.selectors import supplemental_wage_facts
from jobcenter.followup.tests.helpers import PDF, selected_this_quarter
from jobcenter.seekers.models import WorkHistory
from jobcenter.testing.journeys import (
    accept_document,
    fill_interview_employment,
    give_introduction,
    interviewer_opens_case,
    upload_through_link,
)
from jobcenter.testing.personas import build_personas


@pytest.fixture(autouse=True, scope="module")
def _sync_db_beside_playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.mark.e2e
def test_after_the_attempts_and_with_consent_the_employer_answers_and_uploads_a_letter(page, live_server, settings,
                                                                                      tmp_path):  # fmt: skip
    settings.MEDIA_ROOT = str(tmp_path / "media")
    personas = build_personas()
    seeker, case = selected_this_quarter(personas, given_name="Sam", surname="Unreachable")
    WorkHistory.objects.create(seeker=seeker, employer_name="Riverside Clinic", title="Medical assistant",
                               start_date=dt.date(2024, 6, 1))  # fmt: skip
    services.alternate_contact_add(actor=personas.staff_a, seeker=seeker, name="Lee Rivera", relationship="Sister",
                                   phone="8165550142")  # fmt: skip
    needed = param("followup.employer_contact_min_attempts", as_of=dt.date.today())
    for days_ago in range(needed - 1, 0, -1):  # earlier calls nobody answered
        services.attempt_record(actor=personas.interviewer_a, case=case, method="phone", contactee="participant",
                                outcome="no_answer", attempted_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago))  # fmt: skip
    reference = case.reference_quarter

    interviewer_opens_case(page, live_server, "Sam Unreachable")
    assert f"only after {needed} documented attempts" in page.get_by_test_id("employer-contact").inner_text()
    assert "Riverside Clinic (Medical assistant)" in page.get_by_test_id("contact-sources").inner_text()
    assert "Lee Rivera (Sister) (816) 555-0142" in page.get_by_test_id("contact-sources").inner_text()

    # The last attempt before the employer: the sister, by text message.
    page.get_by_role("link", name="Log an attempt").click()
    page.get_by_label("Text message").check()
    page.get_by_label("Alternate contact", exact=True).check()
    page.get_by_label("Which alternate contact").select_option(label="Lee Rivera (Sister)")
    page.get_by_label("Message left").check()
    page.get_by_label("Notes").fill("Asked her to pass on our number")
    page.get_by_role("button", name="Save").click()
    assert "Alternate contact: Lee Rivera (Sister)" in page.get_by_test_id("attempts").inner_text()
    assert "signed consent form on file" in page.get_by_test_id("employer-contact").inner_text()

    page.get_by_role("link", name="Put signed consent on file").click()
    page.get_by_label("Date signed").fill("2025-03-03")
    page.get_by_label("Signed consent form (PDF, JPEG or PNG)").set_input_files(
        files=[{"name": "consent.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Save").click()
    assert "The employer may be contacted" in page.get_by_test_id("employer-contact").inner_text()

    page.get_by_role("link", name="Log an attempt").click()
    page.get_by_label("Phone", exact=True).check()
    page.get_by_label("Last known employer").check()
    page.get_by_label("Interview completed").check()
    page.get_by_role("button", name="Save").click()

    give_introduction(page)

    page.get_by_role("link", name="Start the interview").click()
    page.get_by_label("The last known employer").check()
    page.get_by_label("Education 1.").select_option("yes")  # by mistake: the employer is not asked this
    fill_interview_employment(page, period_label=CalendarPeriod(reference.q).label)
    page.get_by_label("6. Wage during").fill("2400")
    page.get_by_label("Wage is paid").select_option("monthly")
    page.get_by_label("These are wages actually paid").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Skip the education questions when the employer answers")
    page.get_by_label("Education 1.").select_option("")
    page.get_by_label("These are wages actually paid").check()
    page.get_by_role("button", name="Save").click()
    summary = page.get_by_test_id("interview-summary").inner_text()
    assert "Answered by the last known employer" in summary and "quarterly earnings $7,200.00" in summary  # x 3

    page.get_by_role("link", name="Send an upload link").click()
    page.get_by_label("The employer").check()
    page.get_by_label("Document to ask for").select_option(label="Signed employer letter on company letterhead")
    page.get_by_role("button", name="Save").click()
    url = page.get_by_test_id("upload-url").input_value()

    # The employer opens the link from the interviewer's email (their first page) and sends the letter.
    upload_through_link(
        page, url, asks_for="Signed employer letter on company letterhead", file_name="letter.pdf", body=PDF
    )

    page.get_by_role("link", name="Back to the case").click()
    assert "Employer (upload link)" in page.get_by_test_id("documents").inner_text()
    accept_document(page)

    case.refresh_from_db()
    assert case.status == CaseStatus.DOCUMENTED and case.employer_consent_signed_on == dt.date(2025, 3, 3)
    interview = case.interview
    assert interview.respondent == "employer" and interview.enrolled_in_education is None
    assert interview.class_types == [] and interview.quarterly_earnings == 7200
    sister_attempt = case.attempts.get(contactee="alternate")
    assert sister_attempt.alternate_contact.name == "Lee Rivera" and sister_attempt.method == "text"
    assert case.attempts.filter(contactee="employer").count() == 1 and case.attempts.count() == needed + 1
    doc = case.documents.get()
    assert (doc.kind, doc.received_via, doc.status) == ("employer_letter", "employer", "accepted")
    (fact,) = supplemental_wage_facts()
    assert fact["seeker_id"] == seeker.pk and fact["earnings_cents"] == 720000
    assert fact["source_document"] == "employer_letter"
