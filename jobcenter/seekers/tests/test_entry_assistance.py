"""Staff record the facts at program entry that PIRL 410, 600, 602 and 603 report (DOL PIRL public-use layout
PY2022 Q4; federal-specs 1.2) on the person's edit page, in plain words; blank stays "not recorded"."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from jobcenter.core import clock
from jobcenter.seekers import constants
from jobcenter.seekers.tests.factories import make_seeker
from jobcenter.seekers.tests.test_views import _form

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeker_a(personas):
    return make_seeker(job_center=personas.center_a)


def _post(client, personas, seeker, **fields):
    client.force_login(personas.staff_a)
    data = _form(home_job_center=personas.center_a.pk, given_name=seeker.given_name, surname=seeker.surname)
    data.update(fields)
    return client.post(reverse("staff:seeker-edit", args=[seeker.state_id]), data)


def test_the_edit_page_asks_in_plain_words_with_no_codes(client, personas, seeker_a):
    client.force_login(personas.staff_a)
    page = html.unescape(client.get(reverse("staff:seeker-edit", args=[seeker_a.state_id])).content.decode())
    for label in (
        "Date of actual dislocation",
        "Received TANF cash assistance or support in the six months before program entry",
        "SSI or SSDI received in the six months before program entry",
        "Receiving SNAP (food assistance)",
        "Both SSI and SSDI, and holds a Ticket to Work",
    ):
        assert label in page
    assert 'value="6">6<' not in page and ">0 = No<" not in page  # choices show words, not the PIRL codes


def test_staff_record_the_facts_and_can_clear_them_back_to_not_recorded(client, personas, seeker_a):
    day = clock.today() - dt.timedelta(days=30)
    assert _post(client, personas, seeker_a, dislocation_date=day.isoformat(), tanf="1", ssi_ssdi="5", snap="0")
    seeker_a.refresh_from_db()
    assert (seeker_a.dislocation_date, seeker_a.tanf, seeker_a.ssi_ssdi, seeker_a.snap) == (day, "1", "5", "0")
    assert _post(client, personas, seeker_a, dislocation_date="", tanf="", ssi_ssdi="", snap="").status_code == 302
    seeker_a.refresh_from_db()
    assert (seeker_a.dislocation_date, seeker_a.tanf, seeker_a.ssi_ssdi, seeker_a.snap) == (None, "", "", "")


def test_the_date_of_dislocation_is_a_day_already_worked(client, personas, seeker_a):
    today = clock.today()
    assert _post(client, personas, seeker_a, dislocation_date=today.isoformat()).status_code == 302
    bad = _post(client, personas, seeker_a, dislocation_date=(today + dt.timedelta(days=1)).isoformat())
    assert bad.status_code == 200 and constants.DISLOCATION_IN_FUTURE in html.unescape(bad.content.decode())
    seeker_a.refresh_from_db()
    assert seeker_a.dislocation_date == today
