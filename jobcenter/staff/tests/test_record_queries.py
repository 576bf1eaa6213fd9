"""The person record (``staff:seeker-detail``) and the case page (``staff:case-detail``) read each list of the
record in one query: their query counts are pinned and do not grow with the rows (2 or 6 of each kind).

Counted after a first request, so the once-per-session reads and writes of the sign-in middleware are left out.
A count that changes here is a new query on every record page: find it in the failure's SQL list.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jobcenter.cases.choices import JvsgReferralReason, Program, RecognizedCredentialType
from jobcenter.cases.credentials import credential_record
from jobcenter.cases.services import case_note_add, service_record
from jobcenter.cases.tests.factories import enroll
from jobcenter.core import clock
from jobcenter.matching.tests.factories import FORKLIFT, coded_seeker, load_occupations
from jobcenter.occupations.models import Occupation, OccupationWage
from jobcenter.referrals.services import referral_create_staff
from jobcenter.seekers.classification import occupation_add
from jobcenter.seekers.services import resume_entry_add
from jobcenter.testing.joborders import make_employer, make_order

SEEKER_PAGE_QUERIES = 26
CASE_PAGE_QUERIES = 26

PROGRAMS = [Program.WAGNER_PEYSER, Program.ADULT, Program.DISLOCATED_WORKER, Program.TAA, Program.JVSG, Program.H1B]
SERVICES = ["100", "101", "102", "103", "104", "105"]
OCCUPATIONS = ["11-1021.00", "13-1071.00", "15-1252.00", "29-1141.00", "43-4051.00", "53-3032.00"]


def _seeker_with(personas, rows: int):
    """A seeker in center A with ``rows`` enrollments, services, notes (each with an addendum), referrals,
    recognized credentials, occupation codes (with Missouri wages) and entries in each résumé section."""
    load_occupations()
    staff, today = personas.staff_a, clock.today()
    seeker = coded_seeker(job_center=personas.center_a, months=24)
    employer = make_employer(job_center=personas.center_a)
    for i in range(rows):
        reason = JvsgReferralReason.choices[0][0] if PROGRAMS[i] == Program.JVSG else ""
        enroll(seeker, case_manager=staff, program=PROGRAMS[i], jvsg_referral_reason=reason)
        service_record(actor=staff, seeker=seeker, code=SERVICES[i])
        note = case_note_add(actor=staff, seeker=seeker, body=f"Note {i}")
        case_note_add(actor=staff, seeker=seeker, body=f"Addendum {i}", addendum_to=note)
        order = make_order(employer=employer, job_center=personas.center_a, soc_code=FORKLIFT, responsible_staff=None)
        referral_create_staff(actor=staff, seeker=seeker, order=order, consent="present")
        credential_record(
            actor=staff, seeker=seeker, kind=RecognizedCredentialType.choices[0][0], attained_on=today, name=f"C{i}"
        )
        code = OCCUPATIONS[i]
        Occupation.objects.get_or_create(code=code, defaults={"title": f"Occupation {code}"})
        OccupationWage.objects.create(
            area_code="29",
            area_type="S",
            state_fips="29",
            area_name="Missouri",
            soc_code=code[:7],
            hourly_p10=15,
            hourly_median=20,
            hourly_p90=30,
            release="May 2025",
        )
        occupation_add(actor=staff, seeker=seeker, code=code)
        for section, fields in {
            "work": {"employer_name": f"Employer {i}", "title": "Picker", "start_date": today},
            "education": {"institution": f"School {i}"},
            "credential": {"kind": "license", "name": f"Licence {i}"},
            "skill": {"name": f"Skill {i}"},
            "occupation": {"title": f"Job {i}"},
        }.items():
            resume_entry_add(seeker=seeker, actor=staff, section=section, **fields)
    return seeker


def _queries(client, url: str) -> tuple[str, list[str]]:
    client.get(url)  # the sign-in middleware's first-request reads and writes
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in ctx.captured_queries]


@pytest.mark.parametrize("rows", [2, 6])
def test_the_record_pages_make_the_same_queries_whatever_the_number_of_rows(client, personas, rows):
    seeker = _seeker_with(personas, rows)
    client.force_login(personas.staff_a)
    for url, expected in (
        (reverse("staff:seeker-detail", args=[seeker.state_id]), SEEKER_PAGE_QUERIES),
        (reverse("staff:case-detail", args=[seeker.pk]), CASE_PAGE_QUERIES),
    ):
        page, queries = _queries(client, url)
        # every kind of row is on the page, so each list is read
        assert page.count('data-testid="occupation-wage"') == rows
        assert page.count("Addendum to note of") == rows
        assert page.count('data-testid="referral-row"') == rows
        assert page.count("enrollment registered</strong>") == rows
        assert len(queries) == expected, f"{url}: {len(queries)} queries\n" + "\n".join(q[:200] for q in queries)
