"""The local-office time limit (20 CFR 658.411; parameter ``complaints.local_resolution_working_days``, unconfirmed):
the "resolve at the local level by" date counts working days from the date filed (weekends and federal holidays
skipped), it is shown on the complaint page and in the log, and the SMA filters the log for complaints past it.
Both sides of the limit: the day before, the day of and the day after, with weekends in between."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from jobcenter.complaints import timelimit
from jobcenter.complaints.choices import ComplaintKind, RespondentKind
from jobcenter.complaints.selectors import complaint_log
from jobcenter.complaints.services import complaint_resolve
from jobcenter.complaints.tests.conftest import take
from jobcenter.core import clock
from jobcenter.core import parameters as params

pytestmark = pytest.mark.django_db

THU_MAR_5 = dt.date(2026, 3, 5)
THU_MAR_26 = dt.date(2026, 3, 26)  # 15 working days after Thursday 5 March: three weekends in between
FRI_MAR_6 = dt.date(2026, 3, 6)
FRI_MAR_27 = dt.date(2026, 3, 27)  # 15 working days after Friday 6 March


def _es(p, filed_on, **extra):
    """A complaint about the Employment Service regulations (the kind the local time limit is about)."""
    return take(
        p,
        msfw=False,
        kind=ComplaintKind.ES_REGULATIONS,
        in_writing=False,
        filed_on=filed_on,
        respondent_kind=RespondentKind.EMPLOYMENT_SERVICE,
        employer=None,
        **extra,
    )


def test_the_number_is_a_dated_unconfirmed_parameter_with_its_citation():
    entry = params.param_entry(timelimit.PARAMETER, as_of=THU_MAR_5)
    assert entry.value == 15 and entry.status == "unconfirmed"
    parameter = params.get_parameter(timelimit.PARAMETER)
    assert "658.411" in parameter.references[0]["title"]
    assert timelimit.local_time_limit(dt.date(2016, 10, 17)) is None  # before the 2016 rule: no value


def test_working_days_skip_weekends_and_federal_holidays():
    assert timelimit.local_time_limit(THU_MAR_5).resolve_by == THU_MAR_26
    assert timelimit.local_time_limit(FRI_MAR_6).resolve_by == FRI_MAR_27
    # Thursday 1 October 2026: Columbus Day (Monday 12 October) is not a working day either
    assert timelimit.local_time_limit(dt.date(2026, 10, 1)).resolve_by == dt.date(2026, 10, 23)


@pytest.mark.parametrize(
    ("filed_on", "today", "past"),
    [
        (THU_MAR_5, THU_MAR_26 - dt.timedelta(days=1), False),  # the day before
        (THU_MAR_5, THU_MAR_26, False),  # the day of: still in time
        (THU_MAR_5, THU_MAR_26 + dt.timedelta(days=1), True),  # the day after
        (FRI_MAR_6, FRI_MAR_27, False),
        (FRI_MAR_6, dt.date(2026, 3, 28), True),  # the day after is a Saturday: past all the same
    ],
)
def test_both_sides_of_the_limit_in_the_complaint_and_in_the_log_filter(world, filed_on, today, past):
    complaint = _es(world, filed_on)
    assert timelimit.is_past(complaint, today=today) is past
    with clock.frozen(today):
        found = list(complaint_log(user=world.sma, past_limit=True))
        assert complaint.past_local_limit is past
    assert found == ([complaint] if past else [])


def test_a_resolved_complaint_and_a_law_complaint_are_never_past_the_local_limit(world):
    resolved = _es(world, THU_MAR_5)
    complaint_resolve(complaint=resolved, actor=world.sma, resolution="Explained the referral rules.", on=THU_MAR_5)
    resolved.refresh_from_db()
    law = take(world, filed_on=THU_MAR_5)  # a farmworker's wage complaint: referred to the enforcement agency
    late = dt.date(2026, 6, 1)
    assert law.local_limit is None and not timelimit.is_past(law, today=late)
    assert not timelimit.is_past(resolved, today=late)
    with clock.frozen(late):
        assert list(complaint_log(user=world.sma, past_limit=True)) == []


def test_a_change_of_the_number_applies_by_the_date_filed(world, monkeypatch, tmp_path):
    (tmp_path / "complaints").mkdir()
    (tmp_path / "complaints" / "local_resolution_working_days.yaml").write_text(
        "description: test\n"
        "metadata: {unit: working-day, status: unconfirmed, reference: [{title: 20 CFR 658.411}]}\n"
        "values:\n  2016-10-18: 15\n  2026-03-06: {value: 20, status: verified}\n"
    )
    changed = params.load_parameter(tmp_path / "complaints" / "local_resolution_working_days.yaml", timelimit.PARAMETER)
    monkeypatch.setattr(params, "all_parameters", lambda: {timelimit.PARAMETER: changed})
    before = timelimit.local_time_limit(THU_MAR_5)
    after = timelimit.local_time_limit(FRI_MAR_6)
    assert (before.working_days, before.resolve_by, before.unconfirmed) == (15, THU_MAR_26, True)
    assert (after.working_days, after.resolve_by, after.unconfirmed) == (20, dt.date(2026, 4, 3), False)
    old, new = _es(world, THU_MAR_5), _es(world, FRI_MAR_6)
    with clock.frozen(FRI_MAR_27):
        assert list(complaint_log(user=world.sma, past_limit=True)) == [old]
    with clock.frozen(dt.date(2026, 4, 6)):
        assert set(complaint_log(user=world.sma, past_limit=True)) == {old, new}


def test_the_complaint_page_and_the_log_show_the_date_and_the_sma_filters_the_log(client, world):
    late, on_time = _es(world, THU_MAR_5), _es(world, FRI_MAR_6)
    with clock.frozen(FRI_MAR_27):
        client.force_login(world.staff_a)
        page = client.get(reverse("staff:complaint-detail", args=[late.pk])).content.decode()
        assert 'data-testid="local-limit"' in page and "658.411" in page and "unconfirmed" in page
        assert "15 working days" in page and 'data-testid="past-local-limit"' in page
        assert (
            'data-testid="past-local-limit"'
            not in client.get(reverse("staff:complaint-detail", args=[on_time.pk])).content.decode()
        )
        log = client.get(reverse("staff:complaint-list")).content.decode()
        assert "Resolve locally by" in log and "past the local time limit" in log
        assert "Past the local time limit" not in log  # the filter is the SMA's and the administrator's
        staff_filtered = client.get(reverse("staff:complaint-list"), {"past_limit": "1"})
        assert len(staff_filtered.context["page"].object_list) == 2  # ignored for staff
        client.force_login(world.sma)
        sma = client.get(reverse("staff:complaint-list"), {"past_limit": "1"})
        assert "Past the local time limit" in sma.content.decode()
        assert list(sma.context["page"].object_list) == [late]
        export = client.get(reverse("staff:complaint-export"), {"past_limit": "1"}).content.decode()
        assert "Resolve at the local level by" in export and f"Complaint,{late.pk}" not in export
        assert export.count("\n") == 2  # the header and the one complaint past the limit
