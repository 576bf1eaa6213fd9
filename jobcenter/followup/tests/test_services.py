"""Working a case: contact attempts, employer contact, identity, introduction, interview, documents, upload links
(COWIB supplemental wage policy A.3, Required Documentation, B; OWDI 07-2018)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from jobcenter.core import clock
from jobcenter.core.models import AuditEntry
from jobcenter.followup import constants, services
from jobcenter.followup.choices import CaseStatus, DocumentStatus
from jobcenter.followup.selectors import supplemental_wage_facts
from jobcenter.followup.tests.helpers import NOW, PDF, PNG, employed_answers, pdf_upload, selected_case

pytestmark = pytest.mark.django_db


def attempt(case, actor, contactee="participant", outcome="no_answer", method="phone", alternate="any"):
    """Log an attempt; to an alternate contact, a new one unless ``alternate`` names one (or None: not named)."""
    if alternate == "any":
        alternate = None
        if contactee == "alternate":
            alternate = services.alternate_contact_add(actor=actor, seeker=case.seeker, name="Lee Rivera",
                                                       relationship="Sister")  # fmt: skip
    with clock.frozen(NOW):
        return services.attempt_record(
            actor=actor, case=case, attempted_at=NOW - dt.timedelta(minutes=5), method=method, contactee=contactee,
            outcome=outcome, notes="Rang twice", alternate_contact=alternate,
        )  # fmt: skip


def ready(case, actor):
    with clock.frozen(NOW):
        services.identity_record(actor=actor, case=case, question="dob", passed=True)
        services.introduction_record(actor=actor, case=case, points_given=[True] * 6)


def test_the_first_attempt_starts_contact_and_is_logged_with_its_details(personas):
    case = selected_case(personas)
    a = attempt(case, personas.interviewer_a)
    case.refresh_from_db()
    assert case.status == CaseStatus.CONTACTING and case.assigned_to == personas.interviewer_a
    assert (a.method, a.contactee, a.outcome, a.notes) == ("phone", "participant", "no_answer", "Rang twice")


def test_an_attempt_to_an_alternate_contact_names_which_one_and_the_log_shows_it(personas):
    case = selected_case(personas)
    sister = services.alternate_contact_add(
        actor=personas.interviewer_a, seeker=case.seeker, name="Lee Rivera", relationship="Sister"
    )
    with pytest.raises(ValidationError) as exc:  # whom = alternate contact, but which one?
        attempt(case, personas.interviewer_a, contactee="alternate", alternate=None)
    assert exc.value.message_dict == {"alternate_contact": [constants.ALTERNATE_NEEDED]}
    a = attempt(case, personas.interviewer_a, contactee="alternate", alternate=sister)
    assert a.alternate_contact == sister and a.whom == "Alternate contact: Lee Rivera (Sister)"
    assert str(a) == "Phone to Alternate contact: Lee Rivera (Sister): No answer"
    assert list(sister.attempts.all()) == [a]


def test_an_alternate_contact_of_another_person_or_on_a_participant_attempt_is_refused(personas):
    case = selected_case(personas)
    other = services.alternate_contact_add(
        actor=personas.staff_a, seeker=personas_seeker(personas), name="Someone Else", relationship="Friend"
    )
    with pytest.raises(ValidationError) as exc:
        attempt(case, personas.interviewer_a, contactee="alternate", alternate=other)
    assert exc.value.message_dict == {"alternate_contact": [constants.ALTERNATE_NOT_THEIRS]}
    own = services.alternate_contact_add(actor=personas.interviewer_a, seeker=case.seeker, name="Lee Rivera")
    with pytest.raises(ValidationError) as exc:
        attempt(case, personas.interviewer_a, contactee="participant", alternate=own)
    assert exc.value.message_dict == {"alternate_contact": [constants.ALTERNATE_ONLY_FOR_ALTERNATE]}
    assert not case.attempts.exists()


def personas_seeker(personas):
    from jobcenter.followup.tests.factories import make_seeker

    return make_seeker(job_center=personas.center_a)


def test_an_attempt_cannot_be_in_the_future(personas):
    case = selected_case(personas)
    with clock.frozen(NOW), pytest.raises(ValidationError) as exc:
        services.attempt_record(
            actor=personas.interviewer_a, case=case, attempted_at=NOW + dt.timedelta(days=1), method="phone",
            contactee="participant", outcome="no_answer",
        )  # fmt: skip
    assert constants.ATTEMPT_IN_FUTURE in str(exc.value)


def test_the_employer_may_be_contacted_only_after_three_attempts_and_with_signed_consent(personas):
    case = selected_case(personas)
    for _ in range(2):
        attempt(case, personas.interviewer_a)
    with pytest.raises(ValidationError) as exc:  # 2 attempts: one short of the parameter (3, unconfirmed)
        attempt(case, personas.interviewer_a, contactee="employer")
    assert constants.EMPLOYER_TOO_EARLY.format(n=3) in str(exc.value)
    attempt(case, personas.interviewer_a, contactee="alternate")  # an alternate contact counts: 3 attempts
    with pytest.raises(ValidationError) as exc:
        attempt(case, personas.interviewer_a, contactee="employer")
    assert constants.EMPLOYER_NO_CONSENT in str(exc.value)
    with clock.frozen(NOW):
        services.consent_record(
            actor=personas.interviewer_a, case=case, signed_on=dt.date(2025, 3, 1), document=pdf_upload("c.pdf")
        )
    assert attempt(case, personas.interviewer_a, contactee="employer").contactee == "employer"


def test_the_interview_needs_identity_verified_first(personas):
    case = selected_case(personas)
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.interview_complete(actor=personas.interviewer_a, case=case, answers=employed_answers())
    assert constants.IDENTITY_FIRST in str(exc.value)


def test_a_failed_identity_check_stops_the_interview_and_only_pass_or_fail_is_kept(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        services.identity_record(actor=personas.interviewer_a, case=case, question="ssn_last4", passed=False)
        services.introduction_record(actor=personas.interviewer_a, case=case, points_given=[True] * 6)
        with pytest.raises(ValidationError) as exc:
            services.interview_complete(actor=personas.interviewer_a, case=case, answers=employed_answers())
    assert constants.IDENTITY_FAILED in str(exc.value)
    entry = AuditEntry.objects.get(action="followup.identity.checked")
    assert entry.data == {"question": "ssn_last4", "passed": False}
    assert case.identity_verified is False


def test_all_six_introduction_points_are_needed(personas):
    case = selected_case(personas)
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.introduction_record(actor=personas.interviewer_a, case=case, points_given=[True] * 5 + [False])
    assert constants.INTRODUCTION_INCOMPLETE in str(exc.value)


def test_the_interview_converts_an_hourly_wage_to_quarterly_earnings(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    with clock.frozen(NOW):
        interview = services.interview_complete(actor=personas.interviewer_a, case=case, answers=employed_answers())
    assert interview.employed_in_reference is True
    assert interview.quarterly_earnings == Decimal("7215.00")  # 18.50 x 30 x 13
    case.refresh_from_db()
    assert case.status == CaseStatus.INTERVIEWED


def test_not_employed_in_the_reference_quarter_gives_no_earnings(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    answers = employed_answers(
        employed_now=False, periods_employed=[], unemployment_reason="termination", wages_actually_paid=False,
        wage_amount=None, wage_period="", employer_name="",
    )  # fmt: skip
    with clock.frozen(NOW):
        interview = services.interview_complete(actor=personas.interviewer_a, case=case, answers=answers)
    assert interview.employed_in_reference is False and interview.quarterly_earnings is None


def test_a_not_employed_participant_gives_the_reason_for_unemployment(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    answers = employed_answers(employed_now=False, periods_employed=[], unemployment_reason="")
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.interview_complete(actor=personas.interviewer_a, case=case, answers=answers)
    assert constants.REASON_NEEDED in str(exc.value)


def test_only_wages_actually_paid_count(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.interview_complete(
            actor=personas.interviewer_a, case=case, answers=employed_answers(wages_actually_paid=False)
        )
    assert constants.ACTUALLY_PAID in str(exc.value)


def test_an_employer_respondent_skips_the_education_questions(personas):
    case = selected_case(personas)
    for _ in range(3):
        attempt(case, personas.interviewer_a)
    with clock.frozen(NOW):
        services.consent_record(
            actor=personas.interviewer_a, case=case, signed_on=dt.date(2025, 3, 1), document=pdf_upload()
        )
        services.introduction_record(actor=personas.interviewer_a, case=case, points_given=[True] * 6)
        with pytest.raises(ValidationError) as exc:
            services.interview_complete(
                actor=personas.interviewer_a, case=case, answers=employed_answers(respondent="employer")
            )
        assert constants.EDUCATION_SKIPPED_FOR_EMPLOYER in str(exc.value)
        interview = services.interview_complete(
            actor=personas.interviewer_a, case=case,
            answers=employed_answers(respondent="employer", enrolled_in_education=None),
        )  # fmt: skip
    assert interview.respondent == "employer" and interview.quarterly_earnings == Decimal("7215.00")


def test_the_self_employment_worksheet_gives_net_profit_with_a_signed_attestation(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    answers = employed_answers(
        self_employed=True, employer_name="Self Employed", wage_amount=None, wage_period="",
        gross_receipts=Decimal("9800.50"), expenses=Decimal("3120.25"), attestation_name="", attested_on=None,
    )  # fmt: skip
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.interview_complete(actor=personas.interviewer_a, case=case, answers=answers)
    assert constants.WORKSHEET_INCOMPLETE in str(exc.value)
    answers.update(attestation_name="Pat Case", attested_on=dt.date(2025, 10, 6))
    with clock.frozen(NOW):
        interview = services.interview_complete(actor=personas.interviewer_a, case=case, answers=answers)
    assert interview.quarterly_earnings == Decimal("6680.25")


def doc_fields(**overrides):
    fields = {
        "employed": True, "onet_code": "31-9092.00", "naics2": "62", "employer_fein": "431234567",
        "employer_name": "Riverside Clinic", "employer_city": "Kansas City", "employer_state": "MO",
        "total_earnings": Decimal("7215.00"), "stub_count": 2,
    }  # fmt: skip
    fields.update(overrides)
    return fields


def test_one_pay_stub_is_not_acceptable_two_are_and_the_case_counts(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=pdf_upload())
        with pytest.raises(ValidationError) as exc:
            services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields(stub_count=1))
        assert constants.PAY_STUBS_MIN.format(n=2) in str(exc.value)
        assert supplemental_wage_facts() == []  # no acceptable document: does not count
        services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields())
    case.refresh_from_db()
    assert case.status == CaseStatus.DOCUMENTED and doc.status == DocumentStatus.ACCEPTED
    (fact,) = supplemental_wage_facts()
    assert fact["seeker_id"] == case.seeker_id and (fact["year"], fact["quarter"]) == (2025, 3)
    assert fact["employed"] is True and fact["earnings_cents"] == 721500
    assert fact["employer_fein"] == "431234567" and fact["source_document"] == "pay_stubs"


def test_an_employed_document_needs_every_required_field(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(
            actor=personas.interviewer_a, case=case, kind="employer_letter", upload=pdf_upload()
        )
        with pytest.raises(ValidationError) as exc:
            services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields(naics2=""))
    assert constants.DOC_FIELDS_NEEDED in str(exc.value)


def test_not_employed_is_recorded_as_n_a_and_reported_as_not_employed(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(
            actor=personas.interviewer_a, case=case, kind="partner_record", upload=pdf_upload()
        )
        services.document_accept(
            actor=personas.interviewer_a, document=doc, fields={"employed": False, "onet_code": "x"}
        )
    doc.refresh_from_db()
    assert doc.onet_code == "" and doc.total_earnings is None
    (fact,) = supplemental_wage_facts()
    assert fact["employed"] is False and fact["earnings_cents"] is None


def test_the_collection_form_counts_only_with_the_interview_completed(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="collection_form", upload=None)
        with pytest.raises(ValidationError) as exc:
            services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields())
    assert constants.FORM_NEEDS_INTERVIEW in str(exc.value)


def test_a_second_document_cannot_be_accepted(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        first = services.document_receive(actor=personas.interviewer_a, case=case, kind="form_941", upload=pdf_upload())
        second = services.document_receive(
            actor=personas.interviewer_a, case=case, kind="form_941", upload=pdf_upload()
        )
        services.document_accept(actor=personas.interviewer_a, document=first, fields=doc_fields())
        with pytest.raises(ValidationError) as exc:
            services.document_accept(actor=personas.interviewer_a, document=second, fields=doc_fields())
    assert constants.ALREADY_DOCUMENTED in str(exc.value)


def test_uploads_are_checked_by_content_not_by_name(personas):
    case = selected_case(personas)
    fake = SimpleUploadedFile("stubs.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.document_receive(actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=fake)
    assert constants.DOC_TYPE in str(exc.value)
    with clock.frozen(NOW):
        doc = services.document_receive(
            actor=personas.interviewer_a, case=case, kind="pay_stubs",
            upload=SimpleUploadedFile("photo.pdf", PNG, content_type="application/pdf"),
        )  # fmt: skip
    assert doc.content_type == "image/png" and doc.file.name.endswith(".png")
    assert "photo" not in doc.file.name


def test_uploads_larger_than_the_limit_are_refused(personas):
    case = selected_case(personas)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024), content_type="application/pdf")
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.document_receive(actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=big)
    assert constants.DOC_TOO_BIG.format(mb=10) in str(exc.value)


def test_an_upload_link_works_once(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        link, token = services.upload_link_create(
            actor=personas.interviewer_a, case=case, audience="participant", kind="pay_stubs"
        )
        assert token not in link.token_hash
        doc = services.upload_link_use(token=token, upload=pdf_upload(), address="203.0.113.9", stub_count=2)
        assert doc.received_via == "participant" and doc.status == DocumentStatus.RECEIVED
        with pytest.raises(ValidationError) as exc:
            services.upload_link_use(token=token, upload=pdf_upload(), address="203.0.113.9")
    assert constants.LINK_INVALID in str(exc.value)


def test_an_upload_link_expires_after_the_parameter_days(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        _link, token = services.upload_link_create(
            actor=personas.interviewer_a, case=case, audience="participant", kind="pay_stubs"
        )
    with clock.frozen(NOW + dt.timedelta(days=14, seconds=1)), pytest.raises(ValidationError) as exc:
        services.upload_link_use(token=token, upload=pdf_upload(), address="203.0.113.9")
    assert constants.LINK_INVALID in str(exc.value)
    with clock.frozen(NOW + dt.timedelta(days=13, hours=23)):
        assert services.upload_link_use(token=token, upload=pdf_upload(), address="203.0.113.9")


def test_upload_attempts_are_rate_limited_per_address(personas):
    selected_case(personas)
    with clock.frozen(NOW):
        for _ in range(10):
            with pytest.raises(ValidationError) as exc:
                services.upload_link_use(token="guess", upload=pdf_upload(), address="198.51.100.7")
            assert constants.LINK_INVALID in str(exc.value)
        with pytest.raises(ValidationError) as exc:
            services.upload_link_use(token="guess", upload=pdf_upload(), address="198.51.100.7")
        assert constants.LINK_RATE_LIMITED in str(exc.value)
    with clock.frozen(NOW + dt.timedelta(hours=1, seconds=1)), pytest.raises(ValidationError) as exc:
        services.upload_link_use(token="guess", upload=pdf_upload(), address="198.51.100.7")
    assert constants.LINK_INVALID in str(exc.value)


def test_an_employer_link_follows_the_employer_contact_rule(personas):
    case = selected_case(personas)
    with pytest.raises(ValidationError) as exc, clock.frozen(NOW):
        services.upload_link_create(
            actor=personas.interviewer_a, case=case, audience="employer", kind="employer_letter"
        )
    assert constants.EMPLOYER_TOO_EARLY.format(n=3) in str(exc.value)


def test_a_documented_case_closed_by_a_direct_match_no_longer_counts(personas):
    from jobcenter.followup.selection import followup_reconcile
    from jobcenter.followup.tests.factories import WageTable

    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="form_941", upload=pdf_upload())
        services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields())
        assert len(supplemental_wage_facts()) == 1
        followup_reconcile(matcher=WageTable({(case.seeker.ssn_hash, 2): (1, 99)}))
    assert supplemental_wage_facts() == []


def test_facts_filter_by_exit_quarter(personas):
    case = selected_case(personas)
    with clock.frozen(NOW):
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="form_941", upload=pdf_upload())
        services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields())
    assert len(supplemental_wage_facts(exit_quarter_from="2025Q1", exit_quarter_to="2025Q1")) == 1
    assert supplemental_wage_facts(exit_quarter_from="2025Q2") == []
    assert supplemental_wage_facts(exit_quarter_to="2024Q4") == []


@pytest.mark.parametrize(("typed", "stored"), [("43-1234567", "431234567"), (" 43 1234567 ", "431234567")])
def test_an_fein_written_the_usual_way_with_a_hyphen_is_accepted_and_kept_as_nine_digits(personas, typed, stored):
    # Found walking the demo: "12-3456789", the form employers register with (NN-NNNNNNN), was refused as
    # "An FEIN has 9 digits." on the interview and the source-document forms.
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    with clock.frozen(NOW):
        interview = services.interview_complete(
            actor=personas.interviewer_a, case=case, answers=employed_answers(employer_fein=typed)
        )
        doc = services.document_receive(actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=pdf_upload())
        services.document_accept(actor=personas.interviewer_a, document=doc, fields=doc_fields(employer_fein=typed))
    assert interview.employer_fein == stored
    doc.refresh_from_db()
    assert doc.employer_fein == stored


def test_an_fein_of_eight_digits_is_still_refused(personas):
    case = selected_case(personas)
    ready(case, personas.interviewer_a)
    with clock.frozen(NOW), pytest.raises(ValidationError) as exc:
        services.interview_complete(
            actor=personas.interviewer_a, case=case, answers=employed_answers(employer_fein="43-123456")
        )
    assert exc.value.message_dict["employer_fein"] == [constants.FEIN_INVALID]
