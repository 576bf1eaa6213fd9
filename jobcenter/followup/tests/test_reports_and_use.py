"""Issue #14 line by line, the parts not covered elsewhere: every staff-noted path selects with its reason
(policy A.2 (b)-(d)); contact notes are a contact source (policy A.3); a case without an accepted source document
does not count (Required Documentation); the reports (response rate, attempts per case, outcomes, indicator records
completed by supplemental data, only while no direct match exists — policy B); the O*NET code suggested from the
job title by the occupation coder."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from jobcenter.cases.choices import NoteKind
from jobcenter.cases.models import CaseNote
from jobcenter.core import clock
from jobcenter.followup import selectors, services
from jobcenter.followup.choices import CaseStatus, ExpectedPath, SelectionReason
from jobcenter.followup.selection import followup_select
from jobcenter.followup.tests.factories import WageTable, participant
from jobcenter.followup.tests.helpers import NOW, employed_answers, pdf_upload, selected_case

pytestmark = pytest.mark.django_db

PAY_FIELDS = {
    "employed": True, "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "431234567",
    "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
    "total_earnings": Decimal("7215.00"), "stub_count": 2,
}  # fmt: skip


def documented(personas, case, fields=PAY_FIELDS):
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=pdf_upload())
        services.document_accept(actor=personas.interviewer_a, document=doc, fields=fields)
    return doc


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (ExpectedPath.SELF_EMPLOYMENT, SelectionReason.SELF_EMPLOYMENT),
        (ExpectedPath.NON_COVERED, SelectionReason.NON_COVERED),  # e.g. a religious school, the National Guard
        (ExpectedPath.FEDERAL, SelectionReason.FEDERAL_MILITARY),
        (ExpectedPath.MILITARY, SelectionReason.FEDERAL_MILITARY),
    ],
)
def test_every_path_staff_note_selects_with_its_reason(personas, path, reason):
    seeker = participant(personas)
    services.path_declare(actor=personas.staff_a, seeker=seeker, path=path, note="Training plan")
    with clock.frozen(dt.date(2025, 10, 2)):
        (case,) = followup_select(interview_quarter="2025Q4", matcher=WageTable()).created
    assert case.reasons == [reason, SelectionReason.NO_WAGE_RECORD]


def test_a_noted_path_does_not_select_someone_with_a_direct_wage_match(personas):
    seeker = participant(personas)
    services.path_declare(actor=personas.staff_a, seeker=seeker, path=ExpectedPath.SELF_EMPLOYMENT)
    with clock.frozen(dt.date(2025, 10, 2)):
        result = followup_select(interview_quarter="2025Q4", matcher=WageTable({(seeker.ssn_hash, 2): (1, 100)}))
    assert result.created == [] and result.direct_matches == 1


def test_contact_notes_and_alternate_contacts_are_contact_sources(client, personas):
    case = selected_case(personas)
    CaseNote.objects.create(seeker=case.seeker, kind=NoteKind.CONTACT, body="Best reached on Instagram @robin.k",
                            author=personas.staff_a, created_at=clock.now())  # fmt: skip
    CaseNote.objects.create(seeker=case.seeker, kind=NoteKind.GENERAL, body="Discussed budgeting",
                            author=personas.staff_a, created_at=clock.now())  # fmt: skip
    client.force_login(personas.interviewer_a)
    sources = client.get(reverse("staff:followup-case", args=[case.pk])).content.decode()
    assert "Best reached on Instagram @robin.k" in sources and "Discussed budgeting" not in sources


def test_a_case_without_an_accepted_source_document_does_not_count(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        services.identity_record(actor=personas.interviewer_a, case=case, question="dob", passed=True)
        services.introduction_record(actor=personas.interviewer_a, case=case, points_given=[True] * 6)
        services.interview_complete(actor=personas.interviewer_a, case=case, answers=employed_answers())
        doc = services.document_receive(actor=None, case=case, kind="pay_stubs", upload=pdf_upload(), via="participant")
    assert selectors.supplemental_wage_facts() == []  # interviewed, a document received but not accepted
    with clock.frozen(NOW):
        services.document_reject(actor=personas.interviewer_a, document=doc, note="One stub only")
    assert selectors.supplemental_wage_facts() == []
    documented(personas, case)
    (fact,) = selectors.supplemental_wage_facts()
    assert fact["employed"] is True and fact["earnings_cents"] == 721500


def test_reports_give_response_rate_attempts_per_case_outcomes_and_records_completed(personas):
    with clock.frozen(NOW):
        a = selected_case(personas)
        b = selected_case(personas, ssn="123-45-6780", given_name="Bo")
        c = selected_case(personas, ssn="123-45-6781", given_name="Cy")
        for outcome in ("no_answer", "message_left"):
            services.attempt_record(actor=personas.interviewer_a, case=a, attempted_at=NOW, method="phone",
                                    contactee="participant", outcome=outcome)  # fmt: skip
        services.attempt_record(actor=personas.interviewer_a, case=b, attempted_at=NOW, method="email",
                                contactee="participant", outcome="refused")  # fmt: skip
        services.case_close(actor=personas.interviewer_a, case=b, reason="refused")
    documented(personas, c)
    r = selectors.report(user=personas.dcsupervisor_a)
    assert r["response"] == {"responded": 1, "total": 3, "rate": pytest.approx(1 / 3)}
    assert (r["cases"], r["attempts"], r["attempts_per_case"]) == (3, 3, 1.0)
    assert r["attempt_histogram"] == [(0, 1), (1, 1), (2, 1)]
    outcomes = dict(r["attempt_outcomes"])
    assert (outcomes["No answer"], outcomes["Message left"], outcomes["Refused"], outcomes["Wrong number or address"]) \
        == (1, 1, 1, 0)  # fmt: skip
    cases = {label: n for label, n, _code in r["case_outcomes"]}
    assert cases["Closed: declined to take part"] == 1 and cases["Documented (counts for reporting)"] == 1
    assert r["completed"] == [
        {"q_after_exit": 2, "employed": 1, "not_employed": 0},
        {"q_after_exit": 4, "employed": 0, "not_employed": 0},
    ]
    assert selectors.report(user=personas.supervisor_b)["cases"] == 0  # another region's supervisor sees none


def test_a_direct_match_arriving_later_takes_the_record_out_of_completed(personas):
    case = selected_case(personas)
    documented(personas, case)
    assert selectors.report(user=personas.admin)["completed"][0]["employed"] == 1
    case.refresh_from_db()
    with clock.frozen(NOW):
        case.close_direct_match(at=clock.now())
        case.save()
    report = selectors.report(user=personas.admin)
    assert report["completed"][0]["employed"] == 0
    assert {code: n for _l, n, code in report["case_outcomes"]}[CaseStatus.DIRECT_MATCH] == 1


def test_the_reports_page_shows_the_numbers(client, personas):
    documented(personas, selected_case(personas))
    client.force_login(personas.dcsupervisor_a)
    html = client.get(reverse("staff:followup-reports")).content.decode()
    assert "100% (1 of 1)" in html and "0 attempts on 1 case" in html


def test_the_onet_code_is_the_coders_suggestion_for_the_job_title(settings, tmp_path):
    from jobcenter.occupations.importer import import_onet
    from jobcenter.occupations.tests.onet_subset import ONET, write_subset

    assert (ONET / "Occupation Data.txt").exists(), f"O*NET test data not found at {ONET}"
    settings.VAR_DIR = tmp_path / "var"
    import_onet(write_subset(tmp_path / "onet", codes={"31-9092.00", "29-1141.00", "53-3032.00"}), release="29.3")
    assert selectors.suggest_onet("Medical assistant") == "31-9092.00"
    assert selectors.suggest_onet("truck driver") == "53-3032.00"
    assert selectors.suggest_onet("") == ""
