"""Recognized credentials staff record on the case, and PIRL 1800/1801 (type and date of the first one attained
during participation or within one year of exit, for a participant who received training; DOL PIRL public-use
layout PY2022 Q4; federal-specs 1.5)."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from jobcenter.cases import constants
from jobcenter.cases.catalogue import catalogue
from jobcenter.cases.choices import ServiceCategory
from jobcenter.cases.credentials import first_credential
from jobcenter.cases.models import RecognizedCredential
from jobcenter.cases.services import enrollments_apply_exits, service_record
from jobcenter.cases.tests.factories import enroll, make_seeker
from jobcenter.core import clock
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter

pytestmark = pytest.mark.django_db
ENTRY, EXIT = dt.date(2024, 1, 8), dt.date(2024, 3, 1)


def cred(kind, day, pk):
    return RecognizedCredential(pk=pk, kind=kind, attained_on=day)


@pytest.mark.parametrize(
    ("creds", "trained", "exit_date", "expected"),
    [
        ([cred("5", dt.date(2024, 2, 1), 1)], True, EXIT, ("5", "20240201")),
        ([cred("5", dt.date(2024, 2, 1), 1)], False, EXIT, ("", "")),  # no training: does not apply
        ([], True, EXIT, ("0", "")),  # training, none attained
        ([cred("4", ENTRY - dt.timedelta(days=1), 1)], True, EXIT, ("0", "")),  # before entry
        ([cred("4", ENTRY, 1)], True, EXIT, ("4", "20240108")),  # on entry
        ([cred("6", dt.date(2025, 3, 1), 1)], True, EXIT, ("6", "20250301")),  # a year after exit
        ([cred("6", dt.date(2025, 3, 2), 1)], True, EXIT, ("0", "")),  # a day more
        ([cred("6", dt.date(2024, 9, 1), 2), cred("1", dt.date(2024, 2, 1), 3)], True, EXIT, ("1", "20240201")),
        ([cred("2", dt.date(2026, 1, 1), 1)], True, None, ("0", "")),  # after the report quarter
    ],
)
def test_the_first_credential_in_the_window(creds, trained, exit_date, expected):
    assert first_credential(creds, trained=trained, entry=ENTRY, exit_date=exit_date, last=dt.date(2025, 12, 31)) == (
        expected
    )


def test_staff_record_a_credential_on_the_case_page_in_plain_words(client, personas):
    seeker = make_seeker(job_center=personas.center_a)
    client.force_login(personas.staff_a)
    url = reverse("staff:case-credential-new", kwargs={"pk": seeker.pk})
    case_page = reverse("staff:case-detail", kwargs={"pk": seeker.pk})
    assert url in html.unescape(client.get(case_page).content.decode())
    form = html.unescape(client.get(url).content.decode())
    assert "Occupational licence" in form and ">4<" not in form
    tomorrow = (clock.today() + dt.timedelta(days=1)).isoformat()
    bad = client.post(url, {"kind": "4", "name": "CDL Class A", "attained_on": tomorrow})
    assert constants.CREDENTIAL_IN_FUTURE in html.unescape(bad.content.decode())
    today = clock.today()
    assert client.post(url, {"kind": "4", "name": "CDL Class A", "attained_on": today.isoformat()}).status_code == 302
    c = RecognizedCredential.objects.get(seeker=seeker)
    assert (c.kind, c.name, c.attained_on, c.recorded_by) == ("4", "CDL Class A", today, personas.staff_a)
    page = html.unescape(client.get(case_page).content.decode())
    assert "Occupational licence: CDL Class A" in page


def test_the_pirl_writes_the_first_credential_of_a_trained_participant(client, personas):
    trained, untrained = make_seeker(job_center=personas.center_a), make_seeker(job_center=personas.center_a)
    with clock.frozen(dt.datetime.combine(ENTRY, dt.time(10))):
        for s in (trained, untrained):
            enroll(s, case_manager=personas.staff_a)
            service_record(actor=personas.staff_a, seeker=s, code="101")
    code = next(e.code for e in catalogue(as_of=EXIT) if e.category == ServiceCategory.TRAINING)
    with clock.frozen(dt.datetime.combine(EXIT, dt.time(10))):
        service_record(actor=personas.staff_a, seeker=trained, code=code)
    enrollments_apply_exits(as_of=EXIT + dt.timedelta(days=120))
    for s in (trained, untrained):
        for kind, day in (("6", dt.date(2024, 5, 1)), ("5", dt.date(2024, 4, 1))):
            RecognizedCredential.objects.create(seeker=s, kind=kind, attained_on=day, recorded_at=clock.now())
    rows = {r["_seeker_id"]: r for r in build_pirl(quarter=Quarter(2024, 2)) if r.get("p918") == "1"}
    assert (rows[trained.pk]["p1300"], rows[trained.pk]["p1800"], rows[trained.pk]["p1801"]) == ("1", "5", "20240401")
    assert (rows[untrained.pk]["p1300"], rows[untrained.pk]["p1800"], rows[untrained.pk]["p1801"]) == ("0", "", "")
    assert edits.check_records(list(rows.values())) == []
