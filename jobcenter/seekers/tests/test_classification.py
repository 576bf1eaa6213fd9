"""Seekers are classified by every applicable O*NET code: the coder codes résumé titles entered without a code,
recomputed on change; staff corrections are kept and audited; matching uses the classified codes (ADR 0028)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from jobcenter.core.models import AuditEntry
from jobcenter.matching.selectors import seeker_facts
from jobcenter.occupations.importer import import_onet
from jobcenter.occupations.tests.onet_subset import ONET, write_subset
from jobcenter.seekers import classification
from jobcenter.seekers.models import DesiredOccupation, SeekerOccupation, WorkHistory
from jobcenter.seekers.tests.factories import make_seeker

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ONET / "Occupation Data.txt").exists(), reason=f"O*NET test data not found at {ONET}"),
]
TRUCKS, FORKLIFT, NURSE = "53-3032.00", "53-7051.00", "29-1141.00"


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    return write_subset(tmp_path_factory.mktemp("onet"))


@pytest.fixture
def seeker(subset, settings, tmp_path, personas):
    settings.VAR_DIR = tmp_path / "var"
    import_onet(subset, release="29.3")
    person = make_seeker(job_center=personas.center_a)
    WorkHistory.objects.create(
        seeker=person,
        employer_name="Acme Freight",
        title="Truck driver CDL",
        start_date=dt.date(2020, 1, 1),
        end_date=dt.date(2022, 1, 1),
    )
    return person


def codes(person) -> dict[str, SeekerOccupation]:
    return {r.code: r for r in SeekerOccupation.objects.filter(seeker=person)}


def test_uncoded_titles_are_coded_with_a_confidence_and_matching_uses_them(seeker):
    row = codes(seeker)[TRUCKS]
    assert row.source == "coder" and 0.2 <= row.confidence <= 1
    assert row.basis == "Work history: Truck driver CDL"
    assert seeker_facts(seeker).occupations[TRUCKS] == 24  # months of the coded job
    DesiredOccupation.objects.create(seeker=seeker, title="RN")
    assert seeker_facts(seeker).occupations[NURSE] == 0  # desired only


def test_a_changed_title_is_coded_again(seeker):
    job = seeker.work_history.get()
    job.title = "Registered nurse"
    job.save()
    assert set(codes(seeker)) == {NURSE}
    assert TRUCKS not in seeker_facts(seeker).occupations


def test_an_entered_code_is_not_second_guessed(seeker):
    job = seeker.work_history.get()
    job.onet_soc_code = FORKLIFT
    job.save()
    assert codes(seeker) == {}
    assert set(seeker_facts(seeker).occupations) == {FORKLIFT}


def test_a_staff_correction_is_audited_and_kept_when_the_resume_changes(seeker, personas):
    row = codes(seeker)[TRUCKS]
    classification.occupation_replace(actor=personas.staff_a, seeker=seeker, row=row, code="53-7051", note="Forklift")
    entry = AuditEntry.objects.get(action="seekers.occupation.corrected")
    assert entry.data["from"] == TRUCKS and entry.data["to"] == FORKLIFT and entry.actor == personas.staff_a
    job = seeker.work_history.get()
    job.duties = "Drove a tractor-trailer on interstate routes"
    job.title = "Truck driver"  # the coder would suggest trucks again
    job.save()
    rows = codes(seeker)
    assert rows[FORKLIFT].source == "staff" and rows[FORKLIFT].applies
    assert rows[TRUCKS].source == "staff" and not rows[TRUCKS].applies  # the rejection is kept too
    assert set(seeker_facts(seeker).occupations) == {FORKLIFT}


def test_staff_can_say_a_code_does_not_apply_and_add_another(seeker, personas):
    classification.occupation_reject(actor=personas.staff_a, seeker=seeker, row=codes(seeker)[TRUCKS])
    classification.occupation_add(actor=personas.staff_a, seeker=seeker, code=NURSE)
    assert set(seeker_facts(seeker).occupations) == {NURSE}
    with pytest.raises(classification.ValidationError):
        classification.occupation_add(actor=personas.staff_a, seeker=seeker, code="99-9999.00")


def test_staff_see_suggestions_on_the_record_and_their_correction_is_kept(client, seeker, personas):
    client.force_login(personas.staff_a)
    record = reverse("staff:seeker-detail", args=[seeker.state_id])
    page = client.get(record).content.decode()
    row = codes(seeker)[TRUCKS]
    assert "Heavy and Tractor-Trailer Truck Drivers" in page
    assert f"Suggested by the occupation coder, {row.confidence_percent}% confident" in page
    assert "O*NET Database" in page  # CC BY attribution
    url = reverse("staff:seeker-occupation-correct", args=[seeker.state_id, row.pk])
    bad = client.post(url, {"code": "12-3456", "note": ""})
    assert "Choose an occupation from the list" in bad.content.decode()
    response = client.post(url, {"code": "53-7051", "note": "Drove forklifts in the yard"})
    assert response.status_code == 302
    page = client.get(record).content.decode()
    assert "Industrial Truck and Tractor Operators" in page and "Set by staff" in page
    assert "Does not apply: Heavy and Tractor-Trailer Truck Drivers" in page


def test_staff_of_another_area_cannot_correct(client, seeker, personas):
    row = codes(seeker)[TRUCKS]
    client.force_login(personas.staff_b)
    url = reverse("staff:seeker-occupation-correct", args=[seeker.state_id, row.pk])
    assert client.post(url, {"code": "53-7051"}).status_code == 404
    assert codes(seeker)[TRUCKS].source == "coder"


def test_staff_corrections_follow_the_person_when_two_records_are_merged_and_go_back_on_undo(seeker, personas):
    from jobcenter.seekers.services import merge_request_create, seeker_merge, seeker_unmerge

    dup = seeker  # staff corrected this record: not a truck driver on the road, a forklift operator
    classification.occupation_replace(actor=personas.staff_a, seeker=dup, row=codes(dup)[TRUCKS], code=FORKLIFT)
    classification.occupation_add(actor=personas.staff_a, seeker=dup, code=NURSE)
    keep = make_seeker(job_center=personas.center_a, ssn="123-45-6789")
    WorkHistory.objects.create(
        seeker=keep, employer_name="Acme Freight", title="Truck driver CDL", start_date=dt.date(2019, 1, 1)
    )
    classification.occupation_add(actor=personas.staff_a, seeker=keep, code=NURSE)
    assert codes(keep)[TRUCKS].source == "coder"  # the coder suggests what staff rejected on the other record
    request = merge_request_create(actor=personas.staff_a, seeker_a=dup, seeker_b=keep, source="staff")

    seeker_merge(merge_request=request, actor=personas.csu)

    rows = codes(keep)
    assert (rows[FORKLIFT].source, rows[FORKLIFT].applies, rows[FORKLIFT].set_by) == ("staff", True, personas.staff_a)
    assert (rows[TRUCKS].source, rows[TRUCKS].applies) == ("staff", False)  # the rejection replaced the suggestion
    assert rows[NURSE].source == "staff" and list(codes(dup)) == [NURSE]  # one row per code: the primary's stands
    assert set(seeker_facts(keep).occupations) == {FORKLIFT, NURSE}  # matching uses the corrected codes
    entry = AuditEntry.objects.get(action="seekers.merge.executed")
    assert entry.data["rows_moved"]["seekers.SeekerOccupation"] == 2
    assert entry.data["occupation_corrections"] == {
        "moved": [TRUCKS, FORKLIFT],
        "replaced_coder_suggestions": [TRUCKS],
        "primary_already_set_by_staff": [NURSE],
    }

    seeker_unmerge(merge_request=request, actor=personas.csu)

    back = codes(dup)
    assert {c: (r.source, r.applies) for c, r in back.items()} == {
        FORKLIFT: ("staff", True),
        TRUCKS: ("staff", False),
        NURSE: ("staff", True),
    }
    assert codes(keep)[TRUCKS].source == "coder" and codes(keep)[NURSE].source == "staff"
